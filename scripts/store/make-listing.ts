// `npm run store`: the store listing material, made from the real extension, in store-output/:
// Chrome Web Store screenshots (1280×800, the built extension in Chromium) and its 440×280
// promo tile, AMO screenshots (the Firefox build in Firefox ESR), and listing.md with the
// texts and permission justifications from scripts/store/listing.ts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchExtension } from '../../tests/e2e/harness/extension';
import { animationsFinished } from '../../tests/e2e/harness/animations';
import { waitForChecks } from '../../tests/e2e/harness/detector-state';
import { offerButton, sidebar } from '../../tests/e2e/harness/steady-ui';
import { ROOT, assertBrowserTestsCanRun } from '../../tests/e2e/harness/paths';
import { servePages } from '../../tests/e2e/harness/server';
import { writeStorage } from '../../tests/e2e/harness/storage';
import { FAVICON } from '../../tests/e2e/settings-helpers';
import { assertFirefoxTestsCanRun, launchFirefox } from '../../tests/firefox/harness/firefox';
import { clickOffer, sidebarFrame } from '../../tests/firefox/harness/steady-ui';
import { FULL_DESCRIPTION, PERMISSION_JUSTIFICATIONS, SHORT_DESCRIPTION, SINGLE_PURPOSE } from './listing';

const OUT = path.join(ROOT, 'store-output');
const SIZE = { width: 1280, height: 800 };
const say = (line: string) => console.log(`steady store: ${line}`);

assertBrowserTestsCanRun();
assertFirefoxTestsCanRun();
if (SHORT_DESCRIPTION.length > 132)
  throw new Error(`The short description has ${SHORT_DESCRIPTION.length} characters; the stores take 132.`);
mkdirSync(OUT, { recursive: true });
const server = await servePages({
  ...FAVICON,
  '/article.html': readFileSync(path.join(ROOT, 'tests/fixtures/demo/legs-shaking-after-squats.html'), 'utf8'),
});
const shot = (name: string) => path.join(OUT, name);

// Chrome Web Store: the offer, the sidebar, and a self-check result, at 1280×800.
const session = await launchExtension({ viewport: SIZE });
try {
  const page = await session.context.newPage();
  await page.goto(server.url('/article.html'));
  await waitForChecks(session, page);
  await offerButton(page).waitFor();
  await page.screenshot({ path: shot('chrome-1-offer-1280x800.png') });
  await offerButton(page).click();
  await sidebar(page);
  await animationsFinished(page);
  await page.screenshot({ path: shot('chrome-2-sidebar-1280x800.png') });
  await writeStorage(session, 'local', {
    selfCheck: {
      answers: { when: ['after-exercise'], duration: 'first-time', factors: ['hard-workout', 'new-routine'], flags: [] },
      savedAt: new Date().toISOString(),
    },
  });
  const popup = await session.context.newPage();
  await popup.setViewportSize(SIZE);
  await popup.goto(session.extensionUrl('popup.html'));
  await popup.locator('.banner').waitFor();
  await animationsFinished(popup);
  await popup.screenshot({ path: shot('chrome-3-self-check-1280x800.png') });

  // The promo tile: the icon, the name and the short promise, drawn at 440×280.
  const tile = await session.context.newPage();
  await tile.setViewportSize({ width: 440, height: 280 });
  const icon = readFileSync(path.join(ROOT, 'public/icon/steady.svg'), 'utf8');
  const tileStyle = [
    'margin:0;width:440px;height:280px;display:flex;align-items:center;gap:24px;padding:0 32px;box-sizing:border-box',
    'background:#0b5cad;color:#fff;font-family:system-ui,sans-serif',
  ].join(';');
  const badgeStyle = 'width:112px;height:112px;flex:none;background:#fff;border-radius:24px;display:grid;place-items:center';
  await tile.setContent(
    `<body style="${tileStyle}">` +
      `<div style="${badgeStyle}">${icon.replace('<svg', '<svg width="88" height="88"')}</div>` +
      '<div><div style="font-size:40px;font-weight:700">Steady</div>' +
      '<div style="font-size:19px;line-height:1.35;margin-top:8px">Why muscles shake when you exercise, and when to get help.</div>' +
      '</div></body>',
  );
  await tile.screenshot({ path: shot('chrome-promo-440x280.png') });
  say('Chrome Web Store screenshots and promo tile written');
} finally {
  await session.close();
}

// AMO: the same article and sidebar in Firefox.
const firefox = await launchFirefox();
try {
  const page = await firefox.open(server.url('/article.html'));
  await page.setViewport(SIZE);
  await clickOffer(firefox, page);
  const frame = await sidebarFrame(firefox, page);
  await frame.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  await page.screenshot({ path: shot('firefox-1-sidebar-1280x800.png') });
  say('AMO screenshot written');
} finally {
  await firefox.close();
}
await server.close();

const permissions = Object.entries(PERMISSION_JUSTIFICATIONS)
  .map(([name, why]) => `- **${name}**: ${why}`)
  .join('\n');
writeFileSync(
  path.join(OUT, 'listing.md'),
  `# Steady: store listing\n\n## Short description (${SHORT_DESCRIPTION.length} of 132 characters)\n\n${SHORT_DESCRIPTION}\n\n` +
    `## Full description\n\n${FULL_DESCRIPTION}\n\n## Single purpose\n\n${SINGLE_PURPOSE}\n\n## Permissions\n\n${permissions}\n\n` +
    `## Privacy policy\n\nPRIVACY.md in the sources (what is read, stored where, synced how; nothing is sent).\n`,
);
say(`listing text written; everything is in ${path.relative(process.cwd(), OUT)}/`);
