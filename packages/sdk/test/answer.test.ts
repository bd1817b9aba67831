import { beforeAll, describe, expect, it } from 'vitest';
import {
  type AnswerAgency,
  answerCounty,
  type CountyAnswer,
  type Dataset,
  lawsInForce,
  loadBundledDataset,
  UnknownCountyError,
} from '../src/index.js';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadBundledDataset();
});

const names = (agencies: readonly AnswerAgency[]) => agencies.map((agency) => agency.name);
const find = (agencies: readonly AnswerAgency[], name: string) => {
  const agency = agencies.find((a) => a.name === name);
  if (!agency) throw new Error(`${name} is not among ${JSON.stringify(names(agencies))}`);
  return agency;
};
const models = (agency: AnswerAgency) => agency.agreements.map((a) => a.model).sort();

function expectRealAnswer(answer: CountyAnswer) {
  expect(answer.asOf).toBe('2026-05-18');
  expect(answer.source.url).toBe('https://www.ice.gov/identify-and-arrest/287g');
  expect(answer.source.file).toBe('participatingAgencies05182026am.xlsx');
  expect(answer.pending).toEqual([]);
  const localIds = new Set(answer.local.map((a) => a.id));
  for (const agency of answer.statewide) {
    expect(agency.kind).toBe('state');
    expect(localIds.has(agency.id)).toBe(false);
  }
  for (const agency of answer.local) expect(agency.kind).not.toBe('state');
  expect(answer.hasLocalAgreement).toBe(answer.local.length > 0);
}

describe('answerCounty()', () => {
  it('Collier County, FL (12021): the sheriff (JEM + TFM) and town police locally, state agencies apart', () => {
    const answer = answerCounty(dataset, '12021');
    expectRealAnswer(answer);
    expect(answer.county).toEqual({
      fips: '12021',
      name: 'Collier County',
      state: 'FL',
      stateName: 'Florida',
      population: 416233,
    });
    expect(answer.hasLocalAgreement).toBe(true);
    // county agencies first, then municipal, each alphabetical
    expect(names(answer.local)).toEqual([
      "Collier County Sheriff's Office",
      // ICE types it a State Agency; the 20th Judicial Circuit's prosecutor serves five counties, not the state
      'Office of the State Attorney, 20th Judicial Circuit',
      'Florida Southwestern State College Police Department',
      'Marco Island Police Department',
      'Naples Police Department',
    ]);
    const sheriff = find(answer.local, "Collier County Sheriff's Office");
    expect(sheriff.kind).toBe('county');
    expect(sheriff.id).toBe('fl-collier-county-sheriffs-office');
    expect(sheriff.agreements).toEqual([
      {
        model: 'JEM',
        signed: '2020-06-09',
        status: 'active',
        moaUrl: 'https://www.ice.gov/doclib/287gMOA/287gJEM_CollierCoFL2020-06-09.pdf',
        addendumUrl: null,
        newSince: null,
        lastListed: null,
      },
      {
        model: 'TFM',
        signed: '2025-02-24',
        status: 'active',
        moaUrl: 'https://www.ice.gov/doclib/287gMOA/collierCoFL_TFM_MOA_02.24.2025.pdf',
        addendumUrl: null,
        newSince: null,
        lastListed: null,
      },
    ]);
    expect(find(answer.local, 'Naples Police Department')).toMatchObject({
      kind: 'municipal',
      place: 'Naples',
    });

    const patrol = 'Florida Department of Highway Safety and Motor Vehicles, Division of Highway Patrol';
    expect(find(answer.statewide, patrol).kind).toBe('state');
    expect(names(answer.local)).not.toContain(patrol);
    expect(names(answer.statewide)).toContain('Florida Department of Corrections');
    // 15 Florida rows are typed State Agency; a college and two circuit prosecutors serve some counties only
    expect(answer.statewide).toHaveLength(12);
    expect(names(answer.statewide)).not.toContain('District Board of Trustees of Pensacola State College');

    expect(answer.mandate).toMatchObject({
      state: 'FL',
      law: 'CS/SB 1808 (creates s. 908.11, F.S.)',
      status: 'enacted',
      requiresParticipation: true,
    });
    expect(answer.relatedLaws).toEqual([]);
  });

  it('St. Landry Parish, LA (22097), which ICE printed "Saint Landry County"', () => {
    const answer = answerCounty(dataset, '22097');
    expectRealAnswer(answer);
    expect(answer.county.name).toBe('St. Landry Parish');
    expect(answer.county.stateName).toBe('Louisiana');
    expect(answer.local).toHaveLength(1);
    expect(answer.local[0]).toMatchObject({
      name: 'Arnaudville Police Department',
      kind: 'municipal',
      place: 'Arnaudville',
    });
    expect(answer.local[0]?.agreements.map((a) => [a.model, a.signed])).toEqual([['TFM', '2025-07-11']]);
    expect(names(answer.statewide)).toContain('Louisiana State Police Department');
    // Louisiana's Act 314 is about housing detainees, not a 287(g) mandate
    expect(answer.mandate).toBeNull();
    expect(answer.relatedLaws.map((law) => law.law)).toEqual(['Act 314 of 2024 (La. R.S. 33:84(D))']);
  });

  it('Kodiak Island Borough, AK (02150): the Kodiak Police Department, whose ICE COUNTY is #N/A', () => {
    const answer = answerCounty(dataset, '02150');
    expectRealAnswer(answer);
    expect(answer.county.name).toBe('Kodiak Island Borough');
    expect(answer.local).toEqual([
      {
        id: 'ak-kodiak-police-department',
        name: 'Kodiak Police Department',
        kind: 'municipal',
        place: 'Kodiak',
        agreements: [
          {
            model: 'WSO',
            signed: '2020-07-20',
            status: 'active',
            moaUrl: 'https://www.ice.gov/doclib/287gMOA/287gWSO_KodiakAk2020-07-20.pdf',
            addendumUrl: null,
            newSince: null,
            lastListed: null,
          },
        ],
      },
    ]);
    expect(names(answer.statewide)).toEqual(['Alaska Department of Corrections']);
    expect(answer.mandate).toBeNull();
  });

  it('Hopewell city, VA (51670): the "Hopewell County Sheriff\'s Office" of an independent city', () => {
    const answer = answerCounty(dataset, '51670');
    expectRealAnswer(answer);
    expect(answer.county.name).toBe('Hopewell city');
    expect(names(answer.local)).toEqual(["Hopewell County Sheriff's Office"]);
    expect(answer.local[0]?.kind).toBe('county');
    expect(answer.local[0]?.agreements.map((a) => [a.model, a.signed])).toEqual([['TFM', '2025-06-30']]);
    expect(answer.statewide).toEqual([]);
    expect(answer.mandate).toBeNull();
  });

  it('Maricopa County, AZ (04013): the Mesa Police Department, whose ICE COUNTY is #N/A', () => {
    const answer = answerCounty(dataset, '04013');
    expectRealAnswer(answer);
    const mesa = find(answer.local, 'Mesa Police Department');
    expect(mesa).toMatchObject({ kind: 'municipal', place: 'Mesa' });
    expect(mesa.agreements.map((a) => [a.model, a.signed])).toEqual([['JEM', '2020-06-08']]);
    expect(names(answer.statewide)).toEqual(['Arizona Department of Corrections']);
  });

  it('Lake County, FL (12069): the sheriff and Howey in the Hills PD, which ICE put in "Lake Conty"', () => {
    const answer = answerCounty(dataset, '12069');
    expectRealAnswer(answer);
    expect(answer.county.name).toBe('Lake County');
    const sheriff = find(answer.local, "Lake County Sheriff's Office");
    expect(sheriff.kind).toBe('county');
    expect(models(sheriff)).toEqual(['TFM', 'WSO']);
    expect(find(answer.local, 'Howey in the Hills Police Department').kind).toBe('municipal');
    expect(answer.local).toHaveLength(7);
    expect(answer.mandate?.state).toBe('FL');
  });

  it('Miller County, AR (05091): the Texarkana Police Department, which ICE put in Bowie County', () => {
    const miller = answerCounty(dataset, '05091');
    expectRealAnswer(miller);
    expect(miller.county.name).toBe('Miller County');
    expect(names(miller.local)).toEqual(["Miller County Sheriff's Office", 'Texarkana Police Department']);
    expect(find(miller.local, 'Texarkana Police Department').agreements[0]?.moaUrl).toBe(
      'https://www.ice.gov/doclib/287gMOA/TexarkanaPoliceDeptAR_TFM_MOA_07112025.pdf',
    );
    expect(miller.mandate?.law).toBe('Act 654 of 2025 (SB 426, Defense Against Criminal Illegals Act)');
    // Bowie County is in Texas: the Arkansas city's police must not appear there
    const bowie = answerCounty(dataset, '48037');
    expect(bowie.county.state).toBe('TX');
    expect(names(bowie.local)).toEqual(["Bowie County Sheriff's Office"]);
  });

  it('St. Bernard Parish, LA (22087), which ICE printed "Chalmette Parish"', () => {
    const answer = answerCounty(dataset, '22087');
    expectRealAnswer(answer);
    expect(answer.county.name).toBe('St. Bernard Parish');
    expect(names(answer.local)).toEqual(["St. Bernard Parish Sheriff's Office"]);
    expect(answer.local[0]?.agreements.map((a) => [a.model, a.signed])).toEqual([['JEM', '2026-03-23']]);
  });

  it('Warren County, VA (51187) and its neighbours share the regional jail authority', () => {
    const jail = 'Rappahannock, Shenandoah, Warren Regional Jail Authority';
    const warren = answerCounty(dataset, '51187');
    expectRealAnswer(warren);
    expect(warren.county.name).toBe('Warren County');
    expect(names(warren.local)).toEqual([jail]);
    expect(find(warren.local, jail)).toMatchObject({ kind: 'county', agreements: [{ model: 'WSO' }] });
    expect(names(answerCounty(dataset, '51157').local)).toContain(jail); // Rappahannock County
    expect(names(answerCounty(dataset, '51171').local)).toEqual([jail, "Shenandoah County Sheriff's Office"]);
  });

  it('places agencies whose coverage spans counties in each of them (towns, a DA district)', () => {
    const localIn = (fips: string) => names(answerCounty(dataset, fips).local);
    // towns that lie in two counties: in both
    expect(localIn('29209')).toContain('Branson Police Department'); // Stone County, MO
    expect(localIn('29213')).toContain('Branson Police Department'); // Taney County, MO
    expect(localIn('22099')).toContain('Arnaudville Police Department'); // St. Martin Parish, LA
    expect(localIn('13217')).toContain('Social Circle Police Department'); // Newton County, GA
    // Oklahoma's Eighth District Attorney: Kay and Noble counties
    expect(localIn('40103')).toContain('Office of The District Attorney - Eighth District');
    expect(localIn('40071')).toContain('Office of The District Attorney - Eighth District');
    // a postal city reaching into a county is not the town doing so: Gulf Breeze's police are not Escambia's
    expect(localIn('12033')).not.toContain('Gulf Breeze Police Department');
    // a university ICE typed State Agency (July 2025) is its campus's county's, not every Florida county's
    const ucf = dataset.listings?.agencyById.get('fl-university-of-central-florida-board-of-trustees');
    expect([ucf?.kind, ucf?.counties]).toEqual(['municipal', ['12095']]);
    expect(names(answerCounty(dataset, '12021').ended)).not.toContain(
      'University of Central Florida Board of Trustees',
    );
  });

  it('lists the West Virginia State Police as statewide in every WV county and local in none', () => {
    const police = 'West Virginia State Police Department';
    const wv = dataset.counties.filter((county) => county.state === 'WV');
    expect(wv).toHaveLength(55);
    for (const county of wv) {
      const answer = answerCounty(dataset, county.fips);
      expect(names(answer.statewide), county.name).toContain(police);
      expect(names(answer.local), county.name).not.toContain(police);
    }
    for (const county of dataset.counties) {
      expect(dataset.agenciesByCounty.get(county.fips)?.map((a) => a.name) ?? []).not.toContain(police);
    }
    // Kanawha County (Charleston) has no local agreement, but the answer still names the state agencies
    const kanawha = answerCounty(dataset, '54039');
    expect(kanawha.hasLocalAgreement).toBe(false);
    expect(kanawha.local).toEqual([]);
    expect(names(kanawha.statewide)).toEqual([
      'West Virginia Division of Corrections and Rehabilitation',
      'West Virginia National Guard',
      police,
    ]);
  });

  it('Guam (66010): the territory-wide Office of the Attorney General', () => {
    const answer = answerCounty(dataset, '66010');
    expectRealAnswer(answer);
    expect(answer.county).toMatchObject({ fips: '66010', name: 'Guam', state: 'GU', population: null });
    expect(answer.hasLocalAgreement).toBe(false);
    expect(answer.local).toEqual([]);
    expect(answer.statewide).toHaveLength(1);
    expect(answer.statewide[0]).toMatchObject({
      name: 'Office Of The Attorney General',
      kind: 'state',
      agreements: [{ model: 'TFM', signed: '2025-09-22' }],
    });
  });

  it('a county in a state with no agreements is still a real answer (Los Angeles County, CA)', () => {
    const withAgreements = new Set(dataset.agencies.map((agency) => agency.state));
    expect(withAgreements.has('CA')).toBe(false);
    expect(withAgreements.has('OR')).toBe(false);

    const answer = answerCounty(dataset, '06037');
    expectRealAnswer(answer);
    expect(answer.county).toEqual({
      fips: '06037',
      name: 'Los Angeles County',
      state: 'CA',
      stateName: 'California',
      population: expect.any(Number),
    });
    expect(answer.hasLocalAgreement).toBe(false);
    expect(answer.local).toEqual([]);
    expect(answer.statewide).toEqual([]);
    expect(answer.pending).toEqual([]);
    expect(answer.mandate).toBeNull();
    expect(answer.restrictions.map((law) => [law.law.split(',')[0], law.effect])).toEqual([
      ['SB 54', 'prohibits'],
    ]);
    expect(answer.relatedLaws).toEqual([]);

    const multnomah = answerCounty(dataset, '41051');
    expectRealAnswer(multnomah);
    expect(multnomah.county.name).toBe('Multnomah County');
    expect(multnomah.local).toEqual([]);
    expect(multnomah.statewide).toEqual([]);
  });

  it('gives the laws that prohibit or limit agreements in force, and the other bills apart, with their stage', () => {
    const harford = answerCounty(dataset, '24025'); // Maryland: six sheriffs left ICE's list in Q1 2026
    expect(harford.hasLocalAgreement).toBe(false);
    expect(harford.restrictions.map((law) => [law.effect, law.stage, law.year])).toEqual([
      ['prohibits', 'enacted', '2026'],
    ]);
    expect(harford.restrictions[0]?.requirementEs).toMatch(/^Prohíbe/);
    expect(harford.relatedLaws.map((law) => law.stage)).toEqual(['not-enacted']);
    // New Jersey: the 2019 directive in force; the 2018 one superseded, the codifying bills vetoed or pending
    const bergen = answerCounty(dataset, '34003');
    expect(bergen.restrictions.map((law) => law.effect)).toEqual(['prohibits']);
    expect(bergen.relatedLaws.map((law) => law.stage).sort()).toEqual(['pending', 'superseded', 'vetoed']);
    // Vermont limits (twice), and neither a mandate nor a prohibition
    const chittenden = answerCounty(dataset, '50007');
    expect(chittenden.restrictions.map((law) => law.effect)).toEqual(['limits', 'limits']);
    expect(chittenden.mandate).toBeNull();
    // Every law of the data is in both languages, and no law is both in force and listed apart
    for (const law of dataset.mandates) expect(law.requirementEs.length).toBeGreaterThan(20);
    const collier = answerCounty(dataset, '12021');
    expect(collier.restrictions).toEqual([]);
    // in force, as a reader sees them: the mandate first, then the restrictions
    expect(lawsInForce(collier)).toEqual([collier.mandate]);
    expect(lawsInForce(harford)).toEqual(harford.restrictions);
  });

  it('gives the state mandate even where no local agency has signed (Fulton County, GA)', () => {
    const answer = answerCounty(dataset, '13121');
    expectRealAnswer(answer);
    expect(answer.hasLocalAgreement).toBe(false);
    expect(answer.mandate).toMatchObject({ state: 'GA', requiresParticipation: true, status: 'enacted' });
  });

  it('agrees with the index for every county: local = agencies covering it, statewide = its state', () => {
    for (const county of dataset.counties) {
      const answer = answerCounty(dataset, county.fips);
      const covering = (dataset.agenciesByCounty.get(county.fips) ?? []).map((a) => a.id).sort();
      expect(answer.local.map((a) => a.id).sort()).toEqual(covering);
      const statewide = (dataset.statewideByState.get(county.state) ?? []).map((a) => a.id).sort();
      expect(answer.statewide.map((a) => a.id).sort()).toEqual(statewide);
    }
  });

  it('throws UnknownCountyError for an unknown FIPS code', () => {
    expect(() => answerCounty(dataset, '99999')).toThrow(UnknownCountyError);
    expect(() => answerCounty(dataset, '99999')).toThrow('No county with FIPS code 99999 is in the dataset.');
    try {
      answerCounty(dataset, '99999');
    } catch (error) {
      expect((error as UnknownCountyError).fips).toBe('99999');
      expect((error as UnknownCountyError).name).toBe('UnknownCountyError');
    }
  });

  it.each(['1202', '12021x', '', '12 021'])(
    'throws a helpful UnknownCountyError for malformed %j',
    (fips) => {
      expect(() => answerCounty(dataset, fips)).toThrow(UnknownCountyError);
      expect(() => answerCounty(dataset, fips)).toThrow(
        `"${fips}" is not a county FIPS code: use 5 digits as a string, e.g. "12021" for Collier County, FL.`,
      );
    },
  );

  it('says a number is not a FIPS code, even one that reads as a known county', () => {
    for (const fips of [12021, 6037]) {
      expect(() => answerCounty(dataset, fips as unknown as string)).toThrow(
        `${fips} is not a county FIPS code: it is a number; use a 5-character string, e.g. "12021" for Collier County, FL, "06037" (not 6037) for Los Angeles County, CA.`,
      );
    }
  });
});
