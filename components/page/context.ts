// The lifetime of a content script, without anything a page can see or send. WXT's own
// ContentScriptContext announces every start with a CustomEvent on `document` (so any page
// can tell Steady is installed) and stops when it hears that event (so any page can switch
// Steady off by sending it). This one keeps to the extension's isolated world: a newer copy of
// the same script (the popup's "Check this page" injects the detector again) retires the older
// one through a registry on the isolated world's globalThis, which page scripts cannot reach;
// after an update or reload the extension's `runtime.id` goes away, which ends it too.
//
// wxt.config.ts aliases `wxt/utils/content-script-context` to this file in the content-script
// bundles, so WXT's entry wrapper constructs this class. It keeps the members Steady uses.
import { browser } from 'wxt/browser';

const REGISTRY = '__steadyContexts';

type Registry = Record<string, ContentScriptContext | undefined>;

function registry(): Registry {
  const g = globalThis as { [REGISTRY]?: Registry };
  return (g[REGISTRY] ??= {});
}

export class ContentScriptContext {
  readonly #controller = new AbortController();
  readonly #name: string;

  constructor(contentScriptName: string, _options?: unknown) {
    this.#name = contentScriptName;
    const contexts = registry();
    contexts[contentScriptName]?.abort();
    contexts[contentScriptName] = this;
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  abort(): void {
    if (this.#controller.signal.aborted) return;
    this.#controller.abort();
    const contexts = registry();
    if (contexts[this.#name] === this) delete contexts[this.#name];
  }

  /** Also ends the context when the extension has gone (reloaded, updated or removed). */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.abort();
    return this.#controller.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  // Timers ask only whether this context was retired: `isValid` would touch `runtime.id`, and the
  // first touch of an extension binding in a page costs a millisecond or more, on every page that
  // runs the detector's growth checks. Code that talks to the extension asks `isInvalid` itself.
  setTimeout(handler: () => void, ms: number): number {
    const id = window.setTimeout(() => {
      if (!this.signal.aborted) handler();
    }, ms);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, ms: number): number {
    const id = window.setInterval(() => {
      if (!this.signal.aborted) handler();
    }, ms);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  addEventListener<K extends keyof DocumentEventMap>(
    target: Document | Window | EventTarget,
    type: K | string,
    handler: (event: DocumentEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }
}
