import type { Plan } from '../model/plan';

/** The council rule as a misuse check: a non-positive block size is reported by the council rules before this runs. */
export class CouncilRuleError extends Error {
  override readonly name = 'CouncilRuleError';
}

export type CouncilRule = Pick<Plan['council'], 'seatsPerStartedInhabitants' | 'minimumSeats'>;

/**
 * Seats of one municipality: one per started block of inhabitants, at least
 * the minimum ("yksi jäsen alkavaa 1000 asukasta kohti, kuitenkin vähintään
 * kaksi"): 1 000 inhabitants start one thousand, 1 001 start two.
 */
export function councilSeats(population: number, council: CouncilRule): number {
  if (!Number.isInteger(council.seatsPerStartedInhabitants) || council.seatsPerStartedInhabitants <= 0) {
    throw new CouncilRuleError(`seatsPerStartedInhabitants must be a positive integer, got ${council.seatsPerStartedInhabitants}`);
  }
  const block = council.seatsPerStartedInhabitants;
  // Integer arithmetic: a started block is any remainder above a whole one.
  const started = population > 0 ? (population - (population % block)) / block + (population % block > 0 ? 1 : 0) : 0;
  return Math.max(council.minimumSeats, started);
}

export interface MunicipalitySeats {
  id: string;
  name: string;
  population: number;
  populationDate: string;
  seats: number;
}

export interface CouncilSeats {
  municipalities: MunicipalitySeats[];
  total: number;
}

/** Seats per member municipality (plan order) and the council size they add up to. */
export function councilSeatsByMunicipality(plan: Plan): CouncilSeats {
  const municipalities = plan.municipalities.map((m) => ({
    id: m.id,
    name: m.name,
    population: m.population,
    populationDate: m.populationDate,
    seats: councilSeats(m.population, plan.council),
  }));
  return { municipalities, total: municipalities.reduce((total, m) => total + m.seats, 0) };
}
