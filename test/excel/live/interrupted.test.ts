import type { FakeExcelHost } from '../../../src/excel/fake-host';
import type { LaidOutWorkbook } from '../../../src/layout/lay-out-workbook';
import { examplePlan, layOutPlan, liveOn, newHost, refreshLayout } from './live-support';
import { personEdits } from './person-edits';

/** A workbook generated, then edited by a person, and the layout the pane computes for the refresh. */
async function editedWorkbook(): Promise<{ host: FakeExcelHost; layout: LaidOutWorkbook }> {
  const host = newHost();
  const live = liveOn(host);
  await live.generate(layOutPlan(examplePlan()));
  await personEdits(host);
  return { host, layout: await refreshLayout(live) };
}

describe('an interrupted refresh', () => {
  it('is completed by the next generation with nothing lost, whichever sync failed', async () => {
    const reference = await editedWorkbook();
    const start = reference.host.syncCount;
    const uninterrupted = await liveOn(reference.host).generate(reference.layout);
    const expected = reference.host.snapshot();
    const syncs = reference.host.syncCount - start;
    expect(syncs).toBe(uninterrupted.syncs);

    for (let n = 1; n <= syncs; n++) {
      const { host, layout } = await editedWorkbook();
      host.failAtSync(host.syncCount + n);
      const live = liveOn(host);
      await expect(live.generate(layout)).rejects.toMatchObject({ code: 'GeneralException' });
      const marker = await live.recognise();
      const completed = await live.generate(layout);
      expect({ n, snapshot: host.snapshot() }).toEqual({ n, snapshot: expected });
      expect(completed.copiedAside).toEqual(uninterrupted.copiedAside);
      expect(completed.resumed).toBe(marker?.interrupted === true);
    }
  });
});
