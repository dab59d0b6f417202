// The sidebar, injected by the background only when someone asks for it (the offer, the
// keyboard shortcut or the popup): not in the manifest, so ordinary pages never load it.
// It finds the detector's verdict through the shared isolated world (components/offer/bridge.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendToBackground } from '@/components/browser/messages';
import { loadSavedCheck } from '@/components/browser/saved-check';
import { startSidebar } from '@/components/sidebar/mount';

export default defineContentScript({
  registration: 'runtime',
  // For a runtime script WXT turns `matches` into host permissions: the background needs them
  // to inject the sidebar after a click on the in-page offer (which, unlike the toolbar button
  // or the keyboard shortcut, grants no activeTab). The detector already runs on these pages,
  // so the browser's permission warning stays the same.
  matches: ['*://*/*'],
  cssInjectionMode: 'manual',
  main(ctx) {
    return startSidebar(ctx, {
      loadSavedCheck,
      openSelfCheck: () => void sendToBackground({ type: 'content:open-self-check' }),
    });
  },
});
