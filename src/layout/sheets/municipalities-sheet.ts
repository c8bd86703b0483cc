import { Decimal, ZERO } from '../../engine/money';
import { councilSeats } from '../../engine/seats';
import type { Language, Plan } from '../../model/plan';
import { absoluteAddress, address, sheetRef } from '../a1';
import { layoutMessages } from '../layout.messages';
import { EMPTY_TEXT, formula, num, numberResult, SheetBuilder, text, textResult } from '../sheet-builder';
import { columnRef, formulaString, thisRowRef } from '../structured-ref';
import { COLOURS, FORMATS, STYLES } from '../styles';
import { MUNICIPALITIES_TABLE } from '../schema/tables';
import type { DefinedNameLayout, FormulaResult, SheetLayout } from '../workbook-layout';
import {
  COUNCIL_LABEL_COLUMN,
  COUNCIL_LABEL_KEYS,
  COUNCIL_RULE_NAMES,
  COUNCIL_RULE_ROWS,
  COUNCIL_VALUE_COLUMN,
  type CouncilRuleField,
} from '../schema/council-rule-cells';
import {
  columnStyles,
  dateCell,
  header,
  HEADER_STYLE,
  integerCell,
  orientationFor,
  sheetName,
  tableRow,
  tablePrint,
  noteCell,
  textCell,
  TITLE_ROW,
} from './sheet-common';

/**
 * Kunnat: the member municipalities and the council rule.
 *
 * The council rule sits above the table as labelled cells with workbook
 * names (schema/council-rule-cells.ts).
 *
 * The totals row sits directly above the table's header rather than below the
 * table: a row under a table is swallowed when someone types just below the
 * table (Excel's auto-expansion) and moves with every inserted row, while a
 * row above it stays put whatever happens to the table.
 */

const TOTAL_ROW = 7;
export const MUNICIPALITIES_HEADER_ROW = 8;

export function municipalitiesSheet(plan: Plan, language: Language = plan.language): SheetLayout {
  const spec = MUNICIPALITIES_TABLE;
  const b = new SheetBuilder('municipalities', sheetName('municipalities', language), 'editable');
  b.set(1, TITLE_ROW, text(layoutMessages['municipalities.title'][language]), STYLES.title);

  for (const field of Object.keys(COUNCIL_RULE_ROWS) as CouncilRuleField[]) {
    const row = COUNCIL_RULE_ROWS[field];
    b.set(COUNCIL_LABEL_COLUMN, row, text(layoutMessages[COUNCIL_LABEL_KEYS[field]][language]), STYLES.label);
    b.set(COUNCIL_VALUE_COLUMN, row, num(plan.council[field]), { ...STYLES.integer, border: { bottom: 'thin' } });
    // People keep the council rule's numbers; the labels beside them are PlanSheets'.
    b.editableCells(address(COUNCIL_VALUE_COLUMN, row));
  }

  const h = (key: string): string => header(spec, key, language);
  const population = (): string => thisRowRef(spec.name, h('population'));
  const populationColumn = columnRef(spec.name, h('population'));
  const rows = plan.municipalities.map((m) =>
    tableRow(spec, {
      id: textCell(m.id),
      name: textCell(m.name),
      population: integerCell(m.population),
      populationDate: dateCell(m.populationDate),
      note: noteCell(m.note, language),
    }),
  );
  // What the formulas give: population shares and seats per row (the engine's rule), their totals and the check.
  const populationTotal = plan.municipalities.reduce((total, m) => total.plus(m.population), ZERO);
  const shareResult = (index: number): FormulaResult => {
    const municipality = plan.municipalities[index];
    return municipality === undefined || populationTotal.isZero() ? EMPTY_TEXT : numberResult(new Decimal(municipality.population).div(populationTotal));
  };
  const seatsResult = (index: number): FormulaResult => seatResult(plan, index);
  const shares = plan.municipalities.map((_, i) => shareResult(i));
  const seatsTotalResult = councilSeatsTotalResult(plan);

  const styles = columnStyles(spec);
  styles.populationShare = { ...styles.populationShare, numberFormat: FORMATS.percent1 };
  styles.seats = { ...styles.seats, numberFormat: FORMATS.integer };
  const table = b.table(spec, language, { column: 1, row: MUNICIPALITIES_HEADER_ROW }, rows, {
    headerStyle: HEADER_STYLE,
    styles,
    formulas: {
      populationShare: {
        formula: () => `IF(OR(${population()}="",SUM(${populationColumn})=0),"",${population()}/SUM(${populationColumn}))`,
        result: shareResult,
      },
      seats: {
        formula: () =>
          `IF(${population()}="","",MAX(${COUNCIL_RULE_NAMES.minimumSeats},ROUNDUP(${population()}/${COUNCIL_RULE_NAMES.seatsPerStartedInhabitants},0)))`,
        result: seatsResult,
      },
    },
  });

  const seatsTotal = `SUM(${columnRef(spec.name, h('seats'))})`;
  const totalStyle = { bold: true, fill: COLOURS.derivedFill, border: { top: 'thin' as const } };
  b.set(table.column('name'), TOTAL_ROW, text(layoutMessages['municipalities.total'][language]), totalStyle);
  b.set(table.column('population'), TOTAL_ROW, formula(`SUM(${populationColumn})`, numberResult(populationTotal)), {
    ...totalStyle,
    numberFormat: FORMATS.integer,
  });
  b.set(table.column('populationShare'), TOTAL_ROW, formula(`SUM(${columnRef(spec.name, h('populationShare'))})`, sumOf(shares)), {
    ...totalStyle,
    numberFormat: FORMATS.percent1,
  });
  b.set(table.column('seats'), TOTAL_ROW, formula(seatsTotal, seatsTotalResult), { ...totalStyle, numberFormat: FORMATS.integer });
  const ok = formulaString(layoutMessages['municipalities.seatsCheck.ok'][language]);
  const mismatch = formulaString(layoutMessages['municipalities.seatsCheck.mismatch'][language]);
  const checkCell = address(table.column('note'), TOTAL_ROW);
  const seatsCheckResult: FormulaResult =
    seatsTotalResult.kind !== 'number'
      ? seatsTotalResult
      : textResult(
          layoutMessages[new Decimal(seatsTotalResult.value).eq(plan.council.declaredSize) ? 'municipalities.seatsCheck.ok' : 'municipalities.seatsCheck.mismatch'][language],
        );
  b.set(table.column('note'), TOTAL_ROW, formula(`IF(${seatsTotal}=${COUNCIL_RULE_NAMES.declaredSize},${ok},${mismatch})`, seatsCheckResult), totalStyle);
  // Excel takes no structured references in conditional formats: the rule points at the total's cell.
  b.conditionalFormats.push({
    range: checkCell,
    formula: `${address(table.column('seats'), TOTAL_ROW)}<>${COUNCIL_RULE_NAMES.declaredSize}`,
    style: { fill: COLOURS.errorFill, bold: true },
  });

  b.fitRowHeights(MUNICIPALITIES_HEADER_ROW, table.lastDataRow);
  b.freeze = { rows: MUNICIPALITIES_HEADER_ROW, columns: 0 };
  return b.build(tablePrint(plan, language, MUNICIPALITIES_HEADER_ROW, orientationFor(spec)), { protected: false });
}

/** What the seats formula gives in the table's data row `index`: the engine's seats, blank without a municipality. */
function seatResult(plan: Plan, index: number): FormulaResult {
  const municipality = plan.municipalities[index];
  if (municipality === undefined) return EMPTY_TEXT;
  // The engine refuses a block size that is not positive; ROUNDUP(population / size, 0) divides by zero or rounds away from zero.
  if (plan.council.seatsPerStartedInhabitants === 0) return { kind: 'error', error: '#DIV/0!' };
  if (plan.council.seatsPerStartedInhabitants < 0) {
    const blocks = new Decimal(municipality.population).div(plan.council.seatsPerStartedInhabitants);
    return numberResult(Decimal.max(plan.council.minimumSeats, blocks.toDecimalPlaces(0, Decimal.ROUND_UP)));
  }
  return numberResult(councilSeats(municipality.population, plan.council));
}

/** A SUM over results: their numbers added, or the first error. */
function sumOf(results: readonly FormulaResult[]): FormulaResult {
  const error = results.find((r) => r.kind === 'error');
  return error ?? numberResult(results.reduce((total, r) => (r.kind === 'number' ? total.plus(r.value) : total), ZERO));
}

/** What SUM over the seats column gives (Kunnat's total, Yhteenveto's seats). */
export function councilSeatsTotalResult(plan: Plan): FormulaResult {
  return sumOf(plan.municipalities.map((_, i) => seatResult(plan, i)));
}

/** The workbook names the seats formula uses; the composer adds them to the workbook. */
export function municipalitiesDefinedNames(language: Language): DefinedNameLayout[] {
  const sheet = sheetName('municipalities', language);
  return (Object.keys(COUNCIL_RULE_NAMES) as CouncilRuleField[]).map((field) => ({
    name: COUNCIL_RULE_NAMES[field],
    ref: sheetRef(sheet, absoluteAddress(COUNCIL_VALUE_COLUMN, COUNCIL_RULE_ROWS[field])),
  }));
}
