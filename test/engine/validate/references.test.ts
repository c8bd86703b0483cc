import { referencesCases } from './references.cases';
import { runRuleCases } from './rule-cases';

describe('references rules', () => {
  runRuleCases(referencesCases);
});
