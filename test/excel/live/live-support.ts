import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { layOutPlan } from '../../../src/app/lay-out-plan';
import { openPlanFile } from '../../../src/app/open-plan-file';
import { readWorkbookGrid } from '../../../src/app/read-workbook-grid';
import { rebuildWorkbook } from '../../../src/app/rebuild-workbook';
import { createLiveWorkbook } from '../../../src/excel/create-live-workbook';
import { FakeExcelHost } from '../../../src/excel/fake-host';
import type { FakeExcelHostOptions } from '../../../src/excel/fake-host';
import type { LiveWorkbook } from '../../../src/excel/live-workbook';
import type { LaidOutWorkbook } from '../../../src/layout/lay-out-workbook';
import type { Plan } from '../../../src/model/plan';

export function examplePlan(): Plan {
  const opened = openPlanFile(readFileSync(join(__dirname, '../../../examples/kaustinen-2026.plan.json'), 'utf8'));
  if (!opened.ok) throw new Error('the example does not open');
  return opened.plan;
}

export const FIXED_NOW = new Date('2026-12-04T12:00:00Z');

export function liveOn(host: FakeExcelHost, language: 'fi' | 'en' = 'fi'): LiveWorkbook {
  return createLiveWorkbook({
    run: (batch) => host.run(batch),
    isSetSupported: (name, version) => host.isSetSupported(name, version),
    language,
    now: () => FIXED_NOW,
    retry: { attempts: 3, delay: () => 0, sleep: () => Promise.resolve() },
  });
}

export function newHost(options: FakeExcelHostOptions = {}): FakeExcelHost {
  return new FakeExcelHost({ today: () => FIXED_NOW, ...options });
}

/** What the pane does before a refresh: read the grid, read the plan, rebuild. */
export async function refreshLayout(live: LiveWorkbook): Promise<LaidOutWorkbook> {
  const reading = await live.readGrid();
  if (!reading.ok) throw new Error(`unreadable: ${reading.detail}`);
  const read = readWorkbookGrid(reading.grid);
  if (!read.ok) throw new Error(`no plan: ${JSON.stringify(read.findings.slice(0, 3))}`);
  const rebuilt = rebuildWorkbook(read, reading.grid);
  if (!rebuilt.ok) throw new Error(`rebuild refused: ${JSON.stringify(rebuilt).slice(0, 800)}`);
  return rebuilt.laidOut;
}

export { layOutPlan };
