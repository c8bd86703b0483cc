import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlanText } from '../../src/model/parse-plan';

const BAD = join(__dirname, '../fixtures/bad-plans');
const fixtures = readdirSync(BAD)
  .filter((name) => name.endsWith('.json'))
  .map((name) => {
    const [path, fi, en] = readFileSync(join(BAD, name.replace(/\.json$/, '.expected.txt')), 'utf8').split('\n');
    return { name, path, fi, en };
  });

describe('bad plan files', () => {
  it('has a fixture for each kind of mistake', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(14);
  });

  it.each(fixtures)('$name is refused with the message it must produce', ({ name, path, fi, en }) => {
    const result = parsePlanText(readFileSync(join(BAD, name), 'utf8'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [first] = result.problems;
    expect(first?.location).toEqual({ path });
    expect(first?.message.fi).toBe(fi);
    expect(first?.message.en).toBe(en);
    expect(first?.severity).toBe('error');
    expect(['plan.json', 'plan.schema']).toContain(first?.rule);
  });
});

describe('good plan files', () => {
  it.each(['../fixtures/plans/minimal.plan.json', '../../examples/kaustinen-2026.plan.json'])('%s parses', (file) => {
    const result = parsePlanText(readFileSync(join(__dirname, file), 'utf8'));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('reports every problem of a file, not only the first, each at its own path', () => {
    const plan = JSON.parse(readFileSync(join(__dirname, '../fixtures/plans/minimal.plan.json'), 'utf8'));
    plan.municipalities[0].population = '1500';
    plan.budget.years[1].total = '1,1 M€';
    plan.sections[0].goals[0].metrics[0].kind = 'tulos';
    const result = parsePlanText(JSON.stringify(plan));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.location)).toEqual([
      { path: '$.municipalities[0].population' },
      { path: '$.sections[0].goals[0].metrics[0].kind' },
      { path: '$.budget.years[1].total' },
    ]);
  });

  it.each([
    [2, 'This plan needs a newer PlanSheets'],
    [17, 'This plan needs a newer PlanSheets'],
    [0, 'The file has schemaVersion 0, which no PlanSheets ever wrote'],
    [-1, 'The file has schemaVersion -1, which no PlanSheets ever wrote'],
  ])('refuses a plan of schemaVersion %d on its version alone, whatever else it holds', (version, message) => {
    const plan = JSON.parse(readFileSync(join(__dirname, '../fixtures/plans/minimal.plan.json'), 'utf8'));
    plan.schemaVersion = version;
    plan.fieldOfAnotherVersion = true;
    delete plan.language;
    const result = parsePlanText(JSON.stringify(plan));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.location).toEqual({ path: '$.schemaVersion' });
    expect(result.problems[0]?.message.en).toContain(message);
  });

  it('never throws, whatever the text', () => {
    for (const text of ['null', '1', '"plan"', '{', '{"schemaVersion": 1, "municipalities": [null]}', '\u0000', '{"a":'.repeat(1000)]) {
      expect(() => parsePlanText(text)).not.toThrow();
      expect(parsePlanText(text).ok).toBe(false);
    }
  });
});
