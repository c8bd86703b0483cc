import type { layoutMessages } from '../layout.messages';

/**
 * The council rule on Kunnat: three labelled cells above the Municipalities
 * table (label in LABEL_COLUMN, value in VALUE_COLUMN), each with a workbook
 * name so that the seats formula reads
 * "MAX(CouncilMinimumSeats, ROUNDUP(population / CouncilSeatsPerStartedInhabitants, 0))".
 * The sheet writes them here and the reader looks for them here (by label
 * first, so rows inserted above do not lose them).
 */
export const COUNCIL_RULE_NAMES = {
  seatsPerStartedInhabitants: 'CouncilSeatsPerStartedInhabitants',
  minimumSeats: 'CouncilMinimumSeats',
  declaredSize: 'CouncilDeclaredSize',
} as const;

export type CouncilRuleField = keyof typeof COUNCIL_RULE_NAMES;

/** The row of each council rule value. */
export const COUNCIL_RULE_ROWS: Record<CouncilRuleField, number> = {
  seatsPerStartedInhabitants: 3,
  minimumSeats: 4,
  declaredSize: 5,
};
export const COUNCIL_LABEL_COLUMN = 1;
export const COUNCIL_VALUE_COLUMN = 3;
export const COUNCIL_LABEL_KEYS = {
  seatsPerStartedInhabitants: 'municipalities.seatsPerStartedInhabitants',
  minimumSeats: 'municipalities.minimumSeats',
  declaredSize: 'municipalities.declaredSize',
} as const satisfies Record<CouncilRuleField, keyof typeof layoutMessages>;
