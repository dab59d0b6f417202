// The exercise emergencies in the built popup, in real Chromium, by keyboard alone: a faint
// during exercise and overheating reach the right screen with their first aid in view without
// scrolling a 600 px popup, an emergency-department sign stops the check at its own screen,
// diabetes always brings the treatment of a low, a sudden one-sided weakness is pointed back to
// the emergency signs, and every such screen is axe-clean in light and dark.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness/extension';
import { e2eTest } from './harness/fixture';
import { axeViolations } from './harness/axe';
import { readStorage } from './harness/storage';
import { firstAidById, kb } from '../../knowledge/index';
import { TRIAGE_WORDS } from '../../knowledge/assess/wording';
import type { FirstAidId } from '../../knowledge/vocabulary';
import { activate, answerStepsTwoToFive, choose, expectFocusOnHeading, label, STEP_TITLES, tick } from './self-check-helpers';

const test = e2eTest({ reset: { storage: ['local'], closeTabs: true } });
let session: ExtensionSession;

async function popup(): Promise<Page> {
  const page = await session.openPopup();
  await page.waitForSelector('.self-check[aria-busy="false"]');
  return page;
}

/** The first aid's title and first step are inside the 600 px popup's first screen. */
async function expectFirstAidInView(page: Page, id: FirstAidId): Promise<void> {
  const aid = page.locator(`[data-first-aid="${id}"]`).first();
  expect(await aid.locator('h2, h3').first().textContent()).toBe(firstAidById(id)!.title);
  const box = await aid
    .locator('li')
    .first()
    .evaluate((li) => {
      const r = li.getBoundingClientRect();
      return { bottom: r.bottom, scrolled: scrollY, height: innerHeight };
    });
  expect(box.height).toBe(600);
  expect(box.scrolled).toBe(0);
  expect(box.bottom).toBeLessThanOrEqual(600);
}

async function expectCleanLightAndDark(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), `${where}, light`).toEqual([]);
  // The harness waits for the colour transitions that the scheme change starts.
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page), `${where}, dark`).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
}

test.beforeAll(({ session: s }) => {
  session = s;
});

describe('a faint during exercise', () => {
  test('"I fainted during sprints yesterday": call now, then what to do after a faint, in view at once', async () => {
    const page = await popup();
    expect(await page.locator('#step-hint').textContent()).toMatch(/even if they have passed/);
    await tick(page, label.sign('fainted-exercising'));
    await activate(page, 'Next');
    await expectFocusOnHeading(page, 'Call 911 now');
    // What to do if they stop breathing comes first, then what to do after a faint: both in view.
    await expectFirstAidInView(page, 'start-cpr');
    await expectFirstAidInView(page, 'after-a-faint');
    // No "call if…" under first aid while the call is being made.
    expect(await page.locator('.emergency .call-if').count()).toBe(0);
    // The sign's own action is there, and says the same as the screen.
    const sign = kb.redFlags.find((f) => f.id === 'fainted-exercising')!;
    expect(await page.locator('.emergency .signs').textContent()).toContain(sign.action);
    // What to say on the call comes from the knowledge base's first aid for the call.
    expect(await page.locator('.emergency').textContent()).toContain(firstAidById('call-emergency')!.steps[0]!);
    await expectCleanLightAndDark(page, 'faint: emergency screen');
  });
});

describe('overheating', () => {
  test('hot, dizzy and sick after a long run in the heat: speak to a doctor today, cool down first', async () => {
    const page = await popup();
    await activate(page, 'Next');
    await answerStepsTwoToFive(page, {
      when: ['after-exercise'],
      duration: 'first-time',
      factors: ['hard-workout', 'heavy-sweating'],
      signs: ['overheated'],
    });
    await expectFocusOnHeading(page, TRIAGE_WORDS.urgent.title);
    await expectFirstAidInView(page, 'cool-down-now');
    // No training advice while help is needed today: no tip that is not safe while waiting
    // appears anywhere on the result.
    const text = (await page.locator('main').textContent()) ?? '';
    for (const tip of kb.tips.filter((t) => !t.whileWaiting)) expect(text, tip.id).not.toContain(tip.action);
    // The sign's own words say the same as the banner: today.
    expect(await page.locator('.banner .because').textContent()).toContain(kb.redFlags.find((f) => f.id === 'overheated')!.action);
    await expectCleanLightAndDark(page, 'overheated: urgent result');
  });

  test('confused and very hot after exertion: call now and start cooling, in view at once', async () => {
    const page = await popup();
    await tick(page, label.sign('heatstroke'));
    await activate(page, 'Next');
    await expectFocusOnHeading(page, 'Call 911 now');
    await expectFirstAidInView(page, 'cool-down-now');
    await expectCleanLightAndDark(page, 'heatstroke: emergency screen');
  });
});

describe('an emergency-department sign', () => {
  test('drank a lot at a long event and now vomiting: go to an emergency department, stop drinking water', async () => {
    const page = await popup();
    await tick(page, label.sign('water-overload'));
    await activate(page, 'Next');
    await expectFocusOnHeading(page, TRIAGE_WORDS['emergency-department'].title);
    expect(await page.locator('.emergency-or').textContent()).toBe(TRIAGE_WORDS['emergency-department'].action);
    await expectFirstAidInView(page, 'no-more-water');
    // Not an ambulance screen: no number to call in its heading, but the number if it gets worse.
    expect(await page.locator('h1').textContent()).not.toMatch(/Call/);
    expect(await page.locator('.emergency-call').textContent()).toMatch(/^If it gets worse before you get there, call 911 or your local/);
    expect(await page.locator('main button').allTextContents()).toEqual(['Back: I ticked this by mistake']);
    // Nothing is saved from the act-now screen.
    expect((await readStorage(session, 'local')).selfCheck).toBeUndefined();
    await expectCleanLightAndDark(page, 'water overload: emergency-department screen');
  });
});

describe('diabetes', () => {
  test('shaky after training with diabetes: treat a low comes first, and nothing says it is not an emergency', async () => {
    const page = await popup();
    await activate(page, 'Next');
    await answerStepsTwoToFive(page, {
      when: ['after-exercise'],
      duration: 'first-time',
      factors: ['diabetes', 'hard-workout'],
      signs: [],
    });
    await expectFocusOnHeading(page, TRIAGE_WORDS.doctor.title);
    await expectFirstAidInView(page, 'treat-low-sugar');
    expect(await page.locator('main').textContent()).not.toMatch(/not an emergency/i);
  });
});

describe('one side weaker', () => {
  test('the training answer says a sudden change is an emergency sign and leads back to step 1', async () => {
    const page = await popup();
    await activate(page, 'Next');
    await expectFocusOnHeading(page, STEP_TITLES[1]!);
    await tick(page, label.context('during-exercise'));
    await activate(page, 'Next');
    // Each step takes focus once it shows: wait for it, or a Tab can race the move.
    await expectFocusOnHeading(page, STEP_TITLES[2]!);
    await choose(page, label.duration('first-time'));
    await activate(page, 'Next');
    await expectFocusOnHeading(page, STEP_TITLES[3]!);
    expect(label.factor('one-side-weaker')).toMatch(/for a while/);
    expect(await page.locator('.sudden').textContent()).toMatch(/suddenly weak, numb or hard to control is an emergency sign/);
    await activate(page, 'Go to the emergency signs');
    await expectFocusOnHeading(page, STEP_TITLES[0]!);
    await tick(page, label.sign('sudden-one-side-weakness'));
    await activate(page, 'Next');
    await expectFocusOnHeading(page, 'Call 911 now');
    await expectFirstAidInView(page, 'stroke-note-time');
  });
});
