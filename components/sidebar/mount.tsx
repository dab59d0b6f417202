// Puts the sidebar into the page's steady-ui shadow root (next to the offer) and handles what a
// side panel owes the page around it: Escape and the close button close it and give focus back
// to the offer (or to whatever had focus before); it folds to a small bar when the page's own
// focused element would be under it; everything goes when the extension goes.
import { createRef, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import tokensCss from '@/components/common/tokens.css?inline';
import { bridge, live } from '@/components/offer/bridge';
import { addStyle, ensureHost } from '@/components/offer/host';
import { byPerson } from '@/components/page/by-person';
import sidebarCss from './sidebar.css?inline';
import { findQuote } from './find-quote';
import { clearHighlight, highlightRange } from './highlight';
import { Sidebar } from './Sidebar';
import { sidebarView, type SavedSelfCheck } from './view-model';

export type SidebarDeps = {
  /** The person's last saved self-check, if they kept one. */
  loadSavedCheck(): Promise<SavedSelfCheck | null>;
  /** Asks the background to open the full self-check in a tab. */
  openSelfCheck(): void;
};

/** Inside the shadow root (never an attribute on the page's element): the offer steps aside. */
const OFFER_ASIDE_CSS = '.o{display:none}';

function pageFocusUnder(aside: Element, target: Element): boolean {
  const a = aside.getBoundingClientRect();
  const t = target.getBoundingClientRect();
  const x = t.left + t.width / 2;
  const y = t.top + t.height / 2;
  return t.width > 0 && x >= a.left && x <= a.right && y >= a.top && y <= a.bottom;
}

/**
 * Mounts the sidebar and opens it. Runs once per injection: a sidebar already in the page is
 * reused by the background (sidebar-injection.ts), and a second injection retires the first
 * copy's context (WXT), which unmounts it, before this runs.
 */
export async function startSidebar(ctx: ContentScriptContext, deps: SidebarDeps): Promise<void> {
  const shared = bridge();
  const saved = await deps.loadSavedCheck().catch(() => null);
  if (ctx.isInvalid) return;

  const root = ensureHost(ctx);
  const style = addStyle(root, tokensCss + sidebarCss);
  const offerAside = addStyle(root, OFFER_ASIDE_CSS);
  const setOfferAside = (aside: boolean) => (offerAside.media = aside ? 'all' : 'not all');
  setOfferAside(false);
  const container = document.createElement('div');
  container.className = 'sbw';
  root.append(container);
  const titleRef = createRef<HTMLHeadingElement>();

  let open = false;
  let folded = false;
  let returnTo: Element | null = null;

  const verdictNow = () => {
    const entry = shared.verdict;
    return entry && entry.url === location.href ? entry.verdict : undefined;
  };

  const draw = () => {
    if (!open) {
      render(null, container);
      return;
    }
    render(
      <Sidebar
        view={sidebarView(verdictNow(), saved)}
        folded={folded}
        titleRef={titleRef}
        onClose={close}
        onUnfold={() => {
          folded = false;
          draw();
          titleRef.current?.focus();
        }}
        onQuote={(q) => {
          const range = findQuote(q.text);
          if (range) highlightRange(ctx, range);
          return range !== null;
        }}
        onSelfCheck={deps.openSelfCheck}
      />,
      container,
    );
  };

  function openPanel(): void {
    const active = document.activeElement;
    if (!open) returnTo = active === root.host ? null : active;
    open = true;
    folded = false;
    setOfferAside(true);
    draw();
    titleRef.current?.focus({ preventScroll: true });
  }

  function close(): void {
    if (!open) return;
    open = false;
    folded = false;
    clearHighlight();
    draw();
    setOfferAside(false);
    if (live(shared.offer)?.focus()) return;
    if (returnTo instanceof HTMLElement || returnTo instanceof SVGElement) {
      if (returnTo.isConnected) returnTo.focus();
    }
  }

  container.addEventListener(
    'keydown',
    byPerson((e: KeyboardEvent) => {
      if (e.key === 'Escape' && open) {
        e.stopPropagation();
        close();
      }
    }),
  );
  ctx.addEventListener(document, 'focusin', (e) => {
    const target = e.target;
    if (!open || folded || !(target instanceof Element) || target === root.host) return;
    const aside = container.firstElementChild;
    if (aside && pageFocusUnder(aside, target)) {
      folded = true;
      draw();
    }
  });

  const api = {
    alive: () => ctx.isValid && container.isConnected,
    isOpen: () => open,
    open: openPanel,
    close,
    refresh: () => {
      if (open) draw();
    },
  };
  shared.sidebar = api;
  ctx.onInvalidated(() => {
    render(null, container);
    clearHighlight();
    container.remove();
    style.remove();
    offerAside.remove();
    if (shared.sidebar === api) delete shared.sidebar;
  });
  openPanel();
}
