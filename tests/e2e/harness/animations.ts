import type { Page } from 'playwright-core';

/**
 * Resolves once no CSS transition or animation with an end is running in any frame of the
 * page, shadow trees included. A colour or colour-scheme change starts 150 ms transitions; a
 * check that reads colours (axe's contrast rule) or boxes before they end measures an in-between
 * frame, and how often it does depends on the machine's speed.
 */
export async function animationsFinished(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    // No named inner functions: tsx (the command-line tools) wraps those in a helper that
    // does not exist in the page.
    await frame.evaluate(async () => {
      // A finished transition can start another (a hover colour after a scheme colour): look again.
      for (let round = 0; round < 10; round++) {
        // Open shadow roots, nested ones too (a closed one is out of reach here, as for axe).
        const roots: (Document | ShadowRoot)[] = [document];
        for (let i = 0; i < roots.length; i++) {
          for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
        }
        // getAnimations() flushes pending style first, so a transition that a media change has
        // just caused is already in the list.
        const list = [...new Set(roots.flatMap((root) => root.getAnimations()))].filter(
          (a) => a.playState !== 'finished' && Number.isFinite(Number(a.effect?.getComputedTiming().endTime)),
        );
        if (list.length === 0) return;
        await Promise.all(list.map((a) => a.finished.catch(() => undefined)));
      }
    });
  }
}
