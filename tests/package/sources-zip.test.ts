// Mozilla's reviewers rebuild an add-on from the sources zip it was submitted with, and the
// rebuild must match the add-on byte for byte. So: `wxt zip -b firefox` as a release would run
// it, the sources unzipped in a new folder (with the packages the lockfile names, linked rather
// than downloaded again), `npm run build:firefox` there, and every file compared with the
// add-on's zip. The Chrome package is zipped and checked for its manifest too: the summary the
// store shows (at most 132 characters) and a justification for every permission it asks for.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, expect, test } from 'vitest';
import { ROOT } from '../e2e/harness/paths';
import { PERMISSION_JUSTIFICATIONS, SHORT_DESCRIPTION } from '../../scripts/store/listing';

const temp = mkdtempSync(path.join(tmpdir(), 'steady-package-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A build as a release or a reviewer's shell runs it: without Vitest's NODE_ENV=test, which
 *  would make Preact's preset put each component's file path into the bundle. */
function run(args: string[], cwd: string, outDir: string): void {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
  execFileSync('npx', args, { cwd, env: { ...env, STEADY_OUT_DIR: outDir }, stdio: 'pipe' });
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(full).isDirectory() ? filesUnder(full, rel) : [rel];
  });
}

async function unzip(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  return files;
}

test('the Firefox sources zip rebuilds the Firefox add-on byte for byte', async () => {
  const released = path.join(temp, 'release');
  run(['wxt', 'zip', '-b', 'firefox'], ROOT, released);
  const zips = readdirSync(released).filter((f) => f.endsWith('.zip'));
  const addon = zips.find((f) => f.endsWith('-firefox.zip'));
  const sources = zips.find((f) => f.endsWith('-sources.zip'));
  expect(addon && sources, zips.join(', ')).toBeTruthy();

  const sourceFiles = await unzip(path.join(released, sources!));
  // What a reviewer needs to rebuild: the lockfile and the build's own inputs, no build output.
  for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', 'entrypoints/background.ts'])
    expect(sourceFiles.has(needed), needed).toBe(true);
  expect([...sourceFiles.keys()].filter((f) => /^(?:\.output|node_modules|test-results|demo-output|bench-output)\//.test(f))).toEqual([]);

  const checkout = path.join(temp, 'sources');
  for (const [name, body] of sourceFiles) {
    mkdirSync(path.dirname(path.join(checkout, name)), { recursive: true });
    writeFileSync(path.join(checkout, name), body);
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(checkout, 'node_modules'), 'dir');
  const rebuilt = path.join(temp, 'rebuilt');
  run(['wxt', 'build', '-b', 'firefox'], checkout, rebuilt);

  const shipped = await unzip(path.join(released, addon!));
  const built = path.join(rebuilt, 'firefox-mv2');
  expect(filesUnder(built).sort()).toEqual([...shipped.keys()].sort());
  const differ = [...shipped].filter(([name, body]) => !readFileSync(path.join(built, name)).equals(body)).map(([name]) => name);
  expect(differ).toEqual([]);
}, 180_000);

test('the Chrome package holds the MV3 build with its manifest at the top', async () => {
  const released = path.join(temp, 'chrome');
  run(['wxt', 'zip'], ROOT, released);
  const zip = readdirSync(released).find((f) => f.endsWith('-chrome.zip'));
  expect(zip).toBeTruthy();
  const files = await unzip(path.join(released, zip!));
  const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as {
    manifest_version: number;
    name: string;
    description: string;
    permissions: string[];
  };
  expect(manifest).toMatchObject({ manifest_version: 3, name: 'Steady', description: SHORT_DESCRIPTION });
  // The store takes the summary from the manifest: 132 characters at most.
  expect(manifest.description.length).toBeLessThanOrEqual(132);
  // Every permission the package asks for has its justification in the listing.
  for (const permission of manifest.permissions) expect(Object.keys(PERMISSION_JUSTIFICATIONS), permission).toContain(permission);
  expect(files.has('content-scripts/detector.js')).toBe(true);
  expect(files.has('look.js')).toBe(true);
  expect(files.has('sidebar-frame.html')).toBe(true);
}, 120_000);
