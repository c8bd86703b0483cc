import { planStrings } from '../../../src/engine/validate/plan-strings';

describe('planStrings', () => {
  it('finds every string with its path and nearest property, skipping other values', () => {
    const found = planStrings({ a: 'x', n: 1, b: { c: ['y', { d: 'z' }] }, e: null, f: true });
    expect(found).toEqual([
      { value: 'x', segments: ['a'], key: 'a' },
      { value: 'y', segments: ['b', 'c', 0], key: 'c' },
      { value: 'z', segments: ['b', 'c', 1, 'd'], key: 'd' },
    ]);
  });
});
