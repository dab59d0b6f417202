// The harness's wait for transitions, which every axe run and every box measurement relies on:
// a colour change that starts a long transition, in the page and inside a shadow root, must
// read as its final colour once the wait resolves, on a fast machine or a slow one.
import { expect } from 'vitest';
import type { ExtensionSession } from './harness/extension';
import { e2eTest } from './harness/fixture';
import { animationsFinished } from './harness/animations';
import type { PageServer } from './harness/server';
import { FAVICON } from './sidebar-helpers';

const PAGE = `<!doctype html><title>t</title>
<style>button { background: rgb(255, 255, 255); transition: background-color 600ms linear; }
.dark button { background: rgb(0, 0, 0); }</style>
<button id="outer">a</button><div id="host"></div>
<script>
  const root = document.getElementById('host').attachShadow({ mode: 'open' });
  root.innerHTML = '<style>' + document.querySelector('style').textContent + '</style><div><button>b</button></div>';
</script>`;

const test = e2eTest({ routes: { ...FAVICON, '/t.html': PAGE } });
let session: ExtensionSession;
let server: PageServer;
test.beforeAll(({ session: s, server: v }) => {
  [session, server] = [s, v];
});

test('waits for transitions in the page and in shadow roots to end', async () => {
  const page = await session.context.newPage();
  await page.goto(server.url('/t.html'));
  const colours = () =>
    page.evaluate(() => [
      getComputedStyle(document.getElementById('outer')!).backgroundColor,
      getComputedStyle(document.getElementById('host')!.shadowRoot!.querySelector('button')!).backgroundColor,
    ]);
  // The change and a look at what it started, in one task, so no frame can end them between.
  const started = await page.evaluate(() => {
    document.documentElement.classList.add('dark');
    const shadow = document.getElementById('host')!.shadowRoot!;
    shadow.querySelector('div')!.classList.add('dark');
    return [...document.getAnimations(), ...shadow.getAnimations()].filter((a) => a.playState !== 'finished').length;
  });
  expect(started).toBeGreaterThanOrEqual(2);
  await animationsFinished(page);
  expect(await colours()).toEqual(['rgb(0, 0, 0)', 'rgb(0, 0, 0)']);
});
