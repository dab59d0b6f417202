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
import { stoppingTimers } from './stopping-timers';

const REGISTRY = '__steadyContexts';

type Registry = Record<string, ContentScriptContext | undefined>;

function registry(): Registry {
  const g = globalThis as { [REGISTRY]?: Registry };
  return (g[REGISTRY] ??= {});
}

export class ContentScriptContext {
  // The AbortController is made only when a listener asks for its signal: in a fresh isolated
  // world it is one more kind of DOM object to set up (AbortController, AbortSignal, their
  // EventTarget), which a page the detector finds nothing on never needs. Ending and the
  // callbacks for it are kept here instead.
  #controller: AbortController | undefined;
  #aborted = false;
  readonly #onAbort = new Set<() => void>();
  readonly #name: string;

  constructor(contentScriptName: string, _options?: unknown) {
    this.#name = contentScriptName;
    const contexts = registry();
    contexts[contentScriptName]?.abort();
    contexts[contentScriptName] = this;
  }

  get signal(): AbortSignal {
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.#aborted) this.#controller.abort();
    }
    return this.#controller.signal;
  }

  abort(): void {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#controller?.abort();
    for (const callback of this.#onAbort) callback();
    this.#onAbort.clear();
    const contexts = registry();
    if (contexts[this.#name] === this) delete contexts[this.#name];
  }

  /** Also ends the context when the extension has gone (reloaded, updated or removed). */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.abort();
    return this.#aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(callback: () => void): () => void {
    if (!this.#aborted) this.#onAbort.add(callback);
    return () => void this.#onAbort.delete(callback);
  }

  // Timers ask only whether this context was retired: `isValid` would touch `runtime.id`, and the
  // first touch of an extension binding in a page costs a millisecond or more, on every page that
  // runs the detector's growth checks. Code that talks to the extension asks `isInvalid` itself.
  // A retired context's timeout still fires, and does nothing; its interval stops at its next tick.
  readonly #timers = stoppingTimers(() => this.#aborted);

  setTimeout(handler: () => void, ms: number): number {
    return this.#timers.setTimeout(handler, ms);
  }

  setInterval(handler: () => void, ms: number): number {
    return this.#timers.setInterval(handler, ms);
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
