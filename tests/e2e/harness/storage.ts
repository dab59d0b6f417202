import type { ExtensionSession } from './extension';

type Area = 'sync' | 'local' | 'session';
// The service worker's `chrome.storage`, as much of it as these helpers use.
type ChromeStorage = {
  storage: Record<
    Area,
    { get(k: null): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void>; clear(): Promise<void> }
  >;
};

/** Everything the extension keeps in one storage area, read through its service worker. */
export function readStorage(session: ExtensionSession, area: Area): Promise<Record<string, unknown>> {
  return session.worker.evaluate(async (a) => {
    const chrome = (globalThis as unknown as { chrome: ChromeStorage }).chrome;
    return chrome.storage[a as Area].get(null);
  }, area);
}

/** Writes raw values (garbage included) into a storage area, as another version or a bug might. */
export function writeStorage(session: ExtensionSession, area: Area, values: Record<string, unknown>): Promise<void> {
  return session.worker.evaluate(
    async ([a, v]) => {
      const chrome = (globalThis as unknown as { chrome: ChromeStorage }).chrome;
      await chrome.storage[a as Area].set(v as Record<string, unknown>);
    },
    [area, values] as const,
  );
}

export function clearStorage(session: ExtensionSession, area: Area): Promise<void> {
  return session.worker.evaluate(async (a) => {
    const chrome = (globalThis as unknown as { chrome: ChromeStorage }).chrome;
    await chrome.storage[a as Area].clear();
  }, area);
}
