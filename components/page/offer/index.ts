// What the reader (reader.ts) calls with each verdict: it remembers the verdict for the
// sidebar (shared isolated world, see bridge.ts) and shows or removes the offer. Everything the
// offer asks of the extension goes to the background as a message: opening the sidebar needs
// the scripting API, and the settings live behind WXT storage, which the detector bundle does
// not carry.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OfferMessage } from '@/components/shared/messages';
import type { Verdict } from '@/knowledge/detect/verdict';
import { bridge, live, shareVerdict } from '@/components/page/bridge';
import { offerTopic } from './label';
import { hideOffer, showOffer } from './offer';

export type PresentOptions = {
  /** The offer style setting: false when the person wants only the toolbar badge. */
  showButton: boolean;
  /** Resolves with the background's answer (undefined when there is none). */
  send(message: OfferMessage): Promise<unknown>;
};

export function presentVerdict(ctx: ContentScriptContext, verdict: Verdict, options: PresentOptions): void {
  shareVerdict(verdict);
  if (!verdict.match || !options.showButton || bridge().hiddenOn === location.href) {
    hideOffer();
    return;
  }
  showOffer(ctx, {
    topic: offerTopic(verdict.contexts),
    onOpen: (byPointer) => {
      const sidebar = live(bridge().sidebar);
      if (sidebar) sidebar.open(byPointer);
      else void options.send({ type: 'content:open-sidebar', byPointer });
    },
    onDismiss: async (choice) => {
      if (choice === 'page') {
        bridge().hiddenOn = location.href;
        return true;
      }
      const type = choice === 'site' ? 'content:quiet-site' : choice === 'pause-site' ? 'content:pause-site' : 'content:snooze';
      return (await options.send({ type })) === true;
    },
  });
}
