// The in-page offer: one small pill at the bottom-right of the viewport (beside, not over, the
// centred text column of common layouts) with "Steady causes and tips" and a "Hide Steady"
// menu. It ships in the detector bundle, which runs on every page, so it is hand-made DOM and a
// few hundred bytes of CSS: no framework, no knowledge-base prose, nothing until a page matches.
// It never takes focus on its own; it is the last stop of the page's Tab order.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { bridge } from '@/components/page/bridge';
import { addStyle, ensureHost } from '@/components/page/host';
import { offerLabel } from './label';
import { OFFER_CSS } from './offer-style';
import { byPerson } from '@/components/page/by-person';

export type DismissChoice = 'page' | 'pause-site' | 'site' | 'snooze';

export type OfferOptions = {
  /** What the offer is about, from the page's main context (see offerLabel). */
  topic: string;
  /** Asks the background to open the sidebar; `byPointer` when clicked or tapped, not by key. */
  onOpen(byPointer: boolean): void;
  /** Stores the choice (site and snooze go to the settings); the offer has already gone.
   *  Resolves false when the choice could not be stored. */
  onDismiss(choice: DismissChoice): Promise<boolean>;
};

const CHOICES: [DismissChoice, string, string][] = [
  ['page', 'Not on this page', 'Steady is hidden on this page.'],
  ['pause-site', 'Pause on this site for 24 hours', 'Steady is paused on this site for 24 hours.'],
  ['site', 'Never on this site', 'Steady will stay quiet on this site.'],
  ['snooze', 'Snooze everywhere for 24 hours', 'Steady is snoozed for 24 hours.'],
];
/** What the toast says when a choice could not be stored: the offer is gone from this page only. */
const NOT_SAVED = 'Steady could not save this choice, so it is hidden on this page only. Try again from the options page.';
const TOAST_MS = 5000;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Removes the offer, if it is showing. */
export function hideOffer(): void {
  const offer = bridge().offer;
  delete bridge().offer;
  offer?.remove();
}

/** Shows the offer (once per page: a second call updates the topic). */
export function showOffer(ctx: ContentScriptContext, options: OfferOptions): void {
  const root = ensureHost(ctx);
  hideOffer();
  if (!root.querySelector('style[data-offer]')) addStyle(root, OFFER_CSS).dataset.offer = '';

  // Visible: "Steady causes and tips"; the name adds the topic between the two.
  const open = el(
    'button',
    { type: 'button', class: 'go', 'aria-label': offerLabel(options.topic) },
    el('b', {}, 'Steady'),
    'causes and tips',
  );
  const toggle = el(
    'button',
    { type: 'button', class: 'x', 'aria-label': 'Hide Steady', 'aria-expanded': 'false', 'aria-controls': 'steady-hide' },
    '×',
  );
  const menu = el('div', { id: 'steady-hide', class: 'm', role: 'group', 'aria-label': 'Hide Steady' });
  menu.hidden = true;
  const offer = el('div', { class: 'o' }, open, toggle, menu);

  // The four choices, and the press that closes them, are set up the first time the menu opens:
  // nearly every offer is never dismissed, and a cold page pays for every element and listener.
  const fillMenu = () => {
    for (const [choice, text, done] of CHOICES) {
      const item = el('button', { type: 'button' }, text);
      item.addEventListener(
        'click',
        byPerson(() => {
          hideOffer();
          // The toast says what happened once the background has said whether it is stored.
          const toast = el('div', { class: 'o t', role: 'status' });
          root.append(toast);
          void options.onDismiss(choice).then((saved) => {
            toast.textContent = saved ? done : NOT_SAVED;
            ctx.setTimeout(() => toast.remove(), TOAST_MS);
          });
        }),
      );
      menu.append(item);
    }
    // A press anywhere else closes the menu (events from inside the shadow root reach the page
    // retargeted to the host element); not listened for before there is a menu to close.
    ctx.addEventListener(document, 'pointerdown', (e) => {
      if (!menu.hidden && e.target !== root.host) setMenu(false);
    });
  };
  const setMenu = (show: boolean) => {
    if (show && !menu.hasChildNodes()) fillMenu();
    menu.hidden = !show;
    toggle.setAttribute('aria-expanded', String(show));
  };
  // A click from Enter or Space has no pointer behind it: `detail` counts pointer clicks only.
  open.addEventListener(
    'click',
    byPerson((e: MouseEvent) => options.onOpen(e.detail > 0)),
  );
  toggle.addEventListener(
    'click',
    byPerson(() => setMenu(menu.hidden)),
  );
  offer.addEventListener(
    'keydown',
    byPerson((e: KeyboardEvent) => {
      if (e.key === 'Escape' && !menu.hidden) {
        setMenu(false);
        toggle.focus();
      }
    }),
  );

  root.prepend(offer);
  bridge().offer = {
    remove: () => offer.remove(),
    alive: () => ctx.isValid && offer.isConnected,
    focus: () => {
      if (!offer.isConnected) return false;
      open.focus();
      return true;
    },
  };
}
