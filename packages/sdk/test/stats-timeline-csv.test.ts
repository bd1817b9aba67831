import { beforeAll, describe, expect, it } from 'vitest';
import {
  answerCounty,
  CSV_COLUMNS,
  createDataset,
  csvText,
  type Dataset,
  loadBundledDataset,
  stats,
  timeline,
  toCsv,
} from '../src/index.js';
import { parseCsv } from './csv-records.js';
import { agencyIndex, readDataFiles } from './data-files.js';

let dataset: Dataset;
beforeAll(async () => {
  dataset = await loadBundledDataset();
});

describe('stats()', () => {
  it('counts agencies by kind', () => {
    expect(stats(dataset).byKind).toEqual({ county: 815, municipal: 667, state: 67 });
  });

  it('gives Texas 387 and Florida 348 agreements, as ICE lists them', () => {
    const { byState } = stats(dataset);
    expect(byState.TX).toEqual({ agreements: 387, agencies: 305, byModel: { JEM: 52, TFM: 194, WSO: 141 } });
    expect(byState.FL).toEqual({ agreements: 348, agencies: 284, byModel: { JEM: 9, TFM: 274, WSO: 65 } });
    expect(byState.CA).toBeUndefined();
  });

  it('adds the states up to the totals', () => {
    const s = stats(dataset);
    const states = Object.values(s.byState);
    expect(states).toHaveLength(s.states);
    expect(states.reduce((sum, st) => sum + st.agreements, 0)).toBe(s.agreements);
    expect(states.reduce((sum, st) => sum + st.agencies, 0)).toBe(s.agencies);
    for (const model of ['JEM', 'TFM', 'WSO'] as const) {
      expect(states.reduce((sum, st) => sum + st.byModel[model], 0)).toBe(s.byModel[model]);
    }
    expect(s.byKind.county + s.byKind.municipal + s.byKind.state).toBe(s.agencies);
  });

  it('counts the counties and population covered consistently with the answers', () => {
    const { counties } = stats(dataset);
    expect(counties.withLocalAgreement).toBe(937);
    expect(counties.withCountyAgency).toBe(785);
    expect(counties.withCountyAgency).toBeLessThanOrEqual(counties.withLocalAgreement);
    expect(counties.populationWithLocalAgreement).toBe(116528469);
    expect(counties.populationWithLocalAgreement).toBeLessThanOrEqual(counties.populationTotal);
    expect(counties.populationTotal).toBe(dataset.counties.reduce((sum, c) => sum + (c.population ?? 0), 0));

    const answered = dataset.counties.filter((c) => answerCounty(dataset, c.fips).hasLocalAgreement);
    expect(answered).toHaveLength(counties.withLocalAgreement);
    expect(answered.reduce((sum, c) => sum + (c.population ?? 0), 0)).toBe(
      counties.populationWithLocalAgreement,
    );
    const withCounty = dataset.counties.filter((c) =>
      answerCounty(dataset, c.fips).local.some((agency) => agency.kind === 'county'),
    );
    expect(withCounty).toHaveLength(counties.withCountyAgency);
  });
});

describe('timeline()', () => {
  it('runs in ascending date order from 2021-01-13 to the snapshot date', () => {
    const points = timeline(dataset);
    expect(points).toHaveLength(23);
    expect(points[0]?.date).toBe('2021-01-13');
    for (let i = 1; i < points.length; i++) {
      expect((points[i]?.date ?? '') > (points[i - 1]?.date ?? ''), points[i]?.date).toBe(true);
    }
    for (const point of points) {
      const { JEM, TFM, WSO, HYBRID } = point.byModel;
      expect(JEM + TFM + WSO + HYBRID, point.date).toBe(point.rows);
    }
  });

  it('ends with the snapshot itself, whose counts equal stats()', () => {
    const last = timeline(dataset).at(-1);
    const s = stats(dataset);
    expect(last).toEqual({
      date: '2026-05-18',
      basis: 'current snapshot',
      file: 'participatingAgencies05182026am.xlsx',
      rows: 1843,
      agencies: s.agencies,
      states: s.states,
      byModel: { ...s.byModel, HYBRID: 0 },
    });
  });

  it("has ICE's own counts for 1 April 2025: JEM 86, TFM 169, WSO 172", () => {
    const point = timeline(dataset).find((p) => p.date === '2025-04-01');
    expect(point?.byModel).toEqual({ JEM: 86, TFM: 169, WSO: 172, HYBRID: 0 });
    expect(point?.rows).toBe(427);
  });

  it('does not append the snapshot when the history already reaches its date', () => {
    const files = readDataFiles();
    files.agreements.asOf = '2026-04-01';
    const older = createDataset(files);
    const points = timeline(older);
    expect(points).toHaveLength(22);
    expect(points.at(-1)?.date).toBe('2026-04-01');
    expect(points.at(-1)?.basis).not.toBe('current snapshot');
    expect(points).toEqual(dataset.history);
  });
});

describe('toCsv()', () => {
  let csv: string;
  let records: string[][];
  beforeAll(() => {
    csv = toCsv(dataset);
    records = parseCsv(csv);
  });

  it('starts with the CSV_COLUMNS header and has one line per agreement', () => {
    expect(csv.slice(0, csv.indexOf('\r\n'))).toBe(CSV_COLUMNS.join(','));
    expect(records[0]).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(1 + 1843 + stats(dataset).pending);
    for (const record of records) expect(record).toHaveLength(CSV_COLUMNS.length);
  });

  it('ends every line with CRLF and has no bare line feeds', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv.split('\r\n')).toHaveLength(1 + 1843 + 1);
  });

  it('quotes a field with a comma and joins multi-county agencies', () => {
    expect(csv).toContain('"Rappahannock, Shenandoah, Warren Regional Jail Authority"');
    const jail = records.find((r) => r[1] === 'Rappahannock, Shenandoah, Warren Regional Jail Authority');
    expect(jail).toEqual([
      'VA',
      'Rappahannock, Shenandoah, Warren Regional Jail Authority',
      'va-rappahannock-shenandoah-warren-regional-jail-authority',
      'county',
      '51157 51171 51187',
      'Rappahannock County; Shenandoah County; Warren County',
      '',
      'WSO',
      '2025-08-28',
      'active',
      expect.stringMatching(/^https:\/\/www\.ice\.gov\/doclib\/287gMOA\/.+\.pdf$/),
      '',
    ]);
  });

  it('writes the rows of an agency as the dataset has them', () => {
    const collier = records.filter((r) => r[2] === 'fl-collier-county-sheriffs-office');
    expect(collier.map((r) => [r[0], r[3], r[4], r[5], r[7], r[8], r[9]])).toEqual([
      ['FL', 'county', '12021', 'Collier County', 'JEM', '2020-06-09', 'active'],
      ['FL', 'county', '12021', 'Collier County', 'TFM', '2025-02-24', 'active'],
    ]);
    const kodiak = records.find((r) => r[1] === 'Kodiak Police Department');
    expect(kodiak?.[6]).toBe('Kodiak');
    const models = records.slice(1).map((r) => r[7]);
    expect(models.filter((m) => m === 'JEM')).toHaveLength(182);
    expect(models.filter((m) => m === 'TFM')).toHaveLength(1162);
    expect(models.filter((m) => m === 'WSO')).toHaveLength(499);
  });

  it('filters by state', () => {
    const florida = parseCsv(toCsv(dataset, { state: 'FL' }));
    expect(florida[0]).toEqual([...CSV_COLUMNS]);
    expect(florida).toHaveLength(1 + 348);
    for (const record of florida.slice(1)) expect(record[0]).toBe('FL');
    const texas = parseCsv(toCsv(dataset, { state: 'TX' }));
    expect(texas).toHaveLength(1 + 387);
    expect(parseCsv(toCsv(dataset, { state: 'CA' }))).toEqual([[...CSV_COLUMNS]]);
  });

  it('throws InvalidQueryError, not a TypeError or a silently unfiltered CSV, for options of the wrong type', () => {
    const wrong: [unknown, string, unknown][] = [
      [null, 'options', null],
      ['FL', 'options', 'FL'],
      [{ state: 12 }, 'state', 12],
      [{ state: ['FL'] }, 'state', ['FL']],
    ];
    for (const [options, parameter, value] of wrong) {
      expect(() => toCsv(dataset, options as never)).toThrow(
        expect.objectContaining({ name: 'InvalidQueryError', parameter, value }),
      );
    }
  });

  it('defuses agency names a spreadsheet would run as formulas, and escapes quotes', () => {
    const files = readDataFiles();
    const names = {
      "Collier County Sheriff's Office": '=HYPERLINK("http://evil.example","click")',
      'Naples Police Department': '+1+2',
      'Marco Island Police Department': '-2+3',
      'Florida Southwestern State College Police Department': '@SUM(A1)',
    };
    for (const [name, evil] of Object.entries(names)) {
      const agency = files.agreements.agencies[agencyIndex(files.agreements, 'FL', name)];
      if (!agency) throw new Error('unreachable');
      agency[1] = evil;
    }
    const tampered = createDataset(files);
    const text = toCsv(tampered, { state: 'FL' });
    const byName = (name: string) => parseCsv(text).filter((r) => r[1] === name);

    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(byName(`'=HYPERLINK("http://evil.example","click")`)).toHaveLength(2);
    expect(byName("'+1+2")).toHaveLength(1);
    expect(byName("'-2+3")).toHaveLength(1);
    expect(byName("'@SUM(A1)")).toHaveLength(1);
    for (const record of parseCsv(text)) {
      for (const cell of record) expect(cell, record.join(',')).not.toMatch(/^[=+\-@]/);
    }
  });
});

describe('csvText()', () => {
  it('writes any rows as toCsv does: quoted, CRLF-terminated, formulas defused, numbers as they are', () => {
    const text = csvText([
      ['name', 'count', 'note'],
      ['=1+1', 3, null],
      ['a "quoted", multi\nline', -2, '@home'],
      ['\tTab', 0.5, '-x'],
    ]);
    expect(text).toBe(
      `name,count,note\r\n'=1+1,3,\r\n"a ""quoted"", multi\nline",-2,'@home\r\n'\tTab,0.5,'-x\r\n`,
    );
    expect(parseCsv(text)[2]).toEqual(['a "quoted", multi\nline', '-2', "'@home"]);
    expect(csvText([])).toBe('');
  });

  it('writes back what toCsv wrote, byte for byte', () => {
    const csv = toCsv(dataset, { state: 'FL' });
    expect(csvText(parseCsv(csv))).toBe(csv);
  });
});
