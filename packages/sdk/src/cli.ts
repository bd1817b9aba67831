#!/usr/bin/env node
/**
 * The `open287g` command: answers, search, stats, timeline, CSV and model definitions from the bundled
 * dataset (or a newer agreements.json given with --data). Output is for people unless --json is given.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { type AnswerAgency, answerCounty, type CountyAnswer } from './answer.js';
import { toCsv } from './csv.js';
import type { Dataset } from './dataset.js';
import { Open287gError, UnknownCountyError } from './errors.js';
import { loadDataset } from './load.js';
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
  csv                        every agreement as CSV (--state XX to filter, --out FILE to write a file)
  models                     the model definitions (--lang en|es)

Options:
  --json                     machine-readable output on stdout
  --data <url>               use a newer agreements.json from this URL (falls back to the bundled data)
  -h, --help                 this text

Everything runs on the local dataset: what you look up is never sent anywhere.`;

const number = (value: number) => value.toLocaleString('en-US');

function table(rows: string[][], indent = '  '): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows
    .map(
      (row) =>
        indent + row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  '),
    )
    .join('\n');
}

function agencyRows(agencies: readonly AnswerAgency[]): string {
  const rows: string[][] = [];
  for (const agency of agencies) {
    agency.agreements.forEach((agreement, i) => {
      rows.push([
        i === 0 ? agency.name : '',
        i === 0 ? agency.kind : '',
        `${agreement.model} ${modelName(agreement.model, 'en')}`,
        agreement.signed ? `signed ${agreement.signed}` : agreement.status,
        agreement.moaUrl ?? '(MOA not yet published)',
      ]);
    });
  }
  return table(rows);
}

function printAnswer(answer: CountyAnswer, dataset: Dataset): void {
  const { county } = answer;
  const place = `${county.name}, ${county.state}`;
  const population =
    county.population === null ? '' : ` — population ${number(county.population)} (Census 2024)`;
  const lines = [`${place} (FIPS ${county.fips})${population}`];
  const localCount = answer.local.length;
  lines.push(
    answer.hasLocalAgreement
      ? `Yes: ${localCount} ${localCount === 1 ? 'agency' : 'agencies'} in ${place} ${localCount === 1 ? 'has' : 'have'} a 287(g) agreement.`
      : `No agency in ${place} has a 287(g) agreement.`,
  );
  if (localCount > 0) lines.push('', 'Local agencies:', agencyRows(answer.local));
  lines.push(
    '',
    answer.statewide.length > 0
      ? `Statewide agencies of ${county.stateName}, which can operate in every county of the state:\n${agencyRows(answer.statewide)}`
      : `No statewide agency of ${county.stateName} has a 287(g) agreement.`,
  );
  if (answer.pending.length > 0) lines.push('', 'Pending agreements:', agencyRows(answer.pending));
  if (answer.mandate) {
    const law = answer.mandate;
    lines.push(
      '',
      `State law: ${law.law} (${law.year}, ${law.status}): ${law.requirement}`,
      `  Source: ${law.sources[0]}`,
    );
  }
  for (const law of answer.relatedLaws) lines.push(`Related state law or bill: ${law.law} — ${law.status}`);
  lines.push(
    '',
    `Data: ${dataset.source.publisher}, ${dataset.source.title}, as of ${answer.asOf} (${dataset.source.file ?? ''})`,
    `Source: ${dataset.source.url}`,
  );
  console.log(lines.join('\n'));
}

function describeResult(result: SearchResult, dataset: Dataset): string {
  const counties = result.counties.map((fips) => {
    const county = dataset.countyByFips.get(fips);
    return county ? `${county.name}, ${county.state} (${fips})` : fips;
  });
  const where = result.kind === 'county' ? `FIPS ${result.counties[0]}` : counties.join('; ') || 'statewide';
  return `${result.label} [${result.kind}] → ${where}`;
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

/** What `lookup` says when the text names no single county: exit 2 if ambiguous, 1 if nothing matched. */
function reportUnresolved(
  dataset: Dataset,
  json: boolean,
  report: { error: 'ambiguous' | 'not-found'; query: string; options: SearchResult[] },
): number {
  const ambiguous = report.error === 'ambiguous';
  if (json) {
    const key = ambiguous ? 'candidates' : 'suggestions';
    const options = report.options.map((r) => resultJson(r, dataset));
    console.log(JSON.stringify({ error: report.error, query: report.query, [key]: options }, null, 2));
  } else {
    console.error(
      ambiguous ? `"${report.query}" matches more than one county.` : `Nothing matches "${report.query}".`,
    );
    if (report.options.length > 0) console.error('Did you mean:');
    for (const option of report.options) console.error(`  ${describeResult(option, dataset)}`);
    if (ambiguous) {
      const onePlace =
        report.options.length === 1 || report.options.every((o) => o.label === report.options[0]?.label);
      console.error(
        onePlace
          ? 'It lies in several counties: choose one with --fips.'
          : 'Add the state ("Harris County, TX"), or choose a county with --fips.',
      );
    }
  }
  return ambiguous ? 2 : 1;
}

async function lookup(dataset: Dataset, text: string | undefined, fips: string | undefined, json: boolean) {
  let target = fips;
  if (!target) {
    if (!text) {
      console.error(`lookup needs --fips <FIPS> or a place name.\n\n${USAGE}`);
      return 2;
    }
    const resolution = resolveCounty(dataset, text);
    if (resolution.status === 'ambiguous') {
      return reportUnresolved(dataset, json, {
        error: 'ambiguous',
        query: text,
        options: resolution.candidates,
      });
    }
    if (resolution.status === 'statewide') {
      const { agency } = resolution;
      const state = dataset.stateByCode.get(agency.state)?.name ?? agency.state;
      const message = `${agency.name} is a statewide agency of ${state}: it can operate in every county of the state, so it is listed under "statewide" in the answer for any ${state} county. Look up a county instead.`;
      if (json)
        console.log(
          JSON.stringify(
            { error: 'statewide-agency', query: text, agency: resultJson(agency, dataset), message },
            null,
            2,
          ),
        );
      else console.error(message);
      return 2;
    }
    if (resolution.status === 'none') {
      return reportUnresolved(dataset, json, {
        error: 'not-found',
        query: text,
        options: resolution.suggestions,
      });
    }
    target = resolution.fips;
  }
  if (!dataset.countyByFips.has(target)) {
    const message = new UnknownCountyError(target).message;
    if (json) console.log(JSON.stringify({ error: 'unknown-county', fips: target, message }, null, 2));
    else console.error(`open287g: ${message}`);
    return 1;
  }
  const answer = answerCounty(dataset, target);
  if (json) console.log(JSON.stringify(answer, null, 2));
  else printAnswer(answer, dataset);
  return 0;
}

function printStats(dataset: Dataset, json: boolean): void {
  const s = stats(dataset);
  if (json) {
    console.log(JSON.stringify(s, null, 2));
    return;
  }
  const share = (s.counties.populationWithLocalAgreement / s.counties.populationTotal) * 100;
  console.log(
    [
      `287(g) agreements on ICE's list as of ${s.asOf}`,
      table([
        ['Active agreements (agency × model)', number(s.agreements)],
        ...(['JEM', 'TFM', 'WSO'] as const).map((m) => [`  ${modelName(m, 'en')}`, number(s.byModel[m])]),
        ['Agencies', number(s.agencies)],
        ['  county', number(s.byKind.county)],
        ['  municipal', number(s.byKind.municipal)],
        ['  state', number(s.byKind.state)],
        ['States and territories', number(s.states)],
        ['Pending agreements', number(s.pending)],
        ['Counties with a local agreement', number(s.counties.withLocalAgreement)],
        ['  …held by a county agency', number(s.counties.withCountyAgency)],
        [
          'Population of those counties',
          `${number(s.counties.populationWithLocalAgreement)} (${share.toFixed(1)}% of the U.S.)`,
        ],
      ]),
      '',
      'Top states by agreements:',
      table(
        Object.entries(s.byState)
          .sort((a, b) => b[1].agreements - a[1].agreements)
          .slice(0, 10)
          .map(([state, st]) => [
            state,
            number(st.agreements),
            `JEM ${st.byModel.JEM} · TFM ${st.byModel.TFM} · WSO ${st.byModel.WSO}`,
          ]),
      ),
      '',
      `Source: ${dataset.source.url} (${dataset.source.file ?? ''})`,
    ].join('\n'),
  );
}

function printTimeline(dataset: Dataset, json: boolean): void {
  const points = timeline(dataset);
  if (json) {
    console.log(JSON.stringify(points, null, 2));
    return;
  }
  console.log(
    table([
      ['date', 'rows', 'JEM', 'TFM', 'WSO', 'agencies', 'basis'],
      ...points.map((p) => [
        p.date,
        number(p.rows),
        String(p.byModel.JEM),
        String(p.byModel.TFM),
        String(p.byModel.WSO),
        number(p.agencies),
        p.basis,
      ]),
    ]),
  );
}

function printModels(lang: 'en' | 'es', json: boolean): void {
  if (json) {
    console.log(
      JSON.stringify(
        MODEL_ORDER.map((code) => MODELS[code]),
        null,
        2,
      ),
    );
    return;
  }
  for (const code of MODEL_ORDER) {
    const model = MODELS[code];
    console.log(`${code} — ${model.name[lang]}${model.status === 'discontinued' ? ' (discontinued)' : ''}`);
    console.log(`  ${model.summary.text[lang]} [${model.summary.sources.join(', ')}]`);
    console.log(`  ${model.training.text[lang]} [${model.training.sources.join(', ')}]\n`);
  }
}

async function main(argv: string[]): Promise<number> {
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
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  const text = rest.join(' ').trim() || undefined;
  const json = values.json === true;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  if (command === 'models') {
    const lang = values.lang ?? 'en';
    if (lang !== 'en' && lang !== 'es') {
      console.error(`--lang must be en or es, not "${lang}".`);
      return 2;
    }
    printModels(lang, json);
    return 0;
  }
  const known = ['lookup', 'search', 'stats', 'timeline', 'csv'];
  if (!known.includes(command)) {
    console.error(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  const { dataset, error } = await loadDataset(typeof values.data === 'string' ? { url: values.data } : {});
  if (error) console.error(`open287g: ${error.message}\nUsing the bundled data of ${dataset.asOf} instead.`);

  switch (command) {
    case 'lookup':
      return lookup(dataset, text, values.fips as string | undefined, json);
    case 'search': {
      if (!text) {
        console.error('search needs the text to look for, e.g. open287g search "collier"');
        return 2;
      }
      const limit = Number(values.limit ?? 10);
      const results = search(dataset, text, { limit: Number.isInteger(limit) && limit > 0 ? limit : 10 });
      if (json)
        console.log(
          JSON.stringify(
            results.map((r) => resultJson(r, dataset)),
            null,
            2,
          ),
        );
      else if (results.length === 0) console.log(`Nothing matches "${text}".`);
      else for (const result of results) console.log(describeResult(result, dataset));
      return 0;
    }
    case 'stats':
      printStats(dataset, json);
      return 0;
    case 'timeline':
      printTimeline(dataset, json);
      return 0;
    default: {
      const state = values.state === undefined ? undefined : String(values.state).toUpperCase();
      if (state !== undefined && !dataset.stateByCode.has(state)) {
        console.error(`--state takes a USPS code such as FL or TX; "${values.state}" is not one.`);
        return 2;
      }
      const csv = toCsv(dataset, state ? { state } : {});
      if (!values.out) {
        process.stdout.write(csv);
        return 0;
      }
      try {
        await writeFile(String(values.out), csv);
      } catch (writeError) {
        console.error(`open287g: cannot write ${values.out}: ${(writeError as Error).message}`);
        return 1;
      }
      console.error(`Wrote ${csv.split('\r\n').length - 2} agreements to ${values.out}`);
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
    console.error(`open287g: ${error.message}`);
    process.exitCode = 1;
  } else throw error;
}
