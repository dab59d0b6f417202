// What the background does when the in-page offer asks, on WXT's fake browser: the site always
// comes from the sender (top frame of a tab, http or https), never from the message; a choice
// that cannot be stored answers false; repeats within the throttle get the first answer and
// write once; the self-check tab is reused.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser, type Browser } from 'wxt/browser';
import { openSelfCheckTab, pauseSenderSite, quietSenderSite, snoozeFromOffer } from '@/components/background/offer-actions';
import { readSettings } from '@/components/shared/settings';

type Sender = Browser.runtime.MessageSender;
let tabId = 100;
/** A sender in the top frame of a new tab on `url` (each test its own site: the throttle remembers). */
const topFrame = (url: string): Sender => ({ tab: { id: ++tabId, index: 0 } as Browser.tabs.Tab, frameId: 0, url });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the site comes from the sender', () => {
  test('a page quiets its own site, as the sender says, and answers true', async () => {
    expect(await quietSenderSite(topFrame('https://news.quiet-one.example/a/b?c'))).toBe(true);
    expect((await readSettings()).settings.quietSites).toEqual(['news.quiet-one.example']);
  });

  test('a subframe, an extension page or a non-web page cannot quiet or pause anything', async () => {
    const frame: Sender = { ...topFrame('https://ads.quiet-two.example/'), frameId: 3 };
    const extensionPage: Sender = { url: 'chrome-extension://abc/popup.html' };
    const file = topFrame('file:///home/me/page.html');
    for (const sender of [frame, extensionPage, file]) {
      expect(await quietSenderSite(sender)).toBe(false);
      expect(await pauseSenderSite(sender)).toBe(false);
    }
    expect(await snoozeFromOffer(extensionPage)).toBe(false);
    const { settings } = await readSettings();
    expect(settings.quietSites).toEqual([]);
    expect(settings.siteSnoozes).toEqual({});
    expect(settings.snoozedUntil).toBeNull();
  });
});

describe('writes from the page', () => {
  test('repeats within the throttle write once and get the first answer', async () => {
    const set = vi.spyOn(browser.storage.sync, 'set');
    const sender = topFrame('https://repeat.example/');
    const answers = await Promise.all(Array.from({ length: 20 }, () => pauseSenderSite(sender)));
    expect(answers.every((a) => a === true)).toBe(true);
    const pauses = set.mock.calls.filter(([items]) => 'siteSnoozes' in (items as object));
    expect(pauses).toHaveLength(1);
    expect(Object.keys((await readSettings()).settings.siteSnoozes)).toEqual(['repeat.example']);
  });

  test('a write that fails answers false, so the offer can say so', async () => {
    vi.spyOn(browser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    expect(await quietSenderSite(topFrame('https://fails.example/'))).toBe(false);
    expect(await pauseSenderSite(topFrame('https://fails-too.example/'))).toBe(false);
  });
});

describe('the self-check tab', () => {
  test('opened once, then reused', async () => {
    const sender = topFrame('https://reader.example/');
    await openSelfCheckTab(sender);
    await openSelfCheckTab(sender);
    const tabs = await browser.tabs.query({ url: browser.runtime.getURL('/popup.html') });
    expect(tabs).toHaveLength(1);
  });
});
