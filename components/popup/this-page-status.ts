// What the popup's "This page" section knows about a tab: whether Steady can run there, what
// the detector found (the background keeps each tab's match in storage.session), and, when it
// found nothing, why (automatic checks off, a quiet site, a pause). Asking the background to
// check the page now, and to open the sidebar, goes through messages.
import { browser } from 'wxt/browser';
import { readSettings } from '@/components/shared/settings';
import { activeSiteSnooze, gateDecision, type GateDecision } from '@/components/shared/settings-model';
import { canRunOn, coveringSite } from '@/components/shared/site-rules';
import { tabVerdicts } from '@/components/background/tab-verdicts';
import { sendToBackground } from '@/components/shared/messages';
import type { CheckTabResult } from '@/components/background/check-on-demand';
import type { Verdict } from '@/knowledge/detect/verdict';

export type NothingReason =
  | { why: Exclude<GateDecision, 'quiet-site' | 'snoozed' | 'site-snoozed'> }
  | { why: 'checked' }
  | { why: 'quiet-site'; site: string }
  | { why: 'snoozed'; until: number }
  | { why: 'site-snoozed'; site: string; until: number };

export type ThisPageState =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  /** The popup page is itself the tab: nothing to say about "this page". */
  | { kind: 'self' }
  | { kind: 'cannot-run' }
  | { kind: 'check-failed'; tabId: number }
  | { kind: 'found'; tabId: number; verdict: Verdict }
  | ({ kind: 'nothing'; tabId: number } & NothingReason);

/**
 * The tab the popup speaks for: the active tab of its window, or `?tabId=` when the popup
 * document is opened in a tab of its own (the toolbar popup cannot be opened by a script, so
 * the browser tests open popup.html this way).
 */
export async function currentTabId(search = location.search): Promise<number | 'self' | undefined> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  // The popup page opened as a tab of its own (the sidebar's "full self-check" link): it has
  // no other page to speak for.
  if ((await browser.tabs.getCurrent()) !== undefined) return 'self';
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Why Steady did not (or did not yet) speak up on a tab. */
async function reasonFor(url: string | undefined, now: number): Promise<NothingReason> {
  if (url === undefined) return { why: 'check' };
  const host = new URL(url).hostname;
  const { settings } = await readSettings();
  const why = gateDecision(settings, host, now);
  if (why === 'quiet-site') return { why, site: coveringSite(settings.quietSites, host) ?? host };
  if (why === 'snoozed') return { why, until: settings.snoozedUntil ?? now };
  if (why === 'site-snoozed') {
    const snooze = activeSiteSnooze(settings.siteSnoozes, host, now);
    return snooze ? { why, site: snooze.site, until: snooze.until } : { why: 'check' };
  }
  return { why };
}

/** For a tab whose URL is hidden from Steady: can a script run there at all? (The browser's own
 *  pages refuse; so does a site Steady has no access to.) */
async function canInject(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, func: () => true });
    return true;
  } catch {
    return false;
  }
}

export async function loadThisPage(tabId: number | 'self' | undefined, now = Date.now()): Promise<ThisPageState> {
  if (tabId === 'self') return { kind: 'self' };
  if (tabId === undefined) return { kind: 'no-tab' };
  let url: string | undefined;
  try {
    // Without a grant for the tab (activeTab, host access) the URL is hidden; that is fine.
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { kind: 'no-tab' };
  }
  const runnable = canRunOn(url) ?? (await canInject(tabId));
  if (!runnable) return { kind: 'cannot-run' };
  const stored = await tabVerdicts.get(tabId);
  if (stored?.verdict.match) return { kind: 'found', tabId, verdict: stored.verdict };
  return { kind: 'nothing', tabId, ...(await reasonFor(url, now)) };
}

/** Runs the detector on the tab now, whatever the settings say, and reports what it found. */
export async function checkTab(tabId: number): Promise<ThisPageState> {
  const result = (await sendToBackground({ type: 'popup:check-tab', tabId })) as CheckTabResult | undefined;
  if (result === undefined || result.status === 'no-answer') return { kind: 'check-failed', tabId };
  if (result.status === 'cannot-run') return { kind: 'cannot-run' };
  if (result.status === 'match') return { kind: 'found', tabId, verdict: result.verdict };
  return { kind: 'nothing', tabId, why: 'checked' };
}

export async function openSidebar(tabId: number): Promise<boolean> {
  return (await sendToBackground({ type: 'popup:open-sidebar', tabId })) === true;
}
