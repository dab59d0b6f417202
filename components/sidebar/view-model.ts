// What the sidebar shows, worked out from the detector's verdict, the knowledge base and the
// person's saved self-check, without any DOM: the component only lays it out, and unit tests
// check the content itself.
import { firstAidById, kb, sourceById, tipsForCause } from '@/knowledge/index';
import type { Cause, Faq, RedFlag, Source, Tip } from '@/knowledge/schema';
import { questionsFor } from '@/knowledge/questions';
import { articleTopic, topicOf } from '@/knowledge/topics';
import type { EvidenceQuote, Verdict } from '@/knowledge/detect/verdict';
import type { Answers } from '@/knowledge/assess/answers';
import { rankCauses, topCauses, type RankReason } from '@/knowledge/rank/rank';
import { tipFits } from '@/knowledge/assess/tips';
import { triage } from '@/knowledge/assess/triage';
import { urgencyRank } from '@/knowledge/vocabulary';

/** The saved self-check as components/shared/saved-check.ts reads it (savedAt: ISO 8601). */
export type SavedSelfCheck = { answers: Answers; savedAt: string };

export type CauseView = {
  cause: Cause;
  /** Why this cause is on the list, in plain words (strongest first). */
  why: string[];
  tips: Tip[];
};

export type SidebarView = {
  /** "This article is about muscles shaking during stretching." or what Steady could not tell. */
  about: string;
  /** Whether the detector found the page to be about shaking muscles. */
  matched: boolean;
  /** "Ranked using your self-check from 3 May 2025." when one was used. */
  personal?: string;
  causes: CauseView[];
  evidence: EvidenceQuote[];
  /** Every red flag, most urgent first. */
  redFlags: RedFlag[];
  /** Common questions about the causes shown; none while the saved check says to get help today or sooner. */
  questions: Faq[];
  sources: Source[];
};

const MAX_TIPS = 3;
const STRENGTH = ['', 'Can fit', 'Often fits', 'Typical of'] as const;

function whyText(reasons: readonly RankReason[]): string[] {
  const lines: string[] = [];
  if (reasons.some((r) => r.kind === 'article')) lines.push('The article discusses it');
  // The strongest situation only: one line a reader can take in at a glance.
  const context = reasons.reduce<Extract<RankReason, { kind: 'context' }> | undefined>(
    (best, r) => (r.kind === 'context' && (!best || r.weight > best.weight) ? r : best),
    undefined,
  );
  if (context) lines.push(`${STRENGTH[context.weight] ?? 'Can fit'} ${topicOf(context.context)}`);
  if (reasons.some((r) => r.kind === 'self-check-context' || r.kind === 'self-check-factor')) {
    lines.push('Fits your self-check answers');
  }
  return lines;
}

/** "3 May 2025" in the reader's locale. */
export function formatDate(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso));
}

export function sidebarView(verdict: Verdict | undefined, saved: SavedSelfCheck | null | undefined, locale?: string): SidebarView {
  const matched = verdict?.match === true;
  const contexts = matched ? verdict.contexts : [];
  const ranked = rankCauses({ contexts, mentioned: matched ? verdict.causes : [], selfCheck: saved?.answers }, kb.causes);
  const shown = topCauses(ranked);
  const savedLevel = saved ? triage(saved.answers, kb).level : 'self-care';
  const about = matched
    ? `This article is about ${articleTopic(contexts)}.`
    : 'Steady did not find an article about shaking muscles on this page, so these are the most common causes.';

  const causes = shown.map((r) => ({
    cause: r.cause,
    why: whyText(r.reasons),
    // Tips fit what the saved self-check said: no 400 mg caffeine limit for someone who ticked
    // pregnancy, and no training advice while that check says to get help today or sooner.
    tips: tipsForCause(r.cause.id)
      .filter((t) => tipFits(t, saved?.answers.factors ?? [], savedLevel))
      .slice(0, MAX_TIPS),
  }));
  // Already most urgent first: the validator refuses red-flags.json in any other order.
  const redFlags = kb.redFlags;
  const questions =
    urgencyRank(savedLevel) <= urgencyRank('urgent')
      ? []
      : questionsFor(
          causes.map((c) => c.cause.id),
          kb.faq,
        );

  const cited = new Set<string>();
  for (const c of causes) {
    c.cause.sources.forEach((s) => cited.add(s));
    c.tips.forEach((t) => t.sources.forEach((s) => cited.add(s)));
  }
  questions.forEach((q) => q.sources.forEach((s) => cited.add(s)));
  for (const flag of redFlags) {
    flag.sources.forEach((s) => cited.add(s));
    flag.firstAid.forEach((id) => firstAidById(id)?.sources.forEach((s) => cited.add(s)));
  }
  const sources = [...cited]
    .map((id) => sourceById(id))
    .filter((s): s is Source => s !== undefined)
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'seed' ? -1 : 1));

  return {
    about,
    matched,
    personal: saved ? `Ranked using your self-check from ${formatDate(saved.savedAt, locale)}.` : undefined,
    causes,
    evidence: matched ? verdict.evidence : [],
    redFlags,
    questions,
    sources,
  };
}
