// The sidebar's page side, injected by the background only when someone asks for it (the offer,
// the keyboard shortcut or the popup): not in the manifest, so ordinary pages never load it. It
// holds the frame the sidebar lives in (components/page/sidebar-host.ts); the sidebar itself is
// the extension page entrypoints/sidebar-frame/.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSidebar } from '@/components/page/sidebar-host';

export default defineContentScript({
  registration: 'runtime',
  // For a runtime script WXT turns `matches` into host permissions: the background needs them
  // to inject the sidebar after a click on the in-page offer (which, unlike the toolbar button
  // or the keyboard shortcut, grants no activeTab). The detector already runs on these pages,
  // so the browser's permission warning stays the same.
  matches: ['*://*/*'],
  cssInjectionMode: 'manual',
  main(ctx) {
    startSidebar(ctx);
  },
});
