import { runRuleCases } from './rule-cases';
import { staffCases } from './staff.cases';

describe('staff rules', () => {
  runRuleCases(staffCases);
});
