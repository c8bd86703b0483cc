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

/** Version each gated feature needs, as the minor number of ExcelApi 1.x. */
export const featureMinor = {
  tables: 1,
  charts: 1,
  protection: 2,
  freezePanes: 2,
  names: 4,
  settings: 4,
  namedItemAdd: 4,
  getItemOrNullObject: 4,
  customXmlParts: 5,
  conditionalFormats: 6,
  suspendApiCalculation: 6,
  events: 7,
  numberFormatLocal: 7,
  worksheetCopy: 7,
  tabColor: 7,
  worksheetGetRangeShapes: 7,
  usedRangeOrNullObject: 4,
  rowColumnHidden: 2,
  dataValidation: 8,
  enableEvents: 8,
  pageLayout: 9,
  headersFooters: 9,
  printTitles: 9,
  pageBreaks: 9,
  suspendScreenUpdating: 9,
  getActiveCell: 7,
  tableResize: 13,
  valueTypes: 1,
  mergeCells: 2,
  rangeFormatExtras: 7,
} as const;

export type Feature = keyof typeof featureMinor;

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
