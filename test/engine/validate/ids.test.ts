import { idsRules } from '../../../src/engine/validate/ids.rules';
import { idsCases } from './ids.cases';
import { runRuleCases } from './rule-cases';
import { at, planWith } from './structure-fixtures';

describe('ids rules', () => {
  runRuleCases(idsCases);

  it('names the first occurrence in every later duplicate', () => {
    const plan = planWith((p) => {
      at(p.municipalities, 1).id = 'halsua';
      at(p.municipalities, 2).id = 'halsua';
    });
    const findings = idsRules.check(plan);
    expect(findings.map((f) => f.location)).toEqual([
      { path: '$.municipalities[1].id' },
      { path: '$.municipalities[2].id' },
    ]);
    for (const f of findings) {
      expect(f.message.fi).toContain('$.municipalities[0].id');
      expect(f.message.en).toContain('$.municipalities[0].id');
    }
  });
});
