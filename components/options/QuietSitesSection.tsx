// "Sites where Steady stays quiet": add a validated site name, remove one. A refused entry keeps
// what was typed and says next to the field what to type instead; the list is never touched.
import { useEffect, useRef, useState } from 'preact/hooks';
import { addQuietSite, removeQuietSite } from '@/components/shared/settings';
import { parseSiteInput } from '@/components/shared/site-rules';

export function QuietSitesSection({ sites }: { sites: string[] }) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // After a removal, where the keyboard goes once the list has re-rendered without the site.
  const focusAfterRemove = useRef<number | null>(null);

  useEffect(() => {
    const index = focusAfterRemove.current;
    if (index === null) return;
    focusAfterRemove.current = null;
    // The next site's button, else the previous one, else the field: focus is never dropped.
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
    (buttons[Math.min(index, buttons.length - 1)] ?? input.current)?.focus();
  }, [sites]);

  async function add(e: Event) {
    e.preventDefault();
    const parsed = parseSiteInput(text);
    if (!parsed.ok) {
      setError(parsed.message);
      setStatus('');
      input.current?.focus();
      return;
    }
    try {
      const result = await addQuietSite(parsed.site);
      if (result.added) {
        setText('');
        setError('');
        setStatus(`Steady will stay quiet on ${parsed.site} and its subdomains.${parsed.note ? ` ${parsed.note}` : ''}`);
      } else if (result.coveredBy !== undefined) {
        setError(
          result.coveredBy === parsed.site
            ? `${parsed.site} is already in the list.`
            : `${parsed.site} is already covered by ${result.coveredBy}, which is in the list.`,
        );
      } else {
        setError('The list is full. Remove a site before adding another.');
      }
    } catch {
      setError('Steady could not save the list. Try again.');
    }
    input.current?.focus();
  }

  async function remove(site: string, index: number) {
    try {
      focusAfterRemove.current = index;
      await removeQuietSite(site);
      setStatus(`Removed ${site}. Steady checks it again.`);
    } catch {
      focusAfterRemove.current = null;
      setStatus(`Steady could not remove ${site}. Try again.`);
    }
  }

  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">Sites where Steady stays quiet</h2>
      <p class="hint" id="sites-hint">
        Steady never checks these sites on its own. A site includes its subdomains: example.com also covers news.example.com. You can paste
        a full web address; Steady keeps only the site name.
      </p>
      <form class="add-site" onSubmit={add} noValidate>
        <label for="site-input">Site name</label>
        <div class="row">
          <input
            ref={input}
            id="site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            autoCapitalize="off"
            spellcheck={false}
            value={text}
            aria-invalid={error ? 'true' : 'false'}
            aria-describedby={error ? 'site-error sites-hint' : 'sites-hint'}
            onInput={(e) => {
              setText(e.currentTarget.value);
              if (error) setError('');
            }}
          />
          <button type="submit">Add site</button>
        </div>
        <p id="site-error" class="error" hidden={!error}>
          {error}
        </p>
      </form>
      <p role="status" class="status">
        {status}
      </p>
      {sites.length === 0 ? (
        <p class="empty">No sites yet: Steady may check every site.</p>
      ) : (
        <ul ref={list} class="sites" aria-label="Quiet sites">
          {sites.map((site, i) => (
            <li key={site}>
              <span class="site">{site}</span>
              <button type="button" aria-label={`Remove ${site}`} onClick={() => void remove(site, i)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
