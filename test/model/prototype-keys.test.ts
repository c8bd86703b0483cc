import { reportOnPlan } from '../../src/app/report-on-plan';
import { validatePlan } from '../../src/engine/validate';
import { parsePlanText } from '../../src/model/parse-plan';
import type { Plan } from '../../src/model/plan';
import { minimalPlan } from '../support/plan-builder';

/**
 * Prototype keys in a plan file are inert: as field names they are unknown
 * fields, named at their path; as ids (where an id may be one) they are ids
 * like any other, which no lookup mistakes for Object.prototype's members.
 * Nothing reaches Object.prototype.
 */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
  expect('polluted' in {}).toBe(false);
});

/** The minimal plan's text with `field` (raw JSON text) added to the object at `at`. */
function withField(at: 'top' | 'municipality' | 'pool' | 'pool key', field: string): string {
  const text = JSON.stringify(minimalPlan(), null, 2);
  const marker = { top: '"schemaVersion": 1', municipality: '"id": "ankkala"', pool: '"id": "basic"', 'pool key': '"kind": "population"' }[at];
  return text.replace(marker, `${field}, ${marker}`);
}

describe('prototype keys as field names', () => {
  it.each([
    ['top', '__proto__', '$'],
    ['top', 'constructor', '$'],
    ['top', 'prototype', '$'],
    ['municipality', '__proto__', '$.municipalities[0]'],
    ['pool', 'constructor', '$.contributions.pools[0]'],
    ['pool key', '__proto__', '$.contributions.pools[0].key'],
  ] as const)('%s object with "%s" is refused as an unknown field at %s', (at, key, path) => {
    const result = parsePlanText(withField(at, `"${key}": {"polluted": true, "toString": 1}`));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(
      expect.objectContaining({ rule: 'plan.schema', location: { path }, message: expect.objectContaining({ en: `Unknown field "${key}" (a typo?).` }) }),
    );
  });
});

describe('prototype names as ids', () => {
  /** The minimal plan with its ids renamed; the same plan as far as the rules and the shares go. */
  function renamed(ids: { first: string; second: string; pool: string; section: string; goal: string }): Plan {
    const plan = minimalPlan();
    const rename = (id: string): string => ({ ankkala: ids.first, kotikyla: ids.second })[id] ?? id;
    return minimalPlan({
      organisation: { ...plan.organisation, hostMunicipality: rename(plan.organisation.hostMunicipality) },
      municipalities: plan.municipalities.map((m) => ({ ...m, id: rename(m.id) })),
      sections: plan.sections.map((s) => ({ ...s, id: ids.section, goals: s.goals.map((g) => ({ ...g, id: ids.goal })) })),
      contributions: {
        ...plan.contributions,
        pools: [
          ...plan.contributions.pools.map((p) => ({ ...p, id: ids.pool })),
          { id: 'weighted', name: 'Painotettu', amount: '0', key: { kind: 'weights', weights: [{ municipality: ids.first, weight: '2' }, { municipality: ids.second, weight: '1' }] }, rounding: 'cent' },
        ],
      },
    });
  }

  const ordinary = renamed({ first: 'ankkala', second: 'kotikyla', pool: 'basic', section: 'team-1', goal: 'goal-1' });
  const expected = reportOnPlan(ordinary, validatePlan(ordinary));

  it.each([
    { first: 'constructor', second: 'prototype', pool: 'toString', section: 'hasOwnProperty', goal: 'valueOf' },
    { first: 'hasOwnProperty', second: 'isPrototypeOf', pool: 'constructor', section: 'prototype', goal: 'toString' },
  ])('gives the same findings and shares with ids $first, $second, $pool, $section, $goal', (ids) => {
    const plan = renamed(ids);
    const text = JSON.stringify(plan);
    const parsed = parsePlanText(text);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    const findings = validatePlan(plan);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual(expected.findings.map((f) => [f.rule, f.severity]));
    expect(reportOnPlan(plan, findings).shares.map((s) => s.amount)).toEqual(expected.shares.map((s) => s.amount));
  });

  it('refuses "__proto__" as an id, naming where', () => {
    const text = JSON.stringify(minimalPlan()).replace('"id":"basic"', '"id":"__proto__"');
    const result = parsePlanText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([expect.objectContaining({ location: { path: '$.contributions.pools[0].id' }, message: expect.objectContaining({ en: expect.stringContaining('The identifier "__proto__" is not valid') }) })]);
  });
});
