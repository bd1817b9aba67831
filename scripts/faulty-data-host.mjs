// A loopback data host (127.0.0.1 only) that fails the ways real hosts do, for the tests of `data-src` and
// `loadDataset({ url })`: it hangs, trickles, is busy for an hour, redirects elsewhere, sends a gzip bomb,
// or serves a list older or newer than the bundled one. Every response allows any origin (CORS), like a CDN.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';

const snapshot = new URL('../packages/data/snapshot/agreements.json', import.meta.url);

/** The bundled agreements.json with another list date, and `edit` applied to its parsed form. */
export function agreementsOf(asOf, edit = (file) => file) {
  const file = JSON.parse(readFileSync(snapshot, 'utf8'));
  file.asOf = asOf;
  return JSON.stringify(edit(file));
}

let bomb = null;
/** About 1 MB of gzip that inflates to 1 GiB of spaces: made once per process (a few seconds). */
function gzipBomb() {
  bomb ??= new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(16 * 1024 * 1024, 0x20);
    const gzip = createGzip({ level: 9 });
    const parts = [];
    gzip.on('data', (part) => parts.push(part));
    gzip.on('end', () => resolve(Buffer.concat(parts)));
    gzip.on('error', reject);
    for (let i = 0; i < 64; i++) gzip.write(chunk);
    gzip.end();
  });
  return bomb;
}

const CORS = { 'access-control-allow-origin': '*' };
const JSON_TYPE = { ...CORS, 'content-type': 'application/json' };

/**
 * Starts the host. `files` maps extra paths to JSON text (served as is). `elsewhere` is another origin that
 * `/redirect-away.json` sends clients to. Resolves to `{ url, requests, headers, close }`; `requests` counts each path, `headers` holds each path's last request headers.
 */
export function startFaultyDataHost({ files = {}, elsewhere = 'http://127.0.0.1:9' } = {}) {
  const requests = new Map();
  const headers = new Map();
  const timers = new Set();
  const routes = {
    '/hang.json': () => {},
    '/stall-body.json': (res) => {
      res.writeHead(200, JSON_TYPE);
      res.write('{"format":1,');
    },
    '/trickle.json': (res) => {
      res.writeHead(200, JSON_TYPE);
      const timer = setInterval(() => res.write(' '), 100);
      timers.add(timer);
      res.on('close', () => clearInterval(timer));
    },
    '/busy.json': (res) => {
      // exposed to scripts, as a CDN may do, so a browser client can read it and be tempted to wait an hour
      res.writeHead(503, {
        ...CORS,
        'access-control-expose-headers': 'retry-after',
        'retry-after': '3600',
        'content-type': 'text/plain',
      });
      res.end('busy');
    },
    '/redirect-away.json': (res) => {
      res.writeHead(302, { ...CORS, location: `${elsewhere}/agreements.json` });
      res.end();
    },
    '/redirect-here.json': (res) => {
      res.writeHead(302, { ...CORS, location: '/agreements.json' });
      res.end();
    },
    '/bomb.json': async (res) => {
      const body = await gzipBomb();
      res.writeHead(200, { ...JSON_TYPE, 'content-encoding': 'gzip', 'content-length': body.length });
      res.end(body);
    },
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.set(path, (requests.get(path) ?? 0) + 1);
    if (req.method !== 'OPTIONS') headers.set(path, req.headers);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
    } else if (Object.hasOwn(files, path)) {
      res.writeHead(200, JSON_TYPE).end(files[path]);
    } else if (Object.hasOwn(routes, path)) {
      routes[path](res);
    } else {
      res.writeHead(404, CORS).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        requests,
        headers,
        close: () => {
          for (const timer of timers) clearInterval(timer);
          server.closeAllConnections();
          return new Promise((done) => server.close(done));
        },
      });
    });
  });
}
