import { documentCases } from './document.cases';
import { runRuleCases } from './rule-cases';

describe('document rules', () => {
  runRuleCases(documentCases);
});
