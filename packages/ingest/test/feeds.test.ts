/**
 * The change feeds in @open287g/data: well-formed JSON Feed 1.1 and Atom, one change per item, and the
 * same bytes as the committed snapshot's history gives (a stale feed fails here).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { changes, createDataset, type Dataset } from '@open287g/sdk';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFeeds } from '../src/index.js';

const data = fileURLToPath(new URL('../../data/', import.meta.url));
const feedsDir = join(data, 'snapshot/feeds');
const json = async (path: string) => JSON.parse(await readFile(join(data, path), 'utf8'));

let dataset: Dataset;
let committed: Record<string, string>;
beforeAll(async () => {
  dataset = createDataset({
    agreements: await json('snapshot/agreements.json'),
    listings: await json('snapshot/listings.json'),
    counties: await json('reference/counties.json'),
    mandates: await json('reference/mandates.json'),
    history: await json('reference/history.json'),
  });
  committed = {};
  for (const name of await readdir(feedsDir, { recursive: true })) {
    if (/\.(json|atom)$/.test(name)) committed[name] = await readFile(join(feedsDir, name), 'utf8');
  }
});

/** The Atom document's elements as [path, text]; throws on anything that is not well-formed XML. */
function parseXml(text: string): { paths: string[]; texts: Map<string, string[]> } {
  const parser = new SaxesParser({ xmlns: true });
  const stack: string[] = [];
  const paths: string[] = [];
  const texts = new Map<string, string[]>();
  let error: Error | null = null;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    stack.push(tag.local);
    paths.push(stack.join('/'));
    if (stack.length === 1) expect(tag.uri).toBe('http://www.w3.org/2005/Atom');
  });
  parser.on('text', (value) => {
    const path = stack.join('/');
    texts.set(path, [...(texts.get(path) ?? []), value]);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(text).close();
  if (error) throw error;
  return { paths, texts };
}

describe('the change feeds', () => {
  it('are what the committed listing history gives, byte for byte', () => {
    expect(Object.keys(committed).sort()).toEqual(Object.keys(buildFeeds(dataset)).sort());
    for (const [path, text] of Object.entries(buildFeeds(dataset))) expect(committed[path], path).toBe(text);
  });

  it("carry the newest list's changes nationally, one item each, in JSON Feed 1.1", () => {
    const feed = JSON.parse(committed['changes.json'] as string);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toMatch(/287\(g\)/);
    const latest = changes(dataset);
    const count = latest.added.length + latest.ended.length + latest.renamed.length + latest.resigned.length;
    expect(feed.items).toHaveLength(count);
    expect(count).toBe(270);
    expect(new Set(feed.items.map((item: { id: string }) => item.id)).size).toBe(count);
    for (const item of feed.items) {
      expect(item.id).toMatch(/^urn:open287g:changes\/\d{4}-\d{2}-\d{2}\/(added|ended|renamed|resigned)\//);
      expect(item.content_text.length).toBeGreaterThan(20);
      expect(item.date_published).toBe('2026-05-18T00:00:00Z');
    }
  });

  it('are well-formed Atom with an id, title and updated date for the feed and each entry', () => {
    for (const [path, text] of Object.entries(committed)) {
      if (!path.endsWith('.atom')) continue;
      const { paths, texts } = parseXml(text);
      for (const field of ['feed/id', 'feed/title', 'feed/updated', 'feed/author/name'])
        expect(paths, `${path} ${field}`).toContain(field);
      const entries = paths.filter((p) => p === 'feed/entry').length;
      expect(paths, `${path} self link`).toContain('feed/link');
      for (const field of ['id', 'title', 'updated', 'summary'])
        expect(texts.get(`feed/entry/${field}`) ?? [], `${path} entry ${field}`).toHaveLength(entries);
      for (const date of texts.get('feed/entry/updated') ?? [])
        expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    }
  });

  it('has a feed for every state and territory, empty until its first change', () => {
    expect(Object.keys(committed).filter((path) => path.startsWith('states/'))).toHaveLength(
      dataset.states.length * 2,
    );
    expect(JSON.parse(committed['states/ca.json'] as string).items).toEqual([]);
    expect(committed['states/ca.atom']).toContain('<link rel="self" href="ca.atom"/>');
  });

  it("orders a list's changes added, ended, renamed, re-signed, and links each added agreement's MOA", () => {
    const items = JSON.parse(committed['changes.json'] as string).items as { id: string; url: string }[];
    const order = ['added', 'ended', 'renamed', 'resigned'];
    const kinds = items.map((item) => order.indexOf(item.id.split('/')[2] as string));
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    const added = items.filter((item) => item.id.includes('/added/'));
    for (const item of added) {
      const [, , id, model] = item.id.replace('urn:open287g:changes/', '').split('/');
      const moa = dataset.agencyById.get(id as string)?.agreements.find((a) => a.model === model)?.moaUrl;
      // ICE prints "link pending" for most new agreements: then the item links ICE's page
      expect(item.url, item.id).toBe(moa ?? 'https://www.ice.gov/identify-and-arrest/287g');
    }
    expect(added.filter((item) => item.url.includes('/doclib/287gMOA/')).length).toBeGreaterThan(100);
  });

  it("has a feed per state, holding only that state's changes (Maryland's sheriffs among them)", () => {
    const md = JSON.parse(committed['states/md.json'] as string);
    expect(md.items.every((item: { tags: string[] }) => item.tags[0] === 'MD')).toBe(true);
    expect(md.items.map((item: { title: string }) => item.title)).toContain(
      "Ended: Harford County Sheriff's Office (MD), Jail Enforcement Model (JEM)",
    );
    expect(parseXml(committed['states/md.atom'] as string).paths).toContain('feed/entry');
  });
});
