/**
 * Strict fake Excel host for tests and the browser preview. Never import this
 * from production code.
 */
export { FakeExcelHost } from './fake-excel-host';
export type { FakeExcelHostOptions } from './fake-excel-host';
export { installFakeOffice, fakeExcelEnums } from './install-fake-office';
export type { InstallFakeOfficeOptions } from './install-fake-office';
export { FakeOfficeError, ErrorCode, isFakeOfficeError } from './errors';
export type { ErrorCodeName, FakeDebugInfo } from './errors';
export { UNCALCULATED } from './cell-values';
export type { FormulaEvaluator } from './host-context';
export type { FakeLocale } from './locale-input';
export type { RequirementProfile } from './requirement-sets';
export { PAYLOAD_LIMIT_BYTES, MAX_CELLS_PER_LOAD } from './payload';
export type { SyncRecord } from './request-queue';
export type { WorkbookSnapshot, SheetSnapshot, CellSnapshot } from './snapshot';
