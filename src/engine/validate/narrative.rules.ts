import { localiseEach } from '../../model/messages/catalogue';
import type { Finding } from '../../model/finding';
import type { NarrativeFigure, Plan } from '../../model/plan';
import { formatEuros, formatPercent, type MessageLanguage } from '../display-numbers';
import { Decimal, roundHalfUp, writtenDecimals } from '../money';
import { checkNarrativeFigures, type NarrativeGap } from '../narrative';
import { findingAt } from './finding-at';
import { narrativeMessages as messages, type NarrativeMessageKey } from './narrative.messages';
import type { RuleDefinition, RuleGroup } from './rule';

const mismatch: RuleDefinition = { id: 'narrative.mismatch', severity: 'error', description: messages['rule.mismatch'] };
const unverifiable: RuleDefinition = {
  id: 'narrative.unverifiable',
  severity: 'warning',
  description: messages['rule.unverifiable'],
};

/** Figures stated in the plan's text ("54 %", "noin 14 % pienempi") agree with the budget. */
export const narrativeRules: RuleGroup = {
  rules: [mismatch, unverifiable],
  check(plan: Plan): Finding[] {
    const findings: Finding[] = [];
    for (const { figure, index, check } of checkNarrativeFigures(plan)) {
      const path = ['narrativeFigures', index];
      if (check.kind === 'matches') continue;
      if (check.kind === 'mismatch') {
        const key = figure.approximate ? 'mismatchApproximate' : 'mismatch';
        const message = localiseEach(messages, key, (language) => ({
          stated: stated(figure, language),
          // Two more decimals than stated, so the reader sees how far off the figure is.
          computed: inUnit(figure, check.computed, writtenDecimals(figure.value) + 2, language),
          tolerance: inUnit(figure, check.tolerance, check.tolerance.decimalPlaces(), language),
          quote: figure.quote,
        }));
        findings.push(findingAt(mismatch, message, path));
      } else {
        const message = localiseEach(messages, gapMessage(check.gap), (language) => ({
          stated: stated(figure, language),
          year: 'year' in check.gap ? check.gap.year : figure.year,
          quote: figure.quote,
        }));
        findings.push(findingAt(unverifiable, message, path));
      }
    }
    return findings;
  },
};

function gapMessage(gap: NarrativeGap): NarrativeMessageKey {
  switch (gap.code) {
    case 'figure-missing':
      return `missing.${gap.measure}`;
    case 'base-year-missing':
      return 'baseYearMissing';
    case 'base-zero':
      return 'baseZero';
    case 'share-in-euros':
      return 'shareInEuros';
  }
}

function stated(figure: NarrativeFigure, language: MessageLanguage): string {
  return inUnit(figure, new Decimal(figure.value), writtenDecimals(figure.value), language);
}

function inUnit(figure: NarrativeFigure, value: Decimal, percentDecimals: number, language: MessageLanguage): string {
  return figure.unit === '%' ? formatPercent(value, language, percentDecimals) : formatEuros(roundHalfUp(value, 2), language);
}
