/**
 * The change feeds of `@open287g/data`: every change between consecutive ICE lists in the history, as JSON
 * Feed 1.1 and Atom (RFC 4287), one national feed and one per state. Each item is one change, dated by the
 * list that showed it, newest first. Written with the snapshot, from the same listing history. A feed
 * carries whole lists' changes, newest first, up to MAX_ITEMS (always the newest list's): a reader polls
 * it, and the full record is `listings.json`.
 */
import { type Change, changes, type Dataset, modelName, type Rename } from '@open287g/sdk';
import { ICE_PAGE } from './ingest.js';

type Kind = 'added' | 'ended' | 'renamed' | 'resigned';

interface Item {
  id: string;
  state: string;
  title: string;
  text: string;
  /** the date of the list that showed the change */
  date: string;
  /** the agreement's MOA when ICE links one, else ICE's page */
  url: string;
}

const MAX_ITEMS = 200;

/** The items of the newest lists, whole lists only, up to MAX_ITEMS but never fewer than one list's. */
function newest(items: readonly Item[]): Item[] {
  const dates = [...new Set(items.map((item) => item.date))];
  const kept: Item[] = [];
  for (const date of dates) {
    const own = items.filter((item) => item.date === date);
    if (kept.length > 0 && kept.length + own.length > MAX_ITEMS) break;
    kept.push(...own);
  }
  return kept;
}

const KIND_WORD: Record<Kind, string> = {
  added: 'Added',
  ended: 'Ended',
  renamed: 'Renamed',
  resigned: 'Re-signed',
};

function describe(
  dataset: Dataset,
  kind: Exclude<Kind, 'renamed'>,
  change: Change,
  from: string,
  to: string,
) {
  const counties =
    change.counties.length === 0
      ? `a statewide agency of ${dataset.stateByCode.get(change.state)?.name ?? change.state}`
      : `covering ${change.counties.map((fips) => dataset.countyByFips.get(fips)?.name ?? fips).join(', ')}`;
  const signed = change.signed ? `signed ${change.signed}` : 'no signed date listed';
  const model = `${modelName(change.model, 'en')} (${change.model})`;
  const what = {
    added: `On ICE's 287(g) list of ${to}, not on its list of ${from}`,
    ended: `On ICE's 287(g) list of ${from}, not on its list of ${to}`,
    resigned: `ICE's list of ${to} gives a new SIGNED date`,
  }[kind];
  return {
    title: `${KIND_WORD[kind]}: ${change.name} (${change.state}), ${model}`,
    text: `${what}: ${change.name}, ${change.state}; ${model}, ${signed}; ${counties}.`,
  };
}

const moaOf = (dataset: Dataset, change: Change): string =>
  dataset.agencyById.get(change.agencyId)?.agreements.find((a) => a.model === change.model)?.moaUrl ??
  ICE_PAGE;

/** Every change of the history, newest list first; within a list added, ended, renamed, re-signed, by state and name. */
function itemsOf(dataset: Dataset): Item[] {
  const lists = dataset.listings?.lists ?? [];
  const items: Item[] = [];
  lists.slice(1).forEach((list, i) => {
    const from = (lists[i] as { asOf: string }).asOf;
    const to = list.asOf;
    const result = changes(dataset, { from, to });
    const own: Item[] = [];
    const push = (kind: Exclude<Kind, 'renamed'>) => {
      for (const change of result[kind]) {
        own.push({
          id: `${to}/${kind}/${change.agencyId}/${change.model}`,
          state: change.state,
          date: to,
          url: kind === 'ended' ? ICE_PAGE : moaOf(dataset, change),
          ...describe(dataset, kind, change, from, to),
        });
      }
    };
    push('added');
    push('ended');
    for (const rename of result.renamed as Rename[]) {
      own.push({
        id: `${to}/renamed/${rename.agencyId}`,
        state: rename.state,
        date: to,
        url: ICE_PAGE,
        title: `Renamed: ${rename.from} → ${rename.to} (${rename.state})`,
        text: `ICE's list of ${to} spells the agency "${rename.to}"; its list of ${from} spelled it "${rename.from}". The same agency: its agreements continue.`,
      });
    }
    push('resigned');
    // newest list first, its changes in the order above
    items.unshift(...own);
  });
  return items;
}

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// item ids: stable URIs, the same for the same change in every build of the feed
const TAG = 'urn:open287g:changes';

function jsonFeed(title: string, items: readonly Item[]): string {
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title,
      home_page_url: ICE_PAGE,
      description:
        "What changed between ICE's 287(g) participating-agency lists, one item per change, from the open287g listing history. Source: U.S. Immigration and Customs Enforcement.",
      language: 'en',
      authors: [{ name: 'open287g' }],
      items: newest(items).map((item) => ({
        id: `${TAG}/${item.id}`,
        url: item.url,
        title: item.title,
        content_text: item.text,
        date_published: `${item.date}T00:00:00Z`,
        tags: [item.state],
      })),
    },
    null,
    1,
  )}\n`;
}

function atomFeed(
  title: string,
  id: string,
  self: string,
  updatedOn: string,
  items: readonly Item[],
): string {
  const updated = `${items[0]?.date ?? updatedOn}T00:00:00Z`;
  const entries = newest(items).map(
    (item) =>
      `<entry><id>${xml(`${TAG}/${item.id}`)}</id><title>${xml(item.title)}</title><updated>${item.date}T00:00:00Z</updated><link href="${xml(item.url)}"/><category term="${item.state}"/><summary>${xml(item.text)}</summary></entry>`,
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `<id>${xml(`${TAG}/${id}`)}</id>`,
    `<title>${xml(title)}</title>`,
    `<updated>${updated}</updated>`,
    `<link rel="alternate" href="${ICE_PAGE}"/>`,
    // relative: it resolves against wherever the file is served
    `<link rel="self" href="${self}"/>`,
    '<author><name>open287g</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** The feed files, by path relative to the feeds folder: changes.json/.atom, states/<xx>.json/.atom. */
/**
 * The feed files, by path relative to the feeds folder: changes.json/.atom, and states/<xx>.json/.atom for
 * every state and territory, with or without changes yet, so a reader can subscribe before the first.
 */
export function buildFeeds(dataset: Dataset): Record<string, string> {
  const items = itemsOf(dataset);
  const newest = dataset.listings?.lists.at(-1)?.asOf ?? dataset.asOf;
  const files: Record<string, string> = {
    'changes.json': jsonFeed("287(g) agreements: changes on ICE's list", items),
    'changes.atom': atomFeed(
      "287(g) agreements: changes on ICE's list",
      'national',
      'changes.atom',
      newest,
      items,
    ),
  };
  for (const { code, name } of dataset.states) {
    const title = `287(g) agreements in ${name}: changes on ICE's list`;
    const own = items.filter((item) => item.state === code);
    const file = code.toLowerCase();
    files[`states/${file}.json`] = jsonFeed(title, own);
    files[`states/${file}.atom`] = atomFeed(title, file, `${file}.atom`, newest, own);
  }
  return files;
}
