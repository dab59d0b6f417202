import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import type { Frame, Page } from 'playwright-core';
import { animationsFinished } from './animations';
import { tabIdOf } from './detector-state';
import { sessionOf } from './extension';
import { sidebarFrameNow } from './steady-ui';

const require = createRequire(import.meta.url);

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's WCAG 2.0–2.2 A/AA rules; returns readable lines, empty when clean. Runs once the
 * page's transitions have ended, so colours are the final ones whatever the machine's speed.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  await animationsFinished(page);
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

type AxeResult = { violations: { id: string; impact?: string | null; help: string; nodes: { target: string[] }[] }[] };
const lines = (violations: AxeResult['violations']) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/**
 * axe in one frame on its own: the sidebar's frame sits in a closed shadow root, where axe
 * running in the page cannot find it, so axe-core itself is put into the frame and run there.
 */
export async function axeFrameViolations(frame: Frame): Promise<string[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(source);
  const result = await frame.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResult> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    WCAG_TAGS,
  );
  return lines(result.violations);
}

/**
 * axe over everything Steady shows in a page: the sidebar's frame, and the offer. The offer's
 * root is closed, and axe (a script in the page, as any other) cannot look in, so it checks an
 * exact copy of the root's contents under an open root, made from the extension's isolated
 * world and removed again.
 */
export async function axeSteady(page: Page): Promise<string[]> {
  await animationsFinished(page);
  const found: string[] = [];
  const frame = sidebarFrameNow(page);
  if (frame) {
    found.push(...(await axeFrameViolations(frame)).map((v) => `sidebar: ${v}`));
  }
  if (await copyOfferRoot(page)) {
    try {
      found.push(...(await axeViolations(page, COPY_TAG)).map((v) => `offer: ${v}`));
    } finally {
      await page.evaluate((tag) => document.querySelector(tag)?.remove(), COPY_TAG);
    }
  }
  return found;
}

const COPY_TAG = 'steady-ui-axe-copy';

/** Copies the closed root's offer (not the frame) under an open root; false when there is no offer. */
async function copyOfferRoot(page: Page): Promise<boolean> {
  const session = sessionOf(page);
  const tabId = await tabIdOf(session, page);
  return session.worker.evaluate(
    async ({ id, tag }) => {
      type Chrome = { scripting: { executeScript(i: object): Promise<{ result?: unknown }[]> } };
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [copy] = [
        (copyTag: string) => {
          const host = (globalThis as { __steadyBridge?: { host?: { root: ShadowRoot } } }).__steadyBridge?.host;
          if (!host?.root.querySelector('.o:not([hidden])')) return false;
          const element = document.createElement(copyTag);
          const root = element.attachShadow({ mode: 'open' });
          for (const child of host.root.children) if (child.localName !== 'iframe') root.append(child.cloneNode(true));
          document.documentElement.append(element);
          return true;
        },
      ];
      const [frame] = await chrome.scripting.executeScript({ target: { tabId: id }, func: copy, args: [tag], injectImmediately: true });
      return frame?.result === true;
    },
    { id: tabId, tag: COPY_TAG },
  );
}
