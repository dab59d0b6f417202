// The offer says what was stored, never more: "Never on this site" reports success once the
// background has stored it, and when it cannot be stored (storage.sync's per-item quota: the
// list of quiet sites is full) it says so and leaves the stored list as it was. A browser of
// its own, so that no other test's in-page choice falls in the background's write throttle.
import { expect } from 'vitest';
import type { ExtensionSession } from './harness/extension';
import { e2eTest } from './harness/fixture';
import type { PageServer } from './harness/server';
import { readStorage, writeStorage } from './harness/storage';
import { gateOf } from './settings-helpers';
import { isHostName } from '../../components/shared/site-rules';
import { FAVICON, fixture, inSteady, offerButton, openChecked } from './sidebar-helpers';

const test = e2eTest({
  routes: { ...FAVICON, '/squats.html': fixture('demo/legs-shaking-after-squats.html') },
  reset: { storage: ['sync'] },
});
let session: ExtensionSession;
let server: PageServer;
test.beforeAll(({ session: s, server: v }) => {
  [session, server] = [s, v];
});

const toast = (page: Awaited<ReturnType<typeof openChecked>>) => inSteady(page, '[role=status]');

async function chooseNeverOnThisSite(page: Awaited<ReturnType<typeof openChecked>>) {
  await inSteady(page, 'button.x', 'Hide Steady').click();
  await inSteady(page, '[role=group] button', 'Never on this site').click();
}

const QUOTA = 8192;
const bytes = (sites: string[]) => new TextEncoder().encode('quietSites' + JSON.stringify(sites)).length;
/** A valid host name of exactly `length` characters (at least 9): labels of at most 63. */
function hostOfLength(length: number, tag: string): string {
  let name = `${tag}.org`;
  while (name.length < length) {
    const left = length - name.length;
    // A label and its dot; never leave a single character, which could not make a label.
    let label = Math.min(63, left - 1);
    if (left - (label + 1) === 1) label -= 1;
    name = `${'a'.repeat(label)}.${name}`;
  }
  return name;
}

/** Quiet sites that fill storage.sync's item to within a few bytes: "127.0.0.1" no longer fits. */
function fullList(): string[] {
  const list: string[] = [];
  for (let i = 0; bytes([...list, hostOfLength(200, `s${i}`)]) <= QUOTA; i++) list.push(hostOfLength(200, `s${i}`));
  // The last few bytes: one name that leaves fewer than "127.0.0.1" needs (its 9 characters,
  // two quotes and a comma).
  const room = QUOTA - bytes(list) - 3;
  if (room > 8) list.push(hostOfLength(room - 6, 'last'));
  return list.sort();
}

test('a full list: the toast says it could not be saved, and the stored list is unchanged', async () => {
  const full = fullList();
  expect(full.every((s) => isHostName(s))).toBe(true);
  expect(bytes(full)).toBeLessThanOrEqual(QUOTA);
  expect(bytes([...full, '127.0.0.1'])).toBeGreaterThan(QUOTA);
  await writeStorage(session, 'sync', { quietSites: full });
  const page = await openChecked(session, server.url('/squats.html'));
  await offerButton(page).waitFor();
  await chooseNeverOnThisSite(page);
  await expect.poll(() => toast(page).textContent()).toMatch(/^Steady could not save this choice, so it is hidden on this page only/);
  expect((await readStorage(session, 'sync')).quietSites).toEqual(full);
  // Not quiet after a reload: the offer comes back.
  await page.reload();
  await expect.poll(() => gateOf(session, page)).toBe('check');
  await offerButton(page).waitFor();
});
