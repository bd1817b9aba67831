/**
 * The review file: when rows cannot be placed, the ingest lists each with its ranked suggestions, one line
 * per suggestion, in the columns of overrides/agencies.csv plus `accept` and `suggestion`. A reviewer marks
 * the right line `accept` = yes and writes in `note` what source the decision rests on (the MOA, the agency's
 * site); `--accept` then adds those lines to the override table.
 */
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvField, parseCsv } from './csv.js';
import { IngestError, type Problem } from './errors.js';
import { AGENCIES_FILE } from './overrides.js';

const COLUMNS = ['accept', 'state', 'agency', 'kind', 'counties', 'note', 'suggestion'];
const ACCEPTED = new Set(['yes', 'y', 'x']);

/** The review file's text for these problems, or null when none is about an agency the rules could not place. */
export function reviewFileOf(problems: readonly Problem[]): { text: string; agencies: number } | null {
  const lines: string[][] = [];
  let agencies = 0;
  for (const problem of problems) {
    if (!problem.review) continue;
    agencies++;
    const { state, agency, kind, suggestions } = problem.review;
    const where = `${problem.file} row ${problem.row ?? '?'}`;
    if (suggestions.length === 0) lines.push(['', state, agency, kind, '', '', `${where}: no suggestion`]);
    for (const [rank, suggestion] of suggestions.entries())
      lines.push([
        '',
        state,
        agency,
        kind,
        suggestion.counties.join(' '),
        '',
        `${where}: ${rank + 1}. ${suggestion.why}`,
      ]);
  }
  if (agencies === 0) return null;
  const text = [COLUMNS, ...lines].map((line) => line.map(csvField).join(',')).join('\n');
  return { text: `${text}\n`, agencies };
}

/**
 * Adds the accepted lines of a review file to `overridesDir`/agencies.csv. Each needs counties (or
 * "statewide") and a note; an agency already in the table, or accepted twice, is refused. Nothing is
 * added when any line is wrong. Returns how many rows were added.
 */
export async function acceptReview(reviewPath: string, overridesDir: string): Promise<number> {
  const fail = (row: number, message: string): Problem => ({ file: reviewPath, row, message });
  const table = join(overridesDir, AGENCIES_FILE);
  const current = await readFile(table, 'utf8');
  const existing = new Set(parseCsv(current).map((record) => `${record.state}|${record.agency}`));
  const problems: Problem[] = [];
  const rows: string[] = [];
  parseCsv(await readFile(reviewPath, 'utf8')).forEach((record, index) => {
    if (!ACCEPTED.has((record.accept ?? '').toLowerCase())) return;
    const row = index + 2;
    const { state = '', agency = '', counties = '', note = '' } = record;
    const key = `${state}|${agency}`;
    if (!counties) problems.push(fail(row, 'an accepted line needs counties (FIPS codes, or "statewide")'));
    if (!note)
      problems.push(fail(row, 'an accepted line needs a note saying what source the decision rests on'));
    if (existing.has(key))
      problems.push(fail(row, `${agency} (${state}) is already in ${AGENCIES_FILE}, or accepted twice`));
    existing.add(key);
    // the review's kind is ICE's, which an override keeps by leaving its kind empty
    rows.push([state, agency, '', counties, note].map(csvField).join(','));
  });
  if (problems.length > 0) throw new IngestError(problems);
  if (rows.length > 0) await appendFile(table, `${current.endsWith('\n') ? '' : '\n'}${rows.join('\n')}\n`);
  return rows.length;
}
