/// <reference types="office-js" />
/**
 * Sheet protection (ExcelApi 1.2) and freeze panes (ExcelApi 1.7).
 *
 * ASSUMPTIONS: protecting an already protected sheet only updates its
 * options; unprotecting with a wrong password fails with InvalidArgument.
 */
import { FakeClientObject, FakeLoadableObject, FakeRequestContextLike, ProxyDescriptor, coreOf } from './client-object';
import { fail } from './errors';
import { rectOnSheet } from './range-argument';
import type { SheetModel } from './workbook-model';

const protectionDescriptor: ProxyDescriptor<SheetModel> = {
  typeName: 'WorksheetProtection',
  defaultProps: ['protected', 'options'],
  propMinor: { protected: 2, options: 2 },
  readProperty: (sheet, name) => (name === 'protected' ? sheet.protection.protected : name === 'options' ? { ...sheet.protection.options } : undefined),
};

export class FakeWorksheetProtection extends FakeLoadableObject<SheetModel> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => SheetModel) {
    super(context, path, protectionDescriptor, { resolve });
  }
  get protected(): boolean {
    return coreOf(this).get('protected');
  }
  get options(): Excel.WorksheetProtectionOptions {
    return coreOf(this).get('options');
  }
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    coreOf(this).call('protect', [options ?? null, password === undefined ? null : '***'], 2, (sheet) => {
      const plain: Record<string, boolean> = {};
      for (const [k, v] of Object.entries(options ?? {})) if (typeof v === 'boolean') plain[k] = v;
      sheet.protection = { protected: true, options: plain, ...(password === undefined ? {} : { password }) };
    });
  }
  unprotect(password?: string): void {
    coreOf(this).call('unprotect', [password === undefined ? null : '***'], 2, (sheet) => {
      if (sheet.protection.password !== undefined && sheet.protection.password !== password) fail('InvalidArgument', 'The password is incorrect.', 'WorksheetProtection.unprotect');
      sheet.protection = { protected: false, options: {} };
    });
  }
}

const freezeDescriptor: ProxyDescriptor<SheetModel> = { typeName: 'WorksheetFreezePanes', defaultProps: [], readProperty: () => undefined };

export class FakeWorksheetFreezePanes extends FakeClientObject<SheetModel> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => SheetModel) {
    super(context, path, freezeDescriptor, { resolve });
  }
  freezeRows(count?: number): void {
    coreOf(this).call('freezeRows', [count ?? 1], 7, (sheet) => {
      const n = count ?? 1;
      if (!Number.isInteger(n) || n < 0) fail('InvalidArgument', undefined, 'WorksheetFreezePanes.freezeRows');
      sheet.freeze = n === 0 ? null : { rows: n, columns: 0 };
    });
  }
  freezeColumns(count?: number): void {
    coreOf(this).call('freezeColumns', [count ?? 1], 7, (sheet) => {
      const n = count ?? 1;
      if (!Number.isInteger(n) || n < 0) fail('InvalidArgument', undefined, 'WorksheetFreezePanes.freezeColumns');
      sheet.freeze = n === 0 ? null : { rows: 0, columns: n };
    });
  }
  /** The given cells become the frozen top-left pane: everything above and left of its far corner is frozen. */
  freezeAt(frozenRange: Excel.Range | string): void {
    coreOf(this).call('freezeAt', [frozenRange], 7, (sheet) => {
      const rect = rectOnSheet(frozenRange, sheet, 'WorksheetFreezePanes.freezeAt');
      sheet.freeze = { rows: rect.row + rect.rowCount, columns: rect.column + rect.columnCount };
    });
  }
  unfreeze(): void {
    coreOf(this).call('unfreeze', [], 7, (sheet) => {
      sheet.freeze = null;
    });
  }
}
