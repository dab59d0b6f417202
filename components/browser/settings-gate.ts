// The content script's look at the settings before it reads a page: one storage read, the same
// guard every reader runs (settings-model.ts: no Zod, no WXT storage, which would not fit the
// detector's budget), and a decision. If storage cannot be read, the defaults apply, as they would on a fresh install.
import { browser } from 'wxt/browser';
import { SETTING_KEYS, defaultSettings, gateDecision, gateSettings, type GateDecision, type OfferStyle } from './settings-model';

export type Gate = { decision: GateDecision; offerStyle: OfferStyle };

/** Set on the tab's isolated world by the background just before it injects the detector for
 *  the popup's "Check this page": that run skips the gate. */
export const FORCE_CHECK_FLAG = '__steadyForceCheck';
/** Where the detector leaves the gate's decision, in the isolated world only (the page cannot
 *  see it): the popup's status and the browser tests read it through the scripting API. */
export const GATE_DECISION_KEY = '__steadyGate';
/** How many checks the detector has finished in this page (verdict shown or not), also in the
 *  isolated world only: the browser tests wait for it instead of for a fixed time. */
export const CHECKS_KEY = '__steadyChecks';

export async function readGate(hostname: string, now = Date.now()): Promise<Gate> {
  let settings = defaultSettings();
  try {
    settings = gateSettings(await browser.storage.sync.get([...SETTING_KEYS]));
  } catch {
    // storage.sync unavailable (a policy, a broken profile): behave as on a fresh install.
  }
  return { decision: gateDecision(settings, hostname, now), offerStyle: settings.offerStyle };
}
