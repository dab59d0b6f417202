// Case vignettes for the quick self-check: a short story, the answers that person would give,
// the triage Steady must reach and the causes that must be among the three it shows first.
// Written for Steady; together they cover every context and every red flag.
import type { AnswersInput } from '@/knowledge/assess/answers';
import type { CauseId, FirstAidId, TriageLevel } from '@/knowledge/vocabulary';

export type Vignette = {
  story: string;
  answers: AnswersInput;
  triage: TriageLevel;
  /**
   * Each must be among the first three causes. Empty for emergencies (no causes are shown) and
   * where the sign, not the cause, is the whole point (a fever, a head injury).
   */
  topThree: CauseId[];
  /** First aid that must be shown (the result may show more). */
  firstAid?: FirstAidId[];
};

export const VIGNETTES: Vignette[] = [
  // Self-care: ordinary training situations must not cause alarm.
  {
    story: 'Tom, 28, did his first heavy squat session with a new programme; walking out of the gym his thighs wobbled.',
    answers: { when: ['after-exercise'], duration: 'first-time', factors: ['hard-workout', 'new-routine'] },
    triage: 'self-care',
    topThree: ['muscle-fatigue', 'overexertion'],
  },
  {
    story: 'Aisha, 34, holds a deep hamstring stretch for a minute after runs; her leg quivers and feels tight.',
    answers: { when: ['stretching'], duration: 'days', factors: ['long-holds', 'tight-muscles'] },
    triage: 'self-care',
    topThree: ['poor-flexibility'],
  },
  {
    story: 'Marco, 41, does single-leg calf raises; the left calf wobbles much more than the right.',
    answers: { when: ['heel-raise'], duration: 'days', factors: ['one-side-weaker'] },
    triage: 'self-care',
    topThree: ['muscle-imbalance'],
  },
  {
    story: 'Lena, 25, went for a long morning run without breakfast; halfway round her legs felt shaky and weak.',
    answers: { when: ['during-exercise'], duration: 'first-time', factors: ['skipped-meal', 'hard-workout'] },
    triage: 'self-care',
    topThree: ['energy-depletion'],
  },
  {
    story: 'Sam, 30, ran a hot half-marathon, drank little and was soaked in sweat; afterwards his calves twitched and trembled.',
    answers: { when: ['after-exercise', 'twitching'], duration: 'first-time', factors: ['heavy-sweating', 'low-fluids'] },
    triage: 'self-care',
    topThree: ['dehydration', 'electrolyte-imbalance'],
  },
  {
    story: 'Priya, 38, rushed into a yoga class late and skipped the warm-up; her legs shook in the long standing poses.',
    answers: { when: ['stretching', 'during-exercise'], duration: 'first-time', factors: ['no-warm-up', 'long-holds'] },
    triage: 'self-care',
    topThree: ['insufficient-warm-up'],
  },
  {
    story: 'Jonas, 45, is back at the gym after six months off; his legs shake during lunges this week.',
    answers: { when: ['during-exercise'], duration: 'days', factors: ['back-after-break'] },
    triage: 'self-care',
    topThree: ['overexertion', 'poor-conditioning'],
  },
  {
    story: 'Chloe, 22, had two espressos and a pre-workout drink; during her session her calf kept flickering.',
    answers: { when: ['twitching', 'during-exercise'], duration: 'first-time', factors: ['caffeine'] },
    triage: 'self-care',
    topThree: ['caffeine-stimulants'],
  },
  {
    story: 'Ben, 24, is in exam week, anxious and sleeping badly; a spot in his thigh twitches while he sits and studies.',
    answers: { when: ['twitching', 'at-rest'], duration: 'days', factors: ['stress', 'poor-sleep'] },
    triage: 'self-care',
    topThree: ['stress-anxiety', 'poor-sleep'],
  },
  {
    story: 'Nadia, 31, had a late night of drinking and little water; the next morning her legs trembled as she lay on the sofa.',
    answers: { when: ['at-rest'], duration: 'first-time', factors: ['alcohol', 'low-fluids'] },
    triage: 'self-care',
    topThree: ['alcohol', 'dehydration'],
  },
  {
    story: 'Grace, 52, started a physiotherapy programme of heel raises; her calves shake on the new exercise.',
    answers: { when: ['heel-raise'], duration: 'first-time', factors: ['new-routine'] },
    triage: 'self-care',
    topThree: ['poor-conditioning'],
  },
  {
    story: 'Ravi, 29, held a plank far longer than usual; his whole body shook near the end.',
    answers: { when: ['during-exercise'], duration: 'first-time', factors: ['long-holds', 'hard-workout'] },
    triage: 'self-care',
    topThree: ['muscle-fatigue', 'neuromuscular-fatigue'],
  },

  // Doctor: worth an appointment, not an emergency.
  {
    story:
      'Helen, 58, has had an unpleasant crawling feeling in her legs most evenings for months; ' +
      'she has to get up and walk, and it keeps her awake.',
    answers: { when: ['night', 'at-rest'], duration: 'months', factors: [], flags: ['urge-to-move', 'sleep-disrupted'] },
    triage: 'doctor',
    topThree: ['restless-legs-syndrome'],
  },
  {
    story: 'Zoe, 32, is pregnant; for a few weeks her legs feel restless at night and she needs to move them.',
    answers: { when: ['night'], duration: 'weeks', factors: ['pregnancy'], flags: ['urge-to-move'] },
    triage: 'doctor',
    topThree: ['restless-legs-syndrome', 'iron-deficiency'],
  },
  {
    story: 'Omar, 36, started a new asthma inhaler a few days ago; now his legs tremble even when he is sitting down.',
    answers: { when: ['at-rest'], duration: 'days', factors: ['new-medication'] },
    triage: 'doctor',
    topThree: ['medication-side-effects'],
  },
  {
    story: 'Ella, 27, has type 1 diabetes; she skipped lunch before a cycling class and felt shaky during it.',
    answers: { when: ['during-exercise'], duration: 'first-time', factors: ['diabetes', 'skipped-meal'] },
    triage: 'doctor',
    topThree: ['energy-depletion', 'diabetes'],
    firstAid: ['treat-low-sugar'],
  },
  {
    story: 'Walter, 71, has a tremor in one leg while he rests in his chair; it began months ago and slowly gets stronger.',
    answers: { when: ['at-rest'], duration: 'months', factors: ['over-60'], flags: ['shaking-at-rest', 'getting-worse'] },
    triage: 'doctor',
    topThree: ['parkinsons-disease'],
  },
  {
    story: 'Rosa, 63, has diabetes; for months her feet tingle and burn at night and her legs jitter in bed.',
    answers: { when: ['night'], duration: 'months', factors: ['diabetes', 'over-60'], flags: ['numbness-tingling'] },
    triage: 'doctor',
    topThree: ['peripheral-neuropathy', 'diabetes'],
  },
  {
    story: 'Dan, 35, has had small twitches in his calf while resting for several weeks, and nothing else seems to explain it.',
    answers: { when: ['twitching', 'at-rest'], duration: 'weeks', factors: [] },
    triage: 'doctor',
    topThree: ['stress-anxiety', 'nervous-system-sensitivity'],
  },
  {
    story: 'Maya, 40, feels her legs shake whenever she holds a stretch, and it has gone on for months.',
    answers: { when: ['stretching'], duration: 'months', factors: [] },
    triage: 'doctor',
    topThree: ['poor-flexibility', 'insufficient-warm-up'],
  },
  {
    story: 'Pete, 66, finds his legs shake so much on walks and stairs that he now avoids them; it has been like this for weeks.',
    answers: { when: ['during-exercise'], duration: 'weeks', factors: ['over-60'], flags: ['daily-life'] },
    triage: 'doctor',
    topThree: ['age-related-muscle-loss'],
  },

  // Urgent: medical help the same day.
  {
    story: 'Kyle, 26, did a brutal high-repetition workout; next day his thighs are very sore and swollen and his urine is dark brown.',
    answers: { when: ['after-exercise'], duration: 'first-time', factors: ['hard-workout', 'new-routine'], flags: ['dark-urine'] },
    triage: 'emergency-department',
    topThree: ['overexertion', 'muscle-fatigue'],
  },
  {
    story: 'Irene, 48, flew home yesterday; today one calf is painful, warm and swollen, and her leg trembles when she stands on her toes.',
    answers: { when: ['heel-raise'], duration: 'first-time', factors: [], flags: ['calf-pain-swelling'] },
    triage: 'urgent',
    topThree: ['muscle-imbalance', 'poor-conditioning'],
  },
  {
    story: 'Luis, 33, has a temperature of 38.6°C and is shaking and shivering in bed.',
    answers: { when: ['at-rest', 'night'], duration: 'first-time', factors: [], flags: ['fever'] },
    triage: 'urgent',
    topThree: [],
  },
  {
    story: 'Mia, 19, hit her head on a bar at training; since then her arm has jerked now and then and her headache will not go away.',
    answers: { when: ['twitching'], duration: 'first-time', factors: [], flags: ['head-injury'] },
    triage: 'emergency-department',
    topThree: [],
  },
  {
    story: 'Arthur, 74, has felt his legs give way twice this month and cannot rise from a chair as before; they shake when he walks.',
    answers: { when: ['during-exercise'], duration: 'weeks', factors: ['over-60'], flags: ['weakness-or-falls'] },
    triage: 'urgent',
    topThree: ['age-related-muscle-loss'],
  },

  // Emergency: call now, nothing else.
  {
    story: 'During a spin class, Frank, 57, notices one side of his face drooping and his words come out slurred.',
    answers: { when: ['during-exercise'], duration: 'first-time', factors: ['hard-workout'], flags: ['face-arm-speech'] },
    triage: 'emergency',
    topThree: [],
  },
  {
    story: 'After a swim, Agnes, 66, suddenly cannot feel or control her left leg and arm.',
    answers: { when: ['after-exercise'], duration: 'first-time', factors: ['over-60'], flags: ['sudden-one-side-weakness'] },
    triage: 'emergency',
    topThree: [],
  },
  {
    story: 'On a hill run, Victor, 50, gets a tight pressure in his chest and cannot catch his breath; his legs shake.',
    answers: { when: ['during-exercise'], duration: 'first-time', factors: ['hard-workout'], flags: ['chest-pain'] },
    triage: 'emergency',
    topThree: [],
  },
  {
    story: 'Ines, 23, has diabetes; after a long session without food she is shaking, sweating and confused, and nearly faints.',
    answers: { when: ['after-exercise'], duration: 'first-time', factors: ['diabetes', 'skipped-meal'], flags: ['confusion-or-fainting'] },
    triage: 'emergency',
    topThree: [],
    firstAid: ['call-emergency', 'start-cpr', 'treat-low-sugar'],
  },
  {
    story: 'Someone who has had weeks of tingling and restless nights now also has chest pain: the emergency still comes first.',
    answers: {
      when: ['night', 'at-rest'],
      duration: 'months',
      factors: ['over-60', 'new-medication'],
      flags: ['chest-pain', 'numbness-tingling', 'sleep-disrupted'],
    },
    triage: 'emergency',
    topThree: [],
  },
];
