import type { Worker } from 'playwright-core';

// The extension's own storage, reached through its service worker (`chrome` is not typed here).
type ChromeGlobal = {
  chrome: {
    storage: {
      local: {
        get(key: string): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
        clear(): Promise<void>;
      };
    };
  };
};

/** What `local:selfCheck` holds: `{}` when nothing, `{ selfCheck: value }` otherwise. */
export function readStoredCheck(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.storage.local.get('selfCheck'));
}

export function writeStoredCheck(worker: Worker, value: unknown): Promise<void> {
  return worker.evaluate((v) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.set({ selfCheck: v }), value);
}

export function clearLocalStorage(worker: Worker): Promise<void> {
  return worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.storage.local.clear());
}
