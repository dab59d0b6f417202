// Renders public/icon/steady.svg into the PNG sizes the stores and browsers ask for.
// Run after changing the SVG: `node --import tsx scripts/make-icons.ts` (needs /usr/bin/chromium).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, chromiumPath } from '../tests/e2e/harness/paths';

const SIZES = [16, 32, 48, 128];
const svg = readFileSync(path.join(ROOT, 'public/icon/steady.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: path.join(ROOT, `public/icon/${size}.png`), omitBackground: true });
  await page.close();
  console.log(`public/icon/${size}.png`);
}
await browser.close();
