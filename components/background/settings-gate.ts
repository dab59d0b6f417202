// The settings' word on a page that passed the detector's look, asked for by the detector
// (`content:gate`) before it reads anything more of the page: one storage read, the same guard
// every reader runs (settings-model.ts), and a decision for the sender's host. It is read here
// and not in the page because the page would pay for waking the storage binding and for the
// guard's code on every such load. If storage cannot be read, the defaults apply, as they would
// on a fresh install.
import { browser, type Browser } from 'wxt/browser';
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

/** The gate for the page that sent `content:gate`: its host as the browser reports it, never from the message. */
export function gateForSender(sender: Browser.runtime.MessageSender): Promise<Gate> {
  const url = sender.url ?? sender.tab?.url;
  return readSettingsGate(url ? new URL(url).hostname : '');
}
