// What the two stores show and ask about Steady, in one place: the manifest's description is
// the short description (wxt.config.ts imports it), and `npm run store` writes the rest, with
// screenshots of the real extension, to store-output/ (scripts/store/make-listing.ts).

/** The manifest's description and the Chrome Web Store summary: at most 132 characters. */
export const SHORT_DESCRIPTION =
  'Why do muscles shake when you exercise? Causes, tips and when to see a doctor, beside what you read. Nothing leaves your browser.';

/** The stores' full description: a paragraph an entry, joined by blank lines, so each can wrap within the line width. */
export const FULL_DESCRIPTION = [
  'Steady is for people who exercise and notice their muscles shaking: ' +
    'legs trembling on the last reps, a calf quivering in a stretch, twitching at rest.',
  'While you read a fitness or health article about muscles shaking, Steady offers a small button at the edge of the page. ' +
    'It opens a sidebar with the causes that may fit what the article describes, ranked, with the reasons they fit, tips that may help, ' +
    'the signs that mean you should get help (emergency signs first, with first aid), and the sources behind every fact. ' +
    'It does not offer on pages about protein shakes, earthquakes or handshakes.',
  'The quick self-check in the toolbar asks about warning signs first, ' +
    'then when the shaking happens, for how long and what else is going on. ' +
    'It says how soon to get help, shows first aid where it matters, lists the likely causes with the reasons they fit ' +
    'and gives a summary you can show a doctor.',
  'Steady gives information, not a diagnosis. ' +
    'It says what is uncertain, and every fact that is not from its own articles cites a public health source.',
  'Private by design: no account, no server, no analytics, no network requests. Pages are read in your browser. ' +
    'Your self-check stays on this device, and web pages cannot read or drive Steady. ' +
    'Keyboard and screen-reader friendly, dark mode, reduced motion.',
].join('\n\n');

/** Chrome Web Store's single-purpose statement. */
export const SINGLE_PURPOSE =
  'Steady helps people who exercise understand why their muscles shake: ' +
  'it recognises articles about muscles shaking and shows causes, tips and warning signs beside them, and offers a quick self-check.';

/** Why each permission is needed, in the words both stores' review forms ask for. */
export const PERMISSION_JUSTIFICATIONS: Record<string, string> = {
  storage:
    'Keeps the person’s settings (quiet sites, pauses, button or badge, ' +
    'emergency-number country) and their latest self-check answers, on their device.',
  activeTab: 'Lets "Check this page" in the popup look at the current tab when the person asks, on sites where automatic checks are off.',
  scripting:
    'Opens the sidebar in the page only when the person clicks the in-page button, presses the shortcut or asks from the popup, ' +
    'so ordinary pages never load it.',
  'host permissions (http and https pages)':
    'The detector reads the text of the page being read, inside the browser, ' +
    'to recognise articles about muscles shaking; nothing is sent anywhere.',
  'remote code': 'None: all code is in the package.',
  'data use': 'Steady collects no data. Nothing is sent off the device; settings may sync only through the browser’s own account sync.',
};
