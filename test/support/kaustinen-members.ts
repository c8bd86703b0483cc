import type { Municipality, Plan } from '../../src/model/plan';

/**
 * The Kaustinen slice every hand-made fixture shares: the five member
 * municipalities with the FACTS.md populations of 31.12.2024, and the
 * organisation hosted by Lestijärvi. Fixtures take what they need from here
 * and build the plan through plan-builder.ts.
 */
export const kaustinenMembers: Municipality[] = [
  { id: 'halsua', name: 'Halsua', population: 985, populationDate: '2024-12-31' },
  { id: 'kaustinen', name: 'Kaustinen', population: 4118, populationDate: '2024-12-31' },
  { id: 'lestijarvi', name: 'Lestijärvi', population: 665, populationDate: '2024-12-31' },
  { id: 'toholampi', name: 'Toholampi', population: 2799, populationDate: '2024-12-31' },
  { id: 'veteli', name: 'Veteli', population: 2931, populationDate: '2024-12-31' },
];

export const kaustinenOrganisation: Plan['organisation'] = {
  name: 'Kaustisen seutukunta',
  legalBasis: 'Kuntalaki 51 §',
  hostMunicipality: 'lestijarvi',
};

/** The first `count` members, in the plan's order. */
export function firstMembers(count: number): Municipality[] {
  return kaustinenMembers.slice(0, count).map((m) => ({ ...m }));
}
