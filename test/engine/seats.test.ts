import { councilSeats, councilSeatsByMunicipality, CouncilRuleError } from '../../src/engine/seats';
import { kaustinenMembers } from '../support/kaustinen-members';
import { minimalPlan } from '../support/plan-builder';

const rule = { seatsPerStartedInhabitants: 1000, minimumSeats: 2 };

describe('councilSeats', () => {
  it.each([
    [0, 2],
    [985, 2],
    [1000, 2],
    [2000, 2],
    [2001, 3],
    [2799, 3],
    [2931, 3],
    [3004, 4],
    [4118, 5],
  ])('gives %i inhabitants %i seats (one per started 1 000, at least two)', (population, seats) => {
    expect(councilSeats(population, rule)).toBe(seats);
  });

  it('starts a block at its first inhabitant', () => {
    expect(councilSeats(1000, { seatsPerStartedInhabitants: 1000, minimumSeats: 0 })).toBe(1);
    expect(councilSeats(1001, { seatsPerStartedInhabitants: 1000, minimumSeats: 0 })).toBe(2);
  });

  it('throws CouncilRuleError for a block that is not positive', () => {
    expect(() => councilSeats(100, { seatsPerStartedInhabitants: 0, minimumSeats: 2 })).toThrow(CouncilRuleError);
  });
});

describe('councilSeatsByMunicipality', () => {
  it('gives the FACTS.md populations of 31.12.2024 a council of 15', () => {
    const seats = councilSeatsByMunicipality(minimalPlan({ municipalities: kaustinenMembers }));
    expect(seats.municipalities.map((m) => m.seats)).toEqual([2, 5, 2, 3, 3]);
    expect(seats.total).toBe(15);
  });

  it('gives 16 with Veteli at 3 004 inhabitants (31.12.2021)', () => {
    const municipalities = kaustinenMembers.map((m) =>
      m.id === 'veteli' ? { ...m, population: 3004, populationDate: '2021-12-31' } : m,
    );
    const seats = councilSeatsByMunicipality(minimalPlan({ municipalities }));
    expect(seats.municipalities.map((m) => m.seats)).toEqual([2, 5, 2, 3, 4]);
    expect(seats.total).toBe(16);
  });
});
