// The toolbar button's per-tab state: a small badge and a title that says what the article is
// about. Chromium and Firefox reset per-tab badge text and title when the tab loads a new page;
// the background clears them itself for single-page navigations and for verdicts that no
// longer match.
import { browser } from 'wxt/browser';
import { articleTopic } from '@/knowledge/topics';
import type { Context } from '@/knowledge/vocabulary';
import type { Verdict } from '@/knowledge/detect/verdict';

/** Short and calm: information, not an alarm. */
export const BADGE_TEXT = 'i';
// White on this blue is 8.6:1; both colours are also distinguishable without colour vision.
const BADGE_BACKGROUND = '#1d4ed8';
const BADGE_FOREGROUND = '#ffffff';
/** "Steady: this article is about legs shaking after exercise" (the first context's topic). */
export function badgeTitle(contexts: readonly Context[]): string {
  return `Steady: this article is about ${articleTopic(contexts)}`;
}

// MV3 has `action`; Firefox's MV2 build has `browserAction` with the same methods.
function toolbarButton(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export async function showVerdictBadge(tabId: number, verdict: Verdict): Promise<void> {
  const button = toolbarButton();
  await Promise.all([
    button.setBadgeText({ tabId, text: BADGE_TEXT }),
    button.setBadgeBackgroundColor({ tabId, color: BADGE_BACKGROUND }),
    button.setBadgeTextColor?.({ tabId, color: BADGE_FOREGROUND }),
    button.setTitle({ tabId, title: badgeTitle(verdict.contexts) }),
  ]);
}

export async function clearBadge(tabId: number): Promise<void> {
  const button = toolbarButton();
  const manifest = browser.runtime.getManifest();
  const title = manifest.action?.default_title ?? manifest.name;
  await Promise.all([button.setBadgeText({ tabId, text: '' }), button.setTitle({ tabId, title })]);
}
