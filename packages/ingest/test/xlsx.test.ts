/**
 * The bounded xlsx reader on the cell kinds Excel writes (ICE's files use shared strings, numbers with a
 * date style, #N/A errors and hyperlinks; older lists inline strings), its XML scanner fed in pieces cut
 * anywhere, and A1 references.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCellReference } from '../src/cell-reference.js';
import { type Cell, readFirstSheet } from '../src/index.js';
import { type XmlHandler, XmlScanner } from '../src/xml-scanner.js';
import { tempDir } from './fixtures.js';
import { deflatedEntry, replaceEntry, workbookEntries, writeXlsx } from './xlsx-writer.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('open287g-xlsx-');
});

const allColumns = { headRows: 15, columnsOf: () => Array.from({ length: 16_384 }, (_, i) => i) };
const cell = (fields: Partial<Cell>): Cell => ({
  text: '',
  link: null,
  error: null,
  date: null,
  number: null,
  ...fields,
});

describe('readFirstSheet', () => {
  it('reads every kind of cell Excel writes', async () => {
    const rows = `<row r="2">
      <c r="A2" t="inlineStr"><is><t xml:space="preserve"> inline </t></is></c>
      <c r="B2" t="inlineStr"><is><r><t>rich </t></r><r><rPr><b/></rPr><t>inline</t></r><rPh><t>phonetic</t></rPh></is></c>
      <c r="C2" t="b"><v>1</v></c>
      <c r="D2" t="e"><v>#N/A</v></c>
      <c r="E2"><f>1+1</f><v>2</v></c>
      <c r="F2" t="str"><f>"a"&amp;"b"</f><v>ab &amp; &#x263A;</v></c>
      <c r="G2" t="e"><f>NA()</f><v>#N/A</v></c>
      <c r="H2" s="1"><v>45922.5</v></c>
      <c r="I2" s="2"><v>45922</v></c>
      <c r="J2" s="3"><v>45922</v></c>
      <c r="K2" t="d"><v>2025-09-22</v></c>
      <c r="L2" s="1"/>
      <c r="M2"><![CDATA[ignored outside <v>]]></c>
      <c r="N2" t="s"><v>999</v></c>
    </row><row r="4"><c r="B4"><v>7</v></c></row>`;
    const styles = `<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="[$-409]mmmm\\ d,\\ yyyy;@"/><numFmt numFmtId="165" formatCode="&quot;days&quot;\\ 0"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>`;
    const file = await writeXlsx(
      join(dir, 'kinds.xlsx'),
      replaceEntry(workbookEntries([['header']], rows), deflatedEntry('xl/styles.xml', styles)),
    );
    const sheet = await readFirstSheet(file, allColumns);
    const date = new Date(Date.UTC(2025, 8, 22));
    expect(sheet.rows[1]).toEqual([
      cell({ text: 'inline' }),
      cell({ text: 'rich inline' }),
      cell({ text: 'true' }),
      cell({ text: '#N/A', error: '#N/A' }),
      cell({ text: '2', number: 2 }),
      cell({ text: 'ab & ☺' }),
      cell({ text: '#N/A', error: '#N/A' }),
      cell({ text: '2025-09-22T12:00:00.000Z', date: new Date(Date.UTC(2025, 8, 22, 12)) }),
      cell({ text: date.toISOString(), date }),
      cell({ text: '45922', number: 45922 }),
      cell({ text: '2025-09-22' }),
      cell({}),
      cell({}),
      cell({}),
    ]);
    expect(sheet.rows).toHaveLength(4);
    expect(sheet.rows[2]).toBeUndefined();
  });

  it('takes the text of a hyperlinked cell and the URL from the sheet relationships', async () => {
    const file = await writeXlsx(
      join(dir, 'links.xlsx'),
      workbookEntries([
        ['MOA', 'ADDENDUM'],
        [
          { link: 'https://www.ice.gov/doclib/287gMOA/a.pdf' },
          { link: 'https://x.test/?a=1&b=2', text: ' b ' },
        ],
      ]),
    );
    const sheet = await readFirstSheet(file, allColumns);
    expect(sheet.rows[1]).toEqual([
      cell({ text: 'link', link: 'https://www.ice.gov/doclib/287gMOA/a.pdf' }),
      cell({ text: 'b', link: 'https://x.test/?a=1&b=2' }),
    ]);
  });

  it('reads the dates of a workbook that counts from 1904', async () => {
    const entries = workbookEntries([['SIGNED'], [new Date(Date.UTC(2025, 8, 22))]]);
    const workbook = `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const file = await writeXlsx(
      join(dir, '1904.xlsx'),
      replaceEntry(entries, deflatedEntry('xl/workbook.xml', workbook)),
    );
    const sheet = await readFirstSheet(file, allColumns);
    // the same serial number, four years and a day later
    expect(sheet.rows[1]?.[0]?.date).toEqual(new Date(Date.UTC(2029, 8, 23)));
  });

  it('keeps only the chosen columns after the head rows, and notes where others hold values', async () => {
    const file = await writeXlsx(
      join(dir, 'columns.xlsx'),
      workbookEntries([['title'], ['A', 'B', 'C'], ['a', '', 'c'], ['', '', 'only C']]),
    );
    const head: Cell[][] = [];
    const sheet = await readFirstSheet(file, {
      headRows: 2,
      columnsOf: (_file, rows) => {
        head.push(...rows);
        return [0, 1];
      },
    });
    expect(head.map((row) => row.map((c) => c.text))).toEqual([['title'], ['A', 'B', 'C']]);
    expect(sheet.rows.map((row) => row.map((c) => c.text))).toEqual([
      ['title'],
      ['A', 'B'],
      ['a', ''],
      ['', ''],
    ]);
    expect([...sheet.cellsOutside]).toEqual([
      [1, 2],
      [2, 2],
      [3, 2],
    ]);
  });

  it.each([
    [
      'a cell beyond column XFD',
      '<row r="2"><c r="XFE2"><v>1</v></c></row>',
      '"XFE2" is not a cell of an Excel sheet',
    ],
    ['a DOCTYPE', '<!DOCTYPE x [<!ENTITY a "aaaa">]>', 'DOCTYPE'],
    ['a cut-off tag', '<row r="2"', 'ends in the middle of a tag'],
  ])('refuses %s as unreadable', async (name, rows, message) => {
    const sheet = deflatedEntry('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${rows}`);
    const file = await writeXlsx(
      join(dir, `${name.replace(/\W+/g, '-')}.xlsx`),
      replaceEntry(workbookEntries([['x']]), sheet),
    );
    const error = await readFirstSheet(file, allColumns).catch((caught: Error) => caught);
    expect(String(error)).toContain(`not a readable xlsx workbook: xl/worksheets/sheet1.xml: `);
    expect(String(error)).toContain(message);
  });
});

describe('XmlScanner', () => {
  const xml = `<?xml version="1.0"?><!-- a > comment --><a x="1 > 0" y='&quot;q&apos;' xmlns:p="u"><p:b p:z="&lt;&#65;&#x42;"/>text &amp; more<![CDATA[<raw> & ]]>é☺</a>`;
  const eventsOf = (pieces: string[]) => {
    const events: string[] = [];
    const handler: XmlHandler = {
      open: (name, attributes) => events.push(`open ${name} ${JSON.stringify(attributes)}`),
      close: (name) => events.push(`close ${name}`),
      text: (text) => events.push(`text ${text}`),
    };
    const scanner = new XmlScanner(handler);
    for (const piece of pieces) scanner.write(piece);
    scanner.end();
    // one element's text may arrive in several calls; join neighbours to compare
    return events.reduce<string[]>((joined, event) => {
      const last = joined.at(-1);
      if (last?.startsWith('text ') && event.startsWith('text '))
        joined[joined.length - 1] = last + event.slice(5);
      else joined.push(event);
      return joined;
    }, []);
  };

  it('reports elements by local name, attributes decoded, and text with entities and CDATA', () => {
    expect(eventsOf([xml])).toEqual([
      `open a {"x":"1 > 0","y":"\\"q'"}`,
      'open b {"z":"<AB"}',
      'close b',
      'text text & more<raw> & é☺',
      'close a',
    ]);
  });

  it('gives the same events however the text is cut into pieces', () => {
    const whole = eventsOf([xml]);
    for (let cut = 1; cut < xml.length; cut++) {
      expect(eventsOf([xml.slice(0, cut), xml.slice(cut)]), `cut at ${cut}`).toEqual(whole);
    }
    expect(eventsOf([...xml])).toEqual(whole);
  });
});

describe('parseCellReference', () => {
  it.each([
    ['A1', { column: 0, row: 1 }],
    ['g12', { column: 6, row: 12 }],
    ['$XFD$1048576', { column: 16_383, row: 1_048_576 }],
    ['XFE1', null],
    ['A0', null],
    ['A1:B2', null],
    ['1A', null],
  ])('%s', (reference, expected) => {
    expect(parseCellReference(reference)).toEqual(expected);
  });
});
