import { render } from 'preact';
import { App } from '@/components/popup/App';

render(<App />, document.getElementById('app')!);
