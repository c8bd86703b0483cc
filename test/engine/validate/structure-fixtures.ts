import type { RuleGroup } from '../../../src/engine/validate/rule';
import type { Finding, Severity } from '../../../src/model/finding';
import type { Plan } from '../../../src/model/plan';
import { firstMembers, kaustinenOrganisation } from '../../support/kaustinen-members';
import { minimalPlan } from '../../support/plan-builder';

/**
 * A small plan that every structural rule accepts, with one of each kind of
 * object the rules look at (sub-actions, scopes, weighted and fixed pools,
 * previous contributions, budget lines, narrative figures), so that a test can
 * break exactly one thing in it.
 */
export function structurePlan(): Plan {
  return minimalPlan({
    organisation: kaustinenOrganisation,
    municipalities: firstMembers(3),
    council: { seatsPerStartedInhabitants: 1000, minimumSeats: 2, declaredSize: 9 },
    document: {
      title: 'Talousarvio 2026 ja taloussuunnitelma 2027-2030',
      meetings: [
        { body: 'Kaustisen seutukunnan johtoryhmä', date: '2025-11-27', section: '65' },
        { body: 'Kaustisen seutukunnan seutuvaltuusto', date: '2025-12-11', section: '70' },
      ],
    },
    budgetYear: 2026,
    planYears: [2026, 2027, 2028, 2029, 2030],
    chapters: [{ id: 'ch-1', number: 'I', title: 'Seutukunnallinen toiminta', paragraphs: ['Kaustisen seutukunta toimii kuntalain 51 §:n mukaisena yhteisenä toimielimenä.'] }],
    basicTasks: [
      { id: 'bt-1', number: 1, title: 'Aluekehittäminen', items: ['Hankevalmistelu ja hankkeiden toteutus', 'Verkostoyhteistyö'] },
      { id: 'bt-2', number: 2, title: 'Seudun edunvalvonta', items: ['Vaikuttamistoiminta'] },
    ],
    sections: [
      {
        id: 'hallinto',
        kind: 'team',
        title: 'Hallinto ja talous',
        goals: [
          {
            id: 'g-1',
            title: 'Talous on tasapainossa',
            actions: [
              {
                id: 'a-1',
                text: 'Seurataan taloutta kuukausittain',
                subActions: [
                  { id: 'a-1-1', text: 'Kuukausiraportti johtoryhmälle' },
                  { id: 'a-1-2', text: 'Osavuosikatsaus valtuustolle' },
                ],
              },
              { id: 'a-2', text: 'Laaditaan talousarvio ajallaan' },
            ],
            metrics: [{ id: 'm-1', text: 'Tilinpäätöksen tulos', kind: 'outcome', unit: '€' }],
          },
          {
            id: 'g-2',
            title: 'Maaseutuhallinto toimii sujuvasti',
            scope: { municipalities: ['halsua', 'kaustinen'], text: '(Halsua ja Kaustinen)' },
            actions: [{ id: 'a-3', text: 'Neuvotaan tukien hakemisessa' }],
            metrics: [{ id: 'm-2', text: 'Käsitellyt tukihakemukset', kind: 'output', unit: 'kpl' }],
          },
        ],
      },
      {
        id: 'viestinta',
        kind: 'crossCutting',
        title: 'Viestintä',
        goals: [
          {
            id: 'g-3',
            title: 'Seutu tunnetaan',
            actions: [{ id: 'a-4', text: 'Päivitetään verkkosivut' }],
            metrics: [{ id: 'm-3', text: 'Verkkosivujen kävijät', unit: 'kpl' }],
          },
        ],
      },
    ],
    budget: {
      years: [
        { year: 2026, kind: 'TA', total: '1000', municipalFunding: '600', externalFunding: '400' },
      ],
      lines: [
        { id: 'bl-1', name: 'Hallinto', sectionId: 'hallinto', amounts: [{ year: 2026, amount: '-100' }] },
        { id: 'bl-2', name: 'Viestintä', sectionId: 'viestinta', amounts: [{ year: 2026, amount: '100' }] },
      ],
    },
    staff: { date: '2025-12-01', total: 10, permanent: 7, fixedTerm: 3 },
    contributions: {
      pools: [
        { id: 'p-1', name: 'Perustoiminta', amount: '300', key: { kind: 'population' }, rounding: 'euro' },
        {
          id: 'p-2',
          name: 'Maaseutuhallinto',
          amount: '200',
          key: { kind: 'weights', weights: [{ municipality: 'halsua', weight: '1' }, { municipality: 'kaustinen', weight: '2' }] },
          municipalities: ['halsua', 'kaustinen'],
          rounding: 'euro',
        },
        {
          id: 'p-3',
          name: 'Tietosuojavastaava',
          amount: '100',
          key: { kind: 'fixed', amounts: [{ municipality: 'halsua', amount: '50' }, { municipality: 'lestijarvi', amount: '50' }] },
          rounding: 'cent',
        },
      ],
      previous: {
        year: 2025,
        amounts: [
          { municipality: 'halsua', amount: '100' },
          { municipality: 'kaustinen', amount: '300' },
          { municipality: 'lestijarvi', amount: '100' },
        ],
      },
    },
    narrativeFigures: [
      {
        id: 'nf-1',
        quote: 'Kuntarahoituksen osuus on 60 %',
        kind: 'share',
        measure: 'municipalFunding',
        year: 2026,
        value: '60',
        unit: '%',
        approximate: false,
      },
    ],
  });
}

/** The plan with one thing changed by `change`. */
export function planWith(change: (plan: Plan) => void): Plan {
  const plan = structurePlan();
  change(plan);
  return plan;
}

/** A name as both languages write it; a plain string when they write it alike. */
export type ExpectedName = string | { fi: string; en: string };

/** A broken plan and the one finding of `rule` that must come of it. */
export interface TriggerCase {
  name: string;
  change: (plan: Plan) => void;
  rule: string;
  severity: Severity;
  path: string;
  /** Names of the object concerned that the Finnish and the English message must contain. */
  names: ExpectedName[];
}

/** A plan that comes close to breaking `rule` without breaking it. */
export interface NearMissCase {
  name: string;
  change: (plan: Plan) => void;
  rule: string;
}

/** The findings of `rule` at `path`. */
export function findingsAt(findings: Finding[], rule: string, path: string): Finding[] {
  return findings.filter((f) => f.rule === rule && 'path' in f.location && f.location.path === path);
}

/** A placeholder left in a message means a parameter was forgotten. */
export const UNFILLED_PLACEHOLDER = /\{\w+\}/;

/** A rule group with its test tables. */
export interface RuleCases {
  group: RuleGroup;
  triggers: TriggerCase[];
  nearMisses: NearMissCase[];
}

/** The item at `index`; a missing item is a mistake in the test itself. */
export function at<T>(items: T[] | undefined, index: number): T {
  const item = items?.[index];
  if (item === undefined) throw new Error(`no item at index ${index}`);
  return item;
}
