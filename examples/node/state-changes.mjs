// Usage: node state-changes.mjs [XX] [from-date] [to-date]
// What changed for one state between two of ICE's lists (default: Maryland, the last two lists), from the
// listing history bundled with the data: agreements added and ended, agencies ICE re-spelled, new dates.
import { changes, InvalidQueryError, loadBundledDataset, modelName } from '@open287g/sdk';

const [state = 'MD', from, to] = process.argv.slice(2);
const dataset = await loadBundledDataset({ places: false });

let result;
try {
  result = changes(dataset, { state: state.toUpperCase(), from, to });
} catch (error) {
  if (!(error instanceof InvalidQueryError)) throw error;
  console.error(error.message);
  process.exit(2);
}

const county = (fips) => dataset.countyByFips.get(fips)?.name ?? fips;
const line = (c) =>
  `  ${c.name}: ${modelName(c.model, 'en')}${c.signed ? `, signed ${c.signed}` : ''} (${c.counties.length ? c.counties.map(county).join(', ') : 'statewide'})`;

console.log(`${state.toUpperCase()}: ICE's list of ${result.from} → its list of ${result.to}`);
console.log(`Added (${result.added.length}):`, ...result.added.map((c) => `\n${line(c)}`));
console.log(`Ended (${result.ended.length}):`, ...result.ended.map((c) => `\n${line(c)}`));
console.log(
  `Renamed, the same agency (${result.renamed.length}):`,
  ...result.renamed.map((r) => `\n  ${r.from} → ${r.to}`),
);
console.log(`Re-signed (${result.resigned.length}):`, ...result.resigned.map((c) => `\n${line(c)}`));
