import { workbookLayout } from '../../support/layouts';
import { METADATA_CHUNK_LENGTH, metadataChunks, planMetadata } from '../../../src/layout/schema/plan-metadata';
import { readPlan } from '../../../src/layout/read/read-plan';
import { metadataSheet } from '../../../src/layout/sheets/metadata-sheet';
import { gridFromLayout } from '../../support/layout-grid';
import { readFixture } from '../read/read-fixture';

describe('the metadata sheet', () => {
  it('is hidden and protected, with a notice in A1 and the JSON from A2 on', () => {
    const plan = readFixture();
    const sheet = metadataSheet(plan);
    expect(sheet).toMatchObject({ role: 'metadata', name: 'PlanSheets', kind: 'metadata', hidden: true, protected: true });
    expect(sheet.cells[0]).toMatchObject({ ref: 'A1', value: { kind: 'text', text: expect.stringContaining('Älä muokkaa') } });
    expect(sheet.cells[1]).toEqual({ ref: 'A2', value: { kind: 'text', text: JSON.stringify(planMetadata(plan)) } });
    expect(sheet.print.paperSize).toBe('A4');
    expect(metadataSheet(readFixture('en')).cells[0]!.value).toEqual({ kind: 'text', text: expect.stringContaining('Do not edit') });
  });

  it('holds exactly the parts of the plan that no table holds', () => {
    const plan = readFixture();
    plan.staff = { date: '2025-11-10', total: 20, permanent: 8, fixedTerm: 12 };
    plan.contributions.note = 'Kuvitteellinen jako';
    plan.contributions.previous!.note = 'TA 2025';
    plan.budget.note = 'Lähde: TA-kirja';
    const metadata = planMetadata(plan);
    expect(Object.keys(metadata).sort()).toEqual(
      ['basicTasks', 'budget', 'budgetYear', 'contributions', 'council', 'document', 'format', 'language', 'organisation', 'planYears', 'schemaVersion', 'staff', 'version'].sort(),
    );
    expect(metadata.council).toEqual({ note: 'Perussopimus 5 §' });
    expect(metadata.budget).toEqual({ note: 'Lähde: TA-kirja' });
    expect(metadata.contributions).toEqual({ note: 'Kuvitteellinen jako', previous: { year: 2025, note: 'TA 2025' } });
  });

  it('splits long JSON into cell-sized chunks that read back whole', () => {
    const plan = readFixture();
    plan.chapters = [{ id: 'ch-1', title: 'Pitkä luku', paragraphs: ['ä'.repeat(40000), '😀'.repeat(20000)] }];
    const sheet = metadataSheet(plan);
    const chunks = sheet.cells.slice(1).map((c) => (c.value as { text: string }).text);
    expect(chunks.length).toBe(3);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(METADATA_CHUNK_LENGTH);
    expect(sheet.cells.slice(1).map((c) => c.ref)).toEqual(chunks.map((_, i) => `A${i + 2}`));
    const { plan: read, findings } = readPlan(gridFromLayout(workbookLayout(plan, [])));
    expect(findings).toEqual([]);
    expect(read).toStrictEqual(plan);
  });

  it.each([1, 2, 3, 7])('never splits a surrogate pair (chunks of %i)', (size) => {
    const text = `a${'😀'.repeat(10)}b𝄞`;
    const chunks = metadataChunks(text, size + 1);
    expect(chunks.join('')).toBe(text);
    for (const chunk of chunks) expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(chunk)).toBe(false);
  });
});
