// Usage: node county-report.mjs ["place or FIPS"] [out.csv]
// Loads the bundled dataset, answers one county, prints national counts and writes that state's
// agreements as CSV. Everything runs locally; nothing you look up is sent anywhere.
import { writeFile } from 'node:fs/promises';
import { answerCounty, loadDataset, modelName, resolveCounty, stats, toCsv } from '@open287g/sdk';

const place = process.argv[2] ?? 'Collier County, FL';
const csvPath = process.argv[3] ?? 'agreements.csv';

const { dataset } = await loadDataset();

let fips = place;
if (!/^\d{5}$/.test(place)) {
  const resolution = resolveCounty(dataset, place);
  if (resolution.status === 'statewide') {
    const { agency } = resolution;
    console.error(
      `"${place}" is ${agency.name}, a statewide agency: it can act anywhere in ${agency.state}.`,
    );
    console.error('Give a county, city or ZIP code to see the agencies there.');
    process.exit(1);
  }
  if (resolution.status !== 'match') {
    const options = resolution.status === 'ambiguous' ? resolution.candidates : resolution.suggestions;
    console.error(
      `"${place}" is ${resolution.status === 'ambiguous' ? 'ambiguous' : 'not found'}. Try one of:`,
    );
    for (const option of options.slice(0, 5)) console.error(`  ${option.label}`);
    process.exit(1);
  }
  fips = resolution.fips;
}

const answer = answerCounty(dataset, fips);
const where = `${answer.county.name}, ${answer.county.state}`;
console.log(
  answer.hasLocalAgreement
    ? `${where}: ${answer.local.length} local agencies have a 287(g) agreement.`
    : `${where}: no local agency has a 287(g) agreement.`,
);
for (const agency of answer.local) {
  const models = agency.agreements.map((a) => `${modelName(a.model, 'en')} (signed ${a.signed})`).join(', ');
  console.log(`  ${agency.name}: ${models}`);
}
console.log(`  Statewide agencies of ${answer.county.stateName} with agreements: ${answer.statewide.length}`);
if (answer.mandate) console.log(`  State law: ${answer.mandate.law} (${answer.mandate.status})`);

const national = stats(dataset);
console.log(
  `Nationally, as of ${national.asOf}: ${national.agreements} agreements (JEM ${national.byModel.JEM}, ` +
    `TFM ${national.byModel.TFM}, WSO ${national.byModel.WSO}) held by ${national.agencies} agencies.`,
);

await writeFile(csvPath, toCsv(dataset, { state: answer.county.state }));
console.log(`Wrote ${answer.county.state}'s agreements to ${csvPath}. Source: ${dataset.source.url}`);
