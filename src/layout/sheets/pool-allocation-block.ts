import { Decimal, ZERO } from '../../engine/money';
import { localise } from '../../model/messages/catalogue';
import type { LocalisedText } from '../../model/language';
import type { Language, Plan, Pool } from '../../model/plan';
import { absoluteAddress, address } from '../a1';
import { layoutMessages, type LayoutMessageKey } from '../layout.messages';
import { EMPTY_TEXT, formula, num, numberResult, type SheetBuilder, text, textResult } from '../sheet-builder';
import { formulaString } from '../structured-ref';
import { COLOURS, FORMATS, STYLES } from '../styles';
import { ENUM_LABELS } from '../schema/tables';
import type { CellStyle, FormulaResult } from '../workbook-layout';
import { enumLabel, HEADER_STYLE } from './sheet-common';

/**
 * One cost pool shared out by live formulas, step by step, exactly as the
 * engine's allocatePool/allocate do it (largest remainder, Hamilton).
 *
 * Why integer units. Floating-point quotas such as 573733 × 985 / 11498 carry
 * noise in their last bits, and the noise differs between municipalities, so
 * flooring or comparing remainders of such numbers can disagree with exact
 * arithmetic. Instead every step works on integers that a double holds
 * exactly:
 *
 *   N  = ROUND(amount × U, 0)               units to share (U = 100 for cents, 1 for euros)
 *   wᵢ = ROUND(weightᵢ × 10^d, 0)           integer weights (d = decimals of the weights, ≤ 6)
 *   W  = Σ wᵢ over the participants
 *   q  = INT(N / W),  s = N − q·W           so N = q·W + s with 0 ≤ s < W
 *   floorᵢ = q·wᵢ + INT(s·wᵢ / W)            = floor(N·wᵢ / W), in units
 *   rᵢ = s·wᵢ − W·INT(s·wᵢ / W)              = (N·wᵢ) mod W, shown as rᵢ / W of a unit
 *
 * s·wᵢ < W², so with W < 10 000 000 every product stays below 10¹⁴ and each
 * INT of a quotient is at least 1/W² (10⁻¹⁴) relative away from a whole
 * number: far beyond the 15 significant digits at which Excel and
 * LibreOffice snap values. A larger W is reported as a status instead of a
 * wrong cent. The rank orders participants by larger remainder, then larger
 * weight, then the plan's municipality order (the engine's tie-break), with
 * SUMPRODUCT over exact comparisons; the first L = N − Σ floor ranks get one
 * unit more. A fixed key takes the amounts themselves as integer weights in
 * units: when they sum to the pool (W = N), q = 1 and s = 0, so each share is
 * its own amount.
 *
 * Where a pool cannot be shared out (the engine's PoolProblem codes), the
 * status code is non-zero, the status cell says why in words, and every
 * quota, floor, rank and share is blank: never #DIV/0!.
 */

/** Table column references the formulas use, resolved for the workbook's language. */
export interface PoolBlockRefs {
  poolId: string;
  poolName: string;
  poolAmount: string;
  poolKey: string;
  poolRounding: string;
  poolAll: string;
  memberPool: string;
  memberMunicipality: string;
  memberWeight: string;
  memberFixedAmount: string;
  municipalityId: string;
  municipalityPopulation: string;
}

export interface PoolAllocationBlock {
  pool: string;
  firstRow: number;
  lastRow: number;
  parameterRow: number;
  firstMunicipalityRow: number;
  /** The share cell (column O) of the municipality at this index of plan.municipalities. */
  shareCell(municipalityIndex: number): string;
  amountCell: string;
  /** The pool's allocation key and rounding as the Pools table gives them (their labels). */
  keyCell: string;
  roundingCell: string;
  statusCodeCell: string;
  statusTextCell: string;
  /** What the cells above give for this plan. */
  shareResult(municipalityIndex: number): FormulaResult;
  amountResult: FormulaResult;
  keyResult: FormulaResult;
  roundingResult: FormulaResult;
  statusTextResult: FormulaResult;
}

/** One row of the PoolMembers table, as written. */
export interface PoolMemberValues {
  pool: string;
  municipality: string;
  weight?: string;
  fixedAmount?: string;
}

/** The largest scaled total weight the formulas compute exactly (see above). */
export const EXACT_WEIGHT_LIMIT = 10_000_000;
/** Weights with more decimals than this are reported rather than rounded. */
export const MAX_WEIGHT_DECIMALS = 6;

/** Columns of the parameter row. */
export const PARAM = {
  id: 1,
  name: 2,
  amount: 3,
  key: 4,
  rounding: 5,
  all: 6,
  found: 7,
  unitsPerEuro: 8,
  units: 9,
  keyIndex: 10,
  allFlag: 11,
  participants: 12,
  memberRows: 13,
  decimals: 14,
  weightScale: 15,
  totalWeight: 16,
  quotient: 17,
  rest: 18,
  leftover: 19,
  code: 20,
  status: 21,
} as const;

/** Columns of the municipality rows. */
export const ROW = {
  id: 1,
  municipality: 2,
  order: 3,
  participates: 4,
  memberRows: 5,
  valueGiven: 6,
  weight: 7,
  decimals: 8,
  integerWeight: 9,
  quota: 10,
  floor: 11,
  remainder: 12,
  rank: 13,
  extra: 14,
  share: 15,
} as const;

const PARAM_LABELS: Record<keyof typeof PARAM, LayoutMessageKey> = {
  id: 'contributions.param.id',
  name: 'contributions.param.name',
  amount: 'contributions.param.amount',
  key: 'contributions.param.key',
  rounding: 'contributions.param.rounding',
  all: 'contributions.param.all',
  found: 'contributions.param.found',
  unitsPerEuro: 'contributions.param.unitsPerEuro',
  units: 'contributions.param.units',
  keyIndex: 'contributions.param.keyIndex',
  allFlag: 'contributions.param.allFlag',
  participants: 'contributions.param.participants',
  memberRows: 'contributions.param.memberRows',
  decimals: 'contributions.param.decimals',
  weightScale: 'contributions.param.weightScale',
  totalWeight: 'contributions.param.totalWeight',
  quotient: 'contributions.param.quotient',
  rest: 'contributions.param.rest',
  leftover: 'contributions.param.leftover',
  code: 'contributions.param.code',
  status: 'contributions.param.status',
};

const ROW_LABELS: Record<keyof typeof ROW, LayoutMessageKey> = {
  id: 'contributions.block.id',
  municipality: 'contributions.block.municipality',
  order: 'contributions.block.order',
  participates: 'contributions.block.participates',
  memberRows: 'contributions.block.memberRows',
  valueGiven: 'contributions.block.valueGiven',
  weight: 'contributions.block.weight',
  decimals: 'contributions.block.decimals',
  integerWeight: 'contributions.block.integerWeight',
  quota: 'contributions.block.quota',
  floor: 'contributions.block.floor',
  remainder: 'contributions.block.remainder',
  rank: 'contributions.block.rank',
  extra: 'contributions.block.extra',
  share: 'contributions.block.share',
};

/** Status codes in the order they are tested; the text of code n is STATUS_MESSAGES[n - 1]. */
export const STATUS_MESSAGES: readonly LayoutMessageKey[] = [
  'contributions.status.notFound',
  'contributions.status.rounding',
  'contributions.status.key',
  'contributions.status.all',
  'contributions.status.negative',
  'contributions.status.notMultiple',
  'contributions.status.unknownMember',
  'contributions.status.noParticipants',
  'contributions.status.population',
  'contributions.status.duplicate',
  'contributions.status.missing',
  'contributions.status.negativeValue',
  'contributions.status.decimals',
  'contributions.status.allZero',
  'contributions.status.fixedUnit',
  'contributions.status.fixedSum',
  'contributions.status.precision',
];

const VALUE_STYLE: CellStyle = { fill: COLOURS.derivedFill, border: { bottom: 'thin' } };
/** The municipality rows' styles, one object each for all the rows of all the blocks (there are many). */
const NO_STYLE: CellStyle = {};
const ROW_STYLES: Partial<Record<keyof typeof ROW, CellStyle>> = {
  quota: { numberFormat: '#,##0.0000 "€"' },
  remainder: { numberFormat: '0.000000' },
  share: { numberFormat: FORMATS.moneyCents, bold: true },
};

/** Lays out the block of one pool from `top`; one municipality row per member municipality, in plan order. */
export function poolAllocationBlock(
  b: SheetBuilder,
  plan: Plan,
  pool: Pool,
  language: Language,
  top: number,
  refs: PoolBlockRefs,
  /** The PoolMembers rows the formulas read (poolMemberRows): the results mirror them. */
  members: readonly PoolMemberValues[],
): PoolAllocationBlock {
  const m = (key: LayoutMessageKey, params: Record<string, string | number> = {}): string =>
    localise(layoutMessages, key, params)[language];
  const label = (values: Record<string, LocalisedText>, key: string): string =>
    formulaString((values[key] as LocalisedText)[language]);

  const labelRow = top + 1;
  const p = labelRow + 1;
  const headerRow = p + 2;
  const first = headerRow + 1;
  const count = Math.max(plan.municipalities.length, 1);
  const last = first + count - 1;

  // Worked out once: every row's formulas name them many times over.
  const parameterRefs = mapKeys(PARAM, (column) => absoluteAddress(column, p));
  const columnRefs = mapKeys(ROW, (column) => `${absoluteAddress(column, first)}:${absoluteAddress(column, last)}`);
  /** Absolute reference to a parameter of this block. */
  const P = (key: keyof typeof PARAM): string => parameterRefs[key];
  /** The whole column of the municipality rows, absolute. */
  const R = (key: keyof typeof ROW): string => columnRefs[key];

  b.set(1, top, text(m('contributions.block.title', { name: pool.name })), STYLES.subtitle);
  for (const key of Object.keys(PARAM) as Array<keyof typeof PARAM>) {
    b.set(PARAM[key], labelRow, text(m(PARAM_LABELS[key])), HEADER_STYLE);
  }
  b.height(labelRow, 60);

  const lookup = (column: string): string => `IFERROR(INDEX(${column},MATCH(${P('id')},${refs.poolId},0))&"","")`;
  const keys = ENUM_LABELS.allocationKey;
  const ok = formulaString(m('contributions.status.ok'));

  const parameters: Record<keyof typeof PARAM, string | null> = {
    id: null,
    name: lookup(refs.poolName),
    amount: `SUMIFS(${refs.poolAmount},${refs.poolId},${P('id')})`,
    key: lookup(refs.poolKey),
    rounding: lookup(refs.poolRounding),
    all: lookup(refs.poolAll),
    found: `COUNTIF(${refs.poolId},${P('id')})`,
    unitsPerEuro: `IF(${P('rounding')}=${label(ENUM_LABELS.rounding, 'cent')},100,IF(${P('rounding')}=${label(ENUM_LABELS.rounding, 'euro')},1,0))`,
    units: `ROUND(${P('amount')}*${P('unitsPerEuro')},0)`,
    keyIndex:
      `IF(${P('key')}=${label(keys, 'population')},1,IF(${P('key')}=${label(keys, 'equal')},2,` +
      `IF(${P('key')}=${label(keys, 'weights')},3,IF(${P('key')}=${label(keys, 'fixed')},4,0))))`,
    allFlag: `IF(${P('all')}=${label(ENUM_LABELS.yesNo, 'yes')},1,IF(${P('all')}=${label(ENUM_LABELS.yesNo, 'no')},0,-1))`,
    participants: `SUM(${R('participates')})`,
    memberRows: `COUNTIF(${refs.memberPool},${P('id')})`,
    decimals: `MAX(${R('decimals')})`,
    weightScale: `IF(${P('keyIndex')}=3,10^MIN(${P('decimals')},${MAX_WEIGHT_DECIMALS}),IF(${P('keyIndex')}=4,${P('unitsPerEuro')},1))`,
    totalWeight: `SUM(${R('integerWeight')})`,
    quotient: `IF(${P('totalWeight')}>0,INT(${P('units')}/${P('totalWeight')}),0)`,
    rest: `${P('units')}-${P('quotient')}*${P('totalWeight')}`,
    leftover: `IF(${P('code')}<>0,"",${P('units')}-SUM(${R('floor')}))`,
    code: statusCode(P, R),
    status: `IF(${P('code')}=0,${ok},CHOOSE(${P('code')},${STATUS_MESSAGES.map((key) => formulaString(m(key))).join(',')}))`,
  };
  const results = poolBlockResults(plan, pool, language, members);
  b.set(PARAM.id, p, text(pool.id), VALUE_STYLE);
  for (const key of Object.keys(PARAM) as Array<keyof typeof PARAM>) {
    const f = parameters[key];
    if (f === null || key === 'id') continue;
    const style: CellStyle = { ...VALUE_STYLE };
    if (key === 'amount') style.numberFormat = FORMATS.moneyCents;
    if (key === 'status') {
      style.bold = true;
      style.wrap = true;
    }
    b.set(PARAM[key], p, formula(f, results.parameters[key]), style);
  }
  const statusCell = address(PARAM.status, p);
  b.conditionalFormats.push({ range: statusCell, formula: `${statusCell}<>${ok}`, style: { fill: COLOURS.errorFill, bold: true } });
  b.conditionalFormats.push({ range: statusCell, formula: `${statusCell}=${ok}`, style: { fill: COLOURS.okFill } });

  for (const key of Object.keys(ROW) as Array<keyof typeof ROW>) {
    b.set(ROW[key], headerRow, text(m(ROW_LABELS[key])), HEADER_STYLE);
  }
  b.height(headerRow, 45);

  plan.municipalities.forEach((municipality, i) => {
    const r = first + i;
    const c = (key: keyof typeof ROW): string => address(ROW[key], r);
    const blank = `OR(${c('participates')}=0,${P('code')}<>0)`;
    const memberCount = `COUNTIFS(${refs.memberPool},${P('id')},${refs.memberMunicipality},${c('id')})`;
    const given = (column: string): string =>
      `SUMPRODUCT((${refs.memberPool}=${P('id')})*(${refs.memberMunicipality}=${c('id')})*ISNUMBER(${column}))`;
    const memberValue = (column: string): string =>
      `SUMIFS(${column},${refs.memberPool},${P('id')},${refs.memberMunicipality},${c('id')})`;
    const decimals = [0, 1, 2, 3, 4, 5, 6].reduceRight(
      (rest, d) => `IF(ROUND(${c('weight')},${d})=${c('weight')},${d},${rest})`,
      String(MAX_WEIGHT_DECIMALS + 1),
    );
    const sW = `${P('rest')}*${c('integerWeight')}`;
    const cells: Record<keyof typeof ROW, string> = {
      id: '',
      municipality: '',
      order: '',
      participates: `IF(${P('allFlag')}=1,1,IF(${memberCount}>0,1,0))`,
      memberRows: memberCount,
      valueGiven: `IF(${P('keyIndex')}=3,${given(refs.memberWeight)},IF(${P('keyIndex')}=4,${given(refs.memberFixedAmount)},1))`,
      weight:
        `IF(OR(${c('participates')}=0,${P('keyIndex')}=0),0,CHOOSE(${P('keyIndex')},` +
        `SUMIFS(${refs.municipalityPopulation},${refs.municipalityId},${c('id')}),1,` +
        `${memberValue(refs.memberWeight)},${memberValue(refs.memberFixedAmount)}))`,
      decimals: `IF(OR(${c('participates')}=0,${P('keyIndex')}<>3),0,${decimals})`,
      integerWeight: `IF(${c('participates')}=0,0,ROUND(${c('weight')}*${P('weightScale')},0))`,
      quota: `IF(${blank},"",IF(${P('totalWeight')}=0,0,${P('amount')}*${c('integerWeight')}/${P('totalWeight')}))`,
      floor: `IF(${blank},"",${P('quotient')}*${c('integerWeight')}+IF(${P('totalWeight')}=0,0,INT(${sW}/${P('totalWeight')})))`,
      remainder: `IF(${blank},"",IF(${P('totalWeight')}=0,0,(${sW}-${P('totalWeight')}*INT(${sW}/${P('totalWeight')}))/${P('totalWeight')}))`,
      rank:
        `IF(OR(${blank},${P('keyIndex')}=4),"",1+SUMPRODUCT(${R('participates')}*((${R('remainder')}>${c('remainder')})` +
        `+(${R('remainder')}=${c('remainder')})*(${R('integerWeight')}>${c('integerWeight')})` +
        `+(${R('remainder')}=${c('remainder')})*(${R('integerWeight')}=${c('integerWeight')})*(${R('order')}<${c('order')}))))`,
      extra: `IF(ISNUMBER(${c('rank')}),IF(${c('rank')}<=${P('leftover')},1,0),0)`,
      share: `IF(${blank},"",(${c('floor')}+${c('extra')})/${P('unitsPerEuro')})`,
    };
    b.set(ROW.id, r, text(municipality.id));
    b.set(ROW.municipality, r, text(municipality.name));
    b.set(ROW.order, r, num(i + 1));
    for (const key of Object.keys(ROW) as Array<keyof typeof ROW>) {
      if (key === 'id' || key === 'municipality' || key === 'order') continue;
      b.set(ROW[key], r, formula(cells[key], (results.rows[i] as PoolBlockResults['rows'][number])[key]), ROW_STYLES[key] ?? NO_STYLE);
    }
  });

  return {
    pool: pool.id,
    firstRow: top,
    lastRow: last,
    parameterRow: p,
    firstMunicipalityRow: first,
    shareCell: (index) => address(ROW.share, first + index),
    amountCell: address(PARAM.amount, p),
    keyCell: address(PARAM.key, p),
    roundingCell: address(PARAM.rounding, p),
    statusCodeCell: address(PARAM.code, p),
    statusTextCell: statusCell,
    shareResult: (index) => (results.rows[index] as PoolBlockResults['rows'][number]).share,
    amountResult: results.parameters.amount,
    keyResult: results.parameters.key,
    roundingResult: results.parameters.rounding,
    statusTextResult: results.parameters.status,
  };
}

function mapKeys<K extends string>(columns: Readonly<Record<K, number>>, ref: (column: number) => string): Record<K, string> {
  return Object.fromEntries((Object.keys(columns) as K[]).map((key) => [key, ref(columns[key])])) as Record<K, string>;
}

/**
 * The first problem found, as a number (0 = none), mirroring the engine's
 * PoolProblem codes for what the tables can express.
 */
function statusCode(P: (key: keyof typeof PARAM) => string, R: (key: keyof typeof ROW) => string): string {
  const key = P('keyIndex');
  const checks: string[] = [
    `${P('found')}<>1`,
    `${P('unitsPerEuro')}=0`,
    `${key}=0`,
    `${P('allFlag')}=-1`,
    `${P('amount')}<0`,
    `ABS(${P('amount')}*${P('unitsPerEuro')}-${P('units')})>0.000001`,
    // A participants row naming a municipality the block does not know: participants.unknown or *.outside-pool.
    `AND(OR(${P('allFlag')}=0,${key}>=3),${P('memberRows')}>SUM(${R('memberRows')}))`,
    `${P('participants')}=0`,
    `AND(${key}=1,SUMPRODUCT(${R('participates')}*(${R('weight')}<=0))>0)`,
    `AND(${key}>=3,MAX(${R('memberRows')})>1)`,
    `AND(${key}>=3,SUMPRODUCT(${R('participates')}*(${R('valueGiven')}=0))>0)`,
    `AND(${key}>=3,SUMPRODUCT(${R('participates')}*(${R('weight')}<0))>0)`,
    `AND(${key}=3,${P('decimals')}>${MAX_WEIGHT_DECIMALS})`,
    `AND(${key}=3,${P('totalWeight')}=0)`,
    `AND(${key}=4,SUMPRODUCT(${R('participates')}*(ABS(${R('weight')}*${P('unitsPerEuro')}-${R('integerWeight')})>0.000001))>0)`,
    `AND(${key}=4,${P('totalWeight')}<>${P('units')})`,
    `AND(${key}<>4,${P('totalWeight')}>=${EXACT_WEIGHT_LIMIT})`,
  ];
  return checks.reduceRight((rest, check, i) => `IF(${check},${i + 1},${rest})`, '0');
}

/** What a pool's block gives: each parameter and each municipality row (plan order). */
export interface PoolBlockResults {
  parameters: Record<Exclude<keyof typeof PARAM, 'id'>, FormulaResult>;
  rows: Array<Record<Exclude<keyof typeof ROW, 'id' | 'municipality' | 'order'>, FormulaResult>>;
  /** The status code (0 = the pool is shared out). */
  code: number;
}

/** Text comparison as in a spreadsheet: COUNTIF, MATCH and = ignore case. */
const sameText = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const roundUnits = (value: Decimal): Decimal => value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
const TOLERANCE = new Decimal('0.000001');

/**
 * The block's results, computed exactly (decimal.js) step by step as its
 * formulas compute them from the tables the layout writes: the Pools rows
 * (plan.contributions.pools), the PoolMembers rows (`members`) and the
 * Municipalities rows. Pools that cannot be shared out get the same status
 * code and blanks as in the workbook. For a pool the engine shares out, the
 * shares equal allocatePool's.
 */
export function poolBlockResults(plan: Plan, pool: Pool, language: Language, members: readonly PoolMemberValues[]): PoolBlockResults {
  const m = (key: LayoutMessageKey): string => localise(layoutMessages, key, {})[language];
  const matches = plan.contributions.pools.filter((other) => sameText(other.id, pool.id));
  const first = matches[0] as Pool;
  const keyLabel = enumLabel('allocationKey', first.key.kind, language);
  const roundingLabel = enumLabel('rounding', first.rounding, language);
  const allLabel = enumLabel('yesNo', first.municipalities === undefined ? 'yes' : 'no', language);
  const amount = matches.reduce((total, other) => total.plus(other.amount), ZERO);
  const found = matches.length;
  const labelOf = (values: Record<string, LocalisedText>, key: string): string => (values[key] as LocalisedText)[language];
  const unitsPerEuro = sameText(roundingLabel, labelOf(ENUM_LABELS.rounding, 'cent')) ? 100 : sameText(roundingLabel, labelOf(ENUM_LABELS.rounding, 'euro')) ? 1 : 0;
  const units = roundUnits(amount.times(unitsPerEuro));
  const keyIndex = (['population', 'equal', 'weights', 'fixed'] as const).findIndex((k) => sameText(keyLabel, labelOf(ENUM_LABELS.allocationKey, k))) + 1;
  const allFlag = sameText(allLabel, labelOf(ENUM_LABELS.yesNo, 'yes')) ? 1 : sameText(allLabel, labelOf(ENUM_LABELS.yesNo, 'no')) ? 0 : -1;
  const poolMembers = membersByPool(members).get(pool.id.toLowerCase()) ?? [];
  // Grouped once by the text the formulas compare (case-insensitively), so that each row looks up rather than scans.
  const membersOf = groupBy(poolMembers, (row) => row.municipality.toLowerCase());
  const populationOf = new Map<string, Decimal>();
  for (const other of plan.municipalities) {
    const id = other.id.toLowerCase();
    populationOf.set(id, (populationOf.get(id) ?? ZERO).plus(other.population));
  }

  const rows = plan.municipalities.map((municipality, i) => {
    const own = membersOf.get(municipality.id.toLowerCase()) ?? [];
    const memberRows = own.length;
    const participates = allFlag === 1 || memberRows > 0 ? 1 : 0;
    const valueOf = (row: PoolMemberValues): string | undefined => (keyIndex === 3 ? row.weight : row.fixedAmount);
    const valueGiven = keyIndex === 3 || keyIndex === 4 ? own.filter((row) => valueOf(row) !== undefined).length : 1;
    let weight = ZERO;
    if (participates === 1 && keyIndex === 1) {
      weight = populationOf.get(municipality.id.toLowerCase()) ?? ZERO;
    } else if (participates === 1 && keyIndex === 2) {
      weight = new Decimal(1);
    } else if (participates === 1 && keyIndex >= 3) {
      weight = own.reduce((total, row) => total.plus(valueOf(row) ?? 0), ZERO);
    }
    const places = weight.decimalPlaces();
    const decimals = participates === 0 || keyIndex !== 3 ? 0 : places <= MAX_WEIGHT_DECIMALS ? places : MAX_WEIGHT_DECIMALS + 1;
    return { order: i + 1, memberRows, participates, valueGiven, weight, decimals };
  });

  const maxDecimals = Math.max(0, ...rows.map((r) => r.decimals));
  const weightScale = keyIndex === 3 ? new Decimal(10).pow(Math.min(maxDecimals, MAX_WEIGHT_DECIMALS)) : keyIndex === 4 ? new Decimal(unitsPerEuro) : new Decimal(1);
  const integerWeights = rows.map((r) => (r.participates === 0 ? ZERO : roundUnits(r.weight.times(weightScale))));
  const totalWeight = integerWeights.reduce((total, w) => total.plus(w), ZERO);
  const quotient = totalWeight.gt(0) ? units.div(totalWeight).floor() : ZERO;
  const rest = units.minus(quotient.times(totalWeight));
  const participants = rows.reduce((total, r) => total + r.participates, 0);
  const memberRowCount = poolMembers.length;
  const taking = rows.filter((r) => r.participates === 1);

  const checks: boolean[] = [
    found !== 1,
    unitsPerEuro === 0,
    keyIndex === 0,
    allFlag === -1,
    amount.lt(0),
    amount.times(unitsPerEuro).minus(units).abs().gt(TOLERANCE),
    (allFlag === 0 || keyIndex >= 3) && memberRowCount > rows.reduce((total, r) => total + r.memberRows, 0),
    participants === 0,
    keyIndex === 1 && taking.some((r) => r.weight.lte(0)),
    keyIndex >= 3 && Math.max(0, ...rows.map((r) => r.memberRows)) > 1,
    keyIndex >= 3 && taking.some((r) => r.valueGiven === 0),
    keyIndex >= 3 && taking.some((r) => r.weight.lt(0)),
    keyIndex === 3 && maxDecimals > MAX_WEIGHT_DECIMALS,
    keyIndex === 3 && totalWeight.isZero(),
    keyIndex === 4 && rows.some((r, i) => r.participates === 1 && r.weight.times(unitsPerEuro).minus(integerWeights[i] as Decimal).abs().gt(TOLERANCE)),
    keyIndex === 4 && !totalWeight.eq(units),
    keyIndex !== 4 && totalWeight.gte(EXACT_WEIGHT_LIMIT),
  ];
  const failed = checks.findIndex((check) => check);
  const code = failed < 0 ? 0 : failed + 1;

  // floor(N·wᵢ / W) in units and (N·wᵢ) mod W, as the integer steps of the formulas give them.
  const steps = rows.map((r, i) => {
    const w = integerWeights[i] as Decimal;
    const sW = rest.times(w);
    const whole = totalWeight.isZero() ? ZERO : sW.div(totalWeight).floor();
    return { floor: quotient.times(w).plus(whole), remainderUnits: totalWeight.isZero() ? ZERO : sW.minus(totalWeight.times(whole)) };
  });
  const blank = (i: number): boolean => (rows[i] as (typeof rows)[number]).participates === 0 || code !== 0;
  const leftover = units.minus(steps.reduce((total, s, i) => (blank(i) ? total : total.plus(s.floor)), ZERO));
  // The formula's rank counts the participants ahead (larger remainder, then larger weight, then earlier
  // in plan order): a strict total order, so a participant's rank is its place in the participants sorted by it.
  const places = new Map<number, number>();
  rows
    .map((r, i) => i)
    .filter((i) => (rows[i] as (typeof rows)[number]).participates === 1)
    .sort((i, j) => {
      const byRemainder = (steps[j] as (typeof steps)[number]).remainderUnits.comparedTo((steps[i] as (typeof steps)[number]).remainderUnits);
      if (byRemainder !== 0) return byRemainder;
      const byWeight = (integerWeights[j] as Decimal).comparedTo(integerWeights[i] as Decimal);
      return byWeight !== 0 ? byWeight : (rows[i] as (typeof rows)[number]).order - (rows[j] as (typeof rows)[number]).order;
    })
    .forEach((i, place) => places.set(i, place + 1));
  const rank = (i: number): number | null => (blank(i) || keyIndex === 4 ? null : (places.get(i) as number));

  const orBlank = (i: number, value: () => FormulaResult): FormulaResult => (blank(i) ? EMPTY_TEXT : value());
  const rowResults = rows.map((r, i) => {
    const step = steps[i] as (typeof steps)[number];
    const w = integerWeights[i] as Decimal;
    const place = rank(i);
    const extra = place !== null && leftover.gte(place) ? 1 : 0;
    return {
      participates: numberResult(r.participates),
      memberRows: numberResult(r.memberRows),
      valueGiven: numberResult(r.valueGiven),
      weight: numberResult(r.weight),
      decimals: numberResult(r.decimals),
      integerWeight: numberResult(w),
      quota: orBlank(i, () => numberResult(totalWeight.isZero() ? ZERO : amount.times(w).div(totalWeight))),
      floor: orBlank(i, () => numberResult(step.floor)),
      remainder: orBlank(i, () => numberResult(totalWeight.isZero() ? ZERO : step.remainderUnits.div(totalWeight))),
      rank: place === null ? EMPTY_TEXT : numberResult(place),
      extra: numberResult(extra),
      share: orBlank(i, () => numberResult(step.floor.plus(extra).div(unitsPerEuro))),
    };
  });

  const status = code === 0 ? m('contributions.status.ok') : m(STATUS_MESSAGES[code - 1] as LayoutMessageKey);
  return {
    code,
    rows: rowResults,
    parameters: {
      name: textResult(first.name),
      amount: numberResult(amount),
      key: textResult(keyLabel),
      rounding: textResult(roundingLabel),
      all: textResult(allLabel),
      found: numberResult(found),
      unitsPerEuro: numberResult(unitsPerEuro),
      units: numberResult(units),
      keyIndex: numberResult(keyIndex),
      allFlag: numberResult(allFlag),
      participants: numberResult(participants),
      memberRows: numberResult(memberRowCount),
      decimals: numberResult(maxDecimals),
      weightScale: numberResult(weightScale),
      totalWeight: numberResult(totalWeight),
      quotient: numberResult(quotient),
      rest: numberResult(rest),
      leftover: code !== 0 ? EMPTY_TEXT : numberResult(leftover),
      code: numberResult(code),
      status: textResult(status),
    },
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The PoolMembers rows by pool id (as the formulas compare it): every pool's block reads the same rows. */
const groupedMembers = new WeakMap<readonly PoolMemberValues[], Map<string, PoolMemberValues[]>>();
function membersByPool(members: readonly PoolMemberValues[]): Map<string, PoolMemberValues[]> {
  let groups = groupedMembers.get(members);
  if (!groups) {
    groups = groupBy(members, (row) => row.pool.toLowerCase());
    groupedMembers.set(members, groups);
  }
  return groups;
}
