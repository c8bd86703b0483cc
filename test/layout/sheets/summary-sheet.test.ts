import { contributionsOf, pageFooter, summaryOf } from '../../support/layouts';
import type { Finding } from '../../../src/model/finding';
import { FINDINGS_FIRST_ROW } from '../../../src/layout/sheets/findings-sheet';
import { SUMMARY_YEAR_COLUMNS, SUMMARY_YEARS_HEADER_ROW } from '../../../src/layout/sheets/summary-sheet';
import { address, parseAddress } from '../../../src/layout/a1';
import { minimalPlan } from '../../support/plan-builder';
import { cellAt, cellsWithText, examplePlan, formulaAt, numberAt, rowOf, textAt } from './sheet-queries';

const example = examplePlan();
const findings: Finding[] = [
  { rule: 'a', severity: 'error', message: { fi: 'x', sv: 'x', en: 'x' }, location: { path: '$' } },
  { rule: 'b', severity: 'warning', message: { fi: 'y', sv: 'y', en: 'y' }, location: { path: '$' } },
];
const sheet = summaryOf(example, findings);

/** The value cell (column C) beside a label in column A. */
function valueBeside(label: string): string {
  const cell = cellsWithText(sheet, label).find((c) => c.ref.startsWith('A'));
  if (!cell) throw new Error(`no label ${label}`);
  return `C${rowOf(cell.ref)}`;
}

describe('summarySheet', () => {
  it('is the protected, derived Yhteenveto sheet headed by the organisation and the document title', () => {
    expect([sheet.name, sheet.kind, sheet.protected]).toEqual(['Yhteenveto', 'derived', true]);
    expect([textAt(sheet, 'A1'), textAt(sheet, 'A2'), textAt(sheet, 'A3')]).toEqual([
      'Kaustisen seutukunta',
      'Talousarvio 2026 ja taloussuunnitelma 2027-2030',
      'Toimintasuunnitelma vuodelle 2026',
    ]);
  });

  it('has one key-figure row per budget year, reading row i of BudgetYears', () => {
    const C = SUMMARY_YEAR_COLUMNS;
    expect(textAt(sheet, address(C.municipalFunding, SUMMARY_YEARS_HEADER_ROW))).toBe('Kuntarahoitus');
    example.budget.years.forEach((_, i) => {
      const row = SUMMARY_YEARS_HEADER_ROW + 1 + i;
      expect(formulaAt(sheet, address(C.year, row))).toBe(
        `IFERROR(IF(INDEX(BudgetYears[Vuosi],${i + 1})="","",INDEX(BudgetYears[Vuosi],${i + 1})),"")`,
      );
      expect(formulaAt(sheet, address(C.externalFunding, row))).toContain(`INDEX(BudgetYears[Ulkopuolinen rahoitus],${i + 1})`);
      expect(formulaAt(sheet, address(C.municipalShare, row))).toBe(`IF(OR(C${row}="",D${row}="",C${row}=0),"",D${row}/C${row})`);
    });
    const first = SUMMARY_YEARS_HEADER_ROW + 1;
    const last = first + example.budget.years.length - 1;
    // The change is against the calendar year before, found by year within the block.
    const years = `$A$${first}:$A$${last}`;
    expect(formulaAt(sheet, address(C.totalChange, first + 1))).toBe(
      `IF(OR(C${first + 1}="",SUMPRODUCT((${years}=A${first + 1}-1)*ISNUMBER($C$${first}:$C$${last}))=0),"",C${first + 1}-SUMIFS($C$${first}:$C$${last},${years},A${first + 1}-1))`,
    );
    expect(formulaAt(sheet, address(C.totalChangePercent, first + 1))).toContain(`SUMIFS($C$${first}:$C$${last},${years},A${first + 1}-1)=0,""`);
    expect(formulaAt(sheet, address(C.externalChangePercent, first + 1))).toContain(`E${first + 1}-SUMIFS($E$${first}:$E$${last},${years},A${first + 1}-1)`);
    expect(textAt(sheet, `A${first + example.budget.years.length}`)).toBeUndefined();
  });

  it('writes staff and projects as the plan\'s values, with a note that they are not in any table', () => {
    expect(numberAt(sheet, valueBeside('Henkilöstö yhteensä'))).toBe('20');
    expect(numberAt(sheet, valueBeside('Toistaiseksi voimassa olevat työsuhteet'))).toBe('8');
    expect(numberAt(sheet, valueBeside('Määräaikaiset työsuhteet'))).toBe('12');
    expect(numberAt(sheet, valueBeside('Käynnissä olevat hankkeet'))).toBe('15');
    expect(numberAt(sheet, valueBeside('Hankesalkun arvo (noin)'))).toBe('2400000');
    expect(sheet.cells.some((c) => c.value.kind === 'text' && c.value.text.includes('eivät kaavoja'))).toBe(true);
  });

  it('compares the council seats from Kunnat with the declared size', () => {
    expect(formulaAt(sheet, valueBeside('Valtuustopaikat asukasluvuista'))).toBe('SUM(Municipalities[Valtuustopaikat])');
    expect(formulaAt(sheet, valueBeside('Valtuuston koko suunnitelmassa'))).toBe('CouncilDeclaredSize');
    const check = valueBeside('Tarkistus');
    expect(formulaAt(sheet, check)).toMatch(/^IF\(C\d+=C\d+,"OK","Paikkojen summa poikkeaa valtuuston koosta"\)$/);
    expect(sheet.conditionalFormats.filter((f) => f.range === check)).toHaveLength(2);
    expect(formulaAt(sheet, valueBeside('Kuntaosuudet yhteensä 2026'))).toBe('ContributionsTotal');
  });

  it.each([
    ['Virheet', 'Virhe'],
    ['Varoitukset', 'Varoitus'],
    ['Tiedoksi', 'Tiedoksi'],
  ])('counts %s on the Tarkistukset severity column', (label, severity) => {
    const last = FINDINGS_FIRST_ROW + findings.length - 1;
    expect(formulaAt(sheet, valueBeside(label))).toBe(`COUNTIF('Tarkistukset'!$B$${FINDINGS_FIRST_ROW}:$B$${last},"${severity}")`);
  });

  it('charts each municipality\'s contribution from the Kuntaosuudet matrix totals', () => {
    const contributions = contributionsOf(example);
    const chart = sheet.charts[0]!;
    expect(chart).toMatchObject({ kind: 'column', title: 'Kuntaosuudet 2026' });
    expect(chart.series).toEqual([
      { name: { text: 'Kuntaosuus yhteensä' }, categories: contributions.chart.names, values: contributions.chart.totals },
    ]);
  });

  it('charts total, municipal and external funding by year from its own year block', () => {
    const first = SUMMARY_YEARS_HEADER_ROW + 1;
    const last = first + example.budget.years.length - 1;
    const chart = sheet.charts[1]!;
    expect(chart.kind).toBe('column');
    expect(chart.series).toEqual(
      ['C', 'D', 'E'].map((column) => ({
        name: { ref: `'Yhteenveto'!$${column}$${SUMMARY_YEARS_HEADER_ROW}` },
        categories: `'Yhteenveto'!$A$${first}:$A$${last}`,
        values: `'Yhteenveto'!$${column}$${first}:$${column}$${last}`,
      })),
    );
  });

  it.each([
    ['the example', example],
    ['a plan without staff or projects', minimalPlan()],
  ])('on %s, puts the charts side by side below the key figures, within their width and over no cell with content (merged ones included)', (_, plan) => {
    const layout = summaryOf(plan, findings);
    const [first, second] = layout.charts.map((c) => ({ from: parseAddress(c.from)!, to: parseAddress(c.to)! }));
    expect(second!.from.column).toBeGreaterThan(first!.to.column);
    expect([second!.from.row, second!.to.row]).toEqual([first!.from.row, first!.to.row]);
    const lastYearRow = SUMMARY_YEARS_HEADER_ROW + Math.max(1, plan.budget.years.length);
    expect(first!.from.row).toBeGreaterThan(lastYearRow);
    expect(second!.to.column).toBeLessThanOrEqual(SUMMARY_YEAR_COLUMNS.externalChangePercent);
    // Merged cells (the notes) cover their whole range.
    const covered = layout.merges.flatMap((merge) => {
      const [a, b] = merge.split(':').map((ref) => parseAddress(ref)!);
      return Array.from({ length: b!.column - a!.column + 1 }, (__, i) => ({ column: a!.column + i, row: a!.row }));
    });
    const filled = [...layout.cells.filter((c) => c.value.kind !== 'text' || c.value.text !== '').map((c) => parseAddress(c.ref)!), ...covered];
    // The progress chart too, right of its table.
    expect(layout.charts).toHaveLength(3);
    for (const chart of layout.charts.map((c) => ({ from: parseAddress(c.from)!, to: parseAddress(c.to)! }))) {
      const under = filled.filter((p) => p.column >= chart.from.column && p.column <= chart.to.column && p.row >= chart.from.row && p.row <= chart.to.row);
      expect(under).toEqual([]);
    }
  });

  it('wraps the values note within the columns left of the charts', () => {
    const note = sheet.cells.find((c) => c.value.kind === 'text' && c.value.text.startsWith('Henkilöstö- ja hanketiedot'))!;
    expect(note.style).toMatchObject({ wrap: true, italic: true });
    expect(sheet.merges).toContain(`A${rowOf(note.ref)}:D${rowOf(note.ref)}`);
    expect(sheet.rows.find((r) => r.index === rowOf(note.ref))!.height).toBeGreaterThan(15);
  });

  it('prints on one A4 landscape page with the page label', () => {
    expect(sheet.print).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fitToWidth: true, fitToHeight: true });
    expect(pageFooter(sheet.print)).toContain('Sivu &P / &N');
  });

  describe('the progress of actions per team and for the whole plan', () => {
    const plan = minimalPlan({
      sections: [
        {
          id: 't1',
          kind: 'team',
          title: 'Tiimi',
          goals: [
            {
              id: 'g1',
              title: 'Tavoite',
              actions: [
                { id: 'a', text: 'A', status: 'done', subActions: [{ id: 'a1', text: 'A1', status: 'inProgress' }] },
                { id: 'b', text: 'B', status: 'cancelled' },
              ],
              metrics: [{ id: 'm', text: 'M', values: [{ year: 2026, target: '1', actual: '2' }, { year: 2027, target: '1' }] }],
            },
            { id: 'g2', title: 'Toinen', actions: [{ id: 'c', text: 'C', status: 'done' }], metrics: [] },
          ],
        },
        { id: 't2', kind: 'crossCutting', title: 'Osio', goals: [{ id: 'g3', title: 'Kolmas', actions: [{ id: 'd', text: 'D' }], metrics: [] }] },
      ],
    });
    const summary = summaryOf(plan, []);
    const headerRow = rowOf(cellsWithText(summary, 'Tiimi tai osio')[0]!.ref);
    const resultAt = (ref: string) => {
      const value = cellAt(summary, ref)?.value;
      return value?.kind === 'formula' ? value.result : undefined;
    };
    const number = (v: number) => ({ kind: 'number', value: String(v) });

    it('reads row i of Sections and sums its goals\' columns on Tavoitteet; the share is blank with nothing followed', () => {
      const first = headerRow + 1;
      expect(formulaAt(summary, `A${first}`)).toBe('IFERROR(INDEX(Sections[Tiimi tai osio],1)&"","")');
      expect(formulaAt(summary, `C${first}`)).toBe(
        'IFERROR(IF(INDEX(Sections[Tunnus],1)="","",SUMIFS(Goals[Toteutuneet],Goals[Tiimi],INDEX(Sections[Tunnus],1))),"")',
      );
      expect(formulaAt(summary, `E${first}`)).toBe(`IF(OR(D${first}="",D${first}=0),"",C${first}/D${first})`);
      expect([first, first + 1].map((row) => ['A', 'C', 'D', 'E'].map((c) => resultAt(`${c}${row}`)))).toEqual([
        [{ kind: 'text', text: 'Tiimi' }, number(2), number(3), { kind: 'number', value: '0.66666666666666666667' }],
        [{ kind: 'text', text: 'Osio' }, number(0), number(0), { kind: 'text', text: '' }],
      ]);
      const total = first + 2;
      expect(textAt(summary, `A${total}`)).toBe('Koko suunnitelma');
      expect(formulaAt(summary, `C${total}`)).toBe('SUM(Goals[Toteutuneet])');
      expect(['C', 'D', 'E'].map((c) => resultAt(`${c}${total}`))).toEqual([number(2), number(3), { kind: 'number', value: '0.66666666666666666667' }]);
    });

    it('counts the metric values by status on MetricValues', () => {
      const reached = cellsWithText(summary, 'Tavoite saavutettu')[0]!.ref;
      expect(formulaAt(summary, `C${rowOf(reached)}`)).toBe('COUNTIF(MetricValues[Tila],"Saavutettu")');
      expect(['Tavoite saavutettu', 'Tavoite ei saavutettu', 'Ei tietoa'].map((label) => resultAt(`C${rowOf(cellsWithText(summary, label)[0]!.ref)}`))).toEqual([
        number(1),
        number(0),
        number(1),
      ]);
    });

    it('charts the teams\' shares as bars beside the table', () => {
      const chart = summary.charts.find((c) => c.title === 'Toimenpiteiden toteutumisaste tiimeittäin')!;
      expect(chart.kind).toBe('bar');
      expect(chart.series).toEqual([
        {
          name: { ref: `'Yhteenveto'!$E$${headerRow}` },
          categories: `'Yhteenveto'!$A$${headerRow + 1}:$A$${headerRow + 2}`,
          values: `'Yhteenveto'!$E$${headerRow + 1}:$E$${headerRow + 2}`,
        },
      ]);
      expect([chart.from, chart.valueRange]).toEqual([`F${headerRow}`, { min: 0, max: 1 }]);
    });
  });

  it('says when the plan has neither staff nor projects, and has no contribution chart without municipalities', () => {
    const plan = minimalPlan({ municipalities: [] });
    const layout = summaryOf(plan, []);
    expect(layout.cells.some((c) => c.value.kind === 'text' && c.value.text === 'Suunnitelmassa ei ole henkilöstö- eikä hanketietoja.')).toBe(true);
    expect(layout.charts.map((c) => c.title)).toEqual(['Talousarvio ja rahoitus vuosittain', 'Toimenpiteiden toteutumisaste tiimeittäin']);
  });
});
