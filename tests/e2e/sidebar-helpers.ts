// Shared by the offer, sidebar and hostile-page tests: the pages they serve, and how they find
// Steady's offer (in the page's closed steady-ui root) and sidebar (in its frame): see
// harness/steady-ui.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from './harness/paths';
import type { ExtensionSession } from './harness/extension';
import { animationsFinished } from './harness/animations';
import { waitForChecks } from './harness/detector-state';
import { inSteady, sidebar, type Box } from './harness/steady-ui';

/** Any fixture (pages/, demo/, hostile/), relative to tests/fixtures. */
export function fixture(relative: string): string {
  return readFileSync(path.join(ROOT, 'tests/fixtures', relative), 'utf8');
}

/** The detector's own stretching fixture (the options tests use it too). */
export const STRETCHING = 'pages/positive/physio-clinic-shaking-during-hamstring-stretch.html';
export { FAVICON } from './settings-helpers';

export {
  escapeFromSidebar,
  focused,
  focusOutline,
  inSteady,
  offerButton,
  sidebar,
  sidebarClosed,
  sidebarFrameNow,
  sidebarOpen,
} from './harness/steady-ui';

export const causeIds = async (page: Page): Promise<(string | null)[]> =>
  (await sidebar(page)).locator('[data-cause-id]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-cause-id')));

/** Opens a page and waits until the detector has looked at it. */
export async function openChecked(session: ExtensionSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await waitForChecks(session, page);
  return page;
}

/** Waits until the sidebar is drawn and its opening animation (if any) has ended, so boxes are final. */
export async function settled(page: Page): Promise<Locator> {
  const aside = await sidebar(page);
  await animationsFinished(page);
  return aside;
}

/** Box and type size of the first element matching `selector` inside steady-ui's closed root. */
export function shadowBox(page: Page, selector: string): Promise<Box | null> {
  return inSteady(page, selector).box();
}
