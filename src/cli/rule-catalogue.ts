import { ALL_RULES } from '../engine/validate';
import { WORKBOOK_RULE_LIST } from '../layout/read/workbook-rules';
import { PARSE_RULE_DEFINITIONS } from '../model/parse-plan';
import type { RuleDefinition } from '../model/rule-definition';
import type { Lang } from './io';

/**
 * Every rule a user can meet, in the order README.md lists them: reading a
 * plan file, reading a workbook, then validating the plan.
 */
export function documentedRules(): RuleDefinition[] {
  return [...PARSE_RULE_DEFINITIONS, ...WORKBOOK_RULE_LIST, ...ALL_RULES];
}

const HEADER: Record<Lang, string> = {
  fi: '| sääntö | vakavuus | merkitys |\n|---|---|---|',
  en: '| rule | severity | meaning |\n|---|---|---|',
  sv: '| regel | allvarlighet | betydelse |\n|---|---|---|',
};

/** The rules as a Markdown table (README.md holds the English one). */
export function rulesMarkdownTable(rules: readonly RuleDefinition[], lang: Lang): string {
  const rows = rules.map((r) => `| \`${r.id}\` | ${r.severity} | ${r.description[lang].replace(/\|/g, '\\|')} |`);
  return [HEADER[lang], ...rows].join('\n');
}
