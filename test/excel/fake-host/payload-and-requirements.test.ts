/// <reference types="office-js" />
import { MAX_CELLS_PER_LOAD, PAYLOAD_LIMIT_BYTES, RequirementProfile } from '../../../src/excel/fake-host';
import { jsonByteLength, utf8Length } from '../../../src/excel/fake-host/payload';
import { newHost, rejection } from './helpers';

const text60 = 'Toimenpide – kehitetään yhteistyötä jäsenkuntien kanssa ää'; // non-ASCII on purpose

describe('payload limits (semantic 9)', () => {
  it('measures UTF-8 bytes', () => {
    expect(utf8Length('aä€😀')).toBe(1 + 2 + 3 + 4);
    expect(jsonByteLength({ a: 'ä' })).toBe('{"a":"ä"}'.length + 1);
  });

  it('a request over 5 MB fails with RequestPayloadSizeLimitExceeded and applies nothing of it', async () => {
    const host = newHost();
    const rows = 1000;
    const big = Array.from({ length: rows }, () => Array.from({ length: 100 }, () => text60));
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').values = [['queued first']];
      sheet.getRange(`B1:CW${rows}`).values = big;
      expect((await rejection(context.sync())).code).toBe('RequestPayloadSizeLimitExceeded');
    });
    expect(host.snapshot().sheets[0]?.cells).toEqual({});
    const record = host.requests[0];
    expect(record?.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(record?.errorCode).toBe('RequestPayloadSizeLimitExceeded');
  });

  it('a response over 5 MB fails with ResponsePayloadSizeLimitExceeded; every sync records its bytes', async () => {
    const host = newHost();
    const chunk = Array.from({ length: 400 }, () => Array.from({ length: 100 }, () => text60));
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      for (let i = 0; i < 3; i++) {
        sheet.getRange(`A${i * 400 + 1}:CV${(i + 1) * 400}`).values = chunk;
        await context.sync();
      }
      const all = sheet.getRange('A1:CV1200').load('values');
      expect((await rejection(context.sync())).code).toBe('ResponsePayloadSizeLimitExceeded');
      expect(() => all.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const half = sheet.getRange('A1:CV400').load('values');
      await context.sync();
      expect(half.values).toHaveLength(400);
    });
    expect(host.requests.map((r) => r.errorCode)).toEqual([undefined, undefined, undefined, 'ResponsePayloadSizeLimitExceeded', undefined]);
    expect(host.requests.slice(0, 3).every((r) => r.requestBytes > 2_000_000 && r.requestBytes < PAYLOAD_LIMIT_BYTES)).toBe(true);
    expect(host.requests[3]?.responseBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(host.requests[4]?.responseBytes).toBeGreaterThan(2_000_000);
  });

  it(`a range load over ${MAX_CELLS_PER_LOAD} cells returns null cell data (documented choice)`, async () => {
    const host = newHost();
    await host.run(async (context) => {
      const huge = context.workbook.worksheets.getItem('Sheet1').getRange('A:E').load('values,formulas,address,cellCount');
      await context.sync();
      expect(huge.values).toBeNull();
      expect(huge.formulas).toBeNull();
      expect(huge.address).toBe('Sheet1!A:E');
      expect(huge.cellCount).toBe(5 * 1_048_576);
    });
  });
});

describe('requirement-set profiles (semantic 11)', () => {
  type Case = [string, number, (c: Excel.RequestContext) => void];
  const sheet = (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Sheet1');
  const cases: Case[] = [
    ['protection.protect', 2, (c) => sheet(c).protection.protect()],
    ['names.add', 4, (c) => c.workbook.names.add('X', '=1')],
    ['settings.add', 4, (c) => c.workbook.settings.add('k', 1)],
    ['worksheets.getItemOrNullObject', 4, (c) => c.workbook.worksheets.getItemOrNullObject('Sheet1')],
    ['conditionalFormats.add', 6, (c) => sheet(c).getRange('A1').conditionalFormats.add('Custom')],
    ['suspendApiCalculationUntilNextSync', 6, (c) => c.application.suspendApiCalculationUntilNextSync()],
    ['worksheet.copy', 7, (c) => sheet(c).copy()],
    ['freezePanes.freezeRows', 7, (c) => sheet(c).freezePanes.freezeRows(1)],
    ['tabColor', 7, (c) => (sheet(c).tabColor = '#FF0000')],
    ['dataValidation.rule', 8, (c) => (sheet(c).getRange('A1').dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } })],
    ['runtime.enableEvents', 8, (c) => (c.runtime.enableEvents = false)],
    ['pageLayout.orientation', 9, (c) => (sheet(c).pageLayout.orientation = 'Landscape')],
    ['pageLayout.setPrintTitleRows', 9, (c) => sheet(c).pageLayout.setPrintTitleRows('1:2')],
    ['pageLayout.setPrintTitleColumns', 9, (c) => sheet(c).pageLayout.setPrintTitleColumns('A:B')],
    ['headersFooters', 9, (c) => (sheet(c).pageLayout.headersFooters.defaultForAllPages.centerHeader = 'x')],
    ['suspendScreenUpdatingUntilNextSync', 9, (c) => c.application.suspendScreenUpdatingUntilNextSync()],
    ['table.resize', 13, (c) => sheet(c).tables.add('A1:B2', true).resize('A1:C2')],
  ];
  const profiles: [RequirementProfile, number][] = [
    ['excel2016', 3],
    ['excel2019', 8],
    ['excel2021', 14],
    ['current', 17],
  ];

  it.each(profiles.flatMap(([profile, max]) => cases.map(([what, minor, batch]) => [profile, what, minor, minor <= max, batch] as const)))(
    '%s: %s (ExcelApi 1.%d) supported=%s',
    async (profile, _what, _minor, supported, batch) => {
      const host = newHost({ profile });
      await host.run(async (context) => {
        batch(context);
        if (supported) await context.sync();
        else expect((await rejection(context.sync())).code).toBe('ApiNotFound');
      });
    },
  );

  it('an unsupported call fails at sync; what came before it stays applied', async () => {
    const host = newHost({ profile: 'excel2016' });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').values = [['applied']];
      sheet.freezePanes.freezeRows(1);
      sheet.getRange('A2').values = [['dropped']];
      const error = await rejection(context.sync());
      expect(error.code).toBe('ApiNotFound');
      expect(error.debugInfo.errorLocation).toContain('ExcelApi 1.7');
    });
    expect(Object.keys(host.snapshot().sheets[0]?.cells ?? {})).toEqual(['A1']);
  });

  it('loading a property above the profile fails with ApiNotFound', async () => {
    const host = newHost({ profile: 'excel2016' });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').load('tabColor');
      expect((await rejection(context.sync())).code).toBe('ApiNotFound');
    });
  });

  it.each<[RequirementProfile, string, boolean]>([
    ['excel2016', '1.3', true],
    ['excel2016', '1.4', false],
    ['excel2019', '1.8', true],
    ['excel2019', '1.9', false],
    ['excel2021', '1.14', true],
    ['excel2021', '1.15', false],
    ['current', '1.17', true],
    ['current', '1.18', false],
  ])('%s isSetSupported("ExcelApi", %s) = %s', (profile, version, expected) => {
    expect(newHost({ profile }).isSetSupported('ExcelApi', version)).toBe(expected);
  });

  it('the profile can be switched between runs', async () => {
    const host = newHost({ profile: 'excel2016' });
    expect(host.isSetSupported('ExcelApi', '1.9')).toBe(false);
    host.profile = 'current';
    expect(host.isSetSupported('ExcelApi', '1.9')).toBe(true);
  });
});
