// The offer's styles, inside its shadow root. Sizes in px (pages change the root font size);
// colours are tokens.css's, handed over by the build (virtual:steady-page-constants) because a
// CSS import would be injected into the page itself and carry every token; the offer has no
// motion at all, so nothing to turn off.
import { offerTokens } from 'virtual:steady-page-constants';

// One rule an entry, long ones split between declarations; the last entry ends the sheet with a newline.
export const OFFER_CSS = [
  offerTokens,
  '.o{position:fixed;right:16px;bottom:16px;display:flex;align-items:center;gap:2px;padding:4px;box-sizing:border-box;' +
    'max-width:calc(100vw - 32px);font:500 15px/20px system-ui,sans-serif;color:var(--steady-text);background:var(--steady-bg);' +
    'border:1px solid var(--steady-border);border-radius:22px;box-shadow:0 2px 10px #0003}',
  'button{font:inherit;color:inherit;background:none;border:0;margin:0;min-width:32px;min-height:32px;padding:6px 12px;' +
    'border-radius:16px;cursor:pointer;box-sizing:border-box}',
  'button:hover{background:var(--steady-surface)}',
  'button:focus-visible{outline:2px solid var(--steady-focus);outline-offset:1px}',
  '.go b{font-weight:700;margin-right:6px;color:var(--steady-accent)}',
  '.x{padding:0;font-size:20px}',
  '.m{position:absolute;right:0;bottom:calc(100% + 8px);display:flex;flex-direction:column;padding:4px;min-width:240px;' +
    'background:inherit;border:inherit;border-radius:8px;box-shadow:inherit}',
  '.m[hidden]{display:none}',
  '.m button{text-align:left;border-radius:4px}',
  '.t{padding:8px 16px;border-radius:8px;max-width:320px}',
  '',
].join('\n');
