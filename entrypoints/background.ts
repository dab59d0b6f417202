// The background: listeners only. Messages go to the router (components/background/router.ts);
// a tab's verdict is dropped when the tab loads another page or closes.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onCommand } from '@/components/background/offer-actions';
import { forgetTab, handleMessage } from '@/components/background/router';
import { tabVerdicts } from '@/components/background/tab-verdicts';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => handleMessage(raw, sender));
  // A verdict belongs to the page it was made for: the detector there reports again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabVerdicts.clear(tabId));
  browser.commands?.onCommand.addListener((command, tab) => void onCommand(command, tab));
});
