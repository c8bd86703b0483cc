/**
 * The hidden metadata sheet: a notice in A1, then the plan metadata JSON
 * (schema/plan-metadata.ts) in A2, A3, … as text chunks, read back by
 * concatenating down to the first empty cell.
 */
export const METADATA_NOTICE_CELL = 'A1';
export const METADATA_FIRST_CHUNK_ROW = 2;
