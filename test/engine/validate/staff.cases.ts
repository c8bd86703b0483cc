import { staffRules } from '../../../src/engine/validate/staff.rules';
import type { RuleCases } from './structure-fixtures';

export const staffCases: RuleCases = {
  group: staffRules,
  triggers: [
    {
      name: 'a total above the sum',
      change: (p) => void (p.staff = { date: '2025-12-01', total: 11, permanent: 7, fixedTerm: 3 }),
      rule: 'staff.total',
      severity: 'error',
      path: '$.staff.total',
      names: ['11', '(7)', '(3)', '10', { fi: '1.12.2025', en: '2025-12-01' }],
    },
    {
      name: 'a total below the sum',
      change: (p) => void (p.staff = { date: '2025-12-01', total: 0, permanent: 1, fixedTerm: 0 }),
      rule: 'staff.total',
      severity: 'error',
      path: '$.staff.total',
      names: [{ fi: 'on 0', en: 'is 0' }, '(1)'],
    },
  ],
  nearMisses: [
    { name: 'no staff figures', change: (p) => void delete p.staff, rule: 'staff.total' },
    {
      name: 'no staff at all',
      change: (p) => void (p.staff = { date: '2025-12-01', total: 0, permanent: 0, fixedTerm: 0 }),
      rule: 'staff.total',
    },
  ],
};
