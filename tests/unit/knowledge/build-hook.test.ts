// The build refuses an invalid knowledge base: wxt.config.ts's `build:before` hook, given a
// broken copy of the data files in place of the bundled ones.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { brokenCopy, find } from './helpers';

type Hook = (wxt: never) => unknown;

async function buildBeforeHook(): Promise<Hook> {
  const { default: config } = await import('@/wxt.config');
  const hook = (config.hooks as Record<string, unknown> | undefined)?.['build:before'];
  if (typeof hook !== 'function') throw new Error('wxt.config.ts has no build:before hook');
  return hook as Hook;
}

afterEach(() => {
  vi.doUnmock('@/knowledge/files');
  vi.resetModules();
});

describe('the build:before hook', () => {
  test('lets a valid knowledge base through', async () => {
    vi.resetModules();
    const hook = await buildBeforeHook();
    expect(() => hook({} as never)).not.toThrow();
  });

  test('stops the build naming the file, the entry and the problem', async () => {
    const broken = brokenCopy((f) => {
      find(f['red-flags.json'].redFlags, 'chest-pain').action = '';
    });
    vi.resetModules();
    vi.doMock('@/knowledge/files', () => ({ RAW_FILES: broken }));
    const hook = await buildBeforeHook();
    expect(() => hook({} as never)).toThrow(/red-flags\.json › redFlags: chest-pain: action/);
  });
});
