// Where WXT puts Steady's own pages in the build, for the scripts that open or check them.

/** entrypoints/sidebar-frame/index.html: the sidebar, framed in the page by components/page/sidebar-host.ts. */
export const SIDEBAR_FRAME_PAGE = '/sidebar-frame.html';
