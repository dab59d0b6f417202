// Names on the extension's isolated world of a tab (its `globalThis`, shared by Steady's content
// scripts and by what the background runs there through the scripting API, and never seen by
// the page's own scripts).

/** Set by the background just before it injects the detector for the popup's "Check this
 *  page": that run skips the settings gate. */
export const FORCE_CHECK_FLAG = '__steadyForceCheck';
/** Where the look (and then the detector) leaves the settings gate's decision once the
 *  background has read the settings (only on a page that passed the look): the browser tests
 *  read it through the scripting API to know that a quiet page has decided, instead of waiting
 *  a fixed time, and that a page that did not pass the look left the settings unread. */
export const GATE_DECISION_KEY = '__steadyGate';
/** Set by the detector (entrypoints/detector.content.ts) when it starts in a page: the
 *  every-page look (components/page/look.ts) then stops watching, and a second copy of the
 *  detector knows it was injected again. */
export const DETECTOR_KEY = '__steadyDetector';
/** How many checks the look and the detector have finished in this page (verdict shown or
 *  not): the browser tests wait for it instead of for a fixed time. */
export const CHECKS_KEY = '__steadyChecks';
/** Where the look leaves what the detector the background injects takes over from it (once it
 *  has judged the look's raw text, `content:raw-text`): `gate`, the look's pending answer from
 *  the background (`content:look`), the settings' gate for the site, whose decision and offer
 *  style the detector takes instead of asking again (`content:gate`); `rawTextSent`, whether the
 *  look sent the page's raw text (not too long to send), so that the detector sends its first
 *  read of the main content, a part of that text, without looking it over first
 *  (knowledge/detect/index.ts, readMainIfNear). */
export const LOOK_HANDOFF_KEY = '__steadyLookHandoff';
export type LookHandoff = { gate: Promise<unknown>; rawTextSent: boolean };
