import type { FakeExcelHost } from '../../../src/excel/fake-host';
import type { LaidOutWorkbook } from '../../../src/layout/lay-out-workbook';
import { examplePlan, layOutPlan, liveOn, newHost, refreshLayout } from './live-support';
import { personEdits } from './person-edits';

const plan = examplePlan();
const firstLayout = layOutPlan(plan);

/** A workbook generated, then edited by a person (the same edits each time). */
async function editedHost(): Promise<FakeExcelHost> {
  const host = newHost();
  await liveOn(host).generate(firstLayout);
  await personEdits(host);
  return host;
}

/** The workbook, and the layout the pane computes for the refresh (the same for every such workbook: computed once). */
async function editedWorkbook(): Promise<{ host: FakeExcelHost; layout: LaidOutWorkbook }> {
  const host = await editedHost();
  return { host, layout: await refreshLayout(liveOn(host)) };
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
      const host = await editedHost();
      const layout = reference.layout;
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

  it('a first generation too, into a workbook with a sheet of its own', async () => {
    const reference = newHost();
    const uninterrupted = await liveOn(reference).generate(firstLayout);
    const expected = reference.snapshot();
    for (let n = 1; n <= uninterrupted.syncs; n++) {
      const host = newHost();
      host.failAtSync(n);
      const live = liveOn(host);
      await expect(live.generate(firstLayout)).rejects.toMatchObject({ code: 'GeneralException' });
      await live.generate(firstLayout);
      expect({ n, snapshot: host.snapshot() }).toEqual({ n, snapshot: expected });
    }
  });
});
