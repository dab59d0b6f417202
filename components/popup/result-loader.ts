// The result screen's code and the knowledge prose it shows (causes, tips, answers, sources:
// most of the popup's bytes) load only when a result is about to show, so the questions and the
// emergency screen open without them. One load per popup; later results reuse it.
import type { ResultScreen } from './ResultScreen';

export type ResultComponent = typeof ResultScreen;

let loading: Promise<ResultComponent> | undefined;

export function loadResultScreen(): Promise<ResultComponent> {
  loading ??= import('./ResultScreen').then((m) => m.ResultScreen);
  // A failed load (the extension was updated meanwhile) may be tried again.
  loading.catch(() => (loading = undefined));
  return loading;
}
