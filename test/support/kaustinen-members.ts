import type { Municipality } from '../../src/model/plan';

/** The five member municipalities with the FACTS.md populations of 31.12.2024. */
export const kaustinenMembers: Municipality[] = [
  { id: 'halsua', name: 'Halsua', population: 985, populationDate: '2024-12-31' },
  { id: 'kaustinen', name: 'Kaustinen', population: 4118, populationDate: '2024-12-31' },
  { id: 'lestijarvi', name: 'Lestijärvi', population: 665, populationDate: '2024-12-31' },
  { id: 'toholampi', name: 'Toholampi', population: 2799, populationDate: '2024-12-31' },
  { id: 'veteli', name: 'Veteli', population: 2931, populationDate: '2024-12-31' },
];
