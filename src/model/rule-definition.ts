import type { LocalisedText, Severity } from './finding';

/**
 * One rule as documented in README.md and by `plansheets rules`: a stable id,
 * a severity and a one-line description in every product language.
 */
export interface RuleDefinition {
  id: string;
  severity: Severity;
  description: LocalisedText;
}
