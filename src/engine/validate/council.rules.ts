import { localiseEach } from '../../model/messages/catalogue';
import type { Finding } from '../../model/finding';
import type { Plan } from '../../model/plan';
import { formatDate } from '../display-numbers';
import { councilSeatsByMunicipality } from '../seats';
import { councilMessages as messages } from './council.messages';
import { findingAt } from './finding-at';
import type { RuleDefinition, RuleGroup } from './rule';

const seats: RuleDefinition = { id: 'council.seats', severity: 'error', description: messages['rule.seats'] };
const rule: RuleDefinition = { id: 'council.rule', severity: 'error', description: messages['rule.rule'] };

/** The council: its declared size follows from the populations under the plan's seat rule. */
export const councilRules: RuleGroup = {
  rules: [seats, rule],
  check(plan: Plan): Finding[] {
    const block = plan.council.seatsPerStartedInhabitants;
    if (!Number.isInteger(block) || block <= 0) {
      const message = localiseEach(messages, 'blockNotPositive', () => ({ value: block }));
      return [findingAt(rule, message, ['council', 'seatsPerStartedInhabitants'])];
    }
    const computed = councilSeatsByMunicipality(plan);
    if (computed.total === plan.council.declaredSize) return [];
    // The population date decides the seats (Veteli: 15 seats with 2024 figures, 16 with 2021), so it is always shown.
    const dates = [...new Set(plan.municipalities.map((m) => m.populationDate))].sort();
    const message = localiseEach(messages, 'seats', (language) => ({
      declared: plan.council.declaredSize,
      computed: computed.total,
      dates: dates.map((date) => formatDate(date, language)).join(', '),
      perMunicipality: computed.municipalities.map((m) => `${m.name} ${m.seats}`).join(', '),
    }));
    return [findingAt(seats, message, ['council', 'declaredSize'])];
  },
};
