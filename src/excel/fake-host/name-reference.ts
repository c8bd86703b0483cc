/**
 * What a defined name stands for: its type and value as Excel reports them,
 * and the range it refers to, if it is a plain reference.
 */
import { parseAddress } from './a1-address';
import { UNCALCULATED } from './cell-values';
import type { RangeBinding } from './range-binding';
import type { NameModel, WorkbookModel } from './workbook-model';

/** What Excel reports as a name's type and value, from its formula. */
export function describeFormula(formula: string): { type: string; value: unknown } {
  const body = formula.slice(1);
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return { type: 'String', value: (text[1] ?? '').replace(/""/g, '"') };
  if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(body)) return { type: 'Double', value: Number(body) };
  if (/^(TRUE|FALSE)$/i.test(body)) return { type: 'Boolean', value: body.toUpperCase() === 'TRUE' };
  if (body.startsWith('#REF!')) return { type: 'Error', value: '#REF!' };
  if (/^('(?:[^']|'')+'|[A-Za-z_\u00C0-\u024F][A-Za-z0-9_.\u00C0-\u024F]*)!\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/.test(body)) return { type: 'Range', value: body };
  return { type: 'Error', value: UNCALCULATED };
}

/** The sheet and rectangle a name refers to; undefined when it is not a plain reference to an existing sheet. */
export function rangeOfName(model: WorkbookModel, item: NameModel): RangeBinding | undefined {
  const described = describeFormula(item.formula);
  if (described.type !== 'Range') return undefined;
  const body = String(described.value);
  const bang = body.lastIndexOf('!');
  const sheetName = body.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  const sheet = model.findSheet(sheetName);
  const parsed = parseAddress(body.slice(bang + 1).replace(/\$/g, ''));
  return sheet && parsed ? { sheet, rect: parsed.rect } : undefined;
}
