import type { Finding } from '../../model/finding';
import type { Plan, Pool } from '../../model/plan';
import { localiseEach, type MessageParams } from '../../model/messages/catalogue';
import { formatEuros, formatNumber, type MessageLanguage } from '../display-numbers';
import { budgetMeasure, budgetYearEntry } from '../figures';
import { Decimal, sum, toMoney } from '../money';
import { allocatePool, type PoolProblem } from '../pool-shares';
import { contributionsMessages as messages } from './contributions.messages';
import { findingAt } from './finding-at';
import type { RuleDefinition, RuleGroup } from './rule';

const sharesSum: RuleDefinition = { id: 'shares.sum', severity: 'error', description: messages['rule.sharesSum'] };
const poolKey: RuleDefinition = { id: 'pool.key', severity: 'error', description: messages['rule.poolKey'] };
const poolAmount: RuleDefinition = { id: 'pool.amount', severity: 'error', description: messages['rule.poolAmount'] };
const previousSum: RuleDefinition = { id: 'previous.sum', severity: 'warning', description: messages['rule.previousSum'] };

/** Municipal contributions: the pools cover the municipal funding, and each pool can be shared out. */
export const contributionsRules: RuleGroup = {
  rules: [sharesSum, poolKey, poolAmount, previousSum],
  check(plan: Plan): Finding[] {
    return [...sharesSumFindings(plan), ...poolFindings(plan), ...previousSumFindings(plan)];
  },
};

function sharesSumFindings(plan: Plan): Finding[] {
  const funding = budgetMeasure(budgetYearEntry(plan, plan.budgetYear)?.entry, 'municipalFunding');
  // Without the municipal funding there is nothing to compare; budget.year-missing reports it.
  if (funding === null) return [];
  const pools = sum(plan.contributions.pools.map((pool) => toMoney(pool.amount)));
  if (pools.eq(funding)) return [];
  const message = localiseEach(messages, 'sharesSum', (language) => ({
    year: plan.budgetYear,
    pools: formatEuros(pools, language),
    funding: formatEuros(funding, language),
    difference: formatEuros(pools.minus(funding), language),
  }));
  return [findingAt(sharesSum, message, ['contributions', 'pools'])];
}

function poolFindings(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  const members = new Set(plan.municipalities.map((m) => m.id));
  plan.contributions.pools.forEach((pool, index) => {
    const allocation = allocatePool(pool, plan.municipalities);
    if (allocation.kind === 'ok') return;
    for (const problem of allocation.problems.filter((p) => !reportedByMunicipalityRules(p, members))) {
      const rule = problem.code.startsWith('amount.') ? poolAmount : poolKey;
      const message = localiseEach(messages, problem.code, (language) => problemParams(plan, pool, problem, language));
      findings.push(findingAt(rule, message, ['contributions', 'pools', index, ...problem.path]));
    }
  });
  return findings;
}

/**
 * An unknown municipality id and a non-positive population are reported once,
 * by municipality.unknown and municipality.population; the pool is still left
 * out of the shares.
 */
function reportedByMunicipalityRules(problem: PoolProblem, members: ReadonlySet<string>): boolean {
  if (problem.code === 'participants.unknown' || problem.code === 'population.not-positive') return true;
  return 'municipality' in problem && !members.has(problem.municipality);
}

function problemParams(plan: Plan, pool: Pool, problem: PoolProblem, language: MessageLanguage): MessageParams {
  const params: MessageParams = { pool: pool.name, amount: formatEuros(toMoney(pool.amount), language) };
  if ('municipality' in problem) {
    params.municipality = plan.municipalities.find((m) => m.id === problem.municipality)?.name ?? problem.municipality;
  }
  switch (problem.code) {
    case 'population.not-positive':
      params.population = formatNumber(new Decimal(problem.population), language, 0);
      break;
    case 'weights.negative':
      params.weight = formatNumber(new Decimal(problem.weight), language, new Decimal(problem.weight).decimalPlaces());
      break;
    case 'fixed.negative':
    case 'fixed.not-multiple-of-unit':
      params.amount = formatEuros(toMoney(problem.amount), language);
      break;
    case 'fixed.sum-mismatch':
      params.sum = formatEuros(problem.sum, language);
      params.amount = formatEuros(problem.amount, language);
      params.difference = formatEuros(problem.sum.minus(problem.amount), language);
      break;
    default:
      break;
  }
  return params;
}

function previousSumFindings(plan: Plan): Finding[] {
  const previous = plan.contributions.previous;
  if (previous === undefined) return [];
  const funding = budgetMeasure(budgetYearEntry(plan, previous.year)?.entry, 'municipalFunding');
  if (funding === null) return [];
  const total = sum(previous.amounts.map((a) => toMoney(a.amount)));
  if (total.eq(funding)) return [];
  const message = localiseEach(messages, 'previousSum', (language) => ({
    year: previous.year,
    previous: formatEuros(total, language),
    funding: formatEuros(funding, language),
    difference: formatEuros(total.minus(funding), language),
  }));
  return [findingAt(previousSum, message, ['contributions', 'previous'])];
}
