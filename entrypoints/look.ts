// The every-page script (components/page/look.ts), in the manifest for every http(s) page at
// idle (wxt.config.ts). An unlisted script, not a WXT content script: it needs no context
// object, and a page that has no shaking word (nearly all) runs only the look.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startLook } from '@/components/page/look';

export default defineUnlistedScript(() => {
  startLook();
});
