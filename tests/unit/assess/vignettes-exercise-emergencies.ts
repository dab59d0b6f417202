// Case vignettes for the exercise emergencies and the five levels (issue: medical safety),
// written from the story with NHS-style dispositions, as a clinician would decide them: the
// level is the most urgent sign the person ticks, harmless training factors sit beside every
// red flag and must never pull the level down, and plain training stories stay self-care.
import type { Vignette } from './vignettes';

export const NEW_VIGNETTES: Vignette[] = [
  // ---------------------------------------------------------------------------------------
  // Emergency: fainted or nearly blacked out while exercising
  // ---------------------------------------------------------------------------------------
  {
    story:
      'Kwame, 23, fainted during hill sprints yesterday, after a strong pre-workout coffee, and came round on the grass within a minute; ' +
      'today his legs still feel shaky and he wonders whether it was just the hard session.',
    answers: {
      when: ['during-exercise', 'after-exercise'],
      duration: 'days',
      factors: ['hard-workout', 'caffeine'],
      flags: ['fainted-exercising'],
    },
    triage: 'emergency',
    firstAid: ['call-emergency', 'after-a-faint'],
    topThree: [],
  },
  {
    story:
      'Hannah, 31, skipped breakfast, raced a hot parkrun, crossed the line, went grey and blacked out for a few seconds; ' +
      'she has come round but her legs are trembling and she feels drained.',
    answers: {
      when: ['after-exercise'],
      duration: 'first-time',
      factors: ['heavy-sweating', 'skipped-meal', 'hard-workout'],
      flags: ['fainted-exercising'],
    },
    triage: 'emergency',
    firstAid: ['call-emergency', 'after-a-faint'],
    topThree: [],
  },
  {
    story:
      'Derek, 64, has had shaky, worsening legs on the rowing machine for weeks that now stop him gardening, ' +
      'and last Tuesday he nearly blacked out mid-session before sitting down.',
    answers: {
      when: ['during-exercise', 'after-exercise'],
      duration: 'weeks',
      factors: ['over-60', 'new-routine'],
      flags: ['fainted-exercising', 'getting-worse', 'daily-life'],
    },
    triage: 'emergency',
    firstAid: ['call-emergency', 'after-a-faint'],
    topThree: [],
  },

  // ---------------------------------------------------------------------------------------
  // Emergency: seizure (fit with loss of awareness)
  // ---------------------------------------------------------------------------------------
  {
    story:
      'Ana, 19, went stiff and jerked all over for about a minute at the end of a dance rehearsal; ' +
      'her friends say she did not respond to them, and she had barely slept or eaten that day.',
    answers: {
      when: ['after-exercise'],
      duration: 'first-time',
      factors: ['poor-sleep', 'skipped-meal', 'hard-workout'],
      flags: ['seizure'],
    },
    triage: 'emergency',
    firstAid: ['call-emergency', 'seizure-first-aid'],
    topThree: [],
  },
  {
    story:
      'Neil, 46, who has type 1 diabetes, slumped off the treadmill and had a short fit with his eyes rolled back; ' +
      'gym staff say he did not know where he was for a while afterwards.',
    answers: {
      when: ['during-exercise'],
      duration: 'first-time',
      factors: ['diabetes', 'new-routine', 'heavy-sweating'],
      flags: ['seizure', 'confusion-or-fainting'],
    },
    triage: 'emergency',
    firstAid: ['call-emergency', 'seizure-first-aid', 'treat-low-sugar'],
    topThree: [],
  },
  {
    story:
      'Callum, 22, clashed heads with an opponent in a rugby tackle, stood up, then collapsed and had a fit on the pitch; ' +
      'teammates say his arms and legs were jerking and he was unresponsive.',
    answers: {
      when: ['during-exercise'],
      duration: 'first-time',
      factors: ['hard-workout'],
      flags: ['head-injury', 'seizure'],
    },
    triage: 'emergency',
    firstAid: ['call-emergency', 'seizure-first-aid', 'stop-and-rest'],
    topThree: [],
  },

  // ---------------------------------------------------------------------------------------
  // Emergency: heatstroke
  // ---------------------------------------------------------------------------------------
  {
    story:
      'Anjali, 34, ran a half marathon on a 30-degree morning; ' +
      'at the finish her skin is hot and dry, she has stopped sweating, her legs are shaking and she keeps asking where she is.',
    answers: {
      when: ['after-exercise'],
      duration: 'first-time',
      factors: ['heavy-sweating', 'low-fluids', 'hard-workout'],
      flags: ['heatstroke', 'confusion-or-fainting'],
    },
    triage: 'emergency',
    firstAid: ['call-emergency', 'cool-down-now'],
    topThree: [],
  },
  {
    story:
      'Liam, 16, back at summer football pre-season after a lazy holiday, collapsed during shuttle runs; ' +
      'after 30 minutes in the shade with wet towels he is still burning hot, shaky and sick.',
    answers: {
      when: ['during-exercise', 'after-exercise'],
      duration: 'first-time',
      factors: ['back-after-break', 'heavy-sweating', 'hard-workout'],
      flags: ['heatstroke'],
    },
    triage: 'emergency',
    firstAid: ['call-emergency', 'cool-down-now'],
    topThree: [],
  },
  {
    story:
      'Gordon, 58, has type 2 diabetes and rode a 100 km sportive in a heatwave; ' +
      'at the last feed stop he is trembling, his skin is hot and dry and his words are coming out muddled.',
    answers: {
      when: ['during-exercise', 'after-exercise'],
      duration: 'first-time',
      factors: ['diabetes', 'heavy-sweating', 'low-fluids', 'hard-workout'],
      flags: ['heatstroke', 'confusion-or-fainting'],
    },
    triage: 'emergency',
    firstAid: ['call-emergency', 'treat-low-sugar', 'cool-down-now'],
    topThree: [],
  },

  // ---------------------------------------------------------------------------------------
  // Urgent: overheated (heat exhaustion)
  // ---------------------------------------------------------------------------------------
  {
    story:
      'Jamie, 31, did a 15-mile long run through a hot afternoon and now feels hot, flushed and dizzy, ' +
      'with a pounding headache and legs that will not stop shaking; he is thinking clearly.',
    answers: {
      when: ['after-exercise'],
      duration: 'first-time',
      factors: ['heavy-sweating', 'low-fluids', 'hard-workout'],
      flags: ['overheated'],
    },
    triage: 'urgent',
    firstAid: ['cool-down-now'],
    topThree: [],
  },
  {
    story:
      'Brenda, 62, played two hours of doubles tennis in the midday sun after a strong coffee ' +
      'and is now clammy, nauseous and very thirsty, with cramping, trembling calves.',
    answers: {
      when: ['during-exercise', 'after-exercise'],
      duration: 'first-time',
      factors: ['over-60', 'heavy-sweating', 'caffeine'],
      flags: ['overheated'],
    },
    triage: 'urgent',
    firstAid: ['cool-down-now'],
    topThree: [],
  },
  {
    story:
      'Marta, 39, who has type 1 diabetes, finished the hot-weather bootcamp she joined this week feeling dizzy, headachy and sick, ' +
      'with shaking hands, for the second session running.',
    answers: {
      when: ['after-exercise'],
      duration: 'days',
      factors: ['diabetes', 'heavy-sweating', 'new-routine'],
      flags: ['overheated'],
    },
    triage: 'urgent',
    firstAid: ['cool-down-now', 'treat-low-sugar'],
    topThree: [],
  },

  // ---------------------------------------------------------------------------------------
  // Emergency department: water overload (exercise-associated hyponatraemia)
  // ---------------------------------------------------------------------------------------
  {
    story:
      'Morag, 41, took five and a half hours over her first marathon and drank water at every station; ' +
      'an hour later she is vomiting, has a bad headache, her rings are tight and her legs are shaking.',
    answers: {
      when: ['after-exercise'],
      duration: 'first-time',
      factors: ['hard-workout', 'heavy-sweating', 'new-routine'],
      flags: ['water-overload'],
    },
    triage: 'emergency-department',
    firstAid: ['no-more-water', 'stop-and-rest'],
    topThree: [],
  },
  {
    story:
      'Graham, 55, drank litre after litre on a 40 km charity walk in the sun; ' +
      'now his hands and feet are puffy, he feels sick, has a headache, is hot and very thirsty and his thighs tremble.',
    answers: {
      when: ['after-exercise'],
      duration: 'first-time',
      factors: ['heavy-sweating', 'hard-workout', 'new-routine'],
      flags: ['water-overload', 'overheated'],
    },
    triage: 'emergency-department',
    firstAid: ['no-more-water', 'stop-and-rest', 'cool-down-now'],
    topThree: [],
  },
  {
    story:
      'Siobhan, 36, forced down water all through a 50 km ultra for fear of dehydrating; ' +
      'at the finish she has vomited twice, her ankles are swollen and her partner says she is muddled and drowsy.',
    answers: {
      when: ['after-exercise'],
      duration: 'first-time',
      factors: ['hard-workout', 'heavy-sweating'],
      flags: ['water-overload', 'confusion-or-fainting'],
    },
    triage: 'emergency',
    firstAid: ['call-emergency', 'no-more-water', 'stop-and-rest'],
    topThree: [],
  },

  // ---------------------------------------------------------------------------------------
  // Urgent (or worse): alcohol withdrawal
  // ---------------------------------------------------------------------------------------
  {
    story:
      'Gary, 50, usually drinks most of a bottle of vodka a day but stopped two days ago to start a fitness plan; ' +
      'his hands shake from the moment he wakes and get worse on his gym walk.',
    answers: {
      when: ['at-rest', 'during-exercise'],
      duration: 'days',
      factors: ['alcohol', 'new-routine', 'poor-sleep'],
      flags: ['alcohol-withdrawal', 'shaking-at-rest'],
    },
    triage: 'urgent',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Claire, 38, has cut down from two bottles of wine a night to none this week and, living on strong coffee, ' +
      'is trembly, sweaty and anxious at rest and during her swimming lessons.',
    answers: {
      when: ['at-rest', 'during-exercise'],
      duration: 'days',
      factors: ['alcohol', 'stress', 'caffeine'],
      flags: ['alcohol-withdrawal'],
    },
    triage: 'urgent',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Mick, 47, a daily heavy drinker, stopped 36 hours ago before a charity boxing bout; ' +
      'during sparring he shook badly, then collapsed and had a fit without knowing what was happening.',
    answers: {
      when: ['during-exercise', 'at-rest'],
      duration: 'days',
      factors: ['alcohol', 'hard-workout', 'poor-sleep'],
      flags: ['alcohol-withdrawal', 'seizure'],
    },
    triage: 'emergency',
    firstAid: ['call-emergency', 'seizure-first-aid'],
    topThree: [],
  },

  // ---------------------------------------------------------------------------------------
  // Urgent: serotonin signs
  // ---------------------------------------------------------------------------------------
  {
    story:
      'Sofia, 29, had her sertraline dose raised last week and since then trembles, sweats and feels agitated and restless, ' +
      'worst after her evening gym class and her pre-workout coffee.',
    answers: {
      when: ['after-exercise', 'at-rest'],
      duration: 'days',
      factors: ['new-medication', 'caffeine', 'stress'],
      flags: ['serotonin-signs'],
    },
    triage: 'urgent',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Adrian, 44, takes citalopram and was given tramadol for a back strain three days ago; ' +
      'his legs now jerk on their own, his heart races and he is drenched in sweat even on a gentle walk.',
    answers: {
      when: ['during-exercise', 'at-rest', 'twitching'],
      duration: 'days',
      factors: ['new-medication', 'heavy-sweating'],
      flags: ['serotonin-signs'],
    },
    triage: 'urgent',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Rebecca, 52, started an antidepressant a fortnight ago; she now has shaky hands, sweating and twitchy legs, ' +
      'and tonight she feels hot and shivery with a temperature of 38.4°C after the light spin class she has just taken up.',
    answers: {
      when: ['after-exercise', 'twitching'],
      duration: 'weeks',
      factors: ['new-medication', 'new-routine'],
      flags: ['serotonin-signs', 'fever'],
    },
    triage: 'urgent',
    firstAid: [],
    topThree: [],
  },

  // ---------------------------------------------------------------------------------------
  // Emergency department: saddle numbness (possible cauda equina)
  // ---------------------------------------------------------------------------------------
  {
    story:
      'Marcus, 36, felt his back twinge on a deadlift personal best; ' +
      'since then his legs shake and one buckled on the stairs, his inner thighs and bottom feel numb and he is struggling to pass urine.',
    answers: {
      when: ['during-exercise', 'after-exercise'],
      duration: 'days',
      factors: ['hard-workout', 'no-warm-up'],
      flags: ['saddle-numbness', 'numbness-tingling', 'weakness-or-falls'],
    },
    triage: 'emergency-department',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Denise, 52, with a long-standing bad back, has had increasingly shaky legs on her walks for weeks; ' +
      'this week she has leaked urine without warning and feels numb between her legs.',
    answers: {
      when: ['during-exercise'],
      duration: 'weeks',
      factors: ['tight-muscles', 'stress'],
      flags: ['saddle-numbness', 'getting-worse', 'numbness-tingling'],
    },
    triage: 'emergency-department',
    firstAid: [],
    topThree: [],
  },

  // ---------------------------------------------------------------------------------------
  // Emergency: cold, pale leg (acute limb ischaemia)
  // ---------------------------------------------------------------------------------------
  {
    story:
      'Clifford, 67, an ex-smoker with diabetes, has had cramping, shaky calves on his bike rides for months; ' +
      'this morning his right foot suddenly turned white, cold and very painful.',
    answers: {
      when: ['during-exercise'],
      duration: 'months',
      factors: ['over-60', 'diabetes'],
      flags: ['cold-pale-leg', 'getting-worse'],
    },
    triage: 'emergency',
    firstAid: ['call-emergency', 'treat-low-sugar'],
    topThree: [],
  },
  {
    story:
      'Yasmin, 40, had a coffee and little to drink before a steady run; halfway round, out of nowhere, ' +
      'her left leg went cold, pale and mottled with a sudden severe ache, and it shakes when she stands on it.',
    answers: {
      when: ['during-exercise'],
      duration: 'first-time',
      factors: ['caffeine', 'low-fluids'],
      flags: ['cold-pale-leg'],
    },
    triage: 'emergency',
    firstAid: ['call-emergency'],
    topThree: [],
  },

  // ---------------------------------------------------------------------------------------
  // Emergency: palpitations with chest pain, breathlessness or feeling faint
  // ---------------------------------------------------------------------------------------
  {
    story:
      'Reece, 24, took a double scoop of pre-workout before HIIT; ' +
      'mid-session his heart began pounding irregularly, he felt faint and had to grab the rack, and his arms are shaking.',
    answers: {
      when: ['during-exercise'],
      duration: 'first-time',
      factors: ['caffeine', 'hard-workout', 'low-fluids'],
      flags: ['palpitations-faint'],
    },
    triage: 'emergency',
    firstAid: ['call-emergency', 'stop-and-rest'],
    topThree: [],
  },
  {
    story:
      'Pauline, 63, started a brisk walking group last week and on each walk since her heart flutters and races, ' +
      'she gets breathless and light-headed and her legs tremble.',
    answers: {
      when: ['during-exercise'],
      duration: 'days',
      factors: ['over-60', 'new-routine'],
      flags: ['palpitations-faint'],
    },
    triage: 'emergency',
    firstAid: ['call-emergency', 'stop-and-rest'],
    topThree: [],
  },
  {
    story:
      'Kenji, 57, has had trembling hands at rest and broken sleep for months; today, pushing hard on the cross-trainer ' +
      'after his usual two coffees, his heart raced, his chest tightened and he felt close to passing out.',
    answers: {
      when: ['during-exercise', 'at-rest', 'night'],
      duration: 'months',
      factors: ['poor-sleep', 'caffeine', 'hard-workout'],
      flags: ['palpitations-faint', 'chest-pain', 'shaking-at-rest', 'sleep-disrupted'],
    },
    triage: 'emergency',
    firstAid: ['call-emergency', 'stop-and-rest'],
    topThree: [],
  },

  // ---------------------------------------------------------------------------------------
  // Emergency department: dark urine (possible rhabdomyolysis)
  // ---------------------------------------------------------------------------------------
  {
    story:
      'Bethany, 26, arrived late to her first CrossFit class, skipped the warm-up and went all out; ' +
      'two days on, her thighs are rock-hard, swollen and too sore to touch, her legs shake and her urine is the colour of cola.',
    answers: {
      when: ['after-exercise'],
      duration: 'days',
      factors: ['hard-workout', 'new-routine', 'no-warm-up'],
      flags: ['dark-urine'],
    },
    triage: 'emergency-department',
    firstAid: ['stop-and-rest'],
    topThree: [],
  },
  {
    story:
      'Jake, 19, did a 500-squat challenge in a hot garage; hours later his thighs are swollen and agonising, ' +
      'he has barely passed any urine, he is hot, dizzy and sick and his legs are trembling.',
    answers: {
      when: ['after-exercise'],
      duration: 'first-time',
      factors: ['heavy-sweating', 'low-fluids', 'hard-workout'],
      flags: ['dark-urine', 'overheated'],
    },
    triage: 'emergency-department',
    firstAid: ['stop-and-rest', 'cool-down-now'],
    topThree: [],
  },
  {
    story:
      'Wendy, 49, who has chronic kidney disease, did a long spin class with new arm weights; ' +
      'since then her arms are very painful and puffy, her urine is dark brown and she feels feverish.',
    answers: {
      when: ['after-exercise'],
      duration: 'days',
      factors: ['kidney-disease', 'new-routine', 'hard-workout'],
      flags: ['dark-urine', 'fever'],
    },
    triage: 'emergency-department',
    firstAid: ['stop-and-rest'],
    topThree: [],
  },

  // ---------------------------------------------------------------------------------------
  // Emergency department: head injury
  // ---------------------------------------------------------------------------------------
  {
    story:
      'Ellie, 17, banged heads with a teammate going up for a header; ' +
      'an hour later her hands are shaky, she has been sick once and her headache is getting worse, not better.',
    answers: {
      when: ['after-exercise'],
      duration: 'first-time',
      factors: ['hard-workout'],
      flags: ['head-injury'],
    },
    triage: 'emergency-department',
    firstAid: ['stop-and-rest'],
    topThree: [],
  },
  {
    story:
      'Roy, 70, came off his bike on a gravel path yesterday, on his first ride since the winter, and hit his head; ' +
      'since then he has had a headache that will not shift and his hands have been trembling.',
    answers: {
      when: ['at-rest', 'after-exercise'],
      duration: 'days',
      factors: ['over-60', 'back-after-break'],
      flags: ['head-injury', 'shaking-at-rest'],
    },
    triage: 'emergency-department',
    firstAid: ['stop-and-rest'],
    topThree: [],
  },
  {
    story:
      'Tariq, 28, took a knee to the head in a jiu-jitsu roll two days ago; ' +
      'his headache has not gone, his legs feel shaky, he is wobbly on his feet and he tripped twice on the way to work.',
    answers: {
      when: ['at-rest'],
      duration: 'days',
      factors: ['hard-workout', 'poor-sleep'],
      flags: ['head-injury', 'weakness-or-falls'],
    },
    triage: 'emergency-department',
    firstAid: ['stop-and-rest'],
    topThree: [],
  },

  // ---------------------------------------------------------------------------------------
  // Other emergencies combined with doctor-level signs
  // ---------------------------------------------------------------------------------------
  {
    story:
      'Desmond, 71, has had a slow tremor of his right hand at rest for months that now makes buttons hard; ' +
      'while raking leaves today his face drooped, his left arm went weak and his speech slurred.',
    answers: {
      when: ['at-rest', 'during-exercise'],
      duration: 'months',
      factors: ['over-60'],
      flags: ['face-arm-speech', 'sudden-one-side-weakness', 'shaking-at-rest', 'daily-life', 'getting-worse'],
    },
    triage: 'emergency',
    firstAid: ['call-emergency', 'stroke-note-time'],
    topThree: [],
  },
  {
    story:
      'Steve, 55, who has type 2 diabetes, felt a crushing tightness across his chest halfway through his first spin class; ' +
      'his arms are shaking and he is sweating heavily.',
    answers: {
      when: ['during-exercise'],
      duration: 'first-time',
      factors: ['diabetes', 'hard-workout', 'new-routine'],
      flags: ['chest-pain'],
    },
    triage: 'emergency',
    firstAid: ['call-emergency', 'stop-and-rest', 'treat-low-sugar'],
    topThree: [],
  },
  {
    story:
      'Amira, 33, has had tingling feet and shaky legs on runs for weeks and now feels drowsy and keeps muddling her words ' +
      'after her pre-breakfast runs, which her flatmate finds alarming.',
    answers: {
      when: ['after-exercise', 'during-exercise'],
      duration: 'weeks',
      factors: ['skipped-meal', 'hard-workout'],
      flags: ['confusion-or-fainting', 'numbness-tingling', 'getting-worse'],
    },
    triage: 'emergency',
    firstAid: ['call-emergency'],
    topThree: [],
  },

  // ---------------------------------------------------------------------------------------
  // Urgent: calf pain/swelling, fever, weakness or falls
  // ---------------------------------------------------------------------------------------
  {
    story:
      'Laura, 33, started the combined pill last month and flew home from Australia on Sunday; ' +
      'after her first jog in a month her right calf is painful, swollen and warm, and the leg feels shaky.',
    answers: {
      when: ['after-exercise'],
      duration: 'days',
      factors: ['new-medication', 'back-after-break'],
      flags: ['calf-pain-swelling'],
    },
    triage: 'urgent',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Faye, 32, is 30 weeks pregnant and does aqua-natal classes; ' +
      'since yesterday one calf has been red, tender and noticeably fatter than the other, and her leg trembles when she stands.',
    answers: {
      when: ['during-exercise', 'at-rest'],
      duration: 'days',
      factors: ['pregnancy', 'new-routine'],
      flags: ['calf-pain-swelling'],
    },
    triage: 'urgent',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Owain, 27, trained through a sore throat and tonight is shivering and shaking under a blanket with a temperature of 38.6°C; ' +
      'his legs ache from the session.',
    answers: {
      when: ['after-exercise', 'at-rest'],
      duration: 'first-time',
      factors: ['hard-workout', 'poor-sleep'],
      flags: ['fever'],
    },
    triage: 'urgent',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Joan, 68, noticed her legs shaking after strength class for a few weeks, ' +
      'and now a knee gives way on the stairs and she cannot get up from a low chair without using her arms.',
    answers: {
      when: ['after-exercise'],
      duration: 'weeks',
      factors: ['over-60', 'new-routine'],
      flags: ['weakness-or-falls', 'getting-worse'],
    },
    triage: 'urgent',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Sunil, 49, has had tingling hands, twitching arms and shaky legs for months; his legs now trip him on runs and he has fallen twice.',
    answers: {
      when: ['during-exercise', 'twitching', 'at-rest'],
      duration: 'months',
      factors: [],
      flags: ['weakness-or-falls', 'numbness-tingling', 'getting-worse', 'daily-life'],
    },
    triage: 'urgent',
    firstAid: [],
    topThree: [],
  },

  // ---------------------------------------------------------------------------------------
  // Doctor: see a GP (no red flags, but a situation that needs a check-up)
  // ---------------------------------------------------------------------------------------
  {
    story:
      'Raj, 45, has type 1 diabetes and felt shaky and sweaty after five-a-side football tonight; ' +
      'there is nothing else wrong and he feels fine once he has sat down.',
    answers: {
      when: ['after-exercise'],
      duration: 'first-time',
      factors: ['diabetes', 'hard-workout'],
      flags: [],
    },
    triage: 'doctor',
    firstAid: ['treat-low-sugar'],
    topThree: ['energy-depletion'],
  },
  {
    story:
      'Emma, 30, is 20 weeks pregnant and had two strong coffees before prenatal yoga; ' +
      'her hands were jittery and her legs trembled in the poses.',
    answers: {
      when: ['during-exercise'],
      duration: 'first-time',
      factors: ['pregnancy', 'caffeine'],
      flags: [],
    },
    triage: 'doctor',
    firstAid: [],
    topThree: ['caffeine-stimulants'],
  },
  {
    story:
      'Lorraine, 48, has had a creeping urge to move her legs every evening for weeks that only eases when she walks about, ' +
      'and it keeps her from getting to sleep.',
    answers: {
      when: ['night', 'at-rest'],
      duration: 'weeks',
      factors: ['poor-sleep'],
      flags: ['urge-to-move', 'sleep-disrupted'],
    },
    triage: 'doctor',
    firstAid: [],
    topThree: ['restless-legs-syndrome'],
  },
  {
    story:
      'Leila, 34, is 28 weeks pregnant and for weeks has had restless, fidgety legs at night that make her get up and pace the landing.',
    answers: {
      when: ['night'],
      duration: 'weeks',
      factors: ['pregnancy', 'poor-sleep'],
      flags: ['urge-to-move', 'sleep-disrupted'],
    },
    triage: 'doctor',
    firstAid: [],
    topThree: ['restless-legs-syndrome'],
  },
  {
    story:
      'Philip, 52, has had a fine shake of both hands for months when holding dumbbells or a cup of tea, like his father had; ' +
      'it is starting to spill his drinks.',
    answers: {
      when: ['during-exercise'],
      duration: 'months',
      factors: [],
      flags: ['daily-life'],
    },
    triage: 'doctor',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Geoffrey, 66, has noticed for months that his left hand trembles while it rests in his lap ' +
      'and settles when he reaches for something; his walking has got slower too.',
    answers: {
      when: ['at-rest'],
      duration: 'months',
      factors: ['over-60'],
      flags: ['shaking-at-rest', 'getting-worse'],
    },
    triage: 'doctor',
    firstAid: [],
    topThree: ['parkinsons-disease'],
  },
  {
    story:
      'Chris, 35, has had flickering twitches in both calves at rest for three weeks since ramping up marathon training, ' +
      'alongside lots of coffee and work stress.',
    answers: {
      when: ['twitching', 'at-rest'],
      duration: 'weeks',
      factors: ['hard-workout', 'caffeine', 'stress'],
      flags: [],
    },
    triage: 'doctor',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Fiona, 40, was started on a new salbutamol inhaler four days ago and has noticed her hands trembling ' +
      'during her weights sessions ever since.',
    answers: {
      when: ['during-exercise'],
      duration: 'days',
      factors: ['new-medication'],
      flags: [],
    },
    triage: 'doctor',
    firstAid: [],
    topThree: ['medication-side-effects'],
  },
  {
    story: 'Dennis, 57, who has chronic kidney disease, gets cramping, shaking calves after his daily walk and has done for a few days.',
    answers: {
      when: ['after-exercise'],
      duration: 'days',
      factors: ['kidney-disease'],
      flags: [],
    },
    triage: 'doctor',
    firstAid: [],
    topThree: [],
  },
  {
    story: 'Bernard, 72, has felt his thighs tremble after aqua aerobics every week for the past month, although he otherwise feels well.',
    answers: {
      when: ['after-exercise'],
      duration: 'weeks',
      factors: ['over-60'],
      flags: [],
    },
    triage: 'doctor',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Sasha, 29, a runner, has noticed for weeks that her left leg always wobbles far more than her right on single-leg squats, ' +
      'a difference that has been there as long as she can remember.',
    answers: {
      when: ['during-exercise'],
      duration: 'weeks',
      factors: ['one-side-weaker'],
      flags: [],
    },
    triage: 'doctor',
    firstAid: [],
    topThree: ['muscle-imbalance'],
  },
  {
    story: 'Luke, 34, drinks heavily every weekend and for several weeks his legs have been shaky in his Monday and Tuesday gym sessions.',
    answers: {
      when: ['during-exercise'],
      duration: 'weeks',
      factors: ['alcohol'],
      flags: [],
    },
    triage: 'doctor',
    firstAid: [],
    topThree: ['alcohol'],
  },
  {
    story: 'Karen, 42, has had her legs shake during every run for months, even easy ones, and cannot think of any reason for it.',
    answers: {
      when: ['during-exercise'],
      duration: 'months',
      factors: [],
      flags: [],
    },
    triage: 'doctor',
    firstAid: [],
    topThree: [],
  },
  {
    story: 'Colin, 61, with type 2 diabetes, has had burning, tingling feet at night and shaky legs on his walks for months.',
    answers: {
      when: ['during-exercise', 'night'],
      duration: 'months',
      factors: ['diabetes', 'over-60'],
      flags: ['numbness-tingling'],
    },
    triage: 'doctor',
    firstAid: ['treat-low-sugar'],
    topThree: [],
  },
  {
    story:
      'Zara, 31, has had her hands tremble at rest for a few weeks, ' +
      'along with feeling hot all the time and losing weight without trying; her gym sessions feel harder.',
    answers: {
      when: ['at-rest', 'during-exercise'],
      duration: 'weeks',
      factors: [],
      flags: ['shaking-at-rest'],
    },
    triage: 'doctor',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Gwen, 45, is doing calf rehab after an ankle sprain, and for weeks the heel-raises have become shakier rather than easier, ' +
      'even though she is keeping the load the same.',
    answers: {
      when: ['heel-raise'],
      duration: 'weeks',
      factors: ['new-routine'],
      flags: ['getting-worse'],
    },
    triage: 'doctor',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Ahmed, 38, started a new blood-pressure tablet on Monday ' +
      'and since then feels a little shaky and washed out after his usual 5 km run.',
    answers: {
      when: ['after-exercise'],
      duration: 'days',
      factors: ['new-medication'],
      flags: [],
    },
    triage: 'doctor',
    firstAid: [],
    topThree: [],
  },

  // ---------------------------------------------------------------------------------------
  // Self-care: ordinary training shaking
  // ---------------------------------------------------------------------------------------
  {
    story: 'Connor, 25, hit a heavy leg day with squats and lunges; walking to the car his thighs are quivering and his knees feel wobbly.',
    answers: {
      when: ['after-exercise'],
      duration: 'first-time',
      factors: ['hard-workout'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: ['muscle-fatigue'],
  },
  {
    story: 'Tilly, 22, tried a two-minute plank in her core class and her belly and arms shook harder with every second until she dropped.',
    answers: {
      when: ['during-exercise'],
      duration: 'first-time',
      factors: ['long-holds'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: [],
  },
  {
    story: 'Olu, 37, did his first ever spin class and when he clipped out his legs were shaking so much he had to hold the bike to stand.',
    answers: {
      when: ['after-exercise'],
      duration: 'first-time',
      factors: ['new-routine', 'hard-workout'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Rhiannon, 44, held warrior two for a long count in her yoga class and her front thigh trembled visibly ' +
      'until the teacher let them come out of it.',
    answers: {
      when: ['during-exercise', 'stretching'],
      duration: 'first-time',
      factors: ['long-holds'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Kev, 50, was given single-leg heel-raises by his physio for Achilles pain this week, ' +
      'and his calf wobbles badly by the last few of each set.',
    answers: {
      when: ['heel-raise'],
      duration: 'days',
      factors: ['new-routine'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Greta, 27, had a double espresso straight before her lifting session and her hands were jittery on the bar for the first half hour.',
    answers: {
      when: ['during-exercise'],
      duration: 'first-time',
      factors: ['caffeine'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: ['caffeine-stimulants'],
  },
  {
    story:
      'Alfie, 19, skipped lunch between lectures and by the end of evening football training his legs were trembling and he felt empty.',
    answers: {
      when: ['during-exercise', 'after-exercise'],
      duration: 'first-time',
      factors: ['skipped-meal'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: ['energy-depletion'],
  },
  {
    story:
      'Nia, 33, arrived late to track night and went straight into 200 m reps without warming up; ' +
      'her hamstrings felt trembly for the first few reps.',
    answers: {
      when: ['during-exercise'],
      duration: 'first-time',
      factors: ['no-warm-up'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: ['insufficient-warm-up'],
  },
  {
    story:
      'Ollie, 40, has very tight hamstrings and for a few weeks the backs of his thighs have quivered ' +
      'whenever he holds a toe-touch stretch.',
    answers: {
      when: ['stretching'],
      duration: 'weeks',
      factors: ['tight-muscles'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: ['poor-flexibility'],
  },
  {
    story: 'Paloma, 35, is back at the gym after six months off and for the last few sessions her arms shake through the final push-ups.',
    answers: {
      when: ['during-exercise'],
      duration: 'days',
      factors: ['back-after-break'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Jess, 28, sweated buckets in a hot yoga class after drinking hardly anything all day ' +
      'and felt shaky and weak-kneed in the changing room, but otherwise fine.',
    answers: {
      when: ['after-exercise'],
      duration: 'first-time',
      factors: ['heavy-sweating', 'low-fluids'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: ['dehydration'],
  },
  {
    story:
      'Femi, 32, a nurse coming off three night shifts, ' +
      'went to the gym on four hours of sleep and found his arms unusually shaky on the bench press.',
    answers: {
      when: ['during-exercise'],
      duration: 'days',
      factors: ['poor-sleep'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: ['poor-sleep'],
  },
  {
    story: 'Noor, 21, is in exam week, living on energy drinks, and her hands shook on the holds at the climbing wall this evening.',
    answers: {
      when: ['during-exercise'],
      duration: 'days',
      factors: ['stress', 'caffeine'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Gareth, 30, had a few pints at a Friday leaving do and at Saturday morning parkrun his legs felt wobbly ' +
      'and his hands trembled at the finish.',
    answers: {
      when: ['during-exercise', 'after-exercise'],
      duration: 'first-time',
      factors: ['alcohol', 'poor-sleep'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Harriet, 26, pushed to her limit on a bouldering session and at the end her forearms were trembling so much ' +
      'she struggled to undo her shoes.',
    answers: {
      when: ['after-exercise'],
      duration: 'first-time',
      factors: ['hard-workout'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: ['muscle-fatigue'],
  },
  {
    story: 'Isaac, 20, rowed an all-out 2,000 m test on the erg and his legs shook for ten minutes afterwards as he lay on the floor.',
    answers: {
      when: ['after-exercise'],
      duration: 'first-time',
      factors: ['hard-workout'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Margaret, 66, went to her first Pilates class and her legs shook during the long bridge holds; she felt fine straight afterwards.',
    answers: {
      when: ['during-exercise'],
      duration: 'first-time',
      factors: ['over-60', 'long-holds', 'new-routine'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Josh, 30, has been adding weight to his squat every week on a new strength programme ' +
      'and for several weeks his quads shake on the last rep of each heavy set.',
    answers: {
      when: ['during-exercise'],
      duration: 'weeks',
      factors: ['new-routine', 'hard-workout'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Esme, 15, a ballet student, has been doing extra relevé practice this week and her calves wobble on the last rises of each set.',
    answers: {
      when: ['heel-raise'],
      duration: 'days',
      factors: ['new-routine', 'hard-workout'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Rob, 45, rode a hot three-hour sportive drinking only plain water, ' +
      'sweated heavily and felt shaky with mild cramps afterwards, settling after a salty meal.',
    answers: {
      when: ['after-exercise'],
      duration: 'first-time',
      factors: ['heavy-sweating', 'hard-workout'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Ayesha, 36, ran her first marathon at the weekend and for a couple of days her calf has flickered with small twitches ' +
      'while she sits at her desk.',
    answers: {
      when: ['twitching', 'at-rest'],
      duration: 'days',
      factors: ['hard-workout'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Ethan, 24, jumped into a bootcamp circuit without a warm-up after a morning of no food and coffee only, ' +
      'and felt trembly through the burpees.',
    answers: {
      when: ['during-exercise'],
      duration: 'first-time',
      factors: ['no-warm-up', 'skipped-meal', 'caffeine'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: [],
  },
  {
    story:
      'Dev, 41, tried a new kettlebell class this week and, for two days since, his shoulders have trembled when he stretches them out.',
    answers: {
      when: ['stretching', 'after-exercise'],
      duration: 'days',
      factors: ['new-routine', 'tight-muscles'],
      flags: [],
    },
    triage: 'self-care',
    firstAid: [],
    topThree: [],
  },
];
