// Usage: node state-laws.mjs [--lang es]
// Every state with a law on 287(g) in force: what it does (requires, prohibits or limits agreements), in
// English or Spanish, with its first source; and how many of the state's counties have a local agreement.
import { answerState, lawsInForce, loadBundledDataset } from '@open287g/sdk';

const lang = process.argv.includes('--lang') && process.argv.at(-1) === 'es' ? 'es' : 'en';
const dataset = await loadBundledDataset({ places: false });
const EFFECT = {
  en: { requires: 'requires participation', prohibits: 'prohibits agreements', limits: 'limits agreements' },
  es: { requires: 'exige participar', prohibits: 'prohíbe los acuerdos', limits: 'limita los acuerdos' },
}[lang];

for (const state of dataset.states) {
  const answer = answerState(dataset, state.code);
  const inForce = lawsInForce(answer);
  if (inForce.length === 0) continue;
  const local = answer.countiesWithLocalAgreement.length;
  console.log(`${state.name} (${local} of ${answer.state.counties} counties with a local agreement)`);
  for (const law of inForce) {
    console.log(`  ${EFFECT[law.effect]}: ${law.law} (${law.year})`);
    console.log(`    ${lang === 'es' ? law.requirementEs : law.requirement}`);
    console.log(`    ${law.sources[0]}`);
  }
}
console.log(`\nICE's list as of ${dataset.asOf}; state laws: ${dataset.mandatesSource.title}.`);
