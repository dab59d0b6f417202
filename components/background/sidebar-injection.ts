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
 * self-contained: the key is components/page/bridge.ts's BRIDGE_KEY, written out.
 */
function useLoadedSidebar(mode: SidebarMode, byPointer: boolean): boolean {
  type Loaded = { alive(): boolean; isOpen(): boolean; open(byPointer: boolean): void; close(): void };
  const g = globalThis as { __steadyBridge?: { sidebar?: Loaded; openedByPointer?: boolean } };
  const shared = (g.__steadyBridge ??= {});
  const sidebar = shared.sidebar;
  if (!sidebar?.alive()) {
    // For the copy about to be injected.
    shared.openedByPointer = byPointer;
    return false;
  }
  if (mode === 'toggle' && sidebar.isOpen()) sidebar.close();
  else sidebar.open(byPointer);
  return true;
}

/** `byPointer`: the person clicked or tapped the offer (its title then takes focus without a ring). */
export async function openSidebarInTab(tabId: number, mode: SidebarMode = 'open', byPointer = false): Promise<void> {
  const [probe] = await browser.scripting.executeScript({ target: { tabId }, func: useLoadedSidebar, args: [mode, byPointer] });
  if (probe?.result === true) return;
  await browser.scripting.executeScript({ target: { tabId }, files: [SIDEBAR_SCRIPT] });
}
