import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetFetchError, type LoadResult, loadDataset } from '../src/index.js';
import { readDataText } from './data-files.js';

const requests = new Map<string, number>();
const headers = new Map<string, IncomingMessage['headers']>();
let server: Server;
let base: string;

const newerAgreements = (() => {
  const file = JSON.parse(readDataText('snapshot/agreements.json'));
  file.asOf = '2026-06-01';
  return JSON.stringify(file);
})();
const unknownCountyAgreements = (() => {
  const file = JSON.parse(readDataText('snapshot/agreements.json'));
  file.agencies[1][3] = ['99999']; // valid in shape, but no such county
  return JSON.stringify(file);
})();

const routes: Record<string, (res: ServerResponse) => void> = {
  '/agreements.json': (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(newerAgreements);
  },
  '/missing.json': (res) => {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  },
  '/error.json': (res) => {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('boom');
  },
  '/flaky.json': (res) => {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('boom');
  },
  '/not-json.json': (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('<html>this is not JSON</html>');
  },
  '/wrong-schema.json': (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ format: 1, asOf: '2026-06-01', agencies: 'none' }));
  },
  '/unknown-county.json': (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(unknownCountyAgreements);
  },
  '/hang.json': () => {
    // never answers
  },
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '';
    requests.set(path, (requests.get(path) ?? 0) + 1);
    headers.set(path, req.headers);
    const route = routes[path];
    if (route) route(res);
    else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A port that was just free: listen on port 0, note it, close. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function expectFallback(result: LoadResult, reason: DatasetFetchError['reason'], url: string) {
  expect(result.origin).toBe('bundled');
  expect(result.dataset.asOf).toBe('2026-05-18');
  expect(result.dataset.agencies).toHaveLength(1549);
  expect(result.error).toBeInstanceOf(DatasetFetchError);
  expect(result.error?.reason).toBe(reason);
  expect(result.error?.url).toBe(url);
  expect(result.error?.message).toContain(`Could not load the dataset from ${url} (${reason})`);
}

describe('loadDataset()', () => {
  it('without a url returns the bundled dataset', async () => {
    const result = await loadDataset();
    expect(result.origin).toBe('bundled');
    expect(result.error).toBeNull();
    expect(result.dataset.asOf).toBe('2026-05-18');
    expect(result.dataset.places).not.toBeNull();
    expect((await loadDataset({ places: false })).dataset.places).toBeNull();
  });

  it('with an empty url returns the bundled dataset without an error', async () => {
    const result = await loadDataset({ url: '' });
    expect(result.origin).toBe('bundled');
    expect(result.error).toBeNull();
  });

  it('uses a valid remote agreements.json, keeping the bundled reference files', async () => {
    const url = `${base}/agreements.json`;
    const result = await loadDataset({ url, retry: 0 });
    expect(result.origin).toBe('remote');
    expect(result.error).toBeNull();
    expect(result.dataset.asOf).toBe('2026-06-01');
    expect(result.dataset.agencies).toHaveLength(1549);
    expect(result.dataset.counties).toHaveLength(3233);
    expect(result.dataset.places?.zips.get('34102')).toEqual(['12021']);
    expect(requests.get('/agreements.json')).toBe(1);
    // a reader's lookup must not identify them to the data host
    expect(headers.get('/agreements.json')?.cookie).toBeUndefined();
    expect(headers.get('/agreements.json')?.referer).toBeUndefined();
  });

  it('uses the fetch implementation it is given', async () => {
    const url = `${base}/agreements.json`;
    const seen: Request[] = [];
    const fetchImpl: typeof fetch = (input, init) => {
      seen.push(new Request(input, init));
      return fetch(input, init);
    };
    const result = await loadDataset({ url, retry: 0, fetch: fetchImpl });
    expect(result.origin).toBe('remote');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe(url);
    expect(seen[0]?.method).toBe('GET');
    expect(seen[0]?.credentials).toBe('omit');
    expect(seen[0]?.referrerPolicy).toBe('no-referrer');
  });

  it('falls back to the bundled data on HTTP 404 (reason "http", not retried)', async () => {
    const url = `${base}/missing.json`;
    const result = await loadDataset({ url });
    expectFallback(result, 'http', url);
    expect(result.error?.message).toContain('HTTP 404');
    expect(requests.get('/missing.json')).toBe(1);
  });

  it('refuses a response far larger than a dataset, by its declared size or its text', async () => {
    const huge = 26 * 1024 * 1024;
    const declared: typeof fetch = async () =>
      new Response('{}', { headers: { 'content-length': String(huge), 'content-type': 'application/json' } });
    const first = await loadDataset({
      url: 'https://data.example/agreements.json',
      retry: 0,
      fetch: declared,
    });
    expect(first.origin).toBe('bundled');
    expect(first.error?.message).toContain(`the response is ${huge} bytes`);
    const sent: typeof fetch = async () => new Response(' '.repeat(huge));
    const second = await loadDataset({ url: 'https://data.example/agreements.json', retry: 0, fetch: sent });
    expect(second.origin).toBe('bundled');
    expect(second.error?.message).toContain('a dataset is far smaller');
  });

  it('falls back on HTTP 500 with retry 0 (one request)', async () => {
    const url = `${base}/error.json`;
    const result = await loadDataset({ url, retry: 0 });
    expectFallback(result, 'http', url);
    expect(result.error?.message).toContain('HTTP 500');
    expect(requests.get('/error.json')).toBe(1);
  });

  it('retries a 500 once with retry 1 (two requests)', async () => {
    const url = `${base}/flaky.json`;
    const result = await loadDataset({ url, retry: 1 });
    expectFallback(result, 'http', url);
    expect(requests.get('/flaky.json')).toBe(2);
  });

  it('falls back when the response is not JSON (reason "json")', async () => {
    const url = `${base}/not-json.json`;
    expectFallback(await loadDataset({ url, retry: 0 }), 'json', url);
  });

  it('falls back when the JSON fails the schema (reason "schema")', async () => {
    const url = `${base}/wrong-schema.json`;
    const result = await loadDataset({ url, retry: 0 });
    expectFallback(result, 'schema', url);
    expect(result.error?.message).toContain('agencies');
  });

  it('falls back when the JSON points at counties that do not exist (reason "schema")', async () => {
    const url = `${base}/unknown-county.json`;
    const result = await loadDataset({ url, retry: 0 });
    expectFallback(result, 'schema', url);
    expect(result.error?.message).toContain('unknown county FIPS 99999');
  });

  it('falls back when the server never answers (reason "timeout")', async () => {
    const url = `${base}/hang.json`;
    const started = performance.now();
    const result = await loadDataset({ url, timeout: 300, retry: 0 });
    expectFallback(result, 'timeout', url);
    expect(result.error?.message).toContain('300 ms');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('falls back when nothing listens on the port (reason "network")', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/agreements.json`;
    expectFallback(await loadDataset({ url, retry: 0, timeout: 1000 }), 'network', url);
  });
});
