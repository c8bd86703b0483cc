import { pageHeader } from '../../support/layouts';
import type { Finding, Location, Severity } from '../../../src/model/finding';
import {
  FINDINGS_FIRST_ROW,
  FINDINGS_HEADER_ROW,
  findingsSeverityRange,
  findingsSheet,
  locationCell,
  severityLabel,
  sortBySeverity,
} from '../../../src/layout/sheets/findings-sheet';
import { examplePlan, formulaAt, textAt } from './sheet-queries';

function finding(rule: string, severity: Severity, location: Location = { path: '$.sections[0]' }): Finding {
  return { rule, severity, message: { fi: `Viesti ${rule}`, sv: `Meddelande ${rule}`, en: `Message ${rule}` }, location };
}

const findings: Finding[] = [
  finding('goal.no-metric', 'warning', { path: '$.sections[0].goals[1]' }),
  finding('shares.sum', 'error', { path: '$.contributions.pools' }),
  finding('note', 'info'),
  finding('council.seats', 'error', { sheet: 'Kunnat', cell: 'C5' }),
];

describe('findingsSheet', () => {
  const sheet = findingsSheet(findings, 'fi', examplePlan());

  it('is the protected, derived Tarkistukset sheet with its column headings', () => {
    expect([sheet.name, sheet.kind, sheet.protected]).toEqual(['Tarkistukset', 'derived', true]);
    expect(['A', 'B', 'C', 'D'].map((c) => textAt(sheet, `${c}${FINDINGS_HEADER_ROW}`))).toEqual(['Sääntö', 'Vakavuus', 'Viesti', 'Sijainti']);
    expect(sheet.print.printTitleRows).toBe(`${FINDINGS_HEADER_ROW}:${FINDINGS_HEADER_ROW}`);
    expect(pageHeader(sheet.print)).toContain('Kaustisen seutukunta');
  });

  it('lists errors first, then warnings, then information, keeping the engine\'s order within each', () => {
    const rows = findings.map((_, i) => FINDINGS_FIRST_ROW + i);
    expect(rows.map((r) => [textAt(sheet, `A${r}`), textAt(sheet, `B${r}`), textAt(sheet, `C${r}`)])).toEqual([
      ['shares.sum', 'Virhe', 'Viesti shares.sum'],
      ['council.seats', 'Virhe', 'Viesti council.seats'],
      ['goal.no-metric', 'Varoitus', 'Viesti goal.no-metric'],
      ['note', 'Tiedoksi', 'Viesti note'],
    ]);
    expect(sortBySeverity(findings).map((f) => f.rule)).toEqual(['shares.sum', 'council.seats', 'goal.no-metric', 'note']);
  });

  it('links a cell location and writes a path as text', () => {
    expect(textAt(sheet, `D${FINDINGS_FIRST_ROW}`)).toBe('$.contributions.pools');
    expect(formulaAt(sheet, `D${FINDINGS_FIRST_ROW + 1}`)).toBe(`HYPERLINK("#'Kunnat'!C5","Kunnat!C5")`);
  });

  it('shades rows by severity', () => {
    const last = FINDINGS_FIRST_ROW + findings.length - 1;
    expect(sheet.conditionalFormats).toEqual([
      { range: `A${FINDINGS_FIRST_ROW}:D${last}`, formula: `$B${FINDINGS_FIRST_ROW}="Virhe"`, style: { fill: 'F8CBAD' } },
      { range: `A${FINDINGS_FIRST_ROW}:D${last}`, formula: `$B${FINDINGS_FIRST_ROW}="Varoitus"`, style: { fill: 'FFE699' } },
      { range: `A${FINDINGS_FIRST_ROW}:D${last}`, formula: `$B${FINDINGS_FIRST_ROW}="Tiedoksi"`, style: { fill: 'DDEBF7' } },
    ]);
  });

  it('writes the message in English for an English workbook', () => {
    const english = findingsSheet(findings, 'en');
    expect([english.name, textAt(english, `B${FINDINGS_FIRST_ROW}`), textAt(english, `C${FINDINGS_FIRST_ROW}`)]).toEqual([
      'Checks',
      'Error',
      'Message shares.sum',
    ]);
    expect(english.print.headerFooter).toEqual({ odd: { header: {}, footer: { center: '&8Page &P of &N' } } });
  });

  it('says so when there are no findings', () => {
    const empty = findingsSheet([], 'fi');
    expect(textAt(empty, `A${FINDINGS_FIRST_ROW}`)).toBe('Ei havaintoja.');
    expect(empty.conditionalFormats[0]!.range).toBe(`A${FINDINGS_FIRST_ROW}:D${FINDINGS_FIRST_ROW}`);
    expect(findingsSeverityRange(0)).toBe(`B${FINDINGS_FIRST_ROW}:B${FINDINGS_FIRST_ROW}`);
    expect(findingsSeverityRange(3)).toBe(`B${FINDINGS_FIRST_ROW}:B${FINDINGS_FIRST_ROW + 2}`);
  });
});

describe('locationCell', () => {
  it.each<[string, Location, ReturnType<typeof locationCell>]>([
    ['a path', { path: '$.municipalities[2].population' }, { kind: 'text', text: '$.municipalities[2].population' }],
    ['a cell', { sheet: 'Kunnat', cell: 'C9' }, { kind: 'formula', formula: `HYPERLINK("#'Kunnat'!C9","Kunnat!C9")`, result: { kind: 'text', text: 'Kunnat!C9' } }],
    ['a range', { sheet: 'Talousarvio', cell: 'A5:F9' }, { kind: 'formula', formula: `HYPERLINK("#'Talousarvio'!A5:F9","Talousarvio!A5:F9")`, result: { kind: 'text', text: 'Talousarvio!A5:F9' } }],
    [
      'a sheet name with a space, an apostrophe and quotes',
      { sheet: `O'Neil "x" y`, cell: 'B2' },
      { kind: 'formula', formula: `HYPERLINK("#'O''Neil ""x"" y'!B2","O'Neil ""x"" y!B2")`, result: { kind: 'text', text: `O'Neil "x" y!B2` } },
    ],
    ['a cell that is not an address', { sheet: 'Kunnat', cell: 'C9); DROP' }, { kind: 'text', text: 'Kunnat!C9); DROP' }],
    ['an empty sheet name', { sheet: '', cell: 'A1' }, { kind: 'text', text: '!A1' }],
  ])('%s', (_, location, expected) => {
    expect(locationCell(location)).toEqual(expected);
  });
});

describe('severityLabel', () => {
  it.each<[Severity, string, string]>([
    ['error', 'Virhe', 'Error'],
    ['warning', 'Varoitus', 'Warning'],
    ['info', 'Tiedoksi', 'Info'],
  ])('%s', (severity, fi, en) => {
    expect([severityLabel(severity, 'fi'), severityLabel(severity, 'en')]).toEqual([fi, en]);
  });
});
