import type { Finding } from '../../model/finding';
import type { Plan } from '../../model/plan';
import type { RuleDefinition } from '../../model/rule-definition';

export type { RuleDefinition };

/** A group of related rules and the check that produces their findings. Never throws on user data. */
export interface RuleGroup {
  rules: readonly RuleDefinition[];
  check(plan: Plan): Finding[];
}
