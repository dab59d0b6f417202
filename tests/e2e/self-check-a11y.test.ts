// axe-core (WCAG 2.0–2.2 A/AA) on every screen of the self-check, in light and dark.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension } from './harness/extension';
import { axeViolations } from './harness/axe';
import { TRIAGE_WORDS } from '../../knowledge/assess/wording';
import { activate, choose, expectFocusOnHeading, label, STEP_TITLES, tick } from './self-check-helpers';

async function expectClean(page: Page, where: string) {
  expect(await axeViolations(page), where).toEqual([]);
}

describe.each(['light', 'dark'] as const)('%s', (colorScheme) => {
  test('every step, the error state, the result and the emergency screen have no violations', async () => {
    const session = await launchExtension({ colorScheme });
    try {
      const page = await session.openPopup();
      await page.waitForSelector('form.step');
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
      await expectClean(page, 'step 1');

      await activate(page, 'Next');
      await expectFocusOnHeading(page, STEP_TITLES[1]!);
      await expectClean(page, 'step 2');
      await activate(page, 'Next');
      await page.waitForSelector('[role="alert"]');
      await expectClean(page, 'step 2 with its error');
      await tick(page, label.context('during-exercise'));
      await tick(page, label.context('twitching'));
      await activate(page, 'Next');

      await expectFocusOnHeading(page, STEP_TITLES[2]!);
      await expectClean(page, 'step 3');
      await choose(page, label.duration('weeks'));
      await activate(page, 'Next');

      await expectFocusOnHeading(page, STEP_TITLES[3]!);
      await expectClean(page, 'step 4');
      await tick(page, label.factor('caffeine'));
      await activate(page, 'Next');

      await expectFocusOnHeading(page, STEP_TITLES[4]!);
      await expectClean(page, 'step 5');
      await activate(page, 'See my result');

      await expectFocusOnHeading(page, TRIAGE_WORDS.doctor.title);
      await page.locator('details.more > summary').click();
      await page.locator('details.about > summary').first().click();
      await expectClean(page, 'result (doctor), all causes shown, one opened');
      await activate(page, 'Copy');
      await page.waitForSelector('.doctor .status:not(:empty)');
      await expectClean(page, 'result with the copy status');

      // A self-care and an urgent result: each banner colour.
      for (const [sign, level] of [
        [null, 'self-care'],
        ['fever', 'urgent'],
      ] as const) {
        await activate(page, 'Start over');
        await expectFocusOnHeading(page, STEP_TITLES[0]!);
        await activate(page, 'Next');
        await expectFocusOnHeading(page, STEP_TITLES[1]!);
        await tick(page, label.context('after-exercise'));
        await activate(page, 'Next');
        await expectFocusOnHeading(page, STEP_TITLES[2]!);
        await choose(page, label.duration('first-time'));
        await activate(page, 'Next');
        await expectFocusOnHeading(page, STEP_TITLES[3]!);
        await activate(page, 'Next');
        await expectFocusOnHeading(page, STEP_TITLES[4]!);
        if (sign) await tick(page, label.sign(sign));
        await activate(page, 'See my result');
        await expectFocusOnHeading(page, TRIAGE_WORDS[level].title);
        await expectClean(page, `result (${level})`);
      }

      await activate(page, 'Forget this');
      await expectFocusOnHeading(page, STEP_TITLES[0]!);
      await expectClean(page, 'step 1 after forgetting, with its notice');
      await tick(page, label.sign('confusion-or-fainting'));
      await activate(page, 'Next');
      await expectFocusOnHeading(page, 'Call 911 now');
      await expectClean(page, 'emergency screen');
      // The emergency-department screen, from a sign of that level in step 1.
      await activate(page, 'Back: I ticked this by mistake');
      await expectFocusOnHeading(page, STEP_TITLES[0]!);
      await page.getByLabel(label.sign('confusion-or-fainting')).uncheck();
      await tick(page, label.sign('dark-urine'));
      await activate(page, 'Next');
      await expectFocusOnHeading(page, TRIAGE_WORDS['emergency-department'].title);
      await expectClean(page, 'emergency-department screen');

      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test('controls are at least 24 px and show a visible focus outline', async () => {
    const session = await launchExtension({ colorScheme, reducedMotion: 'reduce' });
    try {
      const page = await session.openPopup();
      await page.waitForSelector('form.step');
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { width: style.outlineWidth, style: style.outlineStyle };
      });
      expect(ring).toEqual({ width: '3px', style: 'solid' });
      // Every choice sits inside its label, so the whole line is the target.
      const targets = await page.evaluate(() => ({
        unlabelled: [...document.querySelectorAll('input')].filter((i) => !i.closest('label.choice')).length,
        small: [...document.querySelectorAll('button, summary, label.choice')]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.height < 24 || r.width < 24).length,
      }));
      expect(targets).toEqual({ unlabelled: 0, small: 0 });
      const transition = await page.evaluate(() => getComputedStyle(document.querySelector('button')!).transitionDuration);
      expect(transition).toBe('0s');
    } finally {
      await session.close();
    }
  });
});
