import { documentRules } from './document.rules';
import { goalsRules } from './goals.rules';
import { idsRules } from './ids.rules';
import { municipalitiesRules } from './municipalities.rules';
import { periodRules } from './period.rules';
import { referencesRules } from './references.rules';
import type { RuleGroup } from './rule';
import { staffRules } from './staff.rules';
import { textsRules } from './texts.rules';

/** The structural rules: ids, references, required texts, the period, goals' completeness. */
export const structureRules: RuleGroup[] = [
  idsRules,
  referencesRules,
  municipalitiesRules,
  textsRules,
  periodRules,
  goalsRules,
  staffRules,
  documentRules,
];
