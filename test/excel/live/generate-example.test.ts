import { PAYLOAD_LIMIT_BYTES } from '../../../src/excel/fake-host';
import { examplePlan, layOutPlan, liveOn, newHost } from './live-support';

describe('generate the example', () => {
  it('writes every sheet within the sync and payload bounds', async () => {
    const host = newHost();
    const live = liveOn(host);
    const report = await live.generate(layOutPlan(examplePlan()));
    const largest = Math.max(...host.requests.map((r) => r.requestBytes));
    console.log(report, host.syncCount, largest);
    expect(largest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });
});
