// The detector's latest verdict per tab, kept in `storage.session` (memory only, gone when the
// browser closes, not readable by content scripts) so that the popup can say what Steady found
// on the current tab even after the background's service worker has been stopped and restarted.
import { storage } from 'wxt/utils/storage';
import type { Verdict } from '@/knowledge/detect/verdict';

export type TabVerdict = {
  verdict: Verdict;
  /** The page it was made for (the sender's URL), so a reader can tell a stale entry. */
  url: string;
  /** When it was stored (ms since the epoch). */
  at: number;
};

type Key = `session:tabVerdict:${number}`;
const keyOf = (tabId: number): Key => `session:tabVerdict:${tabId}`;

export const tabVerdicts = {
  async set(tabId: number, entry: TabVerdict): Promise<void> {
    await storage.setItem<TabVerdict>(keyOf(tabId), entry);
  },
  async get(tabId: number): Promise<TabVerdict | null> {
    return storage.getItem<TabVerdict>(keyOf(tabId));
  },
  async clear(tabId: number): Promise<void> {
    await storage.removeItem(keyOf(tabId));
  },
};
