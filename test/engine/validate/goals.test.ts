import { goalsCases } from './goals.cases';
import { runRuleCases } from './rule-cases';

describe('goals rules', () => {
  runRuleCases(goalsCases);
});
