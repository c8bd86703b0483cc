import { PAYLOAD_LIMIT_BYTES } from '../../../src/excel/fake-host';
import { overflowSyncBound } from '../../../src/excel/request-budget';
import { scaledPlan } from '../../support/scaled-plan';
import { examplePlan, layOutPlan, liveOn, newHost, refreshLayout } from './live-support';
import { personEdits } from './person-edits';

const MB4 = 4 * 1024 * 1024;
/** The sync bound write-layout.ts states: 5 + R + ⌈W / 3 MB⌉, W as the adapter estimates it (overflowSyncBound is ⌈W / 3 MB⌉ - 1). */
const syncBound = (writtenBytes: number, readBytes: number): number => 6 + overflowSyncBound(writtenBytes) + Math.ceil(readBytes / MB4);

describe.each([
  ['the example', 1],
  ['the ten-times plan', 10],
])('generating %s', (_name, times) => {
  const plan = times === 1 ? examplePlan() : scaledPlan(examplePlan(), times);

  it('stays within the sync bound and under 4 MB per request, and a second generation changes nothing', async () => {
    const host = newHost();
    const live = liveOn(host);
    const report = await live.generate(layOutPlan(plan));
    const requests = host.requests.map((r) => r.requestBytes);
    const written = requests.reduce((a, b) => a + b, 0);
    const read = host.requests.reduce((a, r) => a + r.responseBytes, 0);
    const largest = Math.max(...requests);
    console.log(`${_name}: ${report.syncs} syncs, largest request ${largest} B (estimated ${report.largestRequestBytes} B), ${written} B written, ${read} B read`);
    expect(report.syncs).toBe(host.syncCount);
    expect(largest).toBeLessThan(MB4);
    expect(largest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(report.largestRequestBytes).toBeGreaterThanOrEqual(largest);
    expect(report.largestRequestBytes).toBeLessThanOrEqual(MB4 + 4096);
    expect(report.writtenBytes).toBeGreaterThanOrEqual(written);
    expect(report.syncs).toBeLessThanOrEqual(syncBound(report.writtenBytes, read));

    const before = host.snapshot();
    const syncsBefore = host.syncCount;
    const again = await live.generate(await refreshLayout(live));
    expect(again.unchanged).toBe(true);
    expect(host.snapshot()).toEqual(before);
    console.log(`${_name}: second generation ${again.syncs} syncs (${host.syncCount - syncsBefore} with the pane's read)`);

    // A refresh after people's edits: within the same bound, and no response over the limit while reading.
    await personEdits(host);
    const mark = host.requests.length;
    const layout = await refreshLayout(live);
    const readRequests = host.requests.slice(mark);
    const refresh = await live.generate(layout);
    const refreshRequests = host.requests.slice(mark + readRequests.length);
    const refreshWritten = refreshRequests.reduce((a, r) => a + r.requestBytes, 0);
    const refreshRead = refreshRequests.reduce((a, r) => a + r.responseBytes, 0);
    const refreshLargest = Math.max(...refreshRequests.map((r) => r.requestBytes));
    console.log(
      `${_name}: refresh ${refresh.syncs} syncs, largest request ${refreshLargest} B (estimated ${refresh.largestRequestBytes} B), ${refreshWritten} B written, ${refreshRead} B read; ` +
        `the pane's read ${readRequests.length} syncs, largest response ${Math.max(...readRequests.map((r) => r.responseBytes))} B`,
    );
    expect(refresh.copiedAside.map((c) => c.copy)).toEqual(['Kuntaosuudet (muokattu)']);
    expect(refreshLargest).toBeLessThan(MB4);
    expect(refresh.writtenBytes).toBeGreaterThanOrEqual(refreshWritten);
    expect(refresh.syncs).toBeLessThanOrEqual(syncBound(refresh.writtenBytes, refreshRead));
    expect([...readRequests, ...refreshRequests].every((r) => r.errorCode === undefined && r.responseBytes < PAYLOAD_LIMIT_BYTES)).toBe(true);
  });
});
