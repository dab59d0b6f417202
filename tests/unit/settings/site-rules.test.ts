// Host-name validation for "sites where Steady stays quiet", and which pages a quiet site covers.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { addSite, canRunOn, coveringSite, isHostName, parseSiteInput, siteCovers, siteOf } from '@/components/shared/site-rules';

function accepted(input: string) {
  const r = parseSiteInput(input);
  if (!r.ok) throw new Error(`expected "${input}" to be accepted, got: ${r.message}`);
  return r;
}
function refused(input: string) {
  const r = parseSiteInput(input);
  if (r.ok) throw new Error(`expected "${input}" to be refused, got ${r.site}`);
  return r.message;
}

describe('parseSiteInput accepts real site names', () => {
  test.each([
    ['example.com', 'example.com'],
    ['sub.example.co.uk', 'sub.example.co.uk'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['  Example.COM  ', 'example.com'],
    ['example.com.', 'example.com'],
    ['www.example.com', 'example.com'],
    ['my-site.example', 'my-site.example'],
    ['a.b', 'a.b'],
  ])('%s → %s, without a note', (input, site) => {
    const r = accepted(input);
    expect(r.site).toBe(site);
    expect(r.note).toBeUndefined();
  });

  test('an IDN typed in Unicode is stored in punycode', () => {
    expect(accepted('bücher.de').site).toBe('xn--bcher-kva.de');
  });

  test.each([
    ['https://www.example.com/articles/legs-shaking?x=1#top', 'example.com'],
    ['http://sub.example.co.uk:8080/', 'sub.example.co.uk'],
    ['example.com/some/path', 'example.com'],
    ['localhost:3000', 'localhost'],
    ['HTTPS://News.Example.org', 'news.example.org'],
  ])('a pasted address %s keeps only its host %s and says so', (input, site) => {
    const r = accepted(input);
    expect(r.site).toBe(site);
    expect(r.note).toContain(site);
    expect(r.note).toMatch(/kept only the site name/);
  });

  test('a label of exactly 63 characters is fine', () => {
    expect(accepted(`${'a'.repeat(63)}.com`).site).toBe(`${'a'.repeat(63)}.com`);
  });
});

describe('parseSiteInput refuses with a message that says what to type', () => {
  test.each([
    ['', /empty/],
    ['   ', /empty/],
    ['exa mple.com', /no spaces/],
    ['example.com extra', /no spaces/],
    ['*', /Wildcards/],
    ['*.example.com', /Wildcards/],
    [`${'a'.repeat(64)}.com`, /at most 63 characters/],
    ['examplecom', /Add the ending too, for example examplecom\.com/],
    ['-example.com', /not a valid site name/],
    ['example-.com', /not a valid site name/],
    ['exa_mple.com', /not a valid site name/],
    ['example..com', /not a valid site name/],
    ['.example.com', /not a valid site name/],
    ['1.2.3', /not a valid site name/],
    ['300.1.1.1', /not a valid site name/],
    ['ftp://example.com', /only reads web pages/],
    ['chrome://extensions', /only reads web pages/],
    ['http://', /not a site name or a web address/],
    ['[::1]', /IPv6/],
  ])('%j', (input, message) => {
    expect(refused(input)).toMatch(message);
  });

  test('a name longer than 253 characters is refused', () => {
    const long = Array.from({ length: 5 }, () => 'a'.repeat(60)).join('.') + '.com';
    expect(long.length).toBeGreaterThan(253);
    expect(refused(long)).toMatch(/at most 253 characters/);
  });

  test('every message is a full sentence a person can act on', () => {
    for (const input of ['', 'a b', '*', 'x'.repeat(70) + '.com', 'examplecom', 'ex_ample.com', 'ftp://x.org']) {
      const m = refused(input);
      expect(m).toMatch(/^[A-Z].*\.$/);
      expect(m.length).toBeLessThan(200);
    }
  });

  test('never throws and anything it accepts is a valid stored host name (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (input) => {
        const r = parseSiteInput(input);
        if (r.ok) expect(isHostName(r.site)).toBe(true);
        else expect(r.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  test('accepted names are idempotent: parsing the result gives the same site (property)', () => {
    const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
    const tld = fc.stringMatching(/^[a-z]{2,6}$/);
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 4 }), tld, (labels, end) => {
        const host = [...labels, end].join('.');
        const first = accepted(host);
        expect(accepted(first.site).site).toBe(first.site);
      }),
    );
  });
});

describe('a quiet site covers itself and its subdomains, nothing else', () => {
  test.each([
    ['example.com', 'example.com', true],
    ['example.com', 'www.example.com', true],
    ['example.com', 'deep.news.example.com', true],
    ['example.com', 'EXAMPLE.com.', true],
    ['example.com', 'notexample.com', false],
    ['example.com', 'example.com.evil.org', false],
    ['example.com', 'example.co', false],
    ['news.example.com', 'example.com', false],
    ['127.0.0.1', '127.0.0.1', true],
    ['127.0.0.1', '127.0.0.10', false],
    // An IP address has no subdomains.
    ['0.0.1', '127.0.0.1', false],
    ['1', '127.0.0.1', false],
    ['localhost', 'localhost', true],
  ])('%s covers %s: %s', (site, host, covers) => {
    expect(siteCovers(site, host)).toBe(covers);
  });

  test('coveringSite names the entry that applies', () => {
    expect(coveringSite(['a.org', 'example.com'], 'm.example.com')).toBe('example.com');
    expect(coveringSite(['a.org'], 'example.com')).toBeUndefined();
    expect(coveringSite([''], 'example.com')).toBeUndefined();
  });

  test('siteOf drops www. only when something is left of a site', () => {
    expect(siteOf('www.example.com')).toBe('example.com');
    expect(siteOf('www.com')).toBe('www.com');
    expect(siteOf('WWW.Example.org.')).toBe('example.org');
  });

  test('addSite keeps the list sorted and skips entries a broader site already covers', () => {
    expect(addSite(['b.org'], 'a.org')).toEqual({ sites: ['a.org', 'b.org'] });
    expect(addSite(['example.com'], 'news.example.com')).toEqual({ sites: ['example.com'], coveredBy: 'example.com' });
    expect(addSite(['example.com'], 'example.com').coveredBy).toBe('example.com');
  });
});

describe('pages an extension cannot run on', () => {
  test.each([
    ['chrome://extensions/', false],
    ['chrome-extension://abc/popup.html', false],
    ['about:blank', false],
    ['edge://settings', false],
    ['file:///home/x.html', false],
    ['view-source:https://example.com', false],
    ['https://chromewebstore.google.com/detail/x', false],
    ['https://chrome.google.com/webstore/category/extensions', false],
    ['https://addons.mozilla.org/en-US/firefox/', false],
    ['https://chrome.google.com/search', true],
    ['https://example.com/article', true],
    ['http://127.0.0.1:8080/', true],
    ['not a url', false],
  ])('%s → %s', (url, can) => {
    expect(canRunOn(url)).toBe(can);
  });

  test('an unknown URL (no permission to see it) is undecided', () => {
    expect(canRunOn(undefined)).toBeUndefined();
    expect(canRunOn('')).toBeUndefined();
  });
});
