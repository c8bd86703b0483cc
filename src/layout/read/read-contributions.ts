import type { Contributions, Pool } from '../../model/plan';
import { withoutUndefined, type PlanMetadata } from '../schema/plan-metadata';
import type { ReadContext } from './read-context';
import { knownIds, readRows, type KnownIds, type TableRows } from './table-rows';

export interface ContributionTables {
  pools: TableRows | null;
  members: TableRows | null;
  previous: TableRows | null;
}

/**
 * Cost pools, their members and the previous year's contributions.
 *
 * PoolMembers rows (as the Kuntaosuudet sheet writes them, see
 * poolMemberRows there): for a pool that not all municipalities share, its
 * participants are the municipalities of its rows, in row order, each once;
 * the key's weights or fixed amounts are the rows' values of that kind, in
 * row order (a row without one adds none). For a pool that all share, only
 * the values count. Values of the other kind are ignored.
 *
 * PreviousContributions is one year's amounts: a row of another year than the
 * first row's is reported and left out. With no rows, the year and note kept
 * in the metadata (if any) give a previous year without amounts.
 */
export function readContributions(
  context: ReadContext,
  tables: ContributionTables,
  municipalityIds: KnownIds | null,
  metadata: PlanMetadata['contributions'] | undefined,
): Contributions {
  const pools = readRows(context, tables.pools, (row) => ({
    id: row.id('id') as string,
    name: row.requiredText('name'),
    amount: row.money('amount') as string,
    kind: row.enum('key', 'allocationKey') as Pool['key']['kind'],
    rounding: row.enum('rounding', 'rounding') as Pool['rounding'],
    all: row.enum('allMunicipalities', 'yesNo') === 'yes',
    note: row.note(),
  })).map((r) => r.value);
  const poolIds = knownIds(tables.pools, pools.map((p) => p.id));

  const members = readRows(context, tables.members, (row) => ({
    pool: row.reference('pool', poolIds, 'dangling.pool', true) as string,
    municipality: row.reference('municipality', municipalityIds, 'dangling.municipality', false) as string,
    weight: row.decimal('weight'),
    fixedAmount: row.money('fixedAmount'),
  })).map((r) => r.value);

  let previousYear: number | undefined;
  const previousRows = readRows(context, tables.previous, (row) => {
    const year = row.year('year');
    if (year !== undefined && previousYear !== undefined && year !== previousYear) {
      row.badValue('year', 'bad-value.previous-year', { value: year, year: previousYear }, row.skip());
    }
    const entry = {
      year,
      municipality: row.reference('municipality', municipalityIds, 'dangling.municipality', false) as string,
      amount: row.money('amount') as string,
    };
    if (row.usable && previousYear === undefined) previousYear = year;
    return entry;
  }).map((r) => r.value);

  const previous =
    previousRows.length > 0
      ? withoutUndefined({
          year: previousYear as number,
          amounts: previousRows.map((r) => ({ municipality: r.municipality, amount: r.amount })),
          note: metadata?.previous?.note,
        })
      : metadata?.previous
        ? withoutUndefined({ year: metadata.previous.year, amounts: [], note: metadata.previous.note })
        : undefined;

  return withoutUndefined({
    pools: pools.map((pool) => {
      const own = members.filter((m) => m.pool === pool.id);
      return withoutUndefined({
        id: pool.id,
        name: pool.name,
        amount: pool.amount,
        key: poolKey(pool.kind, own),
        municipalities: pool.all ? undefined : [...new Set(own.map((m) => m.municipality))],
        rounding: pool.rounding,
        note: pool.note,
      });
    }),
    previous,
    note: metadata?.note,
  });
}

function poolKey(
  kind: Pool['key']['kind'],
  members: ReadonlyArray<{ municipality: string; weight?: string; fixedAmount?: string }>,
): Pool['key'] {
  if (kind === 'weights') {
    return {
      kind,
      weights: members.flatMap((m) => (m.weight === undefined ? [] : [{ municipality: m.municipality, weight: m.weight }])),
    };
  }
  if (kind === 'fixed') {
    return {
      kind,
      amounts: members.flatMap((m) => (m.fixedAmount === undefined ? [] : [{ municipality: m.municipality, amount: m.fixedAmount }])),
    };
  }
  return { kind };
}
