import type { Finding, LocalisedText } from '../../model/finding';
import { jsonPath } from '../../model/json-path';
import type { RuleDefinition } from './rule';

/** A finding of `rule` at a JSON path of the plan; id and severity come from the rule's definition only. */
export function findingAt(rule: RuleDefinition, message: LocalisedText, path: ReadonlyArray<string | number>): Finding {
  return { rule: rule.id, severity: rule.severity, message, location: { path: jsonPath(path) } };
}
