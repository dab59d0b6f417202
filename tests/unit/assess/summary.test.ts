// "For your doctor": the person's answers in their own words, and no cause named.
import { describe, expect, test } from 'vitest';
import { doctorSummary } from '@/knowledge/assess/summary';
import { kb } from '@/knowledge/index';

const date = new Date('2026-03-04T10:00:00Z');

describe('doctor summary', () => {
  test('says when, how long, what else and which signs, in the self-check’s words', () => {
    const text = doctorSummary(
      { when: ['night', 'at-rest'], duration: 'weeks', factors: ['pregnancy'], flags: ['urge-to-move'] },
      'doctor',
      kb,
      { date, locale: 'en-GB', timeZone: 'UTC' },
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('Muscle shaking: self-check of 4 March 2026');
    expect(lines[1]).toBe('When it happens: In the evening or at night; When I am sitting or lying still');
    expect(lines[2]).toBe('How long: For a few weeks');
    expect(lines[3]).toBe('What else is going on: I am pregnant');
    expect(lines[4]).toBe(`Warning signs noticed: ${kb.redFlags.find((f) => f.id === 'urge-to-move')!.notice}`);
    expect(lines[5]).toBe('Steady suggested: Book a visit to your doctor');
    expect(lines.at(-1)).toMatch(/not a diagnosis/);
  });

  test('says plainly when nothing else was ticked', () => {
    const text = doctorSummary({ when: ['after-exercise'], duration: 'first-time', factors: [], flags: [] }, 'self-care', kb, {
      date,
      locale: 'en-US',
      timeZone: 'UTC',
    });
    expect(text).toContain('self-check of March 4, 2026');
    expect(text).toContain('What else is going on: nothing else ticked');
    expect(text).toContain('Warning signs noticed: none of the listed signs');
  });

  test('names no cause: that is the doctor’s call', () => {
    const text = doctorSummary({ when: ['at-rest'], duration: 'months', factors: ['over-60'], flags: ['shaking-at-rest'] }, 'doctor', kb, {
      date,
      timeZone: 'UTC',
    });
    for (const cause of kb.causes) expect(text).not.toContain(cause.name);
  });
});
