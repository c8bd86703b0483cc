/// <reference types="office-js" />
import { FakeOfficeError } from '../../../src/excel/fake-host';
import { newHost, read, rejection, thrown } from './helpers';

describe('lazy queue (semantic 1)', () => {
  it('queues calls; a bad address fails at sync, not at the call', async () => {
    const host = newHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      expect(() => sheet.getRange('not an address')).not.toThrow();
      const error = await rejection(context.sync());
      expect(error).toBeInstanceOf(FakeOfficeError);
      expect(error.name).toBe('RichApi.Error');
      expect(error.code).toBe('InvalidArgument');
      expect(error.debugInfo.code).toBe('InvalidArgument');
      expect(error.debugInfo.errorLocation).toBe('Worksheet.getRange');
      expect(error.debugInfo.statement).toContain('getRange("not an address")');
    });
  });

  it('is not atomic: actions before the failing one stay applied, later ones are dropped', async () => {
    const host = newHost();
    const error = await rejection(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('A1').values = [['before']];
        sheet.getRange('B1:C1').values = [['too', 'many', 'columns']];
        sheet.getRange('D1').values = [['after']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    const cells = host.snapshot().sheets[0]?.cells ?? {};
    expect(cells.A1?.value).toBe('before');
    expect(cells.B1).toBeUndefined();
    expect(cells.D1).toBeUndefined();
  });

  it('drops the queue of a failed sync, so the next sync starts clean', async () => {
    const host = newHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Missing');
      await rejection(context.sync());
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('address');
      await context.sync();
      expect(range.address).toBe('Sheet1!A1');
    });
  });
});

describe('load and sync (semantic 2)', () => {
  it('throws PropertyNotLoaded synchronously for a property not loaded', async () => {
    const host = newHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      const error = thrown(() => range.values);
      expect(error.code).toBe('PropertyNotLoaded');
      expect(error.debugInfo.errorLocation).toBe('Range.values');
      range.load('values');
      expect(() => range.values).toThrow(FakeOfficeError); // loaded but not yet synced
      await context.sync();
      expect(range.values).toEqual([['']]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('reading a property that was just set gives the set value, as office.js keeps it locally', async () => {
    const host = newHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.values = [['1,5']];
      expect(range.values).toEqual([['1,5']]);
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[1.5]]);
    });
  });

  it('throws when isNullObject is read before sync', async () => {
    const host = newHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('Nope');
      expect(thrown(() => sheet.isNullObject).code).toBe('PropertyNotLoaded');
      await context.sync();
      expect(sheet.isNullObject).toBe(true);
    });
  });

  it('objects from a finished run fail: queueing throws InvalidObjectPath, syncing the old context rejects', async () => {
    const host = newHost();
    const kept = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('address');
      await context.sync();
      return range;
    });
    expect(kept.address).toBe('Sheet1!A1'); // loaded values stay readable
    expect(thrown(() => (kept.values = [[1]])).code).toBe('InvalidObjectPath');
    expect((await rejection(kept.context.sync())).code).toBe('InvalidObjectPath');
  });

  it('an object from another context as an argument throws InvalidRequestContext at the call', async () => {
    const host = newHost();
    const old = await host.run(async (context) => context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2'));
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      expect(thrown(() => sheet.freezePanes.freezeAt(old)).code).toBe('InvalidRequestContext');
      expect(thrown(() => sheet.tables.add(old, true)).code).toBe('InvalidRequestContext');
    });
  });

  it('loads collections with items/ paths', async () => {
    const host = newHost({ sheets: ['A', 'B', 'C'] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('B').visibility = 'Hidden';
      const sheets = context.workbook.worksheets.load('items/name,items/visibility,items/position');
      const count = context.workbook.worksheets.getCount();
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility, s.position])).toEqual([
        ['A', 'Visible', 0],
        ['B', 'Hidden', 1],
        ['C', 'Visible', 2],
      ]);
      expect(count.value).toBe(3);
      expect(() => sheets.items[0]?.tabColor).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('an unknown property or path in load fails at sync with InvalidArgument', async () => {
    const host = newHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect(() => range.load('valuez')).not.toThrow();
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
      expect(() => range.load('formatz/fill/color')).not.toThrow();
      expect((await rejection(context.sync())).code).toBe('InvalidArgument');
    });
  });

  it('nested paths under collection items are refused at the call (not modelled)', async () => {
    const host = newHost();
    await host.run(async (context) => {
      expect(() => context.workbook.worksheets.load('items/protection/protected')).toThrow(/not implemented/);
    });
  });

  it('loads nested paths and option objects', async () => {
    const host = newHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.format.fill.color = '#FF0000';
      range.load({ address: true, format: { fill: { color: true }, font: { bold: true } } });
      const other = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('format/fill/color,format/columnWidth');
      await context.sync();
      expect(range.address).toBe('Sheet1!A1:B1');
      expect(range.format.fill.color).toBe('#FF0000');
      expect(other.format.fill.color).toBe('#FF0000');
      expect(other.format.columnWidth).toBe(48);
    });
  });
});

describe('getItem and getItemOrNullObject (semantic 3)', () => {
  it.each([
    ['worksheet', (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Nope')],
    ['table', (c: Excel.RequestContext) => c.workbook.tables.getItem('Nope')],
    ['name', (c: Excel.RequestContext) => c.workbook.names.getItem('Nope')],
    ['setting', (c: Excel.RequestContext) => c.workbook.settings.getItem('Nope')],
  ])('getItem on a missing %s fails at sync with ItemNotFound', async (_kind, get) => {
    const host = newHost();
    await host.run(async (context) => {
      expect(() => get(context)).not.toThrow();
      expect((await rejection(context.sync())).code).toBe('ItemNotFound');
    });
  });

  it.each([
    ['worksheet', (c: Excel.RequestContext) => c.workbook.worksheets.getItemOrNullObject('Nope')],
    ['table', (c: Excel.RequestContext) => c.workbook.tables.getItemOrNullObject('Nope')],
    ['name', (c: Excel.RequestContext) => c.workbook.names.getItemOrNullObject('Nope')],
    ['setting', (c: Excel.RequestContext) => c.workbook.settings.getItemOrNullObject('Nope')],
    ['used range of an empty sheet', (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Sheet1').getUsedRangeOrNullObject()],
  ])('getItemOrNullObject on a missing %s gives isNullObject === true after sync', async (_kind, get) => {
    const host = newHost();
    await host.run(async (context) => {
      const item = get(context);
      await context.sync();
      expect(item.isNullObject).toBe(true);
    });
  });

  it('an existing item is not null', async () => {
    const host = newHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('sheet1').load('name');
      await context.sync();
      expect(sheet.isNullObject).toBe(false);
      expect(sheet.name).toBe('Sheet1');
    });
  });

  it('acting on a null object fails at sync with ItemNotFound (assumption)', async () => {
    const host = newHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('Nope');
      await context.sync();
      sheet.tabColor = '#FF0000';
      expect((await rejection(context.sync())).code).toBe('ItemNotFound');
    });
  });
});

describe('cell-edit mode (semantic 10)', () => {
  it('fails every sync with InvalidOperationInCellEditMode and applies nothing', async () => {
    const host = newHost();
    host.cellEditMode = true;
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']];
      expect((await rejection(context.sync())).code).toBe('InvalidOperationInCellEditMode');
      expect((await rejection(context.sync())).code).toBe('InvalidOperationInCellEditMode');
    });
    expect(host.snapshot().sheets[0]?.cells).toEqual({});
    host.cellEditMode = false;
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']];
      await context.sync();
    });
    expect(host.snapshot().sheets[0]?.cells.A1?.value).toBe('x');
  });
});

describe('Excel.run options', () => {
  it('delayForCellEdit (ExcelApi 1.11) makes syncs wait for cell-edit mode to end instead of failing', async () => {
    const host = newHost();
    host.cellEditMode = true;
    let done = false;
    const running = host
      .run({ delayForCellEdit: true }, async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['waited']];
        await context.sync();
      })
      .then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    expect(host.snapshot().sheets[0]?.cells).toEqual({});
    host.cellEditMode = false;
    await running;
    expect(host.snapshot().sheets[0]?.cells.A1?.value).toBe('waited');
  });

  it('on a profile without ExcelApi 1.11 the option is ignored and the sync fails', async () => {
    const host = newHost({ profile: 'excel2019' });
    host.cellEditMode = true;
    const error = await rejection(
      host.run({ delayForCellEdit: true }, async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidOperationInCellEditMode');
  });
});

describe('sync counting and forced failures (semantic 12)', () => {
  it('counts every explicit sync and the final flush of run', async () => {
    const host = newHost();
    await host.run(async (context) => {
      await context.sync();
      await context.sync();
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]]; // flushed by run
    });
    expect(host.syncCount).toBe(3);
    await host.run(async () => undefined); // nothing queued: no flush
    expect(host.syncCount).toBe(3);
    expect(host.requests.map((r) => r.syncNumber)).toEqual([1, 2, 3]);
  });

  it('failAtSync(n, code) makes the n-th sync fail and apply nothing (an interrupted write)', async () => {
    const host = newHost();
    host.failAtSync(2, 'GeneralException');
    const error = await rejection(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('A1').values = [['first']];
        await context.sync();
        sheet.getRange('A2').values = [['second']];
        await context.sync();
        sheet.getRange('A3').values = [['third']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('GeneralException');
    expect(Object.keys(host.snapshot().sheets[0]?.cells ?? {})).toEqual(['A1']);
    expect(host.requests.map((r) => r.errorCode)).toEqual([undefined, 'GeneralException']);
  });
});

describe('reading back', () => {
  it('helper read works across runs', async () => {
    const host = newHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']];
    });
    expect((await read(host, 'Sheet1', 'A1')).values).toEqual([['x']]);
  });
});
