import { municipalitiesCases } from './municipalities.cases';
import { runRuleCases } from './rule-cases';

describe('municipalities rules', () => {
  runRuleCases(municipalitiesCases);
});
