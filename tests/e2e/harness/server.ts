import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = { body: string; type?: string; headers?: Record<string, string> };

export type PageServer = {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  origin: string;
  url(pathname: string): string;
  /** Adds or replaces a page while the server runs. */
  set(pathname: string, route: Route | string): void;
  /** Every path requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
};

/**
 * Serves in-memory pages on 127.0.0.1 (content scripts do not run on file:// pages). With
 * `anyLoopback`, on every 127.x.y.z address, so that a benchmark can give each load a host of its
 * own; it still answers loopback clients only.
 */
export async function servePages(routes: Record<string, Route | string> = {}, { anyLoopback = false } = {}): Promise<PageServer> {
  const table = new Map<string, Route>();
  const set = (p: string, r: Route | string) => table.set(p, typeof r === 'string' ? { body: r } : r);
  for (const [p, r] of Object.entries(routes)) set(p, r);
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    if (!req.socket.remoteAddress?.replace(/^::ffff:/, '').startsWith('127.')) {
      res.writeHead(403).end();
      return;
    }
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(pathname);
    const route = table.get(pathname);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', ...route.headers });
    res.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, anyLoopback ? '0.0.0.0' : '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (p) => origin + p,
    set,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
