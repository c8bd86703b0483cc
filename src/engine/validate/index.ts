import type { Finding, Severity } from '../../model/finding';
import type { Plan } from '../../model/plan';
import { budgetRules } from './budget.rules';
import { contributionsRules } from './contributions.rules';
import { councilRules } from './council.rules';
import { narrativeRules } from './narrative.rules';
import type { RuleDefinition, RuleGroup } from './rule';
import { structureRules } from './structure';

export const RULE_GROUPS: readonly RuleGroup[] = [...structureRules, budgetRules, contributionsRules, councilRules, narrativeRules];

/** Every validation rule, in the order the README documents them. */
export const ALL_RULES: readonly RuleDefinition[] = RULE_GROUPS.flatMap((group) => group.rules);

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; stable, so findings of one severity keep their order. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Runs every rule over a parsed plan. Findings come back errors first, then in plan order. */
export function validatePlan(plan: Plan): Finding[] {
  return bySeverity(RULE_GROUPS.flatMap((group) => group.check(plan)));
}
