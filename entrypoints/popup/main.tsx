// Module start: the popup's first render is measured from navigation start (render-timing.ts).
import { render } from 'preact';
import { App } from '@/components/popup/App';

performance.mark('steady:popup-start');
render(<App />, document.getElementById('app')!);
