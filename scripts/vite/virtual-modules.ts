// Modules the build makes from the knowledge base and the design tokens, so that each fact has
// one source and the detector's bundle (which runs on every page) carries only the few strings
// it needs, not the files they come from. Used by wxt.config.ts and by the unit tests
// (vitest.config.ts), which import the same modules.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { nodeDetectorSignals } from '../../knowledge/detect/lexicon';
import vocabulary from '../../knowledge/data/vocabulary.json' with { type: 'json' };

const TOKENS_CSS = fileURLToPath(new URL('../../components/common/tokens.css', import.meta.url));

/** One virtual module: `id` resolves to the source `load()` returns. */
function virtualModule(name: string, id: string, load: () => string, watch: string[] = []): Plugin {
  const resolved = `\0${id}`;
  return {
    name,
    resolveId: (source) => (source === id ? resolved : undefined),
    load(source) {
      if (source !== resolved) return undefined;
      for (const file of watch) this.addWatchFile(file);
      return load();
    },
  };
}

/** The colour tokens the in-page offer uses, as written in tokens.css (light, then dark). */
export const OFFER_TOKENS = ['bg', 'surface', 'border', 'text', 'accent', 'focus'] as const;

/** `--steady-<name>: value` for the given names, from a block of tokens.css. */
function declarations(block: string, names: readonly string[]): string {
  return names
    .map((name) => {
      const value = new RegExp(`--steady-${name}:\\s*([^;]+);`).exec(block)?.[1]?.trim();
      if (!value) throw new Error(`tokens.css has no --steady-${name} in this block`);
      return `--steady-${name}:${value}`;
    })
    .join(';');
}

/** The offer's tokens as CSS for `selector`: the light values, and the dark ones in a media query. */
export function offerTokensCss(css: string, selector: string): string {
  const dark = css.indexOf('@media (prefers-color-scheme: dark)');
  if (dark < 0) throw new Error('tokens.css has no dark block');
  // Each name's first declaration before the dark block is its light value, after it its dark one.
  const [light, darkValues] = [css.slice(0, dark), css.slice(dark)].map((block) => declarations(block, OFFER_TOKENS));
  return `${selector}{${light}}@media (prefers-color-scheme:dark){${selector}{${darkValues}}}`;
}

/** The source of `virtual:steady-page-constants`. */
export function pageConstantsSource(): string {
  const topics = Object.fromEntries(vocabulary.contexts.map((c) => [c.id, c.topic]));
  return (
    `export const topics = ${JSON.stringify(topics)};\n` +
    `export const offerTokens = ${JSON.stringify(offerTokensCss(readFileSync(TOKENS_CSS, 'utf8'), '.o'))};\n`
  );
}

/** The source of `virtual:steady-detector-signals`: named exports, so a bundle importing only
 *  `gate` and `body` leaves the groups out. */
export function detectorSignalsSource(): string {
  const signals = nodeDetectorSignals();
  const named = Object.entries(signals).map(([k, v]) => `export const ${k} = ${JSON.stringify(v)};\n`);
  return `${named.join('')}export default { ${Object.keys(signals).join(', ')} };\n`;
}

export const steadyVirtualModules = (): Plugin[] => [
  virtualModule('steady-detector-signals', 'virtual:steady-detector-signals', detectorSignalsSource),
  virtualModule('steady-page-constants', 'virtual:steady-page-constants', pageConstantsSource, [TOKENS_CSS]),
];
