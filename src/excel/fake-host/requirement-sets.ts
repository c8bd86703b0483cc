/**
 * Requirement-set profiles: which ExcelApi versions an Excel build supports,
 * and which version each feature the fake implements needs (from the
 * @types/office-js "[Api set: ExcelApi x.y]" annotations).
 */

export type RequirementProfile = 'excel2016' | 'excel2019' | 'excel2021' | 'current';

/** Highest ExcelApi minor version (1.x) each profile supports. */
export const profileMaxMinor: Record<RequirementProfile, number> = {
  excel2016: 3,
  excel2019: 8,
  excel2021: 14,
  current: 17,
};

/*
 * Each queued action carries the ExcelApi 1.x minor version it needs (from
 * the "[Api set: ExcelApi x.y]" notes in @types/office-js) and fails at sync
 * with ApiNotFound above the profile. The gated features, per FACTS:
 *   tables, charts 1.1 · protection, merge, getResizedRange, column/row
 *   hidden 1.2 · showBandedRows 1.3 · names.add, settings, getItemOrNullObject,
 *   getCount, getUsedRangeOrNullObject 1.4 · conditional formats,
 *   suspendApiCalculationUntilNextSync 1.6 · worksheet.copy, freeze panes,
 *   tabColor, getActiveCell, NamedItem.formula 1.7 · data validation,
 *   runtime.enableEvents, setting calculationMode 1.8 · page layout,
 *   headers/footers, print area/titles, page breaks, indentLevel,
 *   suspendScreenUpdatingUntilNextSync 1.9 · table.resize 1.13.
 * Not modelled at all: custom XML parts (1.5), events (1.7), numberFormatLocal (1.7).
 */

export function supportsMinor(profile: RequirementProfile, minor: number): boolean {
  return minor <= profileMaxMinor[profile];
}

/** `Office.context.requirements.isSetSupported` for a profile. Versions compare numerically ("1.10" > "1.9"). */
export function isSetSupported(profile: RequirementProfile, name: string, version?: string | number): boolean {
  if (name.toLowerCase() !== 'excelapi') return false;
  if (version === undefined || version === '') return true;
  const text = String(version);
  const match = /^1(?:\.(\d+))?$/.exec(text);
  if (!match) return false;
  const minor = match[1] === undefined ? 0 : Number(match[1]);
  return supportsMinor(profile, minor);
}
