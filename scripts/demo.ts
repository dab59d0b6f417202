// `npm start`: the built extension on a demo fitness article in Chromium.
// With a display it opens a window and waits until you close it. Without one (a server, CI)
// it runs headless, walks through what a reader would do, writes screenshots to demo-output/
// and prints what the extension did at each step.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchExtension } from '../tests/e2e/harness/extension';
import { animationsFinished } from '../tests/e2e/harness/animations';
import { waitForChecks } from '../tests/e2e/harness/detector-state';
import { badgeOf } from '../tests/e2e/harness/badge';
import { FAVICON, tabIdOf } from '../tests/e2e/settings-helpers';
import { writeStorage } from '../tests/e2e/harness/storage';
import { offerButton, sidebar } from '../tests/e2e/harness/steady-ui';
import { servePages } from '../tests/e2e/harness/server';
import { ROOT, assertBrowserTestsCanRun } from '../tests/e2e/harness/paths';
import type { Page } from 'playwright-core';

const OUT = path.join(ROOT, 'demo-output');
const demo = (name: string) => readFileSync(path.join(ROOT, 'tests/fixtures/demo', name), 'utf8');

function say(line: string): void {
  console.log(`steady demo: ${line}`);
}

async function walkThrough(scheme: 'light' | 'dark', origin: (p: string) => string): Promise<void> {
  const session = await launchExtension({ colorScheme: scheme });
  try {
    const shot = (page: Page, name: string) => page.screenshot({ path: path.join(OUT, `${name}-${scheme}.png`) });

    const article = await session.context.newPage();
    await article.goto(origin('/legs-shaking-after-squats.html'));
    const ran = await waitForChecks(session, article).then(
      () => true,
      () => false,
    );
    const badge = await badgeOf(session, article);
    say(
      `[${scheme}] article: detector ${ran ? 'checked the page' : 'did not report a check'}; badge "${badge.text}", title "${badge.title}"`,
    );

    // The offer is in a closed root and the sidebar in an extension frame: found the way the
    // tests find them (tests/e2e/harness/steady-ui.ts), clicked with the mouse.
    const offer = offerButton(article);
    if (
      await offer.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      )
    ) {
      say(`[${scheme}] offer shown: "${(await offer.getAttribute('aria-label')) ?? (await offer.textContent())}"`);
      await shot(article, 'offer');
      await offer.click();
      const aside = await sidebar(article);
      // The sidebar slides in (unless reduced motion is asked for): screenshot it once it has.
      await animationsFinished(article);
      const about = (await aside.locator('p').first().textContent())?.trim();
      const causes = await aside.locator('[data-cause-id]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-cause-id')));
      say(`[${scheme}] sidebar opened: "${about}"; causes: ${causes.slice(0, 5).join(', ')}`);
      await shot(article, 'sidebar');
    } else {
      say(`[${scheme}] no in-page offer (offer style may be "badge only")`);
    }

    const recipe = await session.context.newPage();
    await recipe.goto(origin('/plain-recipe.html'));
    // Once the detector's check has finished, what the page shows is final.
    await waitForChecks(session, recipe).catch(() => {});
    const quiet = await recipe.locator('steady-ui').count();
    say(`[${scheme}] recipe page: ${quiet === 0 ? 'nothing shown, nothing left behind' : 'UNEXPECTED: Steady UI present'}`);

    // A headless browser cannot click the toolbar button: the popup opens in a tab and is told
    // which tab it is about, as the end-to-end tests do.
    const popup = await session.openPopup(`?tabId=${await tabIdOf(session, article)}`);
    await popup.waitForLoadState('networkidle');
    await shot(popup, 'popup');
    const thisPage = (
      await popup
        .getByText(/This article is about|found nothing/)
        .first()
        .textContent()
    )?.trim();
    say(`[${scheme}] popup opened on the article's tab: "${thisPage}"`);

    // A saved self-check, as a person whose legs shook after a hard first session would answer
    // it; the popup reopens on its result.
    await writeStorage(session, 'local', {
      selfCheck: {
        answers: {
          when: ['after-exercise', 'stretching'],
          duration: 'first-time',
          factors: ['hard-workout', 'new-routine', 'skipped-meal'],
          flags: [],
        },
        savedAt: new Date().toISOString(),
      },
    });
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.reload();
    await popup.locator('.banner').waitFor();
    await shot(popup, 'self-check-result');
    const banner = (await popup.locator('.banner').innerText()).replace(/\s+/g, ' ').trim();
    const top = await popup.locator('.result > section .causes').first().locator(':scope > .cause h3').allTextContents();
    say(`[${scheme}] self-check result: "${banner}"; top causes: ${top.join(', ')}`);
    if (session.errors.length) say(`[${scheme}] console errors: ${session.errors.join(' | ')}`);
  } finally {
    await session.close();
  }
}

assertBrowserTestsCanRun();
const server = await servePages({
  ...FAVICON,
  '/legs-shaking-after-squats.html': demo('legs-shaking-after-squats.html'),
  '/plain-recipe.html': demo('plain-recipe.html'),
});
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (hasDisplay && !process.env.CI) {
  const { chromium } = await import('playwright-core');
  const { chromiumPath, extensionDir } = await import('../tests/e2e/harness/paths');
  const dir = extensionDir();
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: false,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-first-run', '--disable-background-networking'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url('/legs-shaking-after-squats.html'));
  say(`opened ${server.url('/legs-shaking-after-squats.html')} in Chromium with Steady loaded; close the window to stop`);
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
} else {
  mkdirSync(OUT, { recursive: true });
  say(`no display: running headless; screenshots go to ${path.relative(process.cwd(), OUT)}/`);
  await walkThrough('light', server.url);
  await walkThrough('dark', server.url);
  say(`done; screenshots in ${path.relative(process.cwd(), OUT)}/`);
}
await server.close();
