// What the build hands the detector bundle instead of whole files: the offer's colour tokens
// come from tokens.css, light and dark, and a missing token stops the build.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { offerTokens } from 'virtual:steady-page-constants';
import { OFFER_TOKENS, offerTokensCss } from '@/scripts/vite/virtual-modules';

const TOKENS = readFileSync('components/common/tokens.css', 'utf8');

test('each of the offer’s tokens has tokens.css’s light value, and its dark value under the dark query', () => {
  const [light, dark] = offerTokens.split('@media (prefers-color-scheme:dark)');
  expect(light).toContain('--steady-bg:#ffffff');
  expect(light).toContain('--steady-accent:#0b5cad');
  expect(dark).toContain('--steady-bg:#16191d');
  expect(dark).toContain('--steady-accent:#7db8f5');
  for (const name of OFFER_TOKENS) {
    expect(light).toMatch(new RegExp(`--steady-${name}:#[0-9a-f]{6}`));
    expect(dark).toMatch(new RegExp(`--steady-${name}:#[0-9a-f]{6}`));
  }
});

test('a token missing from tokens.css stops the build with its name', () => {
  expect(() => offerTokensCss(TOKENS.replace('--steady-focus: #0b5cad;', ''), '.o')).toThrow(/--steady-focus/);
  expect(() => offerTokensCss(':root{--steady-bg:#fff}', '.o')).toThrow(/dark/);
});
