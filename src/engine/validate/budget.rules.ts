import { localiseEach } from '../../model/messages/catalogue';
import type { Finding } from '../../model/finding';
import type { Plan } from '../../model/plan';
import { formatEuros } from '../display-numbers';
import { budgetMeasure, budgetYearEntry } from '../figures';
import { budgetMessages as messages } from './budget.messages';
import { findingAt } from './finding-at';
import type { RuleDefinition, RuleGroup } from './rule';

const balance: RuleDefinition = { id: 'budget.balance', severity: 'error', description: messages['rule.balance'] };
const yearMissing: RuleDefinition = { id: 'budget.year-missing', severity: 'error', description: messages['rule.yearMissing'] };
const planYearMissing: RuleDefinition = {
  id: 'budget.plan-year-missing',
  severity: 'warning',
  description: messages['rule.planYearMissing'],
};

/** The budget by year: each year balances, and the budget and plan years have their figures. */
export const budgetRules: RuleGroup = {
  rules: [balance, yearMissing, planYearMissing],
  check(plan: Plan): Finding[] {
    return [...balanceFindings(plan), ...budgetYearFindings(plan), ...planYearFindings(plan)];
  },
};

function balanceFindings(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  plan.budget.years.forEach((entry, index) => {
    const total = budgetMeasure(entry, 'total');
    const municipal = budgetMeasure(entry, 'municipalFunding');
    const external = budgetMeasure(entry, 'externalFunding');
    if (total === null || municipal === null || external === null) return;
    const parts = municipal.plus(external);
    if (parts.eq(total)) return;
    const message = localiseEach(messages, 'balance', (language) => ({
      year: entry.year,
      total: formatEuros(total, language),
      municipal: formatEuros(municipal, language),
      external: formatEuros(external, language),
      sum: formatEuros(parts, language),
      difference: formatEuros(parts.minus(total), language),
    }));
    findings.push(findingAt(balance, message, ['budget', 'years', index]));
  });
  return findings;
}

function budgetYearFindings(plan: Plan): Finding[] {
  const year = plan.budgetYear;
  const found = budgetYearEntry(plan, year);
  if (found === null) {
    return [findingAt(yearMissing, localiseEach(messages, 'yearAbsent', () => ({ year })), ['budget', 'years'])];
  }
  const findings: Finding[] = [];
  const missing = [
    ['total', 'totalMissing'],
    ['municipalFunding', 'municipalMissing'],
    ['externalFunding', 'externalMissing'],
  ] as const;
  for (const [measure, key] of missing) {
    if (found.entry[measure] === undefined) {
      findings.push(findingAt(yearMissing, localiseEach(messages, key, () => ({ year })), ['budget', 'years', found.index]));
    }
  }
  return findings;
}

function planYearFindings(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  for (const year of new Set(plan.planYears)) {
    if (year === plan.budgetYear) continue;
    const found = budgetYearEntry(plan, year);
    if (found === null) {
      findings.push(findingAt(planYearMissing, localiseEach(messages, 'planYearNoFigures', () => ({ year })), ['budget', 'years']));
      continue;
    }
    const given = [found.entry.total, found.entry.municipalFunding, found.entry.externalFunding].filter((v) => v !== undefined).length;
    if (given === 3) continue;
    const key = given === 0 ? 'planYearNoFigures' : 'planYearPartial';
    findings.push(findingAt(planYearMissing, localiseEach(messages, key, () => ({ year })), ['budget', 'years', found.index]));
  }
  return findings;
}
