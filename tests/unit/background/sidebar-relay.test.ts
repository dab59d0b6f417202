// The background's relay between the sidebar's frame and the page's sidebar script, on WXT's
// fake browser: only Steady's own sidebar page, framed below a tab's top, is relayed, always to
// that tab's top frame; what comes back is checked before the frame sees it.
import { beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser, type Browser } from 'wxt/browser';
import { relayToPage, sidebarFrameTab } from '@/components/background/sidebar-relay';
import { openSelfCheckFromSidebar } from '@/components/background/offer-actions';
import { NO_MATCH } from '@/knowledge/detect/verdict';

type Sender = Browser.runtime.MessageSender;
/** tabs.sendMessage, typed for what the page side may answer (anything at all). */
const spySend = () => vi.spyOn(browser.tabs, 'sendMessage') as unknown as MockInstance<(...args: unknown[]) => Promise<unknown>>;
const frameUrl = () => browser.runtime.getURL('/sidebar-frame.html');
const framed = (over: Partial<Sender> = {}): Sender => ({
  id: browser.runtime.id,
  tab: { id: 7, index: 0 } as Browser.tabs.Tab,
  frameId: 3,
  url: frameUrl(),
  ...over,
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('who may ask', () => {
  test('Steady’s sidebar page in a frame of a tab: that tab', () => {
    expect(sidebarFrameTab(framed())).toBe(7);
    expect(sidebarFrameTab(framed({ url: `${frameUrl()}#x` }))).toBe(7);
  });

  test('not the page itself, another extension, another of Steady’s pages, or a top frame', () => {
    const refused: Sender[] = [
      framed({ url: 'https://example.com/sidebar-frame.html' }),
      framed({ id: 'some-other-extension' }),
      framed({ url: browser.runtime.getURL('/popup.html') }),
      framed({ frameId: 0 }),
      framed({ tab: undefined }),
      framed({ url: undefined }),
    ];
    for (const sender of refused) expect(sidebarFrameTab(sender), JSON.stringify(sender)).toBeUndefined();
  });
});

describe('relaying', () => {
  test('goes to the top frame of the sender’s own tab, and a valid verdict comes back', async () => {
    const verdict = { ...NO_MATCH, match: true, score: 0.7, contexts: ['stretching'], causes: ['poor-flexibility'] };
    const send = spySend().mockResolvedValue(verdict);
    expect(await relayToPage({ type: 'sidebar:verdict' }, framed())).toEqual(verdict);
    expect(send).toHaveBeenCalledWith(7, { type: 'sidebar:verdict' }, { frameId: 0 });
  });

  test('a malformed verdict, or none, becomes null; other answers become plain booleans', async () => {
    const send = spySend();
    send.mockResolvedValueOnce({ ...NO_MATCH, score: 7 });
    expect(await relayToPage({ type: 'sidebar:verdict' }, framed())).toBeNull();
    send.mockRejectedValueOnce(new Error('Could not establish connection'));
    expect(await relayToPage({ type: 'sidebar:verdict' }, framed())).toBeNull();
    send.mockResolvedValueOnce('yes');
    expect(await relayToPage({ type: 'sidebar:quote', text: 'q', block: 0 }, framed())).toBe(false);
    send.mockResolvedValueOnce({ focus: 1, byPointer: true, extra: 'x' });
    expect(await relayToPage({ type: 'sidebar:ready' }, framed())).toEqual({ focus: false, byPointer: true });
  });

  test('nothing is sent for a sender that may not ask', async () => {
    const send = spySend();
    expect(await relayToPage({ type: 'sidebar:close' }, framed({ frameId: 0 }))).toBe(false);
    expect(await relayToPage({ type: 'sidebar:verdict' }, framed({ id: 'other' }))).toBeNull();
    expect(send).not.toHaveBeenCalled();
  });
});

describe('the full self-check from the sidebar', () => {
  test('opens for the sidebar’s frame, and for nobody else', async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    await openSelfCheckFromSidebar(framed({ frameId: 0, url: 'https://example.com/' }));
    expect(create).not.toHaveBeenCalled();
    await openSelfCheckFromSidebar(framed());
    expect(create).toHaveBeenCalledTimes(1);
  });
});
