/**
 * The agency registry and listing history the ingest keeps across ICE's lists (written as
 * `listings.json`): one stable id per real agency, every spelling ICE printed, and which list showed which
 * agreement with which SIGNED date. A new list's agencies are matched to the registry by state, kind and
 * resolved place first, and by name only within those; every fold is reported, never silent.
 */
import {
  type AgencyKind,
  type AgencyTuple,
  agencyId,
  editDistance,
  foldText,
  type ListingAgencyTuple,
  type ListingsFile,
  type ModelCode,
  type Source,
} from '@open287g/sdk';
import { byCodeUnits, MODEL_ORDER } from './order.js';

interface Entry {
  id: string;
  state: string;
  kind: AgencyKind;
  counties: string[];
  place: string | null;
  /** list date → the spelling that list printed */
  names: Map<string, string>;
  /** model → (list date → SIGNED date) */
  agreements: Map<ModelCode, Map<string, string | null>>;
}

/** The ids every spelling of the entry derives (its id's own derivation): how a list's rows are grouped. */
const spellingIds = (entry: Entry): Set<string> =>
  new Set([...entry.names.values()].map((name) => agencyId(entry.state, name)));

export interface History {
  source: Source;
  /** list date → [file, sha256] */
  lists: Map<string, { file: string; sha256: string | null }>;
  entries: Map<string, Entry>;
}

export function emptyHistory(source: Source): History {
  return { source, lists: new Map(), entries: new Map() };
}

/** The history in a `listings.json` (already validated by the SDK). */
export function historyOf(file: ListingsFile): History {
  const dates = file.lists.map(([asOf]) => asOf);
  const history = emptyHistory(file.source);
  for (const [asOf, name, sha256] of file.lists) history.lists.set(asOf, { file: name, sha256 });
  for (const [state, kind, counties, place, names, agreements, stableId] of file.agencies) {
    const entry: Entry = {
      id: stableId ?? agencyId(state, names[0]?.[1] ?? ''),
      state,
      kind,
      counties,
      place,
      names: new Map(),
      agreements: new Map(),
    };
    const shown = new Set<number>();
    for (const [model, runs, signed] of agreements) {
      const byList = new Map<string, string | null>();
      for (const [first, last] of runs) {
        for (let i = first; i <= last; i++) {
          shown.add(i);
          // the SIGNED date of the latest change point at or before list i
          const point = signed.filter(([from]) => from <= i).at(-1) ?? signed[0];
          byList.set(dates[i] as string, point?.[1] ?? null);
        }
      }
      entry.agreements.set(model, byList);
    }
    for (const i of [...shown].sort((a, b) => a - b)) {
      const point = names.filter(([from]) => from <= i).at(-1) ?? names[0];
      entry.names.set(dates[i] as string, point?.[1] ?? '');
    }
    history.entries.set(entry.id, entry);
  }
  return history;
}

/** Change points [index, value] of a value over the lists that show it, in list order. */
function changePoints<T>(byList: Map<string, T>, index: Map<string, number>): [number, T][] {
  const points: [number, T][] = [];
  const ordered = [...byList].sort(([a], [b]) => byCodeUnits(a, b));
  for (const [date, value] of ordered) {
    if (points.length === 0 || points.at(-1)?.[1] !== value) points.push([index.get(date) as number, value]);
  }
  return points;
}

/** Runs of consecutive list indices, as [first, last]. */
function runsOf(indices: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const i of indices.sort((a, b) => a - b)) {
    const run = runs.at(-1);
    if (run && run[1] === i - 1) run[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

export function listingsFileOf(history: History): ListingsFile {
  const dates = [...history.lists.keys()].sort(byCodeUnits);
  const index = new Map(dates.map((date, i) => [date, i]));
  const agencies: ListingAgencyTuple[] = [];
  for (const entry of history.entries.values()) {
    const names = changePoints(entry.names, index);
    const agreements = [...entry.agreements]
      .filter(([, byList]) => byList.size > 0)
      .sort(([a], [b]) => MODEL_ORDER[a] - MODEL_ORDER[b])
      .map(([model, byList]): ListingAgencyTuple[5][number] => [
        model,
        runsOf([...byList.keys()].map((date) => index.get(date) as number)),
        changePoints(byList, index),
      ]);
    if (agreements.length === 0) continue;
    const tuple: ListingAgencyTuple = [
      entry.state,
      entry.kind,
      entry.counties,
      entry.place,
      names,
      agreements,
    ];
    if (entry.id !== agencyId(entry.state, names[0]?.[1] ?? '')) tuple.push(entry.id);
    agencies.push(tuple);
  }
  agencies.sort(
    (a, b) =>
      byCodeUnits(a[0], b[0]) ||
      byCodeUnits(foldText(a[4][0]?.[1] ?? ''), foldText(b[4][0]?.[1] ?? '')) ||
      byCodeUnits(a[6] ?? '', b[6] ?? ''),
  );
  return {
    format: 1,
    source: history.source,
    lists: dates.map((date) => {
      const list = history.lists.get(date);
      return [date, list?.file ?? '', list?.sha256 ?? null];
    }),
    agencies,
  };
}

// Words ICE adds, drops or abbreviates without naming another agency: "Police Services Department" and
// "Police Department" are one agency; "Sheriff's Office" and "Sheriff's Department" too.
const FILLER = new Set(['and', 'the', 'of', 'services', 'service', 'department', 'dept', 'office', 'agency']);
const SYNONYMS: Record<string, string> = {
  ft: 'fort',
  mt: 'mount',
  pt: 'point',
  co: 'county',
  twp: 'township',
  pd: 'police',
  sheriffs: 'sheriff',
};

/**
 * An agency name with ICE's spelling variations folded away: case, punctuation, "Ft."/"Fort", "&"/"and",
 * "City of X …"/"X …", filler words. Two names with one key name one agency of a state.
 */
export function identityKey(name: string): string {
  return foldText(name)
    .replace(/^(?:city|town|village|borough|township) of /, '')
    .split(' ')
    .map((word) => SYNONYMS[word] ?? word)
    .filter((word) => !FILLER.has(word))
    .join(' ');
}

/**
 * The keys an agency's name answers to: its identity key; for a state agency, that key without the
 * state's name too ("Department of Corrections" of Alaska is the "Alaska Department of Corrections"); and
 * the key of the part before a qualifier ICE appends after "," or "/" ("Florida Department of Financial
 * Services, Criminal Investigation Division"; "Gulf County Board of County Commissioners /Detention
 * Facility"). The last two match only at the same kind, counties and place.
 */
function keysOfName(name: string, kind: AgencyKind, stateName: string): { key: string; loose: string[] } {
  const key = identityKey(name);
  const loose: string[] = [];
  const head = /^(.+?)\s*[,/]/.exec(name)?.[1];
  if (head && identityKey(head)) loose.push(identityKey(head));
  if (kind === 'state') {
    const state = ` ${foldText(stateName)} `;
    for (const k of [key, ...loose]) {
      const without = ` ${k} `.replace(state, ' ').trim();
      if (without && without !== k) loose.push(without);
    }
  }
  return { key, loose };
}

export interface Fold {
  state: string;
  name: string;
  id: string;
  /** the registry's spelling it was matched to */
  known: string;
  rule:
    | 'reviewed rename (overrides/renames.csv)'
    | 'same agreement (model and SIGNED date) at the same kind and place, under a new name'
    | 'same name but for spelling variations'
    | 'same name but for the state or a qualifier, same kind and place'
    | 'one typo away, same kind and place';
}

const samePlace = (entry: Entry, tuple: AgencyTuple): boolean =>
  entry.kind === tuple[2] &&
  entry.counties.join() === tuple[3].join() &&
  foldText(entry.place ?? '') === foldText(tuple[4] ?? '');

export interface AssignOptions {
  /** the list's date */
  asOf: string;
  stateName: (code: string) => string;
  /** reviewed renames, keyed "ST|id of the new spelling" */
  renames?: ReadonlyMap<string, { from: string; used: boolean }>;
}

/** The SIGNED date of each model the entry had on the list of `date`. */
function agreementsOn(entry: Entry, date: string): Map<ModelCode, string | null> {
  const on = new Map<ModelCode, string | null>();
  for (const [model, byList] of entry.agreements)
    if (byList.has(date)) on.set(model, byList.get(date) ?? null);
  return on;
}

/**
 * The registry id of each of the list's agencies (a new one for an agency the registry lacks). An
 * agency's exact spelling comes first, then a reviewed rename, a spelling with the same identity key, then
 * (same kind, counties and place only) a key within an edit or two, and last an agency of the list before
 * that this list lacks, at the same kind and place, with the very agreement (model and SIGNED date) — one
 * agency under a new name. A candidate must be the only one, and each registry agency takes at most one
 * agency of a list, so two agencies of one list never merge.
 */
export function assignIds(
  history: History,
  agencies: readonly AgencyTuple[],
  { asOf, stateName, renames }: AssignOptions,
): { ids: string[]; folds: Fold[] } {
  const byState = new Map<string, Entry[]>();
  for (const entry of history.entries.values()) {
    const list = byState.get(entry.state);
    if (list) list.push(entry);
    else byState.set(entry.state, [entry]);
  }
  const keysOf = new Map<Entry, { keys: Set<string>; loose: Set<string> }>();
  const keys = (entry: Entry) => {
    let known = keysOf.get(entry);
    if (!known) {
      const all = [...new Set(entry.names.values())].map((name) =>
        keysOfName(name, entry.kind, stateName(entry.state)),
      );
      known = {
        keys: new Set(all.map((k) => k.key)),
        loose: new Set(all.flatMap((k) => [k.key, ...k.loose])),
      };
      keysOf.set(entry, known);
    }
    return known;
  };
  const ids: (string | undefined)[] = agencies.map(() => undefined);
  const taken = new Set<string>();
  const folds: Fold[] = [];
  const take = (i: number, entry: Entry, fold?: Fold['rule']) => {
    ids[i] = entry.id;
    taken.add(entry.id);
    const tuple = agencies[i] as AgencyTuple;
    if (fold) {
      const known = [...entry.names.values()].at(-1) ?? '';
      folds.push({ state: tuple[0], name: tuple[1], id: entry.id, known, rule: fold });
    }
  };
  // 1. a spelling the registry knows (its folded form: the id's own derivation)
  const bySpelling = new Map<string, Entry[]>();
  for (const entry of history.entries.values()) {
    for (const spelling of spellingIds(entry)) {
      const list = bySpelling.get(spelling);
      if (list) list.push(entry);
      else bySpelling.set(spelling, [entry]);
    }
  }
  agencies.forEach((tuple, i) => {
    const entry = bySpelling.get(agencyId(tuple[0], tuple[1]))?.find((e) => !taken.has(e.id));
    if (entry) take(i, entry);
  });
  agencies.forEach((tuple, i) => {
    if (ids[i] !== undefined) return;
    const rename = renames?.get(`${tuple[0]}|${agencyId(tuple[0], tuple[1])}`);
    const entry = rename && bySpelling.get(agencyId(tuple[0], rename.from))?.find((e) => !taken.has(e.id));
    if (!rename || !entry) return;
    rename.used = true;
    take(i, entry, 'reviewed rename (overrides/renames.csv)');
  });
  // 2. the same identity key; 3. at the same kind, counties and place, a key without the state's name or
  // a qualifier, or 4. one or two edits away
  type Keys = ReturnType<typeof keysOfName>;
  const passes: [Fold['rule'], (entry: Entry, tuple: AgencyTuple, own: Keys) => boolean][] = [
    ['same name but for spelling variations', (entry, _tuple, own) => keys(entry).keys.has(own.key)],
    [
      'same name but for the state or a qualifier, same kind and place',
      (entry, tuple, own) =>
        samePlace(entry, tuple) && [own.key, ...own.loose].some((key) => keys(entry).loose.has(key)),
    ],
    [
      'one typo away, same kind and place',
      (entry, tuple, own) =>
        samePlace(entry, tuple) &&
        [...keys(entry).keys].some(
          (known) => editDistance(known, own.key, own.key.length >= 12 ? 2 : 1) !== null,
        ),
    ],
  ];
  for (const [rule, matches] of passes) {
    agencies.forEach((tuple, i) => {
      if (ids[i] !== undefined) return;
      const key = keysOfName(tuple[1], tuple[2], stateName(tuple[0]));
      const candidates = (byState.get(tuple[0]) ?? []).filter(
        (e) => !taken.has(e.id) && matches(e, tuple, key),
      );
      // several agencies with the name: the one at the same place, if only one is
      const placed = candidates.filter((e) => samePlace(e, tuple));
      const only = candidates.length === 1 ? candidates[0] : placed.length === 1 ? placed[0] : undefined;
      if (only) take(i, only, rule);
    });
  }
  // 5. the agreement of an agency the list before showed and this one lacks, at the same kind and place
  const before = [...history.lists.keys()]
    .filter((date) => date < asOf)
    .sort(byCodeUnits)
    .at(-1);
  if (before) {
    const gone = [...history.entries.values()].filter((e) => !taken.has(e.id) && e.names.has(before));
    agencies.forEach((tuple, i) => {
      if (ids[i] !== undefined) return;
      const own = tuple[5].filter(([, signed, status]) => status === 'active' && signed !== null);
      const candidates = gone.filter((entry) => {
        if (taken.has(entry.id) || entry.state !== tuple[0] || !samePlace(entry, tuple)) return false;
        const had = agreementsOn(entry, before);
        return own.some(([model, signed]) => had.get(model) === signed);
      });
      if (candidates.length === 1 && candidates[0])
        take(
          i,
          candidates[0],
          'same agreement (model and SIGNED date) at the same kind and place, under a new name',
        );
    });
  }
  // 6. a new agency: the id of its spelling, made unique if a registry agency already has it
  agencies.forEach((tuple, i) => {
    if (ids[i] !== undefined) return;
    const base = agencyId(tuple[0], tuple[1]);
    let id = base;
    for (let n = 2; history.entries.has(id) || taken.has(id); n++) id = `${base}-${n}`;
    ids[i] = id;
    taken.add(id);
  });
  return { ids: ids as string[], folds };
}

/**
 * The history with this list recorded: the list's agencies (with their registry ids) replace whatever an
 * earlier reading of a list of the same date said. An agency's kind, counties and place follow its newest
 * list; one no longer listed keeps the last ones.
 */
export function recordList(
  history: History,
  list: { asOf: string; file: string; sha256: string | null },
  agencies: readonly AgencyTuple[],
  ids: readonly string[],
): void {
  for (const entry of history.entries.values()) {
    entry.names.delete(list.asOf);
    for (const byList of entry.agreements.values()) byList.delete(list.asOf);
  }
  history.lists.set(list.asOf, { file: list.file, sha256: list.sha256 });
  agencies.forEach(([state, name, kind, counties, place, agreements], i) => {
    // the history is of ICE's participating list; a pending agreement is not yet on it
    const listed = agreements.filter(([, , status]) => status === 'active');
    if (listed.length === 0) return;
    const id = ids[i] as string;
    let entry = history.entries.get(id);
    if (!entry) {
      entry = { id, state, kind, counties, place, names: new Map(), agreements: new Map() };
      history.entries.set(id, entry);
    }
    const newest = [...entry.names.keys()].every((date) => date < list.asOf);
    if (newest) Object.assign(entry, { kind, counties, place });
    entry.names.set(list.asOf, name);
    for (const [model, signed] of listed) {
      let byList = entry.agreements.get(model);
      if (!byList) {
        byList = new Map();
        entry.agreements.set(model, byList);
      }
      byList.set(list.asOf, signed);
    }
  });
  for (const [id, entry] of history.entries) {
    if (entry.names.size === 0) history.entries.delete(id);
  }
}

/**
 * Each agreement's SIGNED date on the latest list that printed one, keyed by every spelling's derived id
 * and the model (as the ingest groups a list's rows), with that list's date.
 */
export function signedDatesOf(history: History): Map<string, { signed: string; asOf: string }> {
  const dates = new Map<string, { signed: string; asOf: string }>();
  for (const entry of history.entries.values()) {
    const spellings = spellingIds(entry);
    for (const [model, byList] of entry.agreements) {
      const [asOf, signed] =
        [...byList].filter(([, date]) => date !== null).sort(([a], [b]) => byCodeUnits(b, a))[0] ?? [];
      if (!asOf || !signed) continue;
      for (const spelling of spellings) dates.set(`${spelling}|${model}`, { signed, asOf });
    }
  }
  return dates;
}

/** Whether the history knows this spelling of an agency of the state (as the id derivation folds it). */
export function knowsSpelling(history: History, state: string, name: string): boolean {
  const derived = agencyId(state, name);
  return [...history.entries.values()].some(
    (entry) => entry.state === state && spellingIds(entry).has(derived),
  );
}

/**
 * One agency ICE lists under two spellings at once, a model under each ("Waukesha County Sheriff's
 * Office" WSO, "… Sheriff's Department" JEM): the tuples with one identity key, kind, counties and place
 * and no model in common, merged under the spelling the history knows (else the one with most
 * agreements). Returns the agencies and a line for each merge.
 */
export function mergeSplitSpellings(
  history: History,
  agencies: readonly AgencyTuple[],
): { agencies: AgencyTuple[]; merged: string[] } {
  const groups = new Map<string, AgencyTuple[]>();
  for (const tuple of agencies) {
    const key = [tuple[0], identityKey(tuple[1]), tuple[2], tuple[3].join(), foldText(tuple[4] ?? '')].join(
      '|',
    );
    const group = groups.get(key);
    if (group) group.push(tuple);
    else groups.set(key, [tuple]);
  }
  const result: AgencyTuple[] = [];
  const merged: string[] = [];
  for (const group of groups.values()) {
    const models = group.flatMap((tuple) => tuple[5].map(([model, , status]) => `${model}|${status}`));
    if (group.length === 1 || new Set(models).size < models.length) {
      result.push(...group);
      continue;
    }
    const ranked = [...group].sort(
      (a, b) =>
        Number(knowsSpelling(history, b[0], b[1])) - Number(knowsSpelling(history, a[0], a[1])) ||
        b[5].length - a[5].length,
    );
    const [kept, ...others] = ranked as [AgencyTuple, ...AgencyTuple[]];
    const agreements = group.flatMap((tuple) => tuple[5]).sort(([a], [b]) => MODEL_ORDER[a] - MODEL_ORDER[b]);
    result.push([kept[0], kept[1], kept[2], kept[3], kept[4], agreements]);
    merged.push(
      `${kept[1]} (${kept[0]}): ICE also lists it as ${others.map((t) => `"${t[1]}" (${t[5].map(([m]) => m).join(', ')})`).join(' and ')}; read as one agency`,
    );
  }
  return { agencies: result, merged };
}
