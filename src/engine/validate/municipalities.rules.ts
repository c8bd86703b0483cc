import type { Finding } from '../../model/finding';
import { localise } from '../../model/messages/catalogue';
import type { Plan } from '../../model/plan';
import { findingAt } from './finding-at';
import { municipalitiesDescriptions, municipalitiesMessages } from './municipalities.messages';
import { titleOrId } from './object-names';
import type { RuleDefinition, RuleGroup } from './rule';

export const MUNICIPALITY_NONE: RuleDefinition = {
  id: 'municipality.none',
  severity: 'error',
  description: municipalitiesDescriptions['municipality.none'],
};

export const MUNICIPALITY_POPULATION: RuleDefinition = {
  id: 'municipality.population',
  severity: 'error',
  description: municipalitiesDescriptions['municipality.population'],
};

function check(plan: Plan): Finding[] {
  if (plan.municipalities.length === 0) {
    return [findingAt(MUNICIPALITY_NONE, localise(municipalitiesMessages, 'none'), ['municipalities'])];
  }
  return plan.municipalities.flatMap((m, i) =>
    m.population > 0
      ? []
      : [
          findingAt(
            MUNICIPALITY_POPULATION,
            localise(municipalitiesMessages, 'population', { name: titleOrId(m.name, m.id), population: m.population }),
            ['municipalities', i, 'population'],
          ),
        ],
  );
}

export const municipalitiesRules: RuleGroup = {
  rules: [MUNICIPALITY_NONE, MUNICIPALITY_POPULATION],
  check,
};
