// The one place the detector's content script and the sidebar's (injected later, on click)
// meet. Both run in the extension's isolated world of the same page, which they share, so a
// property on that world's `globalThis` is visible to both and to nothing else: the page's own
// scripts live in another world and cannot read or forge it. No message round trip, no storage
// and no wait for the background when the sidebar opens.
//
// Everything here belongs to a script context that can end (the extension reloads or updates);
// each owner removes its entries when its context is invalidated, so a newer script never
// talks to a dead one.
import type { Verdict } from '@/knowledge/detect/verdict';

/** Every entry says whether the script that made it still runs: after an extension reload
 *  the old script's context is dead but its objects linger until something asks. */
type Alive = { alive(): boolean };

export type HostEntry = Alive & { element: HTMLElement; root: ShadowRoot };

export type OfferApi = Alive & {
  /** Moves focus to the offer button; false when the offer is not on screen. */
  focus(): boolean;
  remove(): void;
};

export type SidebarApi = Alive & {
  isOpen(): boolean;
  /** `byPointer`: opened with a mouse or touch, so the title takes focus without a ring. */
  open(byPointer?: boolean): void;
  close(): void;
  /** Shows the detector's newest verdict (a single-page site moved to another article). */
  refresh(): void;
};

export type SteadyBridge = {
  /** The detector's latest verdict for this page (and the page URL it was made for). */
  verdict?: { verdict: Verdict; url: string };
  /** The single `steady-ui` element that hosts the offer and the sidebar. */
  host?: HostEntry;
  offer?: OfferApi;
  sidebar?: SidebarApi;
  /** The page (URL) where the person chose "Not on this page". */
  hiddenOn?: string;
  /** Left by the background for the sidebar it is about to inject: how the person opened it. */
  openedByPointer?: boolean;
};

/** Also written out in components/background/sidebar-injection.ts (a serialised function). */
export const BRIDGE_KEY = '__steadyBridge';

export function bridge(): SteadyBridge {
  const g = globalThis as { [BRIDGE_KEY]?: SteadyBridge };
  return (g[BRIDGE_KEY] ??= {});
}

/** An entry whose script still runs; a dead one is ignored (its owner cleans it up). */
export function live<T extends Alive>(entry: T | undefined): T | undefined {
  return entry?.alive() ? entry : undefined;
}

/** Keeps the detector's newest verdict for the sidebar, and tells an open sidebar about it. */
export function shareVerdict(verdict: Verdict): void {
  const shared = bridge();
  shared.verdict = { verdict, url: location.href };
  live(shared.sidebar)?.refresh();
}
