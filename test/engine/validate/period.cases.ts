import { periodRules } from '../../../src/engine/validate/period.rules';
import type { RuleCases } from './structure-fixtures';

export const periodCases: RuleCases = {
  group: periodRules,
  triggers: [
    {
      name: 'no plan years',
      change: (p) => void (p.planYears = []),
      rule: 'plan.period',
      severity: 'error',
      path: '$.planYears',
      names: ['2026', { fi: 'ei ole yhtään vuotta', en: 'has no years' }],
    },
    {
      name: 'the period starts after the budget year',
      change: (p) => void (p.planYears = [2027, 2028, 2029, 2030]),
      rule: 'plan.period',
      severity: 'error',
      path: '$.planYears[0]',
      names: ['2027', '2026'],
    },
    {
      name: 'the period starts before the budget year',
      change: (p) => void (p.budgetYear = 2027),
      rule: 'plan.period',
      severity: 'error',
      path: '$.planYears[0]',
      names: ['2026', '2027'],
    },
    {
      name: 'a year is skipped',
      change: (p) => void (p.planYears = [2026, 2027, 2029, 2030]),
      rule: 'plan.period',
      severity: 'error',
      path: '$.planYears[2]',
      names: ['2029', '2027', { fi: 'peräkkäisiä', en: 'consecutive' }],
    },
    {
      name: 'a year is repeated',
      change: (p) => void (p.planYears = [2026, 2027, 2027, 2028]),
      rule: 'plan.period',
      severity: 'error',
      path: '$.planYears[2]',
      names: ['2027'],
    },
    {
      name: 'only two years',
      change: (p) => void (p.planYears = [2026, 2027]),
      rule: 'plan.period',
      severity: 'error',
      path: '$.planYears',
      names: ['2026, 2027', { fi: 'vähintään kolmeksi vuodeksi', en: 'at least three years' }],
    },
  ],
  nearMisses: [
    { name: 'exactly three years', change: (p) => void (p.planYears = [2026, 2027, 2028]), rule: 'plan.period' },
    {
      name: 'another budget year with its own period',
      change: (p) => {
        p.budgetYear = 2031;
        p.planYears = [2031, 2032, 2033];
      },
      rule: 'plan.period',
    },
  ],
};
