/**
 * "Changed since": a page that pins an older ICE list (`data-src` + `data-pinned`, the list of a story's
 * publication day) shows that list; when the bundled list is newer, one line says how ICE's list has changed
 * since, for the county or state shown. The counts are the SDK's change feed (`changesBetween`, the core of
 * `changes()`) over the listing history, from the pinned list's date to the bundled list's; for a county,
 * what applies there: its agencies and its state's statewide ones, as its answer lists them. Nothing is said
 * when the history lacks either list (a newsroom's own file).
 *
 * For any element (the lookup uses it; the map and the timeline can too):
 *
 *   changedSince(note, listings, where): ChangeCounts | null
 *     note      the element's `dataNote(…)`; only a 'pinnedOlder' note gives counts
 *     listings  `await dataSteps(source).listings()`; null (not loaded, or failed) gives null
 *     where     { county: { fips: '12021', state: 'FL' } } or { state: 'FL' }
 *     counted once per place and pair of lists, so a render may call it
 *   changedSinceText(counts, place, t, lang): the sentence, `place` as the sentence names it
 *     ("Collier County, FL", "Florida"; Spanish "el condado de Collier, FL": `countyInSentence`)
 *   CHANGED_SINCE_STRINGS: the sentence's strings in English and Spanish, for the element's own strings
 *     (`{ ...CHANGED_SINCE_STRINGS.en, … }`), so an embedder can replace them like any other
 *
 *   changedSinceNote(note, listings, place, t, lang): both in one, the sentence as the elements render their
 *     other data notes (`<p class="note" part="note" role="note">`), or nothing; `place` is
 *     { where, name } as above, or null where the element shows no one county or state
 */
import { appliesIn, type Changes, changesBetween, type Listings } from '@open287g/sdk/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { DataNote } from './data.js';
import { fill, formatDate, formatNumber, isPlural, type Lang } from './i18n.js';

export interface ChangedSinceStrings {
  /** {date}: the pinned list; {place}; {changes}: the counts below, joined; {newest}: the bundled list */
  changedSince: string;
  /** {date}, {place}, {newest}: nothing changed there between the two lists */
  unchangedSince: string;
  /** {count} */
  changesAddedOne: string;
  changesAddedMany: string;
  changesEndedOne: string;
  changesEndedMany: string;
  /** agreements on both lists with a new SIGNED date (one form for any count); said only when there are some */
  changesResigned: string;
  /** the same agency spelled anew by ICE; said only when there are some */
  changesRenamedOne: string;
  changesRenamedMany: string;
}

export const CHANGED_SINCE_STRINGS: Record<Lang, ChangedSinceStrings> = {
  en: {
    changedSince:
      "Since this list ({date}), ICE's list has changed for {place}: {changes}. Newest list: {newest}.",
    unchangedSince:
      "Since this list ({date}), ICE's list has not changed for {place}. Newest list: {newest}.",
    changesAddedOne: '{count} agreement added',
    changesAddedMany: '{count} agreements added',
    changesEndedOne: '{count} dropped from the list',
    changesEndedMany: '{count} dropped from the list',
    changesResigned: '{count} with a new signed date',
    changesRenamedOne: '{count} agency renamed',
    changesRenamedMany: '{count} agencies renamed',
  },
  es: {
    changedSince:
      'Desde esta lista ({date}), la lista de ICE cambió para {place}: {changes}. Lista más reciente: {newest}.',
    unchangedSince:
      'Desde esta lista ({date}), la lista de ICE no cambió para {place}. Lista más reciente: {newest}.',
    changesAddedOne: '{count} acuerdo nuevo',
    changesAddedMany: '{count} acuerdos nuevos',
    changesEndedOne: '{count} retirado de la lista',
    changesEndedMany: '{count} retirados de la lista',
    changesResigned: '{count} con una nueva fecha de firma',
    changesRenamedOne: '{count} agencia con nombre nuevo',
    changesRenamedMany: '{count} agencias con nombre nuevo',
  },
};

export interface ChangeCounts {
  /** the pinned list's date and the bundled list's */
  from: string;
  to: string;
  added: number;
  ended: number;
  renamed: number;
  resigned: number;
}

export type ChangePlace = { county: { fips: string; state: string } } | { state: string };

const countsOf = ({ from, to, added, ended, renamed, resigned }: Changes): ChangeCounts => ({
  from,
  to,
  added: added.length,
  ended: ended.length,
  renamed: renamed.length,
  resigned: resigned.length,
});

// one pass over the history per place and pair of lists, not one per render
const counted = new WeakMap<Listings, Map<string, ChangeCounts>>();

export function changedSince(
  note: DataNote | null,
  listings: Listings | null,
  where: ChangePlace,
): ChangeCounts | null {
  const from = note?.dates.date;
  const to = note?.dates.bundledDate;
  if (note?.key !== 'pinnedOlder' || !from || !to || !listings) return null;
  if (![from, to].every((date) => listings.lists.some((list) => list.asOf === date))) return null;
  const key = `${from} ${to} ${'county' in where ? where.county.fips : where.state}`;
  let byKey = counted.get(listings);
  if (!byKey) {
    byKey = new Map();
    counted.set(listings, byKey);
  }
  let counts = byKey.get(key);
  if (!counts) {
    const include =
      'county' in where
        ? (agency: Parameters<typeof appliesIn>[0]) => appliesIn(agency, where.county)
        : (agency: { state: string }) => agency.state === where.state;
    counts = countsOf(changesBetween(listings, from, to, include));
    byKey.set(key, counts);
  }
  return counts;
}

export function changedSinceText(
  counts: ChangeCounts,
  place: string,
  t: ChangedSinceStrings,
  lang: Lang,
): string {
  const part = (count: number, one: string, many: string) =>
    fill(isPlural(count, lang) ? many : one, { count: formatNumber(count, lang) });
  const dates = { date: formatDate(counts.from, lang), newest: formatDate(counts.to, lang), place };
  const { added, ended, renamed, resigned } = counts;
  if (added + ended + renamed + resigned === 0) return fill(t.unchangedSince, dates);
  const parts = [
    part(added, t.changesAddedOne, t.changesAddedMany),
    part(ended, t.changesEndedOne, t.changesEndedMany),
  ];
  if (resigned > 0) parts.push(part(resigned, t.changesResigned, t.changesResigned));
  if (renamed > 0) parts.push(part(renamed, t.changesRenamedOne, t.changesRenamedMany));
  return fill(t.changedSince, { ...dates, changes: parts.join(', ') });
}

/** The element's note on what has changed since its pinned list, for `place`; nothing when there is none. */
export function changedSinceNote(
  note: DataNote | null,
  listings: Listings | null,
  place: { where: ChangePlace; name: string } | null,
  t: ChangedSinceStrings,
  lang: Lang,
): TemplateResult | typeof nothing {
  const counts = place && changedSince(note, listings, place.where);
  if (!place || !counts) return nothing;
  return html`<p class="note" part="note" role="note">${changedSinceText(counts, place.name, t, lang)}</p>`;
}
