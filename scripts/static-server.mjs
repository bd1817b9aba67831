// A small static file server on 127.0.0.1 (loopback only), for trying the examples, the CSP test and the
// Chromium benchmark. `headers` are added to every response (e.g. a Content-Security-Policy).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
};

/** Starts serving `root`; resolves to `{ url, close }` once listening (port 0 picks a free one). */
export function startStaticServer({ root, port = 0, headers = {} }) {
  const base = root.endsWith(sep) ? root : root + sep;
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    let file = join(base, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!(file + sep).startsWith(base) || !existsSync(file)) {
      response.writeHead(404, headers).end('not found');
      return;
    }
    response.writeHead(200, {
      ...headers,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      // close also ends the connections a browser still holds open, which would otherwise keep it waiting
      const close = () =>
        new Promise((done) => {
          server.close(done);
          server.closeAllConnections();
        });
      resolve({ url: `http://127.0.0.1:${bound}`, close });
    });
  });
}
