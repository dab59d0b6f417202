// The content script's look at the settings before it reads a page: one storage read, the same
// guard every reader runs (settings-model.ts: no Zod, no WXT storage, which would not fit the
// detector's budget), and a decision. If storage cannot be read, the defaults apply, as they
// would on a fresh install.
import { browser } from 'wxt/browser';
import {
  SETTING_KEYS,
  defaultSettings,
  gateDecision,
  gateSettings,
  type GateDecision,
  type OfferStyle,
} from '@/components/shared/settings-model';

export type Gate = { decision: GateDecision; offerStyle: OfferStyle };

/** The gate's decision for this page's host, and how to offer help if it may check. */
export async function readSettingsGate(hostname: string, now = Date.now()): Promise<Gate> {
  let settings = defaultSettings();
  try {
    settings = gateSettings(await browser.storage.sync.get([...SETTING_KEYS]));
  } catch {
    // storage.sync unavailable (a policy, a broken profile): behave as on a fresh install.
  }
  return { decision: gateDecision(settings, hostname, now), offerStyle: settings.offerStyle };
}
