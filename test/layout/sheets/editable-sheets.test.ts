import { widthInCharacters, widthInPoints } from '../../../src/layout/column-width';
import { pageFooter, pageHeader } from '../../support/layouts';
import { actionsSheet } from '../../../src/layout/sheets/actions-sheet';
import { budgetSheet } from '../../../src/layout/sheets/budget-sheet';
import { editableSheets } from '../../../src/layout/sheets/editable-sheets';
import { goalsSheet } from '../../../src/layout/sheets/goals-sheet';
import { metricsSheet } from '../../../src/layout/sheets/metrics-sheet';
import { municipalitiesDefinedNames, municipalitiesSheet } from '../../../src/layout/sheets/municipalities-sheet';
import { sectionsSheet } from '../../../src/layout/sheets/sections-sheet';
import type { Language, Plan } from '../../../src/model/plan';
import type { CellValue, SheetLayout } from '../../../src/layout/workbook-layout';
import { parseAddress, parseRange } from '../../../src/layout/a1';
import { charactersPerLine, rowHeightFor, textLineCount } from '../../../src/layout/text-lines';
import { LANDSCAPE_PRINT_WIDTH } from '../../../src/layout/sheets/sheet-common';
import { readFixture } from '../read/read-fixture';
import { examplePlan, rowOf } from './sheet-queries';

type SheetFunction = (plan: Plan, language?: Language) => SheetLayout;

const cell = (sheet: SheetLayout, ref: string) => sheet.cells.find((c) => c.ref === ref);
const value = (sheet: SheetLayout, ref: string): CellValue | undefined => cell(sheet, ref)?.value;
const table = (sheet: SheetLayout, name: string) => {
  const found = sheet.tables.find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
};

describe('every editable sheet', () => {
  const sheets: Array<[string, SheetFunction, { fi: string; en: string }, string[], string]> = [
    ['municipalitiesSheet', municipalitiesSheet, { fi: 'Kunnat', en: 'Municipalities' }, ['Municipalities'], '8:8'],
    ['sectionsSheet', sectionsSheet, { fi: 'Tiimit', en: 'Teams' }, ['Sections'], '3:3'],
    ['goalsSheet', goalsSheet, { fi: 'Tavoitteet', en: 'Goals' }, ['Goals'], '3:3'],
    ['actionsSheet', actionsSheet, { fi: 'Toimenpiteet', en: 'Actions' }, ['Actions'], '3:3'],
    ['metricsSheet', metricsSheet, { fi: 'Mittarit', en: 'Metrics' }, ['Metrics', 'MetricValues'], '3:3'],
  ];

  it.each(sheets)('%s: named in the plan language, its tables, header frozen, A4 landscape with the header row repeated', (_name, layOut, names, tables, titleRows) => {
    for (const language of ['fi', 'en'] as const) {
      const sheet = layOut(readFixture(language));
      expect(sheet.name).toBe(names[language]);
      expect(sheet.kind).toBe('editable');
      expect(sheet.protected).toBe(false);
      expect(sheet.tables.map((t) => t.name)).toEqual(tables);
      expect(sheet.freeze).toEqual({ rows: Number(titleRows.split(':')[0]), columns: 0 });
      expect(sheet.print).toMatchObject({ paperSize: 'A4', orientation: 'landscape', fitToWidth: true, printTitleRows: titleRows });
      expect(pageFooter(sheet.print)).toContain(language === 'fi' ? 'Sivu &P / &N' : 'Page &P of &N');
      expect(pageHeader(sheet.print)).toContain('Kaustisen seutukunta');
      // The header row of every table sits on the print title row.
      for (const t of sheet.tables) expect(t.ref).toMatch(new RegExp(`^[A-Z]+${titleRows.split(':')[0]}:`));
      expect(cell(sheet, 'A1')?.style).toMatchObject({ bold: true });
    }
  });

  it.each([...sheets.map(([name, layOut]) => [name, layOut] as const), ['budgetSheet', budgetSheet] as const])(
    '%s: every row whose wrapped text needs more than one line is as high as its lines (the example)',
    (_name, layOut) => {
      const sheet = layOut(examplePlan());
      const width = (column: number) => widthInCharacters(sheet.columns.find((c) => c.index === column)?.width ?? widthInPoints(8.43));
      let tall = 0;
      for (const c of sheet.cells) {
        if (!c.style?.wrap || c.value.kind !== 'text') continue;
        const column = parseAddress(c.ref)!.column;
        const lines = textLineCount(c.value.text, charactersPerLine(width(column) - 3 * (c.style.indent ?? 0), 11, c.style.bold ?? false));
        if (lines < 2) continue;
        tall += 1;
        expect({ ref: c.ref, height: sheet.rows.find((r) => r.index === rowOf(c.ref))?.height }).toEqual({ ref: c.ref, height: expect.any(Number) });
        expect(sheet.rows.find((r) => r.index === rowOf(c.ref))!.height).toBeGreaterThanOrEqual(rowHeightFor(lines, 11));
      }
      // The example's teams and their notes fit one line each; every other sheet has taller rows.
      if (layOut !== sectionsSheet) expect(tall).toBeGreaterThan(0);
    },
  );

  it('editableSheets gives the six sheets, the hidden metadata sheet and the council names', () => {
    const { sheets: all, definedNames } = editableSheets(readFixture());
    expect(all.map((s) => s.role)).toEqual(['municipalities', 'budget', 'sections', 'goals', 'actions', 'metrics', 'metadata']);
    expect(definedNames.map((n) => n.name)).toEqual(['CouncilSeatsPerStartedInhabitants', 'CouncilMinimumSeats', 'CouncilDeclaredSize']);
  });

  it('writes every text as a text cell, even one that looks like a formula or a number', () => {
    const plan = readFixture();
    plan.municipalities[0]!.note = '=SUM(A1:A2)';
    plan.sections[0]!.title = '+1';
    plan.sections[0]!.goals[0]!.metrics[0]!.unit = '100';
    expect(value(municipalitiesSheet(plan), 'G9')).toEqual({ kind: 'text', text: '=SUM(A1:A2)' });
    expect(value(sectionsSheet(plan), 'C4')).toEqual({ kind: 'text', text: '+1' });
    expect(value(metricsSheet(plan), 'E4')).toEqual({ kind: 'text', text: '100' });
    expect(value(goalsSheet(plan), 'C4')).toEqual({ kind: 'text', text: 'Talous on tasapainossa' });
  });
});

describe('Kunnat', () => {
  const sheet = municipalitiesSheet(readFixture());

  it.each([
    ['A8', { kind: 'text', text: 'Tunnus' }],
    ['C8', { kind: 'text', text: 'Asukasluku' }],
    ['A9', { kind: 'text', text: 'halsua' }],
    ['C10', { kind: 'number', value: '4118' }],
    ['D9', { kind: 'date', iso: '2024-12-31' }],
    ['G10', { kind: 'text', text: 'Suurin' }],
    ['A3', { kind: 'text', text: 'Yksi valtuutettu alkavaa asukasmäärää kohti' }],
    ['C3', { kind: 'number', value: '1000' }],
    ['C4', { kind: 'number', value: '2' }],
    ['C5', { kind: 'number', value: '9' }],
  ])('%s holds %j', (ref, expected) => {
    expect(value(sheet, ref)).toEqual(expected);
  });

  it('has the Municipalities table with its calculated columns', () => {
    const municipalities = table(sheet, 'Municipalities');
    expect(municipalities.ref).toBe('A8:G11');
    expect(municipalities.columns.map((c) => c.name)).toEqual([
      'Tunnus',
      'Kunta',
      'Asukasluku',
      'Väestöpäivä',
      'Väestöosuus',
      'Valtuustopaikat',
      'Huomautus',
    ]);
    const population = 'Municipalities[[#This Row],[Asukasluku]]';
    expect(municipalities.columns[4]!.formula).toBe(
      `IF(OR(${population}="",SUM(Municipalities[Asukasluku])=0),"",${population}/SUM(Municipalities[Asukasluku]))`,
    );
    expect(municipalities.columns[5]!.formula).toBe(
      `IF(${population}="","",MAX(CouncilMinimumSeats,ROUNDUP(${population}/CouncilSeatsPerStartedInhabitants,0)))`,
    );
    for (const row of [9, 10, 11]) {
      expect(value(sheet, `F${row}`)).toMatchObject({ kind: 'formula', formula: municipalities.columns[5]!.formula });
    }
  });

  it.each([
    ['C7', 'SUM(Municipalities[Asukasluku])'],
    ['E7', 'SUM(Municipalities[Väestöosuus])'],
    ['F7', 'SUM(Municipalities[Valtuustopaikat])'],
    ['G7', 'IF(SUM(Municipalities[Valtuustopaikat])=CouncilDeclaredSize,"Paikat yhteensä = valtuuston koko","Paikkoja yhteensä eri määrä kuin valtuuston koko")'],
  ])('the total row above the table: %s = %s', (ref, formula) => {
    expect(value(sheet, ref)).toMatchObject({ kind: 'formula', formula });
  });

  it('names the council rule cells', () => {
    expect(municipalitiesDefinedNames('fi')).toEqual([
      { name: 'CouncilSeatsPerStartedInhabitants', ref: "'Kunnat'!$C$3" },
      { name: 'CouncilMinimumSeats', ref: "'Kunnat'!$C$4" },
      { name: 'CouncilDeclaredSize', ref: "'Kunnat'!$C$5" },
    ]);
    expect(municipalitiesDefinedNames('en')[0]!.ref).toBe("'Municipalities'!$C$3");
  });

  it.each([
    ['C9', '#,##0'],
    ['D9', 'd.m.yyyy'],
    ['E9', '0.0 %'],
    ['F9', '#,##0'],
    ['C7', '#,##0'],
  ])('%s is formatted %s', (ref, format) => {
    expect(cell(sheet, ref)?.style?.numberFormat).toBe(format);
  });

  it('flags a seat total that differs from the council size', () => {
    expect(sheet.conditionalFormats).toEqual([
      { range: 'G7', formula: 'F7<>CouncilDeclaredSize', style: expect.objectContaining({ bold: true }) },
    ]);
  });

  it('writes a date before 1900-03-01 as ISO text, and an empty table as one empty row', () => {
    const plan = readFixture();
    plan.municipalities = [{ id: 'vanha', name: 'Vanha', population: 10, populationDate: '1899-12-31' }];
    expect(value(municipalitiesSheet(plan), 'D9')).toEqual({ kind: 'text', text: '1899-12-31' });
    plan.municipalities = [];
    expect(table(municipalitiesSheet(plan), 'Municipalities').ref).toBe('A8:G9');
  });
});

describe('Talousarvio', () => {
  const sheet = budgetSheet(readFixture());
  const years = table(sheet, 'BudgetYears');
  const lines = table(sheet, 'BudgetLines');
  const row = (header: string) => `BudgetYears[[#This Row],[${header}]]`;
  const range = (ref: string) => parseRange(ref)!;

  it('named in the plan language, its tables, A4 landscape fitted to the width, no frozen header and on one page none repeated', () => {
    for (const language of ['fi', 'en'] as const) {
      const budget = budgetSheet(readFixture(language));
      expect(budget.name).toBe(language === 'fi' ? 'Talousarvio' : 'Budget');
      expect([budget.kind, budget.protected]).toEqual(['editable', false]);
      expect(budget.tables.map((t) => t.name)).toEqual(['BudgetYears', 'BudgetLines']);
      // Two tables with different headers, one above the other: neither header belongs on top of every page.
      expect(budget.freeze).toBeUndefined();
      expect(budget.print).toMatchObject({ paperSize: 'A4', orientation: 'landscape', fitToWidth: true });
      expect(budget.print.printTitleRows).toBeUndefined();
      expect(pageFooter(budget.print)).toContain(language === 'fi' ? 'Sivu &P / &N' : 'Page &P of &N');
      expect(cell(budget, 'A1')?.style).toMatchObject({ bold: true });
    }
  });

  it('places BudgetLines below BudgetYears, in its columns, with one column per year', () => {
    expect(years.ref).toBe('A4:J7');
    expect(lines.ref).toBe('A11:G13');
    expect(lines.columns.map((c) => c.name)).toEqual(['Tunnus', 'Nimi', 'Tiimi', 'Huomautus', '2025', '2026', '2027']);
    expect(value(sheet, 'A2')).toEqual({ kind: 'text', text: 'Vuodet ja rahoitus' });
    expect(value(sheet, 'A9')).toEqual({ kind: 'text', text: 'Talousarviorivit' });
    // A blank row between the tables.
    expect(sheet.cells.filter((c) => rowOf(c.ref) === 8)).toEqual([]);
  });

  it.each([
    ['the example, seven years: BudgetLines has more columns and stands on top', examplePlan(), ['BudgetLines', 'BudgetYears']],
    ['the fixture, three years', readFixture(), ['BudgetYears', 'BudgetLines']],
  ])('%s; the lower table lies within the upper table\'s columns', (_title, plan, order) => {
    const budget = budgetSheet(plan);
    const [upper, lower] = [...budget.tables].sort((a, b) => range(a.ref).from.row - range(b.ref).from.row);
    expect([upper!.name, lower!.name]).toEqual(order);
    expect(range(upper!.ref).from.row).toBe(4);
    expect(range(lower!.ref).from.column).toBeGreaterThanOrEqual(range(upper!.ref).from.column);
    expect(range(lower!.ref).to.column).toBeLessThanOrEqual(range(upper!.ref).to.column);
    expect(range(lower!.ref).from.row).toBeGreaterThan(range(upper!.ref).to.row + 1);
  });

  it('repeats the header of the table that runs on to the next page: years with long notes, below the lines', () => {
    const plan = examplePlan();
    plan.budget.years.forEach((year) => (year.note = 'Pitkä huomautus, joka ei mahdu yhdelle riville. '.repeat(8)));
    const budget = budgetSheet(plan);
    const header = range(table(budget, 'BudgetYears').ref).from.row;
    expect(budget.print.printTitleRows).toBe(`${header}:${header}`);
  });

  it('prints within LANDSCAPE_PRINT_WIDTH, the years\' note taking what the other columns leave', () => {
    for (const plan of [readFixture(), examplePlan()]) {
      const widths = budgetSheet(plan).columns.reduce((sum, c) => sum + widthInCharacters(c.width), 0);
      expect(widths).toBeLessThanOrEqual(LANDSCAPE_PRINT_WIDTH);
    }
    const note = range(years.ref).to.column;
    expect(widthInCharacters(sheet.columns.find((c) => c.index === note)!.width)).toBeGreaterThanOrEqual(24);
  });

  it('gives a row the height its wrapped note needs', () => {
    const plan = readFixture();
    plan.budget.years[0]!.note = 'Pitkä huomautus, joka ei mahdu yhdelle riville. '.repeat(6);
    const budget = budgetSheet(plan);
    const first = range(table(budget, 'BudgetYears').ref).from.row + 1;
    expect(budget.rows.find((r) => r.index === first)?.height).toBeGreaterThan(45);
    expect(budget.rows.find((r) => r.index === first + 1)).toBeUndefined();
  });

  it.each([
    ['Tarkistus', `IF(OR(${row('Yhteensä')}="",${row('Kuntarahoitus')}="",${row('Ulkopuolinen rahoitus')}=""),"",ROUND(${row('Yhteensä')}-${row('Kuntarahoitus')}-${row('Ulkopuolinen rahoitus')},2))`],
    ['Kuntarahoitus %', `IF(OR(${row('Yhteensä')}="",${row('Kuntarahoitus')}="",${row('Yhteensä')}=0),"",${row('Kuntarahoitus')}/${row('Yhteensä')})`],
    [
      'Muutos €',
      `IF(OR(${row('Yhteensä')}="",SUMPRODUCT((BudgetYears[Vuosi]=${row('Vuosi')}-1)*ISNUMBER(BudgetYears[Yhteensä]))=0),"",ROUND(${row('Yhteensä')}-SUMIFS(BudgetYears[Yhteensä],BudgetYears[Vuosi],${row('Vuosi')}-1),2))`,
    ],
    [
      'Muutos %',
      `IF(OR(${row('Muutos €')}="",SUMIFS(BudgetYears[Yhteensä],BudgetYears[Vuosi],${row('Vuosi')}-1)=0),"",${row('Muutos €')}/SUMIFS(BudgetYears[Yhteensä],BudgetYears[Vuosi],${row('Vuosi')}-1))`,
    ],
  ])('the calculated column %s', (header, formula) => {
    expect(years.columns.find((c) => c.name === header)?.formula).toBe(formula);
  });

  it.each([
    ['A5', { kind: 'number', value: '2025' }],
    ['B5', { kind: 'text', text: 'TA' }],
    ['C6', { kind: 'number', value: '1853839.50' }],
    ['E6', { kind: 'number', value: '850106' }],
    ['J7', { kind: 'text', text: 'Arvio puuttuu' }],
    ['A12', { kind: 'text', text: 'l-1' }],
    ['C12', { kind: 'text', text: 'hallinto' }],
    ['F12', { kind: 'number', value: '310000.25' }],
    // A styled cell without a value is an empty text, which the writers leave empty.
    ['E13', { kind: 'text', text: '' }],
    // The totals stand directly above BudgetLines' header.
    ['E10', { kind: 'formula', formula: 'IF(COUNT(BudgetLines[2025])=0,"",SUM(BudgetLines[2025]))', result: { kind: 'number', value: '300000' } }],
    ['B10', { kind: 'formula', formula: 'IF(COUNTA(BudgetLines[Tunnus])=0,"Talousarviorivejä ei ole.","Rivit yhteensä")', result: { kind: 'text', text: 'Rivit yhteensä' } }],
    // BudgetYears' line for when it has no rows, blank while it has.
    ['A3', { kind: 'formula', formula: 'IF(COUNTA(BudgetYears[Vuosi])=0,"Talousarviovuosia ei ole.","")', result: { kind: 'text', text: '' } }],
  ])('%s holds %j', (ref, expected) => {
    expect(value(sheet, ref)).toEqual(expected);
  });

  it('shows cents where any amount has them, whole euros otherwise', () => {
    expect(cell(sheet, 'C5')?.style?.numberFormat).toBe('#,##0.00 "€"');
    const plan = readFixture();
    plan.budget.years[1]!.total = '1853840';
    plan.budget.years[1]!.municipalFunding = '1003734';
    expect(cell(budgetSheet(plan), 'C5')?.style?.numberFormat).toBe('#,##0 "€"');
    expect(cell(sheet, 'G5')?.style?.numberFormat).toBe('0.0 %');
  });

  it('offers the year kinds and the team ids as lists', () => {
    expect(sheet.dataValidations).toEqual([
      expect.objectContaining({ range: 'B5:B7', list: { values: ['TP', 'TA', 'TS'] }, allowBlank: false }),
      expect.objectContaining({ range: 'C12:C13', list: { formula: 'INDIRECT("Sections[Tunnus]")' }, allowBlank: true }),
    ]);
    expect(budgetSheet(readFixture('en')).dataValidations[0]!.list).toEqual({ values: ['Actual', 'Budget', 'Plan'] });
  });
});

describe('Tiimit, Tavoitteet, Toimenpiteet, Mittarit', () => {
  const plan = readFixture();

  it('Tiimit: one row per section, kind as its label', () => {
    const sheet = sectionsSheet(plan);
    expect(table(sheet, 'Sections').ref).toBe('A3:D5');
    expect(value(sheet, 'B4')).toEqual({ kind: 'text', text: 'Tiimi' });
    expect(value(sheet, 'B5')).toEqual({ kind: 'text', text: 'Läpileikkaava' });
    expect(value(sheet, 'D5')).toEqual({ kind: 'text', text: 'Läpileikkaava' });
    expect(sheet.dataValidations).toEqual([expect.objectContaining({ range: 'B4:B5', list: { values: ['Tiimi', 'Läpileikkaava'] } })]);
  });

  it('Tavoitteet: goals with their team, scope ids and responsible bodies one per line', () => {
    const sheet = goalsSheet(plan);
    expect(table(sheet, 'Goals').ref).toBe('A3:L6');
    expect(value(sheet, 'B6')).toEqual({ kind: 'text', text: 'viestinta' });
    expect(value(sheet, 'F5')).toEqual({ kind: 'text', text: 'halsua, kaustinen' });
    expect(value(sheet, 'G5')).toEqual({ kind: 'text', text: '(Halsua ja Kaustinen)' });
    expect(value(sheet, 'H4')).toEqual({ kind: 'text', text: 'Johtoryhmä\nSeutuvaltuusto' });
    expect(sheet.dataValidations).toEqual([
      expect.objectContaining({ range: 'B4:B6', list: { formula: 'INDIRECT("Sections[Tunnus]")' }, allowBlank: false }),
    ]);
  });

  it('Tavoitteet: the progress of each goal\'s actions as calculated columns over the Actions table, blank with nothing followed', () => {
    const sheet = goalsSheet(plan);
    const goals = table(sheet, 'Goals');
    expect(goals.columns.slice(-3)).toEqual([
      {
        name: 'Toteutuneet',
        formula: 'IF(Goals[[#This Row],[Tunnus]]="","",COUNTIFS(Actions[Tavoite],Goals[[#This Row],[Tunnus]],Actions[Tila],"Toteutunut"))',
      },
      {
        name: 'Seurattavat',
        formula:
          'IF(Goals[[#This Row],[Tunnus]]="","",' +
          ['Suunniteltu', 'Käynnissä', 'Toteutunut'].map((label) => `COUNTIFS(Actions[Tavoite],Goals[[#This Row],[Tunnus]],Actions[Tila],"${label}")`).join('+') +
          ')',
      },
      {
        name: 'Toteutumisaste',
        formula: 'IF(OR(Goals[[#This Row],[Tunnus]]="",Goals[[#This Row],[Seurattavat]]=0),"",Goals[[#This Row],[Toteutuneet]]/Goals[[#This Row],[Seurattavat]])',
      },
    ]);
    // g-1: a-1 in progress, its sub-actions one without a status and one planned, a-2 without: 0 of 2. g-2 and g-3: nothing followed.
    const results = [4, 5, 6].map((row) => ['J', 'K', 'L'].map((c) => (value(sheet, `${c}${row}`) as { result?: unknown }).result));
    expect(results).toEqual([
      [{ kind: 'number', value: '0' }, { kind: 'number', value: '2' }, { kind: 'number', value: '0' }],
      [{ kind: 'number', value: '0' }, { kind: 'number', value: '0' }, { kind: 'text', text: '' }],
      [{ kind: 'number', value: '0' }, { kind: 'number', value: '0' }, { kind: 'text', text: '' }],
    ]);
    expect(cell(sheet, 'L4')?.style?.numberFormat).toBe('0.0 %');
  });

  it('Toimenpiteet: each action followed by its sub-actions, which name their parent and are indented', () => {
    const sheet = actionsSheet(plan);
    expect(table(sheet, 'Actions').ref).toBe('A3:E8');
    const rows = [4, 5, 6, 7, 8].map((r) => ['A', 'B', 'C'].map((c) => (value(sheet, `${c}${r}`) as { text?: string } | undefined)?.text || undefined));
    expect(rows).toEqual([
      ['a-1', 'g-1', undefined],
      ['a-1-1', 'g-1', 'a-1'],
      ['a-1-2', 'g-1', 'a-1'],
      ['a-2', 'g-1', undefined],
      ['a-3', 'g-2', undefined],
    ]);
    expect(cell(sheet, 'D5')?.style?.indent).toBe(1);
    expect(cell(sheet, 'D4')?.style?.indent).toBeUndefined();
    expect(value(sheet, 'D7')).toEqual({ kind: 'text', text: '=Laaditaan talousarvio' });
    expect(value(sheet, 'E4')).toEqual({ kind: 'text', text: 'Käynnissä' });
    expect(sheet.dataValidations.map((v) => [v.range, v.list, v.allowBlank])).toEqual([
      ['B4:B8', { formula: 'INDIRECT("Goals[Tunnus]")' }, false],
      ['C4:C8', { formula: 'INDIRECT("Actions[Tunnus]")' }, true],
      ['E4:E8', { values: ['Suunniteltu', 'Käynnissä', 'Toteutunut', 'Peruttu'] }, true],
    ]);
  });

  it('Mittarit: metrics and, beside them, their values per year', () => {
    const sheet = metricsSheet(plan);
    expect(table(sheet, 'Metrics').ref).toBe('A3:E5');
    expect(table(sheet, 'MetricValues').ref).toBe('G3:L5');
    expect(value(sheet, 'D4')).toEqual({ kind: 'text', text: 'Tulosmittari' });
    expect(value(sheet, 'K4')).toEqual({ kind: 'number', value: '-14.5' });
    expect(value(sheet, 'J5')).toEqual({ kind: 'number', value: '0' });
    expect(value(sheet, 'H5')).toEqual({ kind: 'number', value: '2026' });
    // An actual without a target, a target without an actual: no data either way.
    expect([4, 5].map((row) => (value(sheet, `L${row}`) as { result?: unknown }).result)).toEqual([
      { kind: 'text', text: 'Ei tietoa' },
      { kind: 'text', text: 'Ei tietoa' },
    ]);
    expect(table(sheet, 'MetricValues').columns[5]).toEqual({
      name: 'Tila',
      formula:
        'IF(MetricValues[[#This Row],[Mittari]]="","",IF(OR(MetricValues[[#This Row],[Tavoite]]="",MetricValues[[#This Row],[Toteuma]]=""),"Ei tietoa",' +
        'IF(IF(AND(MetricValues[[#This Row],[Lähtötaso]]<>"",MetricValues[[#This Row],[Lähtötaso]]>MetricValues[[#This Row],[Tavoite]]),' +
        'MetricValues[[#This Row],[Toteuma]]<=MetricValues[[#This Row],[Tavoite]],MetricValues[[#This Row],[Toteuma]]>=MetricValues[[#This Row],[Tavoite]]),"Saavutettu","Ei saavutettu")))',
    });
    expect(sheet.dataValidations.map((v) => [v.range, v.list])).toEqual([
      ['B4:B5', { formula: 'INDIRECT("Goals[Tunnus]")' }],
      ['D4:D5', { values: ['Suoritemittari', 'Tulosmittari'] }],
      ['G4:G5', { formula: 'INDIRECT("Metrics[Tunnus]")' }],
    ]);
  });

  it('English headers and labels in an English plan', () => {
    const english = readFixture('en');
    expect(table(goalsSheet(english), 'Goals').columns[0]!.name).toBe('Id');
    expect(value(actionsSheet(english), 'E4')).toEqual({ kind: 'text', text: 'In progress' });
    expect(metricsSheet(english).dataValidations[0]!.list).toEqual({ formula: 'INDIRECT("Goals[Id]")' });
  });

  it('every validation says what to do in the plan language', () => {
    const validation = actionsSheet(plan).dataValidations[0]!;
    expect(validation.error).toEqual({ title: 'Tuntematon tunnus', message: 'Valitse luettelosta tunnus, joka on jo taulukossa Goals.' });
  });
});
