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

  it('keeps only the strings asked for, each with its own path', () => {
    const found = planStrings({ a: ['=x', 'y', { b: '+z' }] }, (value) => /^[=+]/.test(value));
    expect(found).toEqual([
      { value: '=x', segments: ['a', 0], key: 'a' },
      { value: '+z', segments: ['a', 2, 'b'], key: 'b' },
    ]);
  });
});
