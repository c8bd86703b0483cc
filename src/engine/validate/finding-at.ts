import type { Finding, LocalisedText } from '../../model/finding';
import { jsonPath } from '../../model/json-path';
import type { RuleDefinition } from './rule';

/** A finding of `rule` at a JSON path; the severity always comes from the rule's definition. */
export function findingAt(
  rule: RuleDefinition,
  message: LocalisedText,
  segments: ReadonlyArray<string | number>,
): Finding {
  return { rule: rule.id, severity: rule.severity, message, location: { path: jsonPath(segments) } };
}
