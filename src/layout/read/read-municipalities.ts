import type { Municipality } from '../../model/plan';
import { withoutUndefined } from '../schema/plan-metadata';
import type { ReadContext } from './read-context';
import { readRows, type TableRows } from './table-rows';

/** Municipalities in row order. A row without a usable id, population or date is left out. */
export function readMunicipalities(context: ReadContext, table: TableRows | null): Municipality[] {
  return readRows(context, table, (row) =>
    withoutUndefined({
      id: row.id('id') as string,
      name: row.requiredText('name'),
      population: row.integer('population') as number,
      populationDate: row.date('populationDate') as string,
      note: row.note(),
    }),
  ).map((r) => r.value);
}
