// The popup's "This page": what Steady found on the current tab, with a way to open the sidebar,
// or that it found nothing (and why), with "Check this page" to run the detector right now.
import './this-page.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { articleTopic } from '@/knowledge/topics';
import type { Context } from '@/knowledge/vocabulary';
import { checkTab, currentTabId, loadThisPage, openSidebar, type ThisPageState } from './this-page-status';

/** "This article is about muscles shaking during stretching." (the badge says the same). */
export function aboutLine(contexts: readonly Context[]): string {
  return `This article is about ${articleTopic(contexts)}.`;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', hour: 'numeric', minute: '2-digit' });
const at = (time: number) => timeFormat.format(new Date(time));

function nothingText(state: Extract<ThisPageState, { kind: 'nothing' }>): string {
  switch (state.why) {
    case 'checked':
      return 'Steady checked this page and found nothing about shaking muscles.';
    case 'check':
      return 'Steady found nothing on this page.';
    case 'checks-off':
      return 'Automatic checks are off, so Steady has not read this page.';
    case 'quiet-site':
      return `Steady stays quiet on ${state.site}, so it has not read this page.`;
    case 'snoozed':
      return `Automatic checks are paused until ${at(state.until)}, so Steady has not read this page.`;
    case 'site-snoozed':
      return `Automatic checks are paused on ${state.site} until ${at(state.until)}, so Steady has not read this page.`;
  }
}

export function ThisPage() {
  const [state, setState] = useState<ThisPageState>({ kind: 'loading' });
  const [busy, setBusy] = useState<'' | 'checking' | 'opening'>('');
  const [problem, setProblem] = useState('');
  // After "Check this page", the answer's first control takes focus so the keyboard follows.
  const focusAfterCheck = useRef(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const checkButton = useRef<HTMLButtonElement>(null);
  const opened = useRef(new URLSearchParams(location.search).has('tabId'));

  useEffect(() => {
    let live = true;
    void currentTabId()
      .then((tabId) => loadThisPage(tabId))
      .then(
        (s) => live && setState(s),
        () => live && setState({ kind: 'no-tab' }),
      );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!focusAfterCheck.current) return;
    focusAfterCheck.current = false;
    (openButton.current ?? checkButton.current)?.focus();
  }, [state]);

  async function check(tabId: number) {
    setBusy('checking');
    setProblem('');
    const next = await checkTab(tabId).catch((): ThisPageState => ({ kind: 'check-failed', tabId }));
    focusAfterCheck.current = true;
    setBusy('');
    setState(next);
  }

  async function open(tabId: number) {
    setBusy('opening');
    setProblem('');
    const ok = await openSidebar(tabId).catch(() => false);
    setBusy('');
    if (!ok) {
      setProblem('Steady could not open the sidebar on this page. Reload the page and try again.');
      return;
    }
    // The toolbar popup has done its job; a popup page opened in a tab of its own stays.
    if (!opened.current) window.close();
  }

  const checkControl = (tabId: number) => (
    <button type="button" ref={checkButton} disabled={busy !== ''} onClick={() => void check(tabId)}>
      {busy === 'checking' ? 'Checking…' : 'Check this page'}
    </button>
  );

  if (state.kind === 'self') return null;

  // The words go in a live region (a check's answer is announced); the controls stay outside it.
  let text: string;
  let action = null;
  switch (state.kind) {
    case 'loading':
      text = 'Looking at this tab…';
      break;
    case 'no-tab':
      text = 'Steady cannot tell which page is open. Open the popup from a tab with a web page.';
      break;
    case 'cannot-run':
      text =
        'Steady cannot read this page. ' +
        'Browsers keep their own pages, such as settings, new tabs and extension stores, closed to extensions.';
      break;
    case 'check-failed':
      text = 'Steady could not finish checking this page. Wait until it has loaded, then try again.';
      action = checkControl(state.tabId);
      break;
    case 'found': {
      const { tabId } = state;
      text = aboutLine(state.verdict.contexts);
      action = (
        <button type="button" class="primary" ref={openButton} disabled={busy !== ''} onClick={() => void open(tabId)}>
          {busy === 'opening' ? 'Opening…' : 'Open the sidebar'}
        </button>
      );
      break;
    }
    case 'nothing':
      text = nothingText(state);
      action = checkControl(state.tabId);
      break;
  }
  if (busy === 'checking') text = 'Checking this page…';

  return (
    <section
      class="this-page"
      aria-labelledby="this-page-title"
      aria-busy={state.kind === 'loading' || busy === 'checking'}
      data-state={state.kind}
    >
      <h2 id="this-page-title">This page</h2>
      <p role="status" class={state.kind === 'found' ? 'this-page-about' : undefined}>
        {text}
      </p>
      <div class="this-page-actions">
        {action}
        <button type="button" class="this-page-settings" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </div>
      {problem && (
        <p role="alert" class="error">
          {problem}
        </p>
      )}
    </section>
  );
}
