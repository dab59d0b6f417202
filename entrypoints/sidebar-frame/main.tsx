// The sidebar's own page, framed inside the web page by components/page/sidebar-host.ts and
// listed in web_accessible_resources (wxt.config.ts) so that the frame may load it.
import { render } from 'preact';
import '@/components/common/tokens.css';
import '@/components/sidebar/sidebar.css';
import { SidebarFrame } from '@/components/sidebar/SidebarFrame';

render(<SidebarFrame />, document.getElementById('app')!);
