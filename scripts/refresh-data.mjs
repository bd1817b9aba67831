// The scheduled data refresh (.github/workflows/refresh-data.yml) in one script, so it can be run and tested
// anywhere: fetch ICE's current list, ingest it into the snapshot, and when it changed, write the pull
// request's body and a changeset for @open287g/data. Set by the environment:
//   OPEN287G_PAGE      the page linking the lists (default: ICE's 287(g) page)
//   OPEN287G_OUT       the snapshot folder (default: packages/data/snapshot)
//   OPEN287G_CHANGESETS  where to write the changeset (default: .changeset)
//   GITHUB_OUTPUT      where to write `changed`, `as-of` and `body` for the workflow's next steps
import { execFile } from 'node:child_process';
import { appendFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const out = process.env.OPEN287G_OUT ?? join(repo, 'packages/data/snapshot');
const changesets = process.env.OPEN287G_CHANGESETS ?? join(repo, '.changeset');
const args = [
  'fetch',
  '--out',
  out,
  ...(process.env.OPEN287G_PAGE ? ['--page', process.env.OPEN287G_PAGE] : []),
];

const readSnapshot = () =>
  readFile(join(out, 'agreements.json'), 'utf8')
    .then((text) => JSON.parse(text))
    .catch(() => null);
const countsOf = (file) => {
  const counts = { agencies: file?.agencies.length ?? 0, JEM: 0, TFM: 0, WSO: 0, HYBRID: 0 };
  for (const agency of file?.agencies ?? [])
    for (const [model, , status] of agency[5]) if (status === 'active') counts[model]++;
  return counts;
};
const output = (name, value) =>
  process.env.GITHUB_OUTPUT ? appendFile(process.env.GITHUB_OUTPUT, `${name}=${value}\n`) : Promise.resolve();

const before = await readSnapshot();
const { code, stdout, stderr } = await new Promise((resolve) =>
  execFile(process.execPath, [join(repo, 'packages/ingest/dist/cli.js'), ...args], (error, stdout, stderr) =>
    resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
  ),
);
process.stderr.write(stderr);
process.stdout.write(stdout);
if (code !== 0) {
  console.error(`refresh-data: the ingest refused the list (exit ${code}); see above.`);
  process.exit(code);
}
const after = await readSnapshot();
if (!after || after.source.sha256 === before?.source.sha256) {
  await output('changed', 'false');
  console.log('refresh-data: no new list.');
  process.exit(0);
}

// the changes since the list before, from the history the ingest just wrote (not a diff of rows, so a
// re-spelled agency is a rename, never an end and an addition)
const changed = await new Promise((resolve) =>
  execFile(
    process.execPath,
    [join(repo, 'packages/sdk/dist/cli.js'), 'changes', '--json', '--data', join(out, 'agreements.json')],
    { maxBuffer: 64 * 1024 * 1024 },
    (error, stdout) => resolve(error ? null : JSON.parse(stdout)),
  ),
);
// GitHub caps a pull request body at 65,536 characters: long lists are cut, saying how many were left out
const MAX_LISTED = 150;
const changeSection = (title, items, line) => [
  `### ${title} (${items.length})`,
  '',
  ...(items.length === 0 ? ['(none)'] : items.slice(0, MAX_LISTED).map((item) => `- ${line(item)}`)),
  ...(items.length > MAX_LISTED
    ? [`- …and ${items.length - MAX_LISTED} more (\`open287g changes\` lists them all)`]
    : []),
  '',
];
const agreementLine = (c) =>
  `${c.state} · ${c.name} · ${c.model} · ${c.signed ? `signed ${c.signed}` : 'no signed date'} · ${c.counties.length ? c.counties.join(', ') : 'statewide'}`;
const changeLines = changed
  ? [
      `## Changes from the list of ${changed.from} to the list of ${changed.to}`,
      '',
      `${changed.added.length} added, ${changed.ended.length} ended, ${changed.renamed.length} renamed (the same agency, spelled anew), ${changed.resigned.length} re-signed.`,
      '',
      ...changeSection('Added', changed.added, agreementLine),
      ...changeSection('Ended', changed.ended, agreementLine),
      ...changeSection('Renamed', changed.renamed, (r) => `${r.state} · ${r.from} → ${r.to}`),
      ...changeSection('Re-signed', changed.resigned, agreementLine),
    ]
  : ['(The change list could not be computed: run `open287g changes` on the snapshot.)', ''];

const was = countsOf(before);
const now = countsOf(after);
const row = (label, key) =>
  `| ${label} | ${was[key]} | ${now[key]} | ${now[key] - was[key] >= 0 ? '+' : ''}${now[key] - was[key]} |`;
const body = [
  `ICE's 287(g) list of ${after.asOf} (\`${after.source.file}\`, sha256 \`${after.source.sha256}\`), replacing the list of ${before?.asOf ?? '(none)'}.`,
  '',
  '| | before | after | change |',
  '|---|---|---|---|',
  row('agencies', 'agencies'),
  row('Jail Enforcement agreements', 'JEM'),
  row('Task Force agreements', 'TFM'),
  row('Warrant Service Officer agreements', 'WSO'),
  '',
  ...changeLines,
  'The ingest summary (rules used, misspellings read, overrides, warnings):',
  '',
  '```',
  stdout.trim(),
  '```',
  '',
  'Review the misspellings read and the warnings, then `git diff packages/data`.',
].join('\n');
const bodyPath = join(await mkdtemp(join(tmpdir(), 'open287g-refresh-')), 'pull-request.md');
await writeFile(bodyPath, `${body}\n`);
await writeFile(
  join(changesets, `data-${after.asOf}.md`),
  `---\n"@open287g/data": minor\n---\n\nICE's 287(g) list of ${after.asOf}: ${now.agencies} agencies; ${now.JEM} Jail Enforcement, ${now.TFM} Task Force and ${now.WSO} Warrant Service Officer agreements.\n`,
);
await output('changed', 'true');
await output('as-of', after.asOf);
await output('body', bodyPath);
console.log(`refresh-data: the list of ${after.asOf} is in ${out}; pull request body in ${bodyPath}.`);
