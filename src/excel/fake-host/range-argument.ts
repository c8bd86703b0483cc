/**
 * Methods that take "a Range or an address string" (freezeAt, setPrintArea,
 * page breaks, chart positions): both resolve to a rectangle on the sheet.
 */
import { CellRect, parseAddress } from './a1-address';
import { FakeClientObject, coreOf } from './client-object';
import { fail } from './errors';
import type { RangeBinding } from './range-binding';
import type { SheetModel } from './workbook-model';

export function rectOnSheet(arg: unknown, sheet: SheetModel, location: string): CellRect {
  if (arg instanceof FakeClientObject) {
    const binding = coreOf(arg as FakeClientObject<RangeBinding>).binding();
    if (binding.sheet !== sheet) fail('InvalidArgument', 'The range must be on the same worksheet.', location);
    return binding.rect;
  }
  if (typeof arg !== 'string') fail('InvalidArgument', undefined, location);
  const parsed = parseAddress(arg);
  if (!parsed) fail('InvalidArgument', undefined, location);
  if (parsed.sheetName !== undefined && parsed.sheetName.toLowerCase() !== sheet.name.toLowerCase()) fail('InvalidArgument', 'The range must be on the same worksheet.', location);
  return parsed.rect;
}
