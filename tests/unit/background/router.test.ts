// The background's trust boundary, on WXT's fake browser: the router validates every message and
// each handler applies its sender rule. Malformed messages get no answer; popup-only messages
// from a content script and verdicts from a subframe change nothing; a verdict from a tab's top
// frame is kept for the popup and wakes a "Check this page" that waits for it.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser, type Browser } from 'wxt/browser';
import { handleMessage } from '@/components/background/router';
import { tabVerdicts } from '@/components/background/tab-verdicts';
import { checkTabNow } from '@/components/background/check-on-demand';
import { NO_MATCH } from '@/knowledge/detect/verdict';

type Sender = Browser.runtime.MessageSender;
const MATCH = { match: true, score: 0.8, contexts: ['after-exercise'], causes: ['muscle-fatigue'], evidence: [] };
/** A content script in a tab's top frame (or, with `frameId`, in a subframe). */
const contentScript = (tabId: number, frameId = 0): Sender => ({
  id: browser.runtime.id,
  tab: { id: tabId, index: 0 } as Browser.tabs.Tab,
  frameId,
  url: 'https://articles.example/legs',
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('what is not Steady’s message', () => {
  test('gets no answer and a warning, and nothing runs', async () => {
    const inject = vi.spyOn(browser.scripting, 'executeScript');
    for (const raw of [
      undefined,
      'content:snooze',
      { type: 'content:snooze', site: 'x.example' },
      { type: 'popup:check-tab', tabId: -1 },
    ]) {
      expect(handleMessage(raw, contentScript(1))).toBeUndefined();
    }
    expect(console.warn).toHaveBeenCalledTimes(4);
    expect(inject).not.toHaveBeenCalled();
  });
});

describe('popup-only messages', () => {
  test('from a content script: no check runs and no sidebar opens in the tab it names', async () => {
    const inject = vi.spyOn(browser.scripting, 'executeScript');
    expect(await handleMessage({ type: 'popup:check-tab', tabId: 9 }, contentScript(1))).toBeUndefined();
    expect(await handleMessage({ type: 'popup:open-sidebar', tabId: 9 }, contentScript(1))).toBe(false);
    expect(inject).not.toHaveBeenCalled();
  });
});

describe('the detector’s gate', () => {
  test('answers for the sender’s host as the browser reports it, and takes no site from the message', async () => {
    await browser.storage.sync.set({ quietSites: ['articles.example'], offerStyle: 'badge' });
    const gate = (sender: Sender) => handleMessage({ type: 'content:gate' }, sender);
    expect(await gate(contentScript(1))).toEqual({ decision: 'quiet-site', offerStyle: 'badge' });
    expect(await gate({ ...contentScript(1), url: 'https://other.example/legs' })).toEqual({ decision: 'check', offerStyle: 'badge' });
    expect(handleMessage({ type: 'content:gate', site: 'other.example' }, contentScript(1))).toBeUndefined();
  });

  test('injects nothing, whatever it answers', async () => {
    const inject = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([] as never);
    await browser.storage.sync.set({ quietSites: ['articles.example'] });
    await handleMessage({ type: 'content:gate' }, contentScript(1));
    await handleMessage({ type: 'content:gate' }, { ...contentScript(4), url: 'https://other.example/' });
    expect(inject).not.toHaveBeenCalled();
  });
});

describe('the look', () => {
  const about = 'After the session my legs were shaking and my calves trembled as I walked home.';
  const notAbout = 'Shake the dressing in a jar, then pour it over the salad.';
  const rawText = (text: string | null) => ({ type: 'content:raw-text', title: 'Notes', text });

  test('is answered with the settings’ gate for the sender’s site, and nothing is injected for the question', async () => {
    const inject = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([] as never);
    await browser.storage.sync.set({ quietSites: ['articles.example'], offerStyle: 'badge' });
    expect(await handleMessage({ type: 'content:look' }, contentScript(1))).toEqual({ decision: 'quiet-site', offerStyle: 'badge' });
    const top = { ...contentScript(4), url: 'https://other.example/' };
    expect(await handleMessage({ type: 'content:look' }, top)).toEqual({ decision: 'check', offerStyle: 'badge' });
    expect(inject).not.toHaveBeenCalled();
    expect(handleMessage({ type: 'content:look', site: 'other.example' }, contentScript(1))).toBeUndefined();
  });

  test('its raw text brings the detector to a top frame where it may read on, if it could be about a body', async () => {
    const inject = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([] as never);
    await browser.storage.sync.set({ quietSites: ['articles.example'] });
    // A quiet site: the look stops (true) and nothing runs, whatever the text.
    expect(await handleMessage(rawText(about), contentScript(1))).toBe(true);
    // A subframe, and a page whose raw text cannot be about a body shaking: nothing runs; the
    // second answers false, so the look watches on.
    expect(await handleMessage(rawText(about), { ...contentScript(2, 3), url: 'https://other.example/' })).toBe(true);
    const top = { ...contentScript(4), url: 'https://other.example/' };
    expect(await handleMessage(rawText(notAbout), top)).toBe(false);
    expect(inject).not.toHaveBeenCalled();
    const files = ['/content-scripts/detector.js'];
    expect(await handleMessage(rawText(about), top)).toBe(true);
    expect(inject).toHaveBeenLastCalledWith({ target: { tabId: 4, frameIds: [0] }, files });
    // Too long to judge raw (null): the detector's reader reads it.
    expect(await handleMessage(rawText(null), { ...contentScript(5), url: 'https://other.example/' })).toBe(true);
    expect(inject).toHaveBeenLastCalledWith({ target: { tabId: 5, frameIds: [0] }, files });
    expect(inject).toHaveBeenCalledTimes(2);
    expect(handleMessage({ ...rawText(about), text: 'x'.repeat(200_001) }, top)).toBeUndefined();
  });
});

describe('verdicts', () => {
  test('from a subframe: not kept, so a frame cannot speak for its tab', async () => {
    await handleMessage({ type: 'content:verdict', verdict: MATCH }, contentScript(4, 2));
    expect(await tabVerdicts.get(4)).toBeNull();
  });

  test('from the top frame: a match is kept for the popup, a later no-match clears it', async () => {
    await handleMessage({ type: 'content:verdict', verdict: MATCH }, contentScript(5));
    expect((await tabVerdicts.get(5))?.verdict).toEqual(MATCH);
    await handleMessage({ type: 'content:verdict', verdict: NO_MATCH }, contentScript(5));
    expect(await tabVerdicts.get(5)).toBeNull();
  });

  test('"Check this page" waits for the tab’s next verdict, and only that tab’s', async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([] as never);
    const popup: Sender = { id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') };
    const asked = handleMessage({ type: 'popup:check-tab', tabId: 6 }, popup);
    await handleMessage({ type: 'content:verdict', verdict: NO_MATCH }, contentScript(7));
    await handleMessage({ type: 'content:verdict', verdict: MATCH }, contentScript(6));
    expect(await asked).toEqual({ status: 'match', verdict: MATCH });
  });

  test('a check that hears nothing says so when its time is up', async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([] as never);
    expect(await checkTabNow(8, 20)).toEqual({ status: 'no-answer' });
  });
});
