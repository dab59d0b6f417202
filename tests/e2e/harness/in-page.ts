import { build } from 'esbuild';
import { ROOT } from './paths';

/**
 * Bundles `contents` (TypeScript importing the project's pure code, paths from the project
 * root) into one script to add to a page with addScriptTag: how the bench and the tests run
 * the detector's own functions in a real page without enlarging the extension.
 */
export async function bundleForPage(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  });
  return result.outputFiles[0]!.text;
}
