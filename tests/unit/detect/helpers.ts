// Small pages for the detector's tests, parsed with linkedom (the same parser `npm run
// classify` uses), and the signals the extension is built with.
import { parsePage } from '@/scripts/node-dom/node-page';
import { detect, type Detection } from '@/knowledge/detect/index';
import { DEFAULT_LIMITS, extractMainContent, type Extraction, type ExtractLimits } from '@/knowledge/detect/extract';
import { chooseRoot, type GateDocument } from '@/knowledge/detect/gate';
import { nodeDetectorSignals } from '@/knowledge/detect/lexicon';

export const signals = nodeDetectorSignals();

export function doc(html: string): GateDocument {
  return parsePage(html.includes('<html') ? html : `<!doctype html><html><head><title></title></head><body>${html}</body></html>`);
}

/** A whole page: a title and a body. */
export function page(title: string, body: string): GateDocument {
  return doc(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`);
}

export function detectHtml(html: string): Detection {
  return detect(doc(html), signals);
}

/** The main content as the detector reads it: the root the gate chooses. */
export function mainContent(page: GateDocument, limits: ExtractLimits = DEFAULT_LIMITS): Extraction {
  return extractMainContent(page, limits, chooseRoot(page).root);
}
