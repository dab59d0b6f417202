// A seed article (../shared/seeds/*.txt, plain text) as a simple page: its first line as the
// title, short lines without a full stop as headings, the rest as paragraphs.
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function seedAsHtml(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const body = lines.map((l) => (l.length < 90 && !/[.!?:]$/.test(l) ? `<h2>${escape(l)}</h2>` : `<p>${escape(l)}</p>`)).join('\n');
  return `<!doctype html><html><head><title>${escape(lines[0] ?? '')}</title></head><body><article>${body}</article></body></html>`;
}
