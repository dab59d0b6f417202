// The options page in real Chromium with the built extension: every control changes what is
// stored, bad input is refused next to the field without losing anything, damaged storage
// shows a notice and the defaults, export and clear work, and it is usable by keyboard alone.
import { describe, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness/extension';
import { e2eTest } from './harness/fixture';
import { axeViolations } from './harness/axe';
import { readStorage, writeStorage } from './harness/storage';
import { kb } from '../../knowledge/index';

const test = e2eTest({ reset: { storage: ['sync', 'local'] } });
let session: ExtensionSession;
let page: Page;
test.beforeAll(({ session: s }) => {
  session = s;
});

async function openOptions(): Promise<Page> {
  const p = await session.context.newPage();
  await p.goto(session.extensionUrl('options.html'));
  await p.getByRole('heading', { level: 2, name: 'Automatic checks' }).waitFor();
  return p;
}

test.beforeEach(async () => {
  await page?.close();
  page = await openOptions();
});

const siteField = () => page.getByLabel('Site name', { exact: true });
const quietList = () => page.getByRole('list', { name: 'Quiet sites' }).getByRole('listitem');
const addSite = async (text: string) => {
  await siteField().fill(text);
  await page.getByRole('button', { name: 'Add site' }).click();
};

describe('the options page', () => {
  test('shows the defaults on a fresh install, with no notice, and has no axe violations in light and dark', async () => {
    await expect.poll(() => page.getByLabel('Check pages automatically as they load').isChecked()).toBe(true);
    expect(await page.getByLabel('A small button on the page').isChecked()).toBe(true);
    expect(await page.getByText('No sites yet').isVisible()).toBe(true);
    expect(await page.getByText('Automatic checks are not paused.').isVisible()).toBe(true);
    expect(await page.getByTestId('invalid-settings').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the emergency number: a guess from the languages until a country is chosen, which then wins in the popup', async () => {
    const country = page.getByLabel('Your country');
    expect(await country.inputValue()).toBe('');
    // en-US alone: a guess, said as one.
    expect(await page.locator('#emergency-shown').textContent()).toMatch(
      /^Guessed from your browser's languages: .*911, or your local emergency number\.$/,
    );
    await country.selectOption('GB');
    await expect.poll(() => readStorage(session, 'sync')).toMatchObject({ emergencyRegion: 'GB' });
    await expect
      .poll(() => page.locator('#emergency-shown').textContent())
      .toBe('In an emergency the self-check tells you to call 999 or 112.');
    expect(await axeViolations(page, 'section:has(#emergency-title)')).toEqual([]);

    const popup = await session.openPopup();
    await popup.getByLabel(kb.redFlags.find((f) => f.id === 'seizure')!.notice).check();
    await popup.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Call 999 or 112 now');
    await popup.close();

    // Back to guessing: WXT removes an item set to null, and the popup guesses again.
    await country.selectOption('');
    await expect.poll(async () => 'emergencyRegion' in (await readStorage(session, 'sync'))).toBe(false);
    const again = await session.openPopup();
    await again.getByLabel(kb.redFlags.find((f) => f.id === 'seizure')!.notice).check();
    await again.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => again.locator('h1').textContent()).toBe('Call 911 now');
    await again.close();
  });

  test('automatic checks and the offer style are stored as chosen', async () => {
    await page.getByLabel('Check pages automatically as they load').uncheck();
    await page.getByLabel('Only the toolbar badge').check();
    await expect.poll(() => readStorage(session, 'sync')).toMatchObject({ autoChecks: false, offerStyle: 'badge' });
    await page.reload();
    await expect.poll(() => page.getByLabel('Check pages automatically as they load').isChecked()).toBe(false);
    expect(await page.getByLabel('Only the toolbar badge').isChecked()).toBe(true);
  });

  test('adds sites, keeps only the host of a pasted address and says so, removes one', async () => {
    await addSite('example.com');
    await expect.poll(() => quietList().allTextContents()).toEqual(['example.comRemove']);
    await addSite('https://www.Other-Site.org/articles/legs?x=1');
    await expect.poll(() => quietList().count()).toBe(2);
    const status = await page.getByRole('status').filter({ hasText: 'other-site.org' }).textContent();
    expect(status).toContain('Steady kept only the site name, other-site.org');
    expect(await siteField().inputValue()).toBe('');
    expect(await readStorage(session, 'sync')).toMatchObject({ quietSites: ['example.com', 'other-site.org'] });

    await page.getByRole('button', { name: 'Remove example.com' }).click();
    await expect.poll(() => readStorage(session, 'sync')).toMatchObject({ quietSites: ['other-site.org'] });
    expect(await quietList().allTextContents()).toEqual(['other-site.orgRemove']);
  });

  test('a bad host name gets a clear message next to the field, and nothing else is lost', async () => {
    await writeStorage(session, 'sync', { quietSites: ['a.org', 'b.org'] });
    await expect.poll(() => quietList().count()).toBe(2);
    for (const [bad, message] of [
      ['not a site', 'A site name has no spaces.'],
      ['*.example.com', 'Wildcards such as * are not needed'],
      ['', 'The site name is empty.'],
      [`${'x'.repeat(70)}.com`, 'at most 63 characters'],
    ] as const) {
      await addSite(bad);
      const field = siteField();
      await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await field.getAttribute('aria-describedby'))?.split(' ') ?? [];
      expect(describedBy).toContain('site-error');
      const error = page.locator('#site-error');
      expect(await error.isVisible()).toBe(true);
      expect(await error.textContent()).toContain(message);
      // What was typed stays, focus stays in the field, the list and storage are untouched.
      expect(await field.inputValue()).toBe(bad);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-input');
      expect(await quietList().allTextContents()).toEqual(['a.orgRemove', 'b.orgRemove']);
      expect((await readStorage(session, 'sync')).quietSites).toEqual(['a.org', 'b.org']);
    }
    expect(await axeViolations(page)).toEqual([]);
    // Typing again clears the error state.
    await siteField().fill('c.org');
    expect(await siteField().getAttribute('aria-invalid')).toBe('false');
    expect(await page.locator('#site-error').isVisible()).toBe(false);
  });

  test('a site already covered by a broader one is refused with the reason', async () => {
    await addSite('example.com');
    await expect.poll(() => quietList().count()).toBe(1);
    await addSite('news.example.com');
    await expect.poll(() => page.locator('#site-error').textContent()).toContain('already covered by example.com');
    expect((await readStorage(session, 'sync')).quietSites).toEqual(['example.com']);
  });

  test('damaged stored settings show a notice and the defaults, nothing crashes, and the defaults can be saved', async () => {
    await page.close();
    await writeStorage(session, 'sync', {
      autoChecks: 'yes please',
      quietSites: { not: 'a list' },
      snoozedUntil: 'tomorrow',
      siteSnoozes: 12,
      offerStyle: ['popup'],
    });
    page = await openOptions();
    const notice = page.getByTestId('invalid-settings');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('automatic checks');
    expect(await notice.textContent()).toContain('sites where Steady stays quiet');
    expect(await notice.textContent()).toContain('how a match is shown');
    expect(await page.getByLabel('Check pages automatically as they load').isChecked()).toBe(true);
    expect(await page.getByLabel('A small button on the page').isChecked()).toBe(true);
    expect(await page.getByText('No sites yet').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // Everything still works on top of the damaged data.
    await addSite('example.com');
    await expect.poll(() => quietList().count()).toBe(1);

    await notice.getByRole('button', { name: 'Save the defaults' }).click();
    await expect.poll(() => page.getByTestId('invalid-settings').count()).toBe(0);
    // Focus is not lost with the notice's button: it moves to the top, and the status says why.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.getByRole('status').filter({ hasText: 'Saved the default settings' }).count()).toBe(1);
    expect(await readStorage(session, 'sync')).toMatchObject({
      autoChecks: true,
      quietSites: ['example.com'],
      siteSnoozes: {},
      offerStyle: 'button',
    });
    // "No pause" is stored as no value at all.
    expect(await readStorage(session, 'sync')).not.toHaveProperty('snoozedUntil');
  });

  test('a list with some damaged entries keeps the good ones and says so', async () => {
    await page.close();
    await writeStorage(session, 'sync', { quietSites: ['good.org', 42, 'bad entry'] });
    page = await openOptions();
    await page.getByTestId('invalid-settings').waitFor();
    expect(await quietList().allTextContents()).toEqual(['good.orgRemove']);
  });

  test('pauses: shows a running one with its end, resumes it, and an ended one shows as not paused', async () => {
    const now = Date.now();
    await writeStorage(session, 'sync', { snoozedUntil: now + 60 * 60 * 1000, siteSnoozes: { 'example.com': now + 60_000 } });
    await page.getByTestId('snooze-everywhere').waitFor();
    expect(await page.getByTestId('snooze-everywhere').textContent()).toContain('paused on every site until');
    expect(await page.getByText('example.com: paused until').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Resume now' }).click();
    await page.getByRole('button', { name: 'Resume example.com' }).click();
    await expect.poll(() => readStorage(session, 'sync')).toMatchObject({ siteSnoozes: {} });
    expect(await readStorage(session, 'sync')).not.toHaveProperty('snoozedUntil');
    expect(await page.getByText('Automatic checks are not paused.').isVisible()).toBe(true);

    await writeStorage(session, 'sync', { snoozedUntil: now - 1000 });
    await page.reload();
    await page.getByText('Automatic checks are not paused.').waitFor();
    await page.getByRole('button', { name: 'Pause for 24 hours' }).click();
    await expect.poll(async () => (await readStorage(session, 'sync')).snoozedUntil).toBeGreaterThan(now + 23 * 60 * 60 * 1000);
    await page.getByTestId('snooze-everywhere').waitFor();
  });

  test('export downloads valid JSON of everything stored', async () => {
    await addSite('example.com');
    await page.getByLabel('Only the toolbar badge').check();
    await writeStorage(session, 'local', { selfCheck: { answers: ['after-exercise'] } });
    await expect.poll(() => readStorage(session, 'sync')).toMatchObject({ offerStyle: 'badge' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^steady-data-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const data = JSON.parse(readFileSync(file, 'utf8'));
    expect(data).toMatchObject({ app: 'Steady', format: 1 });
    expect(Number.isNaN(Date.parse(data.exportedAt))).toBe(false);
    expect(data.sync).toEqual(await readStorage(session, 'sync'));
    expect(data.local).toEqual(await readStorage(session, 'local'));
    expect(data.sync).toMatchObject({ quietSites: ['example.com'], offerStyle: 'badge' });
    expect(await page.getByRole('status').filter({ hasText: 'Exported to' }).count()).toBe(1);
  });

  test('clear asks first; cancel keeps everything, confirm removes everything', async () => {
    await addSite('example.com');
    await writeStorage(session, 'local', { selfCheck: { answers: [] } });
    await expect.poll(() => quietList().count()).toBe(1);
    const clear = page.getByRole('button', { name: 'Clear saved data…' });
    await clear.click();
    expect(await clear.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Clear everything');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Clear saved data…');
    expect((await readStorage(session, 'sync')).quietSites).toEqual(['example.com']);

    await clear.click();
    await page.getByRole('button', { name: 'Clear everything' }).click();
    await expect.poll(() => readStorage(session, 'sync')).toEqual({});
    expect(await readStorage(session, 'local')).toEqual({});
    await page.getByText('No sites yet').waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Saved data cleared' }).count()).toBe(1);
  });
});

describe('keyboard only', () => {
  /** Presses Tab until the focused element matches, failing after a bound (no mouse anywhere). */
  async function tabTo(description: string, matches: () => Promise<boolean>, max = 30) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await matches()) return;
    }
    throw new Error(`Tab never reached ${description}`);
  }
  const focused = (selector: string) => () => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
  const focusedText = (text: string) => () => page.evaluate((t) => document.activeElement?.textContent === t, text);

  test('every setting can be changed with Tab, Space, Enter and the arrow keys, and focus is visible', async () => {
    await tabTo('the automatic checks box', focused('#auto-checks'));
    // The focus indicator is drawn (an outline of real width) on every stop.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.keyboard.press('Space');
    await expect.poll(() => readStorage(session, 'sync')).toMatchObject({ autoChecks: false });

    await tabTo('the site field', focused('#site-input'));
    await page.keyboard.type('bad site');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#site-error').textContent()).toContain('no spaces');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('example.com');
    await page.keyboard.press('Enter');
    await expect.poll(() => readStorage(session, 'sync')).toMatchObject({ quietSites: ['example.com'] });

    await tabTo('the remove button', focused('[aria-label="Remove example.com"]'));
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await expect.poll(() => readStorage(session, 'sync')).toMatchObject({ quietSites: [] });
    // With the list now empty, focus goes back to the field instead of being lost.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-input');

    await tabTo('the offer style radios', focused('#offer-button'));
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => readStorage(session, 'sync')).toMatchObject({ offerStyle: 'badge' });

    await tabTo('the clear button', focusedText('Clear saved data…'));
    await page.keyboard.press('Enter');
    await expect.poll(focusedText('Clear everything')).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => readStorage(session, 'sync')).toEqual({});
    await expect.poll(focusedText('Clear saved data…')).toBe(true);
  });
});
