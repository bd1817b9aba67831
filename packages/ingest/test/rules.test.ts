import { describe, expect, it } from 'vitest';
import { dateFromFileName, parseSignedDate, townFromAgencyName, unwrapLink } from '../src/index.js';
import type { Cell } from '../src/xlsx.js';

const text = (value: string): Cell => ({ text: value, link: null, error: null, date: null, number: null });

describe('townFromAgencyName', () => {
  it.each([
    ['Boca Raton Police Services Department', 'Boca Raton'],
    ['City of Miami Police Department', 'Miami'],
    ['Village of Clearview Police Department', 'Clearview'],
    ['Daytona Beach Shores Public Safety', 'Daytona Beach Shores'],
    ['Indian River Shores Department of Public Safety', 'Indian River Shores'],
    ['Ashdown City Police Department', 'Ashdown City'],
    ["Preston Township Constable's Office", 'Preston Township'],
  ])('%s → %s', (name, town) => {
    expect(townFromAgencyName(name)).toBe(town);
  });

  it('finds no town in a name without police words', () => {
    expect(townFromAgencyName('Florida A&M University Board of Trustees')).toBeNull();
  });
});

describe('unwrapLink', () => {
  it('unwraps an Outlook safe link', () => {
    const wrapped =
      'https://gcc02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.ice.gov%2Fdoclib%2F287gMOA%2FMarionCoSheriffsOfficeAL_WSO_MOA_07232025.pdf&data=05%7C02&reserved=0';
    expect(unwrapLink(wrapped)).toBe(
      'https://www.ice.gov/doclib/287gMOA/MarionCoSheriffsOfficeAL_WSO_MOA_07232025.pdf',
    );
  });

  it("unwraps a PDF viewer's address", () => {
    expect(
      unwrapLink(
        'chrome-extension://efaidnbmnnnibpcajpcglclefindmkaj/https:/www.ice.gov/doclib/287gMOA/UnivFLPDFL_TFM_MOA_041525.pdf',
      ),
    ).toBe('https://www.ice.gov/doclib/287gMOA/UnivFLPDFL_TFM_MOA_041525.pdf');
  });

  it('leaves a plain ICE link alone', () => {
    expect(unwrapLink('https://www.ice.gov/doclib/287gMOA/a.pdf')).toBe(
      'https://www.ice.gov/doclib/287gMOA/a.pdf',
    );
  });
});

describe('parseSignedDate', () => {
  it.each([
    ['9/22/25', '2025-09-22'],
    ['09/22/2025', '2025-09-22'],
    ['2016-03-19', '2016-03-19'],
    ['2025-09-22T00:00:00.000Z', '2025-09-22'],
  ])('%s → %s', (value, iso) => {
    expect(parseSignedDate(text(value))).toBe(iso);
  });

  it('reads Excel serial numbers and date cells', () => {
    expect(parseSignedDate({ ...text('45922'), number: 45922 })).toBe('2025-09-22');
    expect(parseSignedDate({ ...text(''), date: new Date(Date.UTC(2025, 8, 22)) })).toBe('2025-09-22');
  });

  it.each(['05/082025', '13/01/25', '2/30/25', 'soon', ''])('rejects %j', (value) => {
    expect(parseSignedDate(text(value))).toBeNull();
  });
});

describe('dateFromFileName', () => {
  it.each([
    ['participatingAgencies05182026am.xlsx', '2026-05-18', 'ICE file name'],
    ['participatingAgencies10092026.xlsx', '2026-10-09', 'ICE file name'],
    ['ParticipatingAgency091826am.xlsx', '2026-09-18', 'ICE file name'],
    ['287gParticipatingAgencies091526pm.xlsx', '2026-09-15', 'ICE file name'],
    ['ParticipatingEntities-20210113002027.xlsx', '2021-01-13', "web-archive capture of ICE's web table"],
    ['participatingAgencies-20250401123225.xlsx', '2025-04-01', "web-archive capture of ICE's xlsx"],
  ])('%s → %s', (name, date, basis) => {
    expect(dateFromFileName(name)).toEqual({ date, basis });
  });

  it('returns null for a name without a date', () => {
    expect(dateFromFileName('list.xlsx')).toBeNull();
  });
});
