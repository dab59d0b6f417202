// The background's part in the sidebar: the sidebar's frame (an extension page inside the web
// page) and the sidebar's content script (in the page's isolated world) cannot message each
// other directly without the page seeing it (window.postMessage is the page's), so the frame
// asks the background and the background asks the tab's top frame. Only Steady's own sidebar
// page, framed inside a tab, may ask, and only for its own tab; what comes back from the page
// side is checked before the frame sees it.
import { browser, type Browser } from 'wxt/browser';
import { SIDEBAR_FRAME_PAGE } from '@/components/shared/extension-pages';
import type { SidebarRequest } from '@/components/shared/messages';
import { VerdictSchema } from '@/components/shared/message-schema';

type Sender = Browser.runtime.MessageSender;

/**
 * The tab of a sender that is Steady's sidebar page in a frame below a tab's top, or undefined.
 * The address is compared by scheme and path: Chromium gives the background the per-session
 * address of a use_dynamic_url page while the frame itself loads the static one, and the
 * sender's id already says the page is Steady's.
 */
export function sidebarFrameTab(sender: Sender): number | undefined {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || !sender.frameId || !sender.url) return undefined;
  const url = new URL(sender.url);
  const scheme = new URL(browser.runtime.getURL('/')).protocol;
  return url.protocol === scheme && url.pathname === SIDEBAR_FRAME_PAGE ? sender.tab.id : undefined;
}

/** What the frame gets back for each request; anything unexpected becomes the safe answer. */
function checked(request: SidebarRequest, answer: unknown): unknown {
  switch (request.type) {
    case 'sidebar:verdict': {
      const parsed = VerdictSchema.safeParse(answer);
      return parsed.success ? parsed.data : null;
    }
    case 'sidebar:ready': {
      const a = answer as { focus?: unknown; byPointer?: unknown } | null;
      return { focus: a?.focus === true, byPointer: a?.byPointer === true };
    }
    default:
      return answer === true;
  }
}

/** Passes the sidebar frame's request to its tab's top frame and returns the checked answer. */
export async function relayToPage(request: SidebarRequest, sender: Sender): Promise<unknown> {
  const tabId = sidebarFrameTab(sender);
  if (tabId === undefined) return checked(request, undefined);
  const answer = await browser.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => undefined);
  return checked(request, answer);
}
