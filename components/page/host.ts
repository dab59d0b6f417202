// The one element Steady adds to a page: `<steady-ui>`, holding a closed shadow root with the
// offer and, once opened, the sidebar's frame. Closed, so that no page script can reach in:
// `element.shadowRoot` is null to it, and only Steady's own isolated world holds the root
// (bridge.ts). The element carries no attribute and no state the page could read. It sits on
// <html> after <body>, so a page that rebuilds or empties <body> leaves it alone, and with the
// maximal z-index it paints above the page's own "always on top" layers (later in the document
// wins a z-index tie). Page styles cannot reach into the shadow root; `all: initial !important`
// on :host beats even a page rule like `* { all: unset !important }`, because for !important
// rules the inner context wins.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { bridge, live } from './bridge';

export const HOST_TAG = 'steady-ui';

const HOST_CSS =
  ':host{all:initial!important;position:fixed!important;top:0!important;left:0!important;' +
  'z-index:2147483647!important;display:block!important}';

/** A page that keeps deleting unknown elements gets a few re-attachments, not a fight. */
const MAX_REATTACH = 20;
/** How often a script with UI on screen asks whether the extension is still there (a property
 *  read): after a reload or update its UI must go, and no event tells a content script that. */
const ALIVE_CHECK_MS = 1000;

/** Adds a stylesheet to the shadow root (a `<style>` element: applies under a strict page CSP). */
export function addStyle(root: ShadowRoot, css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  return style;
}

/**
 * The page's `steady-ui` shadow root, created on first use. Whoever creates it keeps it
 * attached while its context lives and removes it when the context ends.
 */
export function ensureHost(ctx: ContentScriptContext): ShadowRoot {
  const shared = bridge();
  const existing = live(shared.host);
  if (existing) {
    if (!existing.element.isConnected) document.documentElement.append(existing.element);
    return existing.root;
  }
  const element = document.createElement(HOST_TAG);
  const root = element.attachShadow({ mode: 'closed' });
  addStyle(root, HOST_CSS);
  document.documentElement.append(element);
  const entry = { element, root, alive: () => ctx.isValid };
  shared.host = entry;

  let reattached = 0;
  const observer = new MutationObserver(() => {
    if (element.isConnected || reattached >= MAX_REATTACH) return;
    reattached++;
    document.documentElement.append(element);
  });
  observer.observe(document.documentElement, { childList: true });
  // Once there is UI to take away: asking whether the extension is still there ends the
  // context when it has gone (reloaded, updated, removed), which fires onInvalidated.
  ctx.setInterval(() => void ctx.isInvalid, ALIVE_CHECK_MS);

  ctx.onInvalidated(() => {
    observer.disconnect();
    element.remove();
    if (shared.host === entry) delete shared.host;
  });
  return root;
}
