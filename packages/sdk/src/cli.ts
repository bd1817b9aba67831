#!/usr/bin/env node
/**
 * The `open287g` command: answers, search, stats, timeline, CSV and model definitions from the bundled
 * dataset (or a newer agreements.json given with --data). Output is for people unless --json is given.
 *
 * A --data file can come from anywhere, so its strings may carry what a terminal acts on. Text for people
 * leaves only through `say` and `warn`, which neutralise it, and long values are clipped; --json keeps
 * every string whole and exact.
 */
import { existsSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  type AnswerAgency,
  answerCounty,
  answerState,
  type CountyAnswer,
  lawsInForce,
  type StateAnswer,
} from './answer.js';
import { type Change, changes, listingsOf } from './changes.js';
import { CLI_TEXT, type CliLang, type CliText, cliLang, type SearchText } from './cli-text.js';
import { countyInSentence } from './county-names.js';
import { toCsv } from './csv.js';
import { type Dataset, withAgreements } from './dataset.js';
import { InvalidQueryError, Open287gError, UnknownCountyError } from './errors.js';
import { loadValidation } from './file-check.js';
import { withListings } from './listings.js';
import { loadBundledDataset, loadDataset } from './load.js';
import { MODEL_ORDER, modelName } from './model-summaries.js';
import { MODELS } from './models.js';
import { resolveCounty, type SearchResult, search } from './search.js';
import { stats } from './stats.js';
import { timeline } from './timeline.js';

const USAGE = `Usage: open287g <command> [options]

Commands:
  lookup --fips <FIPS>       the 287(g) answer for a county (5-digit FIPS, e.g. 12021)
  lookup "<place>"           the same for a county, city, ZIP code or agency name
                             (exit 2 with candidates when ambiguous, 1 with suggestions when nothing matches)
  search "<text>"            ranked matches for what a reader would type (--limit N, default 10)
  stats                      counts by model, kind and state, and counties/population covered
  timeline                   counts by model for each of ICE's lists since 2021
  changes                    what changed between two of ICE's lists: agreements added and ended, agencies
                             re-spelled, agreements re-signed (--from DATE --to DATE, default the last
                             two lists; --state XX)
  csv                        every agreement as CSV (--state XX to filter, --out FILE to write a file)
  models                     the model definitions

Options:
  --json                     machine-readable output on stdout
  --lang en|es               the language of the text for people (default: from LANG); --json and csv
                             stay as they are, for programs
  --data <url or file>       use a newer agreements.json from this URL or file (falls back to the bundled data);
                             a file's listings.json beside it, when there is one, is its history
  -h, --help                 this text

Everything runs on the local dataset: what you look up is never sent anywhere.`.split('\n');

// What a terminal acts on instead of showing: C0 and C1 controls and DEL (escape sequences that clear the
// screen, retitle the window or hide a link behind text; CR and backspace, which write over a line) and
// bidi controls, which reorder what a person reads.
const TERMINAL_CONTROLS = /[\p{Cc}\p{Bidi_Control}]/gu;
const LAYOUT_CONTROLS = /[\t\n\v\f\r]/;

/** Layout controls read as a space; every other control shows as U+FFFD, one character for one. */
function forTerminal(line: string): string {
  return line.replace(TERMINAL_CONTROLS, (control) => (LAYOUT_CONTROLS.test(control) ? ' ' : '\uFFFD'));
}

/**
 * The one way text for people leaves the CLI. Line breaks are the CLI's own: one inside a value (an
 * agency name) is neutralised with the rest, so data cannot forge a line of the answer.
 */
function writeLines(stream: NodeJS.WriteStream, lines: readonly string[]): void {
  stream.write(`${lines.map(forTerminal).join('\n')}\n`);
}
const say = (...lines: string[]) => writeLines(process.stdout, lines);
const warn = (...lines: string[]) => writeLines(process.stderr, lines);

/**
 * JSON.stringify escapes C0 controls inside strings but not DEL, C1 or bidi controls: as \u escapes they
 * are the same JSON to a parser and inert on a screen. Its raw line feeds are its own indentation.
 */
function printJson(value: unknown): void {
  const text = JSON.stringify(value, null, 2).replace(TERMINAL_CONTROLS, (control) =>
    control === '\n' ? control : `\\u${control.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  process.stdout.write(`${text}\n`);
}

// ICE's longest agency name has 83 characters and its longest MOA link 149; a value far longer is not
// something to read on a terminal (--json has it whole).
const MAX_SHOWN = 200;

function clip(value: string): string {
  if (value.length <= MAX_SHOWN) return value;
  // by code points, so a character outside the BMP is not cut in half
  return `${Array.from(value)
    .slice(0, MAX_SHOWN - 1)
    .join('')}…`;
}
function table(rows: string[][], indent = '  '): string[] {
  const cells = rows.map((row) => row.map(clip));
  const widths: number[] = [];
  for (const row of cells) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return cells.map(
    (row) =>
      indent + row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  '),
  );
}

function agencyRows(agencies: readonly AnswerAgency[], text: CliText): string[] {
  const rows: string[][] = [];
  for (const agency of agencies) {
    agency.agreements.forEach((agreement, i) => {
      const signed = agreement.signed ? text.signed(agreement.signed) : agreement.status;
      rows.push([
        i === 0 ? agency.name : '',
        i === 0 ? text.kind[agency.kind] : '',
        `${agreement.model} ${modelName(agreement.model, lang(text))}`,
        agreement.newSince ? `${signed}, ${text.newSince(agreement.newSince)}` : signed,
        agreement.lastListed ? text.listedUntil(agreement.lastListed) : (agreement.moaUrl ?? text.moaPending),
      ]);
    });
  }
  return table(rows);
}

const lang = (text: CliText): CliLang => (text === CLI_TEXT.es ? 'es' : 'en');

/** The state's laws in force (what each does, in the reader's language, with its source), then the rest. */
function lawLines(
  answer: Pick<CountyAnswer, 'mandate' | 'restrictions' | 'relatedLaws'>,
  text: CliText,
): string[] {
  const inForce = lawsInForce(answer);
  const lines = inForce.flatMap((law) => [
    '',
    `${text.law} (${text.lawEffect[law.effect]}): ${law.law} (${law.year})`,
    `  ${lang(text) === 'es' ? law.requirementEs : law.requirement}`,
    `  ${text.source}: ${law.sources[0]}`,
  ]);
  if (answer.relatedLaws.length > 0 && inForce.length === 0) lines.push('');
  for (const law of answer.relatedLaws)
    lines.push(`${text.relatedLaw}: ${law.law} (${law.year}) — ${text.lawStage[law.stage]}`);
  return lines;
}

function printAnswer(answer: CountyAnswer, dataset: Dataset, text: CliText): void {
  const { county } = answer;
  const place = `${county.name}, ${county.state}`;
  const inSentence = (form: 'in' | 'of') => countyInSentence(county.name, county.state, lang(text), form);
  const population = county.population === null ? '' : text.population(text.number(county.population));
  const lines = [`${place} (FIPS ${county.fips})${population}`];
  if (county.state === 'CT') lines.push(text.connecticutRegions);
  const localCount = answer.local.length;
  lines.push(answer.hasLocalAgreement ? text.yes(localCount, inSentence('in')) : text.no(inSentence('of')));
  if (!answer.hasLocalAgreement && answer.restrictions.some((law) => law.effect === 'prohibits'))
    lines.push(text.barred(county.stateName));
  if (localCount > 0) lines.push('', text.local, ...agencyRows(answer.local, text));
  lines.push('');
  if (answer.statewide.length > 0)
    lines.push(text.statewide(county.stateName), ...agencyRows(answer.statewide, text));
  else lines.push(text.statewideNone(county.stateName));
  if (answer.pending.length > 0) lines.push('', text.pending, ...agencyRows(answer.pending, text));
  if (answer.ended.length > 0) lines.push('', text.ended, ...agencyRows(answer.ended, text));
  lines.push(...lawLines(answer, text));
  const { source } = dataset;
  lines.push(
    '',
    text.data(clip(source.publisher), clip(source.title), answer.asOf, clip(source.file ?? '')),
    `${text.source}: ${clip(source.url)}`,
  );
  say(...lines);
}

function describeResult(result: SearchResult, dataset: Dataset, text: CliText): string {
  const counties = result.counties.map((fips) => {
    const county = dataset.countyByFips.get(fips);
    return county ? `${county.name}, ${county.state} (${fips})` : fips;
  });
  const where =
    result.kind === 'county'
      ? `FIPS ${result.counties[0]}`
      : result.kind === 'state'
        ? text.search.stateCounties(result.counties.length)
        : counties.join('; ') || text.search.statewide;
  return `${clip(result.label)} [${text.search.kind[result.kind]}] → ${where}`;
}

function resultJson(result: SearchResult, dataset: Dataset) {
  return {
    ...result,
    counties: result.counties.map((fips) => {
      const county = dataset.countyByFips.get(fips);
      return { fips, name: county?.name ?? null, state: county?.state ?? null };
    }),
  };
}

/**
 * How to narrow an ambiguous lookup, from the candidates themselves: one place in several counties, several
 * counties of one state (the state is typed already), or places in several states (add one: the first
 * candidate's own label is the example).
 */
function narrowingHint(options: readonly SearchResult[], text: SearchText): string {
  const [first, second] = options;
  if (first?.kind === 'state') return text.hintState(first.name, second?.label ?? null);
  if (!first || options.every((o) => o.label === first.label)) return text.hintOnePlace;
  if (options.every((o) => o.state === first.state)) return text.hintOneState(first.state);
  return text.hintAddState(first.label);
}

/** What `lookup` says when the text names no single county: exit 2 if ambiguous, 1 if nothing matched. */
function reportUnresolved(
  dataset: Dataset,
  json: boolean,
  report: { error: 'ambiguous' | 'not-found'; query: string; options: SearchResult[]; more?: number },
  text: CliText,
): number {
  const ambiguous = report.error === 'ambiguous';
  const more = report.more ?? 0;
  if (json) {
    const key = ambiguous ? 'candidates' : 'suggestions';
    const options = report.options.map((r) => resultJson(r, dataset));
    printJson({ error: report.error, query: report.query, [key]: options, ...(ambiguous ? { more } : {}) });
  } else {
    const words = text.search;
    const lines = [ambiguous ? words.ambiguous(report.query) : words.nothing(report.query)];
    if (report.options.length > 0) lines.push(words.didYouMean);
    for (const option of report.options) lines.push(`  ${describeResult(option, dataset, text)}`);
    if (more > 0) lines.push(words.more(more));
    if (ambiguous) lines.push(narrowingHint(report.options, words));
    warn(...lines);
  }
  return ambiguous ? 2 : 1;
}

async function lookup(
  dataset: Dataset,
  text: string | undefined,
  fips: string | undefined,
  json: boolean,
  words: CliText,
) {
  let target = fips;
  if (!target) {
    if (!text) {
      warn('lookup needs --fips <FIPS> or a place name.', '', ...USAGE);
      return 2;
    }
    const resolution = resolveCounty(dataset, text);
    if (resolution.status === 'ambiguous') {
      return reportUnresolved(
        dataset,
        json,
        { error: 'ambiguous', query: text, options: resolution.candidates, more: resolution.more },
        words,
      );
    }
    if (resolution.status === 'statewide') {
      const { agency } = resolution;
      const state = dataset.stateByCode.get(agency.state)?.name ?? agency.state;
      const explain = (name: string) => words.search.statewideAgency(name, state);
      if (json) {
        const message = CLI_TEXT.en.search.statewideAgency(agency.name, state);
        printJson({ error: 'statewide-agency', query: text, agency: resultJson(agency, dataset), message });
      } else warn(explain(clip(agency.name)));
      return 2;
    }
    if (resolution.status === 'none') {
      return reportUnresolved(
        dataset,
        json,
        { error: 'not-found', query: text, options: resolution.suggestions },
        words,
      );
    }
    if (resolution.status === 'state') {
      const answer = answerState(dataset, resolution.state);
      if (json) printJson(answer);
      else printStateAnswer(answer, words);
      return 0;
    }
    target = resolution.fips;
  }
  if (!dataset.countyByFips.has(target)) {
    const message = new UnknownCountyError(target).message;
    if (json) printJson({ error: 'unknown-county', fips: target, message });
    else warn(`open287g: ${message}`);
    return 1;
  }
  const answer = answerCounty(dataset, target);
  if (json) printJson(answer);
  else printAnswer(answer, dataset, words);
  return 0;
}

/** A state's summary for people: what applies statewide, where local agreements are, and the law. */
function printStateAnswer(answer: StateAnswer, text: CliText): void {
  const { state } = answer;
  const local = answer.countiesWithLocalAgreement;
  const shown = 20;
  const lines = [text.stateSummary(state.name, state.code, local.length, state.counties)];
  if (local.length > 0) {
    const rows = local.slice(0, shown).map((c) => [c.name, c.fips, text.agencies(c.agencies)]);
    lines.push('', text.stateCounties, ...table(rows));
    if (local.length > shown) lines.push(text.more(local.length - shown));
  }
  lines.push('');
  if (answer.statewide.length > 0)
    lines.push(text.statewide(state.name), ...agencyRows(answer.statewide, text));
  else lines.push(text.statewideNone(state.name));
  lines.push(...lawLines(answer, text));
  lines.push('', text.oneCounty(state.code), text.listOf(answer.asOf));
  say(...lines);
}

function printStats(dataset: Dataset, json: boolean, text: CliText): void {
  const s = stats(dataset);
  if (json) {
    printJson(s);
    return;
  }
  const share = (s.counties.populationWithLocalAgreement / s.counties.populationTotal) * 100;
  const words = text.stats;
  const count = text.number;
  say(
    words.title(s.asOf),
    ...table([
      [words.agreements, count(s.agreements)],
      ...(['JEM', 'TFM', 'WSO'] as const).map((m) => [`  ${modelName(m, lang(text))}`, count(s.byModel[m])]),
      [words.agencies, count(s.agencies)],
      ...(['county', 'municipal', 'state'] as const).map((kind) => [
        `  ${text.kind[kind]}`,
        count(s.byKind[kind]),
      ]),
      [words.states, count(s.states)],
      [words.pending, count(s.pending)],
      [words.counties, count(s.counties.withLocalAgreement)],
      [words.byCountyAgency, count(s.counties.withCountyAgency)],
      [words.population, `${count(s.counties.populationWithLocalAgreement)} (${words.share(share)})`],
    ]),
    '',
    words.topStates,
    ...table(
      Object.entries(s.byState)
        .sort((a, b) => b[1].agreements - a[1].agreements)
        .slice(0, 10)
        .map(([state, st]) => [
          state,
          count(st.agreements),
          `JEM ${st.byModel.JEM} · TFM ${st.byModel.TFM} · WSO ${st.byModel.WSO}`,
        ]),
    ),
    '',
    `${text.source}: ${clip(dataset.source.url)} (${clip(dataset.source.file ?? '')})`,
  );
}

function printTimeline(dataset: Dataset, json: boolean, text: CliText): void {
  const points = timeline(dataset);
  if (json) {
    printJson(points);
    return;
  }
  say(
    ...table([
      text.stats.timelineHeader,
      ...points.map((p) => [
        p.date,
        text.number(p.rows),
        String(p.byModel.JEM),
        String(p.byModel.TFM),
        String(p.byModel.WSO),
        text.number(p.agencies),
        p.basis,
      ]),
    ]),
  );
}

/** `changes`: exit 2 with the history's dates for a date it does not have. */
function printChanges(
  dataset: Dataset,
  options: { from?: string; to?: string; state?: string },
  json: boolean,
  text: CliText,
): number {
  const listings = listingsOf(dataset);
  const dates = listings.lists.map((list) => list.asOf);
  let result: ReturnType<typeof changes>;
  try {
    result = changes(dataset, options);
  } catch (error) {
    if (!(error instanceof InvalidQueryError)) throw error;
    const unknown = [options.from, options.to].some((date) => date !== undefined && !dates.includes(date));
    if (json)
      printJson({ error: unknown ? 'unknown-date' : 'no-earlier-list', message: error.message, dates });
    else warn(`open287g: ${error.message}`);
    return 2;
  }
  // a --data list of a date the history lacks (older than its newest): the history's lists are compared
  if (!dates.includes(dataset.asOf))
    warn(
      `open287g: ICE's list of ${dataset.asOf} is not in the history; comparing the history's lists (${dates[0]} to ${dates.at(-1)}).`,
    );
  if (json) {
    printJson(result);
    return 0;
  }
  const words = text.changes;
  const where = (change: Change) =>
    change.counties.length === 0
      ? words.statewide
      : change.counties.map((fips) => dataset.countyByFips.get(fips)?.name ?? fips).join(', ');
  const none = [words.none];
  const rows = (list: readonly Change[]) =>
    list.length === 0
      ? none
      : table(
          list.map((c) => [
            c.state,
            c.name,
            c.model,
            c.signed ? text.signed(c.signed) : words.noSigned,
            where(c),
          ]),
        );
  const { added, ended, renamed, resigned } = result;
  say(
    words.title(result.from, result.to, options.state ?? null),
    words.counts(added.length, ended.length, renamed.length, resigned.length),
    '',
    words.added(added.length),
    ...rows(added),
    '',
    words.ended(result.from, result.to, ended.length),
    ...rows(ended),
    '',
    words.renamed(renamed.length),
    ...(renamed.length === 0 ? none : table(renamed.map((r) => [r.state, `${r.from} → ${r.to}`]))),
    '',
    words.resigned(resigned.length),
    ...rows(resigned),
  );
  return 0;
}

function printModels(lang: CliLang, json: boolean): void {
  if (json) {
    printJson(MODEL_ORDER.map((code) => MODELS[code]));
    return;
  }
  for (const code of MODEL_ORDER) {
    const model = MODELS[code];
    say(
      `${code} — ${model.name[lang]}${model.status === 'discontinued' ? ` (${CLI_TEXT[lang].discontinued})` : ''}`,
      `  ${model.summary.text[lang]} [${model.summary.sources.join(', ')}]`,
      `  ${model.training.text[lang]} [${model.training.sources.join(', ')}]`,
      '',
    );
  }
}

/** What the CLI says before answering from the bundled data instead of the --data given. */
function warnFallback(reason: string, dataset: Dataset): Dataset {
  warn(...`open287g: ${reason}`.split('\n'), `Using the bundled data of ${dataset.asOf} instead.`);
  return dataset;
}

// the same bound as for a URL's body: an agreements.json is about 250 KB
const MAX_DATA_FILE_BYTES = 10 * 1024 * 1024;

/** A --data file's text: only a regular file (a FIFO or a device would be read forever), and bounded. */
async function readDataFile(path: string): Promise<string> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error('it is not a regular file');
  if (info.size > MAX_DATA_FILE_BYTES)
    throw new Error(
      `it is ${info.size} bytes; an agreements.json is far smaller (limit ${MAX_DATA_FILE_BYTES})`,
    );
  return readFile(path, 'utf8');
}

/**
 * The ingest writes a list's history (listings.json) beside its agreements.json: the dataset with it when
 * there is one. One that cannot be used leaves the bundled history, said on stderr; the agreements stand.
 */
async function withHistoryBeside(dataset: Dataset, agreementsPath: string): Promise<Dataset> {
  const path = join(dirname(agreementsPath), 'listings.json');
  if (!existsSync(path)) return dataset;
  try {
    return withListings(dataset, JSON.parse(await readDataFile(path)), path);
  } catch (error) {
    warn(
      `open287g: could not use ${path}: ${(error as Error).message}`,
      'Using the bundled history instead.',
    );
    return dataset;
  }
}

/**
 * The dataset for --data: an http(s) URL is fetched by `loadDataset`; anything else is a file (a path or
 * a file: URL), validated against the schema and the counties. Either is the user's own choice, so an ICE
 * list older than the bundled one is used as given, with a note on stderr. A failure falls back to the
 * bundled data.
 */
async function loadData(data: string | undefined): Promise<Dataset> {
  // a blank --data is none, as a blank url is for loadDataset
  if (data === undefined || data.trim() === '') return loadBundledDataset();
  let dataset: Dataset;
  let bundledAsOf: string;
  if (/^https?:\/\//i.test(data)) {
    // a slow host can take up to the SDK's deadline: say what the wait is for
    if (process.stderr.isTTY) warn(`open287g: loading ${data} …`);
    const result = await loadDataset({ url: data, allowOlder: true });
    if (result.error) return warnFallback(result.error.message, result.dataset);
    ({ dataset, bundledAsOf } = result);
  } else {
    const bundled = await loadBundledDataset();
    bundledAsOf = bundled.asOf;
    try {
      const path = /^file:/i.test(data) ? fileURLToPath(data) : data;
      dataset = withAgreements(bundled, JSON.parse(await readDataFile(path)), path);
      dataset = await withHistoryBeside(dataset, path);
    } catch (error) {
      return warnFallback(`could not use ${data}: ${(error as Error).message}`, bundled);
    }
  }
  if (dataset.asOf < bundledAsOf)
    warn(
      `open287g: answering from ICE's list of ${dataset.asOf}, older than the bundled one of ${bundledAsOf}.`,
    );
  return dataset;
}

/** Node's parser explains itself in its own terms ("To specify a positional argument…"): say it in ours. */
function usageError(error: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return `open287g: ${option} is not an option (they are listed below).`;
  if (/does not take an argument/.test(error.message)) return `open287g: ${option} takes no value.`;
  if (/argument missing/.test(error.message)) return `open287g: ${option} needs a value.`;
  return `open287g: ${error.message}`;
}

async function main(argv: string[]): Promise<number> {
  // the CLI reads files given to it (--data, a listings.json beside them): the schemas check them
  await loadValidation();
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        fips: { type: 'string' },
        json: { type: 'boolean' },
        data: { type: 'string' },
        limit: { type: 'string' },
        state: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    warn(usageError(error as Error & { code?: string }), '', ...USAGE);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  const text = rest.join(' ').trim() || undefined;
  const json = values.json === true;
  if (values.help || !command) {
    say(...USAGE);
    return command || values.help ? 0 : 2;
  }
  const lang = cliLang(values.lang as string | undefined, process.env.LANG);
  if (!lang) {
    warn(`--lang must be en or es, not "${values.lang}".`);
    return 2;
  }
  if (command === 'models') {
    printModels(lang, json);
    return 0;
  }
  const known = ['lookup', 'search', 'stats', 'timeline', 'csv', 'changes'];
  if (!known.includes(command)) {
    warn(`Unknown command "${command}".`, '', ...USAGE);
    return 2;
  }
  const dataset = await loadData(values.data as string | undefined);
  const words = CLI_TEXT[lang];

  switch (command) {
    case 'lookup':
      return lookup(dataset, text, values.fips as string | undefined, json, words);
    case 'search': {
      if (!text) {
        warn('search needs the text to look for, e.g. open287g search "collier"');
        return 2;
      }
      let results: SearchResult[];
      try {
        results = search(dataset, text, {
          limit: values.limit === undefined ? undefined : Number(values.limit),
        });
      } catch (error) {
        if (!(error instanceof InvalidQueryError && error.parameter === 'limit')) throw error;
        warn(`--limit takes a whole number, 1 or more, not "${values.limit}".`);
        return 2;
      }
      if (json) printJson(results.map((r) => resultJson(r, dataset)));
      else if (results.length === 0) say(words.search.nothing(text));
      else say(...results.map((result) => describeResult(result, dataset, words)));
      return 0;
    }
    case 'stats':
      printStats(dataset, json, words);
      return 0;
    case 'timeline':
      printTimeline(dataset, json, words);
      return 0;
  }
  const state = values.state === undefined ? undefined : String(values.state).toUpperCase();
  if (state !== undefined && !dataset.stateByCode.has(state)) {
    const message = `--state takes a USPS code such as FL or TX; "${values.state}" is not one.`;
    if (json && command === 'changes') printJson({ error: 'unknown-state', message });
    else warn(message);
    return 2;
  }
  switch (command) {
    case 'changes':
      if (text) {
        warn(`changes takes options only (--from, --to, --state), not "${text}".`, '', ...USAGE);
        return 2;
      }
      return printChanges(
        dataset,
        { from: values.from as string | undefined, to: values.to as string | undefined, state },
        json,
        words,
      );
    default: {
      const csv = toCsv(dataset, state ? { state } : {});
      if (!values.out) {
        // At a terminal the CSV is being read, so it is shown like all text for people; piped or
        // redirected, it is the data as is.
        if (process.stdout.isTTY) say(...csv.replace(/\r\n$/, '').split('\r\n'));
        else process.stdout.write(csv);
        return 0;
      }
      try {
        await writeFile(String(values.out), csv);
      } catch (writeError) {
        warn(`open287g: cannot write ${values.out}: ${(writeError as Error).message}`);
        return 1;
      }
      warn(`Wrote ${csv.split('\r\n').length - 2} agreements to ${values.out}`);
      return 0;
    }
  }
}

// `open287g csv | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof Open287gError) {
    warn(...`open287g: ${error.message}`.split('\n'));
    process.exitCode = 1;
  } else throw error;
}
