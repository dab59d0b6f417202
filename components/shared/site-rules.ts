// Which site a quiet-site entry stands for, and whether a page belongs to it. Pure: no browser
// globals, so the options page, the content script's gate and the Node tests share one rule.
// A quiet site covers its subdomains (quieting example.com also quiets news.example.com), and
// "www." is dropped when an entry is saved, because people mean the whole site by it.

const MAX_HOST_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;
const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const DIGITS = /^\d+$/;
const IPV4_PART = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

function isIpv4(host: string): boolean {
  const parts = host.split('.');
  return parts.length === 4 && parts.every((p) => IPV4_PART.test(p));
}

/** True for a host name in the form Steady stores: lower case, ASCII (punycode), no port. */
export function isHostName(host: string): boolean {
  if (host.length === 0 || host.length > MAX_HOST_LENGTH) return false;
  if (isIpv4(host)) return true;
  if (host === 'localhost') return true;
  const labels = host.split('.');
  if (labels.length < 2) return false;
  if (DIGITS.test(labels[labels.length - 1]!)) return false;
  return labels.every((l) => l.length <= MAX_LABEL_LENGTH && LABEL.test(l));
}

/** A page's host as matching sees it: lower case, no trailing dot. */
export function pageHost(hostname: string): string {
  const lower = hostname.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/**
 * Does the quiet site `site` cover the page host `host` (the site itself or a subdomain)? An IP
 * address has no subdomains: "0.0.1" must not cover 127.0.0.1.
 */
export function siteCovers(site: string, host: string): boolean {
  const h = pageHost(host);
  return h === site || (site.length > 0 && !isIpv4(h) && h.endsWith('.' + site));
}

/** The entry in `sites` that covers `host`, if any. */
export function coveringSite(sites: readonly string[], host: string): string | undefined {
  return sites.find((s) => siteCovers(s, host));
}

/** The site a host belongs to as Steady stores it: lower case, without "www.". */
export function siteOf(hostname: string): string {
  const h = pageHost(hostname);
  return h.startsWith('www.') && h.length > 4 && h.indexOf('.', 4) !== -1 ? h.slice(4) : h;
}

export type SiteInput = { ok: true; site: string; note?: string } | { ok: false; message: string };

// A bare "example.com/path" is read as a web address; the scheme is kept apart so that no
// address literal sits in shipped code (URLs belong in data files).
const ASSUMED_SCHEME = 'http:';
const EXAMPLE = 'Type a site name such as example.com, or an address such as 127.0.0.1.';

/**
 * Reads what a person typed or pasted into "sites where Steady stays quiet".
 * A pasted web address is accepted: its host is kept and `note` says so, so nobody wonders
 * where the path went. Every refusal says what to type instead.
 */
export function parseSiteInput(input: string): SiteInput {
  const text = input.trim();
  if (text.length === 0) return { ok: false, message: `The site name is empty. ${EXAMPLE}` };
  if (/\s/.test(text)) return { ok: false, message: `A site name has no spaces. ${EXAMPLE}` };
  if (text.includes('*')) {
    return {
      ok: false,
      message: 'Wildcards such as * are not needed: a site always covers its subdomains. Type example.com to cover news.example.com too.',
    };
  }
  let host = text;
  let note: string | undefined;
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  const looksLikeAddress = hasScheme || /[/:?#@\\]/.test(text);
  const nonAscii = /[^\x20-\x7e]/.test(text);
  if (looksLikeAddress || nonAscii) {
    let url: URL;
    try {
      url = new URL(hasScheme ? text : `${ASSUMED_SCHEME}//${text}`);
    } catch {
      return { ok: false, message: `That is not a site name or a web address Steady can read. ${EXAMPLE}` };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return { ok: false, message: `Steady only reads web pages (http and https), so it has nothing to keep quiet there. ${EXAMPLE}` };
    }
    host = url.hostname;
    if (host.startsWith('[')) return { ok: false, message: `IPv6 addresses are not supported. ${EXAMPLE}` };
    if (looksLikeAddress) note = `Steady kept only the site name, ${siteOf(host)}, from the address you entered.`;
  }
  host = pageHost(host);
  const tooLong = host.split('.').find((l) => l.length > MAX_LABEL_LENGTH);
  if (tooLong !== undefined) {
    return {
      ok: false,
      message: `Each part of a site name between dots can be at most ${MAX_LABEL_LENGTH} characters; one part here has ${tooLong.length}.`,
    };
  }
  if (host.length > MAX_HOST_LENGTH) {
    return { ok: false, message: `A site name can be at most ${MAX_HOST_LENGTH} characters long.` };
  }
  if (!isHostName(host)) {
    if (!host.includes('.') && LABEL.test(host)) {
      return { ok: false, message: `Add the ending too, for example ${host}.com.` };
    }
    return { ok: false, message: `That is not a valid site name: use letters, digits, hyphens and dots. ${EXAMPLE}` };
  }
  const site = siteOf(host);
  return note === undefined ? { ok: true, site } : { ok: true, site, note };
}

/** Adds a site to the list unless a site already in it covers it; the list stays sorted. */
export function addSite(sites: readonly string[], site: string): { sites: string[]; coveredBy?: string } {
  const covering = coveringSite(sites, site);
  if (covering !== undefined) return { sites: [...sites], coveredBy: covering };
  return { sites: [...sites, site].sort() };
}

/** Can an extension run a content script on this URL at all? Browser pages and web stores say no. */
export function canRunOn(url: string | undefined): boolean | undefined {
  if (url === undefined || url === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  const host = pageHost(parsed.hostname);
  if (host === 'chromewebstore.google.com' || host === 'microsoftedge.microsoft.com' || host === 'addons.mozilla.org') {
    return false;
  }
  if (host === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) return false;
  return true;
}
