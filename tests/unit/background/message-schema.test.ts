// The background's trust boundary: every message is validated before anything handles it.
// What Steady sends passes; anything else (unknown types, extra keys, wrong types, oversized
// text, negative tab ids) is refused with a warning, never thrown.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { parseMessage } from '@/components/shared/message-schema';
import { NO_MATCH } from '@/knowledge/detect/verdict';

afterEach(() => vi.restoreAllMocks());

const page = { title: 'Why legs shake', text: 'My legs shake after squats.', blocks: [[0, 27, 2, -1]] };

describe('parseMessage', () => {
  test('what Steady sends passes unchanged', () => {
    const messages = [
      { type: 'content:verdict', verdict: NO_MATCH },
      {
        type: 'content:verdict',
        verdict: {
          match: true,
          score: 0.8,
          contexts: ['after-exercise'],
          causes: ['muscle-fatigue'],
          evidence: [{ text: 'q', section: 's', block: 0 }],
        },
      },
      { type: 'content:classify', page },
      { type: 'content:open-sidebar' },
      { type: 'content:open-sidebar', byPointer: true },
      { type: 'content:quiet-site' },
      { type: 'content:pause-site' },
      { type: 'content:snooze' },
      { type: 'sidebar:verdict' },
      { type: 'sidebar:quote', text: 'My legs shake', block: 4 },
      { type: 'sidebar:ready' },
      { type: 'sidebar:close' },
      { type: 'sidebar:unfold' },
      { type: 'sidebar:open-self-check' },
      { type: 'popup:check-tab', tabId: 3 },
      { type: 'popup:open-sidebar', tabId: 0 },
    ];
    for (const m of messages) expect(parseMessage(m)).toEqual(m);
  });

  test('anything else is refused with a warning, never thrown', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad: unknown[] = [
      null,
      'content:snooze',
      {},
      { type: 'content:delete-everything' },
      { type: 'content:snooze', site: 'example.com' },
      // Gone: the self-check opens from the sidebar's frame, never from a content script.
      { type: 'content:open-self-check' },
      { type: 'content:open-sidebar', byPointer: 'yes' },
      { type: 'sidebar:quote', text: 'x'.repeat(401), block: 0 },
      { type: 'sidebar:quote', text: 'x', block: -1 },
      { type: 'sidebar:close', tabId: 3 },
      { type: 'popup:check-tab', tabId: -1 },
      { type: 'popup:check-tab', tabId: 1.5 },
      { type: 'popup:check-tab', tabId: '3' },
      { type: 'content:verdict', verdict: { ...NO_MATCH, score: 2 } },
      { type: 'content:verdict', verdict: { ...NO_MATCH, contexts: ['moon'] } },
      {
        type: 'content:verdict',
        verdict: { ...NO_MATCH, evidence: Array.from({ length: 4 }, () => ({ text: 'q', section: 's', block: 0 })) },
      },
      { type: 'content:classify', page: { ...page, text: 'x'.repeat(400_001) } },
      { type: 'content:classify', page: { ...page, blocks: [[0, 1, 3, -1]] } },
    ];
    for (const m of bad) expect(parseMessage(m), JSON.stringify(m)?.slice(0, 80)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(bad.length);
  });
});
