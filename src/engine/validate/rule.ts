import type { Finding, LocalisedText, Severity } from '../../model/finding';
import type { Plan } from '../../model/plan';

/**
 * One validation rule as documented in README.md: a stable id, a severity
 * and a one-line description in every product language.
 */
export interface RuleDefinition {
  id: string;
  severity: Severity;
  description: LocalisedText;
}

/** A group of related rules and the check that produces their findings. Never throws on user data. */
export interface RuleGroup {
  rules: readonly RuleDefinition[];
  check(plan: Plan): Finding[];
}
