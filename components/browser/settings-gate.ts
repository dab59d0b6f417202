// The content script's look at the settings before it reads a page: one storage read, a
// hand-written guard (no Zod, no WXT storage: they would not fit the detector's budget), and
// a decision. If storage cannot be read, the defaults apply, as they would on a fresh install.
import { browser } from 'wxt/browser';
import { SETTING_KEYS, defaultSettings, gateDecision, parseSettings, type GateDecision, type OfferStyle } from './settings-model';

export type Gate = { decision: GateDecision; offerStyle: OfferStyle };

export async function readGate(hostname: string, now = Date.now()): Promise<Gate> {
  let settings = defaultSettings();
  try {
    settings = parseSettings(await browser.storage.sync.get([...SETTING_KEYS])).settings;
  } catch {
    // storage.sync unavailable (a policy, a broken profile): behave as on a fresh install.
  }
  return { decision: gateDecision(settings, hostname, now), offerStyle: settings.offerStyle };
}
