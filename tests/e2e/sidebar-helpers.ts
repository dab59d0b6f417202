// Shared by the offer, sidebar and hostile-page tests: the pages they serve, and how they find
// Steady's offer and sidebar inside the page's steady-ui shadow root (Playwright's role
// locators pierce open shadow roots).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from './harness/paths';
import type { ExtensionSession } from './harness/extension';
import { animationsFinished } from './harness/animations';
import { waitForChecks } from './harness/detector-state';

/** Any fixture (pages/, demo/, hostile/), relative to tests/fixtures. */
export function fixture(relative: string): string {
  return readFileSync(path.join(ROOT, 'tests/fixtures', relative), 'utf8');
}

/** The detector's own stretching fixture (the options tests use it too). */
export const STRETCHING = 'pages/positive/physio-clinic-shaking-during-hamstring-stretch.html';
export { FAVICON } from './settings-helpers';

export const offerButton = (page: Page): Locator => page.locator('steady-ui').getByRole('button', { name: /^Steady:/ });
export const sidebar = (page: Page): Locator => page.locator('steady-ui').getByRole('complementary', { name: 'Steady' });
export const causeIds = (page: Page): Promise<(string | null)[]> =>
  sidebar(page).locator('[data-cause-id]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-cause-id')));

/** Opens a page and waits until the detector has looked at it. */
export async function openChecked(session: ExtensionSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await waitForChecks(session, page);
  return page;
}

/** Waits until the sidebar is there and its opening animation (if any) has ended, so boxes are final. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('steady-ui')?.shadowRoot?.querySelector('aside'));
  await animationsFinished(page);
}

/** The element that has focus, looking through Steady's shadow root: "steady-ui > BUTTON". */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const outer = document.activeElement;
    const inner = outer?.shadowRoot?.activeElement;
    return inner ? `${outer!.localName} > ${inner.tagName}${inner.textContent ? `: ${inner.textContent.trim().slice(0, 40)}` : ''}` : (outer?.tagName ?? '');
  });
}

/** Box and type size of the first element matching `selector` inside steady-ui's shadow root. */
export function shadowBox(page: Page, selector: string): Promise<{ width: number; height: number; left: number; top: number; fontSize: string } | null> {
  return page.evaluate((sel) => {
    const el = document.querySelector('steady-ui')?.shadowRoot?.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { width: r.width, height: r.height, left: r.left, top: r.top, fontSize: getComputedStyle(el).fontSize };
  }, selector);
}
