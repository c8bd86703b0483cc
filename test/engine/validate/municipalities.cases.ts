import { municipalitiesRules } from '../../../src/engine/validate/municipalities.rules';
import { at, type RuleCases } from './structure-fixtures';

export const municipalitiesCases: RuleCases = {
  group: municipalitiesRules,
  triggers: [
    {
      name: 'no municipalities',
      change: (p) => void (p.municipalities = []),
      rule: 'municipality.none',
      severity: 'error',
      path: '$.municipalities',
      names: [{ fi: 'jäsenkuntaa', en: 'member municipalities' }],
    },
    {
      name: 'a population of zero',
      change: (p) => void (at(p.municipalities, 1).population = 0),
      rule: 'municipality.population',
      severity: 'error',
      path: '$.municipalities[1].population',
      names: ['Kaustinen', { fi: 'on 0', en: 'is 0' }],
    },
    {
      name: 'a negative population',
      change: (p) => void (at(p.municipalities, 2).population = -665),
      rule: 'municipality.population',
      severity: 'error',
      path: '$.municipalities[2].population',
      names: ['Lestijärvi', '-665'],
    },
    {
      name: 'a population of zero in a municipality without a name (named by its id)',
      change: (p) => {
        const municipality = at(p.municipalities, 0);
        municipality.name = '';
        municipality.population = 0;
      },
      rule: 'municipality.population',
      severity: 'error',
      path: '$.municipalities[0].population',
      names: ['halsua'],
    },
  ],
  nearMisses: [
    { name: 'a population of one', change: (p) => void (at(p.municipalities, 1).population = 1), rule: 'municipality.population' },
    { name: 'a single municipality', change: (p) => void (p.municipalities = p.municipalities.slice(0, 1)), rule: 'municipality.none' },
  ],
};
