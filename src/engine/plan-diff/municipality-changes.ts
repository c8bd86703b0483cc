import type { Plan } from '../../model/plan';
import { councilSeats, councilSeatsByMunicipality } from '../seats';
import { matchObjects, type Matchable } from './match-objects';

export interface MunicipalitySide {
  id: string;
  name: string;
  population: number;
  populationDate: string;
  /** The council seats its population gives under its plan's rule; null when the rule cannot be applied. */
  seats: number | null;
}

/** id (matched by name), renamed, population, populationDate, seats. */
export type MunicipalityAspect = 'id' | 'renamed' | 'population' | 'populationDate' | 'seats';

export interface MunicipalityChange {
  change: 'added' | 'removed' | 'changed';
  aspects: MunicipalityAspect[];
  old: MunicipalitySide | null;
  new: MunicipalitySide | null;
  /** new − old population, a missing side counting as zero. */
  populationChange: number;
}

export const COUNCIL_FIELDS = ['seatsPerStartedInhabitants', 'minimumSeats', 'declaredSize', 'seats'] as const;
export type CouncilField = (typeof COUNCIL_FIELDS)[number];

/** A council figure that differs: the rule's two numbers, the declared size, or the seats the rule gives in total. */
export interface CouncilChange {
  field: CouncilField;
  old: number | null;
  new: number | null;
}

function seatsOrNull(plan: Plan, population: number): number | null {
  return plan.council.seatsPerStartedInhabitants > 0 ? councilSeats(population, plan.council) : null;
}

/** Member municipalities matched by id, then by name; new plan order, then the removed. */
export function municipalityChanges(oldPlan: Plan, newPlan: Plan): MunicipalityChange[] {
  type M = Plan['municipalities'][number];
  const side = (plan: Plan, m: M): MunicipalitySide => ({
    id: m.id,
    name: m.name,
    population: m.population,
    populationDate: m.populationDate,
    seats: seatsOrNull(plan, m.population),
  });
  const matchable = (plan: Plan) => (m: M): Matchable<MunicipalitySide> => ({ id: m.id, text: m.name, parentId: null, item: side(plan, m) });
  const olds = oldPlan.municipalities.map(matchable(oldPlan));
  const news = newPlan.municipalities.map(matchable(newPlan));
  const matching = matchObjects(olds, news);
  const pairByNew = new Map(matching.pairs.map((p) => [p.new, p]));
  const changes: MunicipalityChange[] = [];
  for (const n of news) {
    const pair = pairByNew.get(n);
    if (pair === undefined) {
      changes.push({ change: 'added', aspects: [], old: null, new: n.item, populationChange: n.item.population });
      continue;
    }
    const o = pair.old.item;
    const aspects: MunicipalityAspect[] = [];
    if (o.id !== n.item.id) aspects.push('id');
    if (o.name !== n.item.name) aspects.push('renamed');
    if (o.population !== n.item.population) aspects.push('population');
    if (o.populationDate !== n.item.populationDate) aspects.push('populationDate');
    if (o.seats !== n.item.seats) aspects.push('seats');
    if (aspects.length > 0) changes.push({ change: 'changed', aspects, old: o, new: n.item, populationChange: n.item.population - o.population });
  }
  for (const o of matching.removed) changes.push({ change: 'removed', aspects: [], old: o.item, new: null, populationChange: -o.item.population });
  return changes;
}

/** The council rule, the declared size and the total of seats, where they differ. */
export function councilChanges(oldPlan: Plan, newPlan: Plan): CouncilChange[] {
  const total = (plan: Plan): number | null => (plan.council.seatsPerStartedInhabitants > 0 ? councilSeatsByMunicipality(plan).total : null);
  const figures = (plan: Plan): Record<CouncilField, number | null> => ({
    seatsPerStartedInhabitants: plan.council.seatsPerStartedInhabitants,
    minimumSeats: plan.council.minimumSeats,
    declaredSize: plan.council.declaredSize,
    seats: total(plan),
  });
  const o = figures(oldPlan);
  const n = figures(newPlan);
  return COUNCIL_FIELDS.filter((field) => o[field] !== n[field]).map((field) => ({ field, old: o[field], new: n[field] }));
}
