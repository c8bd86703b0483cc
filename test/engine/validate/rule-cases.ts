import { planWith, findingsAt, UNFILLED_PLACEHOLDER, type RuleCases } from './structure-fixtures';

/** Runs a group's tables: each trigger yields exactly its one finding, each near miss none. */
export function runRuleCases({ group, triggers, nearMisses }: RuleCases): void {
  describe('triggers', () => {
    it.each(triggers)('$rule: $name', ({ change, rule, severity, path, names }) => {
      const findings = group.check(planWith(change));
      const ofRule = findings.filter((f) => f.rule === rule);
      expect(ofRule).toHaveLength(1);
      expect(findingsAt(findings, rule, path)).toHaveLength(1);
      const [finding] = ofRule;
      expect(finding?.severity).toBe(severity);
      for (const name of names) {
        expect(finding?.message.fi).toContain(typeof name === 'string' ? name : name.fi);
        expect(finding?.message.en).toContain(typeof name === 'string' ? name : name.en);
      }
      for (const f of findings) {
        expect(f.message.fi).not.toMatch(UNFILLED_PLACEHOLDER);
        expect(f.message.en).not.toMatch(UNFILLED_PLACEHOLDER);
      }
    });
  });

  describe('near misses', () => {
    it.each(nearMisses)('not $rule: $name', ({ change, rule }) => {
      const findings = group.check(planWith(change));
      expect(findings.filter((f) => f.rule === rule)).toEqual([]);
    });
  });
}
