import { MAX_WRITE_BYTES, overflowSyncBound, REQUEST_BUDGET_BYTES } from '../../../src/excel/request-budget';
import { scaledPlan } from '../../support/scaled-plan';
import { examplePlan, layOutPlan, liveOn, newHost } from './live-support';

/**
 * The sync bound write-layout.ts states, 5 + R + ⌈W / 3 MB⌉, held at every
 * size up to the hundred-times plan (about 43 MB written as the fake host
 * measures it), in a first generation into an empty workbook (R = 0).
 */

jest.setTimeout(120_000);

const MB = 1024 * 1024;

describe('overflowSyncBound', () => {
  it.each([
    [0, 0],
    [1, 0],
    [3 * MB, 0],
    [3 * MB + 1, 1],
    [6 * MB, 1],
    [6 * MB + 1, 2],
  ])('after %i bytes written: at most %i syncs of requests that overflowed', (written, bound) => {
    expect(overflowSyncBound(written)).toBe(bound);
  });

  it('leaves room for one write in every request it counts', () => {
    expect(overflowSyncBound(10 * MB, 2 * MB)).toBe(4);
    expect(REQUEST_BUDGET_BYTES - MAX_WRITE_BYTES).toBe(3 * MB);
  });
});

describe.each([1, 10, 100])('the %i-times plan written into an empty workbook', (times) => {
  it('keeps its syncs within 5 + ⌈written / 3 MB⌉ and every request and write within its limit', async () => {
    const host = newHost();
    const report = await liveOn(host).generate(layOutPlan(scaledPlan(examplePlan(), times)));
    const measured = host.requests.reduce((total, r) => total + r.requestBytes, 0);
    // 5 + R + ⌈W / 3 MB⌉ with R = 0: overflowSyncBound is ⌈W / 3 MB⌉ - 1.
    const bound = 5 + 1 + overflowSyncBound(report.writtenBytes);
    console.log(
      `${times}×: ${report.syncs} syncs of a bound of ${bound}; written ${(report.writtenBytes / MB).toFixed(2)} MB estimated, ` +
        `${(measured / MB).toFixed(2)} MB measured; largest request ${(report.largestRequestBytes / MB).toFixed(2)} MB, largest write ${(report.largestWriteBytes / MB).toFixed(2)} MB`,
    );
    expect(report.syncs).toBe(host.syncCount);
    expect(report.syncs).toBeLessThanOrEqual(bound);
    expect(report.largestWriteBytes).toBeLessThanOrEqual(MAX_WRITE_BYTES);
    expect(report.largestRequestBytes).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES + 4096);
    // The estimate never falls below what is sent.
    expect(report.writtenBytes).toBeGreaterThanOrEqual(measured);
    expect(host.requests.every((r) => r.errorCode === undefined && r.requestBytes < REQUEST_BUDGET_BYTES)).toBe(true);
  });
});
