// The quick self-check's pure logic: validate answers, assess them, and put them in words.
export { Answers, parseAnswers, describeAnswerErrors, type AnswersInput, type ParsedAnswers } from './answers';
export { assess, assessmentJson, type Assessment } from './assess';
export type { AssessKnowledge } from './knowledge';
export { triage, ruleMatches, type Triage, type TriageReason } from './triage';
export { rankCauses, causeFit, type ScoredCause } from './score';
export { tipsFor, LEADING_CAUSES, MAX_TIPS } from './tips';
export { watchFor } from './watch-for';
export { effectiveContexts } from './signals';
export { doctorSummary, type SummaryOptions } from './summary';
export { emergencyNumberFor, regionOf, whatToSay, FALLBACK_NUMBERS, type EmergencyNumbers, type WhatToSay } from './emergency';
export { TRIAGE_WORDS, DISCLAIMER, type TriageWords } from './wording';
