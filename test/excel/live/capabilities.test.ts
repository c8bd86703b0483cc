import { createLiveWorkbook } from '../../../src/excel/create-live-workbook';
import { LiveWorkbookError, excelMessage } from '../../../src/excel/excel.messages';
import { examplePlan, layOutPlan, liveOn, newHost } from './live-support';

describe('requirement sets', () => {
  it('the current Excel has everything but PDF where there is no document API', () => {
    const live = liveOn(newHost({ profile: 'current' }));
    expect(live.capabilities()).toEqual({ complete: false, missing: [{ feature: 'pdf', set: 'PdfFile 1.1' }] });
  });

  it('with the document API and PdfFile, everything is there', () => {
    const host = newHost();
    const live = createLiveWorkbook({
      run: (b) => host.run(b),
      isSetSupported: (name, version) => name === 'PdfFile' || host.isSetSupported(name, version),
      document: { getFileAsync: () => undefined },
    });
    expect(live.capabilities()).toEqual({ complete: true, missing: [] });
  });

  it.each([
    ['excel2019', [{ feature: 'printLayout', set: 'ExcelApi 1.9' }, { feature: 'generate', set: 'ExcelApi 1.9' }, { feature: 'tableResize', set: 'ExcelApi 1.13' }]],
    ['excel2016', [{ feature: 'settings', set: 'ExcelApi 1.4' }, { feature: 'dataValidation', set: 'ExcelApi 1.8' }, { feature: 'printLayout', set: 'ExcelApi 1.9' }, { feature: 'generate', set: 'ExcelApi 1.9' }, { feature: 'tableResize', set: 'ExcelApi 1.13' }]],
  ] as const)('%s lacks what it lacks, and generate refuses with the catalogue sentence without calling Excel', async (profile, missing) => {
    const host = newHost({ profile });
    const live = liveOn(host, 'en');
    const capabilities = live.capabilities();
    expect(capabilities.complete).toBe(false);
    expect(capabilities.missing).toEqual([...missing, { feature: 'pdf', set: 'PdfFile 1.1' }]);
    const refusal = live.generate(layOutPlan(examplePlan()));
    await expect(refusal).rejects.toBeInstanceOf(LiveWorkbookError);
    await expect(refusal).rejects.toMatchObject({
      key: 'error.unsupported',
      message: excelMessage('error.unsupported', 'en', { missing: [...new Set(missing.filter((m) => m.feature !== 'tableResize').map((m) => m.set))].join(', ') }),
    });
    expect(host.syncCount).toBe(0);
    expect(host.requests).toEqual([]);
  });

  it('excel2021 (ExcelApi 1.14) generates', async () => {
    const host = newHost({ profile: 'excel2021' });
    const live = liveOn(host);
    expect(live.capabilities().missing.map((m) => m.feature)).toEqual(['pdf']);
    const report = await live.generate(layOutPlan(examplePlan()));
    expect(report.unchanged).toBe(false);
    expect(host.requests.every((r) => r.errorCode === undefined)).toBe(true);
  });
});

describe('below the requirement sets generation needs', () => {
  it('Excel 2016 (ExcelApi 1.3) still reads a workbook, recognises nothing, finds no changes, and calls nothing it lacks', async () => {
    const host = newHost();
    await liveOn(host).generate(layOutPlan(examplePlan()));
    host.profile = 'excel2016';
    const live = liveOn(host);
    const reading = await live.readGrid();
    expect(reading.ok && reading.grid.sheets.find((s) => s.name === 'Kunnat')?.tables.map((t) => t.name)).toEqual(['Municipalities']);
    expect(await live.recognise()).toBeNull();
    expect(await live.changedDerivedSheets()).toEqual([]);
    expect(host.requests.some((r) => r.errorCode === 'ApiNotFound')).toBe(false);
  });
});

describe('transient errors', () => {
  it('cell-edit mode is retried, then reported in a catalogue sentence', async () => {
    const host = newHost();
    host.cellEditMode = true;
    const live = liveOn(host, 'fi');
    await expect(live.recognise()).rejects.toMatchObject({ key: 'error.cell-edit', message: excelMessage('error.cell-edit', 'fi') });
    expect(host.requests.filter((r) => r.errorCode === 'InvalidOperationInCellEditMode')).toHaveLength(3);
  });

  it('a generation retried after cell-edit mode ends completes', async () => {
    const host = newHost();
    let attempts = 0;
    const live = createLiveWorkbook({
      run: (b) => host.run(b),
      isSetSupported: (n, v) => host.isSetSupported(n, v),
      retry: {
        attempts: 4,
        delay: () => 0,
        sleep: () => {
          attempts += 1;
          if (attempts === 2) host.cellEditMode = false;
          return Promise.resolve();
        },
      },
    });
    host.cellEditMode = true;
    const report = await live.generate(layOutPlan(examplePlan()));
    expect(report.unchanged).toBe(false);
    expect(await live.recognise()).toMatchObject({ format: 'plansheets', interrupted: false });
  });
});
