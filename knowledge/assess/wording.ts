// What each triage level tells a person to do, and by when. Shown as the result's banner and
// in the summary for a doctor.
import type { TriageLevel } from '../vocabulary';

export type TriageWords = { title: string; action: string };

export const TRIAGE_WORDS: Record<TriageLevel, TriageWords> = {
  emergency: {
    title: 'Call an ambulance now',
    action: 'Call the emergency number now. Do not wait to see if it passes.',
  },
  urgent: {
    title: 'Get medical help today',
    action:
      'Contact a doctor, an urgent care service or a medical helpline today. Do not wait to see if it passes.',
  },
  doctor: {
    title: 'Book a visit to your doctor',
    action:
      'Make an appointment for the next week or two. It is not an emergency; act sooner if any sign below appears.',
  },
  'self-care': {
    title: 'You can likely look after this yourself',
    action:
      'Shaking like this often settles within a day or two with rest, fluids and food. See a doctor if it does not settle, gets worse, or any sign below appears.',
  },
};

export const DISCLAIMER = 'Steady gives information, not a diagnosis. If you are worried, ask a doctor.';
