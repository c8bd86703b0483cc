import { runRuleCases } from './rule-cases';
import { textsCases } from './texts.cases';

describe('texts rules', () => {
  runRuleCases(textsCases);
});
