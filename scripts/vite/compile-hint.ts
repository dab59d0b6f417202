// The detector's bundle asks V8 to compile all its functions when the script is compiled
// (`//# allFunctionsCalledOnLoad`, Chrome 136 and later; other engines read a comment): nearly
// every function in it runs on its first check, and compiling them one by one as each is first
// called, in the page's fresh isolated world, cost more. On 97 fixture pages it offers on the
// hint took the detector's added script time from 5.07 to 4.04 ms at the median (paired: 0.91 ms
// a page; scripts/bench-script-time.ts, 8 December 2026). Not on the look, which runs on every
// page and calls most of its functions only on a hit or a second later.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';
/** The built scripts that carry the hint, in the output folder. */
const EAGER_SCRIPTS = ['content-scripts/detector.js'];

/** Puts the hint on the first line of each eager script of the build in `outDir`, once. */
export function addEagerCompileHints(outDir: string): void {
  for (const file of EAGER_SCRIPTS) {
    const at = path.join(outDir, file);
    const source = readFileSync(at, 'utf8');
    if (!source.startsWith(EAGER_COMPILE_HINT)) writeFileSync(at, `${EAGER_COMPILE_HINT}\n${source}`);
  }
}
