import { localise } from '../../model/messages/catalogue';
import type { Language, Plan, Pool } from '../../model/plan';
import { layoutMessages, type LayoutMessageKey } from '../layout.messages';
import { num, SheetBuilder, text } from '../sheet-builder';
import { columnRef } from '../structured-ref';
import { FORMATS, STYLES } from '../styles';
import { MUNICIPALITIES_TABLE, POOL_MEMBERS_TABLE, POOLS_TABLE, PREVIOUS_CONTRIBUTIONS_TABLE, type TableSpec } from '../schema/tables';
import type { SheetLayout } from '../workbook-layout';
import type { PoolBlockRefs } from './pool-allocation-block';
import {
  columnStyles,
  enumCell,
  enumValidation,
  header,
  HEADER_STYLE,
  moneyCell,
  moneyFormat,
  orientationFor,
  referenceValidation,
  sheetName,
  tablePrint,
  tableRow,
  noteCell,
  textCell,
  TITLE_ROW,
} from './sheet-common';

/**
 * Kustannuserät: the cost pools and how each is shared, the inputs of the
 * municipal contributions. Three editable tables one above another in
 * column A, each with its title above it and a blank row between, each
 * within the columns of the one above: inserting a table row shifts the
 * cells below it in the table's own columns only, so a table below that
 * reached further right would be split and Excel would refuse the insert.
 *
 * The sheet is not protected, so every table grows in Excel as any table
 * does (a protected sheet's tables cannot); Kuntaosuudet, which is
 * protected, computes from these tables by id (SUMIFS, COUNTIFS, MATCH
 * over their columns), so the order of the rows does not matter.
 */

const INTRO_ROW = TITLE_ROW + 1;
const FIRST_TABLE_TOP = INTRO_ROW + 2;

export interface CostPoolsLayout {
  sheet: SheetLayout;
  /** The tables' columns as the contribution formulas refer to them, in the workbook's language. */
  poolBlockRefs: PoolBlockRefs;
}

export function costPoolsLayout(plan: Plan, language: Language = plan.language): CostPoolsLayout {
  const m = (key: LayoutMessageKey, params: Record<string, string | number> = {}): string => localise(layoutMessages, key, params)[language];
  const b = new SheetBuilder('costPools', sheetName('costPools', language), 'editable');
  b.set(1, TITLE_ROW, text(m('costPools.title', { year: plan.budgetYear })), STYLES.title);
  b.set(1, INTRO_ROW, text(m('costPools.intro', { sheet: sheetName('contributions', language) })), { italic: true });

  const pools = plan.contributions.pools;
  const poolsTop = FIRST_TABLE_TOP;
  b.set(1, poolsTop, text(m('contributions.poolsTitle')), STYLES.subtitle);
  const poolRows = pools.map((pool) =>
    tableRow(POOLS_TABLE, {
      id: textCell(pool.id),
      name: textCell(pool.name),
      amount: moneyCell(pool.amount),
      key: enumCell('allocationKey', pool.key.kind, language),
      rounding: enumCell('rounding', pool.rounding, language),
      allMunicipalities: enumCell('yesNo', pool.municipalities === undefined ? 'yes' : 'no', language),
      note: noteCell(pool.note, language),
    }),
  );
  const poolStyles = columnStyles(POOLS_TABLE, moneyFormat(pools.map((p) => p.amount)));
  const poolsTable = b.table(POOLS_TABLE, language, { column: 1, row: poolsTop + 1 }, poolRows, { headerStyle: HEADER_STYLE, styles: poolStyles });
  b.dataValidations.push(enumValidation(poolsTable.dataRange('key'), 'allocationKey', language, true));
  b.dataValidations.push(enumValidation(poolsTable.dataRange('rounding'), 'rounding', language, true));
  b.dataValidations.push(enumValidation(poolsTable.dataRange('allMunicipalities'), 'yesNo', language, true));

  const membersTop = poolsTable.lastDataRow + 2;
  b.set(1, membersTop, text(m('contributions.membersTitle')), STYLES.subtitle);
  const memberRows = poolMemberRows(plan).map((row) =>
    tableRow(POOL_MEMBERS_TABLE, {
      pool: textCell(row.pool),
      municipality: textCell(row.municipality),
      weight: row.weight === undefined ? undefined : num(row.weight),
      fixedAmount: moneyCell(row.fixedAmount),
    }),
  );
  const membersTable = b.table(POOL_MEMBERS_TABLE, language, { column: 1, row: membersTop + 1 }, memberRows, {
    headerStyle: HEADER_STYLE,
    styles: columnStyles(POOL_MEMBERS_TABLE, FORMATS.moneyCents),
  });
  b.dataValidations.push(referenceValidation(membersTable.dataRange('pool'), POOLS_TABLE, language, true));
  b.dataValidations.push(referenceValidation(membersTable.dataRange('municipality'), MUNICIPALITIES_TABLE, language, true));

  const previousTop = membersTable.lastDataRow + 2;
  b.set(1, previousTop, text(m('contributions.previousTitle')), STYLES.subtitle);
  const previous = plan.contributions.previous;
  const previousRows = (previous?.amounts ?? []).map((entry) =>
    tableRow(PREVIOUS_CONTRIBUTIONS_TABLE, {
      year: num(previous!.year),
      municipality: textCell(entry.municipality),
      amount: moneyCell(entry.amount),
    }),
  );
  const previousTable = b.table(PREVIOUS_CONTRIBUTIONS_TABLE, language, { column: 1, row: previousTop + 1 }, previousRows, {
    headerStyle: HEADER_STYLE,
    styles: columnStyles(PREVIOUS_CONTRIBUTIONS_TABLE, moneyFormat((previous?.amounts ?? []).map((a) => a.amount))),
  });
  b.dataValidations.push(referenceValidation(previousTable.dataRange('municipality'), MUNICIPALITIES_TABLE, language, true));

  b.fitRowHeights(poolsTop + 1, previousTable.lastDataRow);
  const print = tablePrint(plan, language, poolsTop + 1, orientationFor(POOLS_TABLE));
  const ref = (spec: TableSpec, key: string): string => columnRef(spec.name, header(spec, key, language));
  return {
    sheet: b.build({ ...print, printTitleRows: undefined }, { protected: false }),
    poolBlockRefs: {
      poolId: ref(POOLS_TABLE, 'id'),
      poolName: ref(POOLS_TABLE, 'name'),
      poolAmount: ref(POOLS_TABLE, 'amount'),
      poolKey: ref(POOLS_TABLE, 'key'),
      poolRounding: ref(POOLS_TABLE, 'rounding'),
      poolAll: ref(POOLS_TABLE, 'allMunicipalities'),
      memberPool: ref(POOL_MEMBERS_TABLE, 'pool'),
      memberMunicipality: ref(POOL_MEMBERS_TABLE, 'municipality'),
      memberWeight: ref(POOL_MEMBERS_TABLE, 'weight'),
      memberFixedAmount: ref(POOL_MEMBERS_TABLE, 'fixedAmount'),
      municipalityId: ref(MUNICIPALITIES_TABLE, 'id'),
      municipalityPopulation: ref(MUNICIPALITIES_TABLE, 'population'),
    },
  };
}

export interface PoolMemberRow {
  pool: string;
  municipality: string;
  weight?: string;
  fixedAmount?: string;
}

/**
 * The PoolMembers rows of a plan. A pool that not every municipality shares
 * gets one row per participant (in the pool's order), carrying its weight or
 * fixed amount when the key has them; a participant with two entries gets two
 * rows and one without an entry a row without a value, so that the formulas
 * see the same problem as the engine. A pool that all municipalities share
 * needs rows only for a weights or fixed key: one per entry of the key.
 * (An entry for a municipality outside a restricted pool cannot be shown:
 * a row would make it a participant. The engine reports it.)
 */
export function poolMemberRows(plan: Plan): PoolMemberRow[] {
  const rows: PoolMemberRow[] = [];
  for (const pool of plan.contributions.pools) {
    const entries = keyEntries(pool);
    if (pool.municipalities === undefined) {
      for (const entry of entries) rows.push(memberRow(pool, entry.municipality, entry.value));
      continue;
    }
    const seen = new Set<string>();
    for (const id of pool.municipalities) {
      if (seen.has(id)) continue;
      seen.add(id);
      const own = entries.filter((e) => e.municipality === id);
      if (own.length === 0) rows.push(memberRow(pool, id, undefined));
      for (const entry of own) rows.push(memberRow(pool, id, entry.value));
    }
  }
  return rows;
}

function keyEntries(pool: Pool): Array<{ municipality: string; value: string }> {
  if (pool.key.kind === 'weights') return pool.key.weights.map((w) => ({ municipality: w.municipality, value: w.weight }));
  if (pool.key.kind === 'fixed') return pool.key.amounts.map((a) => ({ municipality: a.municipality, value: a.amount }));
  return [];
}

function memberRow(pool: Pool, municipality: string, value: string | undefined): PoolMemberRow {
  if (pool.key.kind === 'weights') return { pool: pool.id, municipality, weight: value };
  if (pool.key.kind === 'fixed') return { pool: pool.id, municipality, fixedAmount: value };
  return { pool: pool.id, municipality };
}
