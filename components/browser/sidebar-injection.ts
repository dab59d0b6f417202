// How the background opens the sidebar in a tab. The sidebar's code (Preact, its styles, the
// knowledge base) is not in the manifest: it is injected on demand, so pages where nobody
// opens it pay only for the detector. If the tab already has it loaded, the loaded one is
// shown (or, for the keyboard shortcut, closed again) instead of injecting a second copy.
import { browser } from 'wxt/browser';

/** WXT's output for entrypoints/sidebar.content.ts (registration: 'runtime'). */
export const SIDEBAR_SCRIPT = '/content-scripts/sidebar.js';

export type SidebarMode = 'open' | 'toggle';

/**
 * Runs in the tab's isolated world, serialised by the scripting API, so it must be
 * self-contained: the key is components/offer/bridge.ts's BRIDGE_KEY, written out.
 */
function useLoadedSidebar(mode: SidebarMode): boolean {
  type Loaded = { alive(): boolean; isOpen(): boolean; open(): void; close(): void };
  const sidebar = (globalThis as { __steadyBridge?: { sidebar?: Loaded } }).__steadyBridge?.sidebar;
  if (!sidebar?.alive()) return false;
  if (mode === 'toggle' && sidebar.isOpen()) sidebar.close();
  else sidebar.open();
  return true;
}

export async function openSidebarInTab(tabId: number, mode: SidebarMode = 'open'): Promise<void> {
  const [probe] = await browser.scripting.executeScript({ target: { tabId }, func: useLoadedSidebar, args: [mode] });
  if (probe?.result === true) return;
  await browser.scripting.executeScript({ target: { tabId }, files: [SIDEBAR_SCRIPT] });
}
