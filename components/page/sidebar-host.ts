// The page's side of the sidebar. Everything the sidebar says (the ranking, the person's saved
// self-check, every word) lives in an extension page, sidebar-frame.html, in a frame inside the
// closed steady-ui root: the page can neither read a word of it nor click in it, and
// `window.find` does not search it. This script only holds that frame and does for it what needs
// the page's document: it finds a quote in the article and highlights it, folds the frame to a
// small bar when the page's own focused element would be under it, moves focus in and back out,
// and hands the frame the detector's verdict. The frame asks for these by message, through the
// background (components/background/sidebar-relay.ts); this script answers the background only.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SIDEBAR_FRAME_PAGE } from '@/components/shared/extension-pages';
import type { SidebarRequest } from '@/components/shared/messages';
import { bridge, live } from './bridge';
import { findQuote } from './find-quote';
import { clearHighlight, highlightRange } from './highlight';
import { addStyle, ensureHost } from './host';

// The frame's box. Its document fills it (sidebar.css); folded, it is the bar's size, and the
// frame's own `(max-height: 80px)` media query tells its document to draw the bar. The same
// colour scheme as the document inside, so that Chromium keeps the frame transparent around the
// bar's round corners in dark mode.
const FRAME_CSS =
  '.sbf{position:fixed;top:0;right:0;width:400px;max-width:100vw;height:100%;margin:0;padding:0;border:0;' +
  'display:block;background:transparent;color-scheme:light dark;box-shadow:-4px 0 24px rgb(0 0 0/.18)}' +
  '.sbf.folded{top:auto;bottom:16px;right:16px;width:288px;height:56px;border-radius:28px;box-shadow:0 2px 12px rgb(0 0 0/.18)}';
/** Inside the shadow root (never an attribute on the page's element): the offer steps aside. */
const OFFER_ASIDE_CSS = '.o{display:none}';

function pageFocusUnder(aside: Element, target: Element): boolean {
  const a = aside.getBoundingClientRect();
  const t = target.getBoundingClientRect();
  const x = t.left + t.width / 2;
  const y = t.top + t.height / 2;
  return t.width > 0 && x >= a.left && x <= a.right && y >= a.top && y <= a.bottom;
}

/** Only the background speaks to this script: a message from any tab or other extension is ignored. */
function fromBackground(sender: { id?: string; tab?: unknown }): boolean {
  return sender.id === browser.runtime.id && sender.tab === undefined;
}

/**
 * Puts the frame in the page and opens it. Runs once per injection: a sidebar already in the
 * page is reused by the background (sidebar-injection.ts), and a second injection retires the
 * first copy's context, which removes its frame, before this runs.
 */
export function startSidebar(ctx: ContentScriptContext): void {
  const shared = bridge();
  const root = ensureHost(ctx);
  const style = addStyle(root, FRAME_CSS);
  const offerAside = addStyle(root, OFFER_ASIDE_CSS);
  const setOfferAside = (aside: boolean) => (offerAside.media = aside ? 'all' : 'not all');
  setOfferAside(false);

  let frame: HTMLIFrameElement | null = null;
  let returnTo: Element | null = null;
  /** The next `sidebar:ready` from a new frame moves focus to its title. */
  let focusWhenReady = false;
  let byPointer = false;

  const verdictNow = () => {
    const entry = shared.verdict;
    return entry && entry.url === location.href ? entry.verdict : null;
  };

  const setFolded = (folded: boolean) => frame?.classList.toggle('folded', folded);

  /** A new frame replaces any earlier one: its document loads the newest verdict and saved check. */
  function newFrame(): void {
    frame?.remove();
    frame = document.createElement('iframe');
    frame.className = 'sbf';
    frame.title = 'Steady';
    frame.src = browser.runtime.getURL(SIDEBAR_FRAME_PAGE);
    root.append(frame);
  }

  function openPanel(pointer = false): void {
    const active = document.activeElement;
    if (!frame) returnTo = active === root.host ? null : active;
    byPointer = pointer;
    focusWhenReady = true;
    setOfferAside(true);
    newFrame();
    // Focus leaves the page's element now: keys pressed while the frame loads go to Steady.
    frame!.focus({ preventScroll: true });
  }

  function close(): void {
    if (!frame) return;
    frame.remove();
    frame = null;
    clearHighlight();
    setOfferAside(false);
    if (live(shared.offer)?.focus()) return;
    if ((returnTo instanceof HTMLElement || returnTo instanceof SVGElement) && returnTo.isConnected) returnTo.focus();
  }

  function answer(request: SidebarRequest): unknown {
    switch (request.type) {
      case 'sidebar:verdict':
        return verdictNow();
      case 'sidebar:quote': {
        const range = findQuote(request.text);
        if (range) highlightRange(ctx, range);
        return range !== null;
      }
      case 'sidebar:ready': {
        const focus = focusWhenReady && frame !== null;
        focusWhenReady = false;
        if (focus) frame!.focus({ preventScroll: true });
        return { focus, byPointer };
      }
      case 'sidebar:close':
        close();
        return true;
      case 'sidebar:unfold':
        setFolded(false);
        frame?.focus({ preventScroll: true });
        return true;
      default:
        return undefined;
    }
  }

  const listener = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
    const request = raw as SidebarRequest | undefined;
    if (!fromBackground(sender) || typeof request?.type !== 'string' || !request.type.startsWith('sidebar:')) return undefined;
    return Promise.resolve(answer(request));
  };
  browser.runtime.onMessage.addListener(listener);

  ctx.addEventListener(document, 'focusin', (e) => {
    const target = e.target;
    if (!frame || frame.classList.contains('folded') || !(target instanceof Element) || target === root.host) return;
    if (pageFocusUnder(frame, target)) setFolded(true);
  });

  const api = {
    alive: () => ctx.isValid,
    isOpen: () => frame !== null,
    open: openPanel,
    close,
    refresh: () => {
      if (!frame) return;
      // Keep focus in Steady if it was there (the old frame goes, and its focus with it).
      focusWhenReady = document.activeElement === root.host;
      newFrame();
    },
  };
  shared.sidebar = api;
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(listener);
    frame?.remove();
    frame = null;
    clearHighlight();
    style.remove();
    offerAside.remove();
    if (shared.sidebar === api) delete shared.sidebar;
  });
  const pointer = shared.openedByPointer === true;
  delete shared.openedByPointer;
  openPanel(pointer);
}
