import { createLiveWorkbook } from '../../../src/excel/create-live-workbook';
import type { DocumentApi } from '../../../src/excel/capabilities';
import { examplePlan, layOutPlan, liveOn, newHost } from './live-support';

describe('what the pane asks besides generating', () => {
  it('reports progress: read, compute, then the write to its end', async () => {
    const steps: string[] = [];
    await liveOn(newHost()).generate(layOutPlan(examplePlan()), { onProgress: (p) => steps.push(`${p.step} ${p.done}/${p.total}`) });
    expect(steps[0]).toBe('read 0/1');
    expect(steps).toContain('compute 1/1');
    expect(steps[steps.length - 1]).toBe('write 5/5');
  });

  it('selects the cell a finding points at', async () => {
    const host = newHost();
    const live = liveOn(host);
    await live.generate(layOutPlan(examplePlan()));
    await live.selectCell('Kunnat', 'C4');
    expect(host.snapshot().selection).toEqual({ sheet: 'Kunnat', address: 'C4' });
  });

  it('recognises a workbook PlanSheets made, and not one it did not', async () => {
    const host = newHost();
    const live = liveOn(host);
    expect(await live.recognise()).toBeNull();
    await live.generate(layOutPlan(examplePlan()));
    expect(await live.recognise()).toEqual({
      format: 'plansheets',
      schemaVersion: 1,
      layoutHash: expect.stringMatching(/^[0-9a-f]{14}$/),
      generatedAt: '2026-12-04T12:00:00.000Z',
      interrupted: false,
      findings: { error: expect.any(Number), warning: expect.any(Number), info: expect.any(Number) },
    });
  });

  it('shows only the appendices for printing, and undo restores every sheet as it was', async () => {
    const host = newHost();
    const live = liveOn(host);
    await live.generate(layOutPlan(examplePlan()));
    const before = host.snapshot().sheets.map((s) => ({ name: s.name, visibility: s.visibility }));
    const prepared = await live.prepareAppendices(['Toimintasuunnitelma', 'talousarvio', 'Kuntaosuudet']);
    expect(prepared.sheets).toEqual(['Talousarvio', 'Kuntaosuudet', 'Toimintasuunnitelma']);
    const visible = host.snapshot().sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name);
    expect(visible).toEqual(['Talousarvio', 'Kuntaosuudet', 'Toimintasuunnitelma']);
    await prepared.undo();
    expect(host.snapshot().sheets.map((s) => ({ name: s.name, visibility: s.visibility }))).toEqual(before);
  });

  it('exports a PDF in slices where the document API is, and closes the file', async () => {
    const host = newHost();
    const closed: boolean[] = [];
    const slices = [new Uint8Array([37, 80, 68, 70]), new Uint8Array([45, 49])];
    const document: DocumentApi = {
      getFileAsync: (type, options, callback) => {
        expect(type).toBe('pdf');
        expect(options.sliceSize).toBeLessThanOrEqual(4 * 1024 * 1024);
        callback({
          status: 'succeeded',
          value: {
            size: 6,
            sliceCount: slices.length,
            getSliceAsync: (i, cb) => cb({ status: 'succeeded', value: { data: Array.from(slices[i] as Uint8Array) } }),
            closeAsync: () => closed.push(true),
          },
        });
      },
    };
    const live = createLiveWorkbook({ run: (b) => host.run(b), isSetSupported: (n, v) => n === 'PdfFile' || host.isSetSupported(n, v), document });
    expect(await live.exportPdf()).toEqual(new Uint8Array([37, 80, 68, 70, 45, 49]));
    expect(closed).toEqual([true]);
  });

  it('exports no PDF where there is no document API (the fake host)', async () => {
    expect(await liveOn(newHost()).exportPdf()).toBeNull();
  });
});

describe('a workbook that is not PlanSheets\' own', () => {
  it('is not written over where its sheets bear the names PlanSheets needs', async () => {
    const host = newHost({ sheets: ['Kunnat', 'Muistiinpanot'] });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Kunnat').getRange('A1').values = [['oma lista']];
      await context.sync();
    });
    const before = host.snapshot();
    await expect(liveOn(host, 'en').generate(layOutPlan(examplePlan()))).rejects.toMatchObject({ key: 'error.sheet-taken', message: expect.stringContaining('Kunnat') });
    expect(host.snapshot()).toEqual(before);
  });
});

describe('reading within the response limit', () => {
  it('halves what Excel refuses as too large and reads it all', async () => {
    const host = newHost();
    const long = 'x'.repeat(30_000);
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.add('Pitkät');
      ws.getRange('A1:B1').values = [['Tunnus', 'Teksti']];
      for (let top = 2; top <= 201; top += 50) {
        ws.getRange(`A${top}:B${top + 49}`).values = Array.from({ length: 50 }, (_, i) => [`r${top + i}`, `'${long}`]);
        await context.sync();
      }
      ws.tables.add('A1:B201', true).name = 'Long';
      await context.sync();
    });
    const reading = await liveOn(host).readGrid();
    if (!reading.ok) throw new Error('unreadable');
    const sheet = reading.grid.sheets.find((s) => s.name === 'Pitkät');
    expect(sheet?.cells.B201?.value).toBe(long);
    expect(Object.keys(sheet?.cells ?? {})).toHaveLength(402);
    expect(host.requests.some((r) => r.errorCode === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(host.requests.filter((r) => r.errorCode === undefined).every((r) => r.responseBytes <= 5 * 1024 * 1024)).toBe(true);
  });
});
