/// <reference types="office-js" />
import { FakeExcelHost, FakeExcelHostOptions, FakeOfficeError } from '../../../src/excel/fake-host';

/** A fixed "today" so typed dates without a year are deterministic. */
export const TODAY = new Date(2026, 11, 4);

export function newHost(options: FakeExcelHostOptions = {}): FakeExcelHost {
  return new FakeExcelHost({ today: () => TODAY, ...options });
}

/** Runs a batch and returns the error it rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FakeOfficeError) return error;
    throw error;
  }
  throw new Error('Expected the promise to reject.');
}

/** The error a synchronous call throws. */
export function thrown(fn: () => unknown): FakeOfficeError {
  try {
    fn();
  } catch (error) {
    if (error instanceof FakeOfficeError) return error;
    throw error;
  }
  throw new Error('Expected the call to throw.');
}

export async function write(host: FakeExcelHost, sheet: string, address: string, values: unknown[][]): Promise<void> {
  await host.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = values as Excel.Range['values'];
    await context.sync();
  });
}

export async function read(host: FakeExcelHost, sheet: string, address: string): Promise<Pick<Excel.Range, 'values' | 'formulas' | 'numberFormat' | 'valueTypes' | 'text'>> {
  return host.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address).load('values,formulas,numberFormat,valueTypes,text');
    await context.sync();
    return { values: range.values, formulas: range.formulas, numberFormat: range.numberFormat, valueTypes: range.valueTypes, text: range.text };
  });
}
