import { pendingChunks, pendingPlan, planOfLayout } from '../../src/app/pending-generation';
import { layOutPlan } from '../../src/app/lay-out-plan';
import { minimalPlan } from '../support/plan-builder';
import { examplePlan } from '../excel/live/live-support';

describe('the pending plan', () => {
  it('is cut into chunks and put together again', () => {
    const plan = examplePlan();
    const chunks = pendingChunks(plan, 1000);
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.every((c) => c.length <= 1000)).toBe(true);
    const cells = Object.fromEntries(chunks.map((text, i) => [`A${i + 2}`, { value: text }]));
    expect(pendingPlan({ cells: { A1: { value: 'notice' }, ...cells } })).toStrictEqual(plan);
  });

  it('never splits a surrogate pair', () => {
    const plan = minimalPlan({ document: { ...minimalPlan().document, title: '😀'.repeat(50) } });
    for (const chunk of pendingChunks(plan, 7)) {
      const last = chunk.charCodeAt(chunk.length - 1);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
    }
    const chunks = pendingChunks(plan, 7);
    expect(pendingPlan({ cells: Object.fromEntries(chunks.map((text, i) => [`A${i + 2}`, { value: text }])) })).toStrictEqual(plan);
  });

  it('is none when missing or damaged', () => {
    expect(pendingPlan({ cells: {} })).toBeNull();
    expect(pendingPlan({ cells: { A2: { value: '{"broken"' } } })).toBeNull();
  });

  it('is the plan a layout was made from', () => {
    const plan = examplePlan();
    expect(planOfLayout(layOutPlan(plan).layout)).toStrictEqual(plan);
  });
});

