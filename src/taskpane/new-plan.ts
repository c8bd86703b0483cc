import { openPlanFile } from '../app';
import { validatePlan } from '../engine/validate';
import type { Finding, LocalisedText, Severity } from '../model/finding';
import { fillTemplate, localise } from '../model/messages/catalogue';
import type { Language, Plan } from '../model/plan';
import { paneMessages } from './pane.messages';

/** The new-plan form as typed: every value a string, as the inputs hold them. */
export interface NewPlanForm {
  organisation: string;
  budgetYear: string;
  planYearCount: string;
  municipalities: MunicipalityRow[];
  seatsPerStartedInhabitants: string;
  minimumSeats: string;
  declaredSize: string;
}

export interface MunicipalityRow {
  /** A React key that survives removing rows. */
  key: number;
  name: string;
  population: string;
  populationDate: string;
}

/** The form's fields, as findings are mapped back onto them. */
export type FormField =
  | 'organisation'
  | 'budgetYear'
  | 'planYearCount'
  | 'municipalities'
  | `municipality.${number}.${'name' | 'population' | 'populationDate'}`
  | 'council.seatsPerStartedInhabitants'
  | 'council.minimumSeats'
  | 'council.declaredSize';

export interface FieldMessage {
  severity: Severity;
  text: LocalisedText;
}

export interface FormCheck {
  /** The plan, when nothing on the form is in error (the plan may still have findings elsewhere, e.g. budget figures to fill). */
  plan: Plan | null;
  fields: Partial<Record<FormField, FieldMessage[]>>;
  /** How many fields have an error. */
  errorCount: number;
}

export const MAX_PLAN_YEARS = 20;

let nextKey = 1;
export function emptyMunicipality(populationDate: string): MunicipalityRow {
  return { key: nextKey++, name: '', population: '', populationDate };
}

export function initialForm(today: Date = new Date()): NewPlanForm {
  const budgetYear = today.getFullYear() + 1;
  return {
    organisation: '',
    budgetYear: String(budgetYear),
    planYearCount: '3',
    municipalities: [emptyMunicipality(`${budgetYear - 2}-12-31`)],
    seatsPerStartedInhabitants: '1000',
    minimumSeats: '1',
    declaredSize: '',
  };
}

/** An id from a name: lower-case ASCII letters and digits, e.g. "Lestijärvi" → "lestijarvi". */
export function idFromName(name: string, fallback: string): string {
  const id = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  return id === '' ? fallback : id;
}

/** A whole number as typed, or the text itself so that the schema says what is wrong with it; nothing when empty. */
function numberOrText(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The plan object the form describes, before the schema has seen it; the plan years, when the form gives them. */
export function planFromForm(form: NewPlanForm, language: Language): { candidate: unknown; planYears: number[] | null } {
  const budgetYear = numberOrText(form.budgetYear);
  const count = numberOrText(form.planYearCount);
  const planYears =
    typeof budgetYear === 'number' && typeof count === 'number' && count >= 1 && count <= MAX_PLAN_YEARS
      ? Array.from({ length: count }, (_, i) => budgetYear + i)
      : null;
  const municipalities = form.municipalities.map((row, i) => ({
    id: idFromName(row.name, `kunta-${i + 1}`),
    name: row.name.trim(),
    population: numberOrText(row.population),
    populationDate: row.populationDate.trim(),
  }));
  const years = planYears ?? [];
  const text = (key: keyof typeof paneMessages, params: Record<string, string | number> = {}) =>
    fillTemplate(paneMessages[key][language], params);
  const candidate = {
    schemaVersion: 1,
    language,
    organisation: {
      name: form.organisation.trim(),
      legalBasis: text('form.legalBasis'),
      hostMunicipality: municipalities[0]?.id ?? '',
    },
    municipalities,
    council: {
      seatsPerStartedInhabitants: numberOrText(form.seatsPerStartedInhabitants),
      minimumSeats: numberOrText(form.minimumSeats),
      declaredSize: numberOrText(form.declaredSize),
    },
    document: {
      title: text('form.documentTitle', { year: String(budgetYear ?? ''), first: years[0] ?? '', last: years[years.length - 1] ?? '' }),
      meetings: [],
    },
    budgetYear,
    planYears: years,
    basicTasks: [],
    sections: [],
    budget: { years: years.map((year) => ({ year, kind: year === budgetYear ? 'TA' : 'TS' })) },
    contributions: { pools: [] },
  };
  return { candidate, planYears };
}

/** The form field a finding's JSON path belongs to, or null when the form has no field for it. */
export function fieldOfPath(path: string): FormField | null {
  if (path === '$.organisation.name') return 'organisation';
  if (path === '$.organisation.hostMunicipality') return 'municipality.0.name';
  if (path === '$.budgetYear') return 'budgetYear';
  if (path === '$.planYears' || path.startsWith('$.planYears[')) return 'planYearCount';
  const municipality = /^\$\.municipalities\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (municipality) {
    const [, index, key] = municipality;
    if (key === 'population' || key === 'populationDate') return `municipality.${Number(index)}.${key}`;
    return `municipality.${Number(index)}.name`;
  }
  if (path === '$.municipalities') return 'municipalities';
  const council = /^\$\.council(?:\.(\w+))?/.exec(path);
  if (council) {
    const key = council[1];
    if (key === 'seatsPerStartedInhabitants' || key === 'minimumSeats') return `council.${key}`;
    return 'council.declaredSize';
  }
  return null;
}

/**
 * Runs the form through the same parser and rules as a plan file: the
 * schema's problems and the rules' findings, each on the field its JSON
 * path belongs to. Findings on parts the form does not ask for (budget
 * figures, goals) do not stop the plan: they are for the Validate view.
 */
export function checkForm(form: NewPlanForm, language: Language): FormCheck {
  const fields: Partial<Record<FormField, FieldMessage[]>> = {};
  const add = (field: FormField, message: FieldMessage) => {
    (fields[field] ??= []).push(message);
  };
  const { candidate, planYears } = planFromForm(form, language);
  if (planYears === null) {
    add('planYearCount', {
      severity: 'error',
      text: localise(paneMessages, 'form.planYearCount.invalid', { max: MAX_PLAN_YEARS }),
    });
  }
  if (form.municipalities.length === 0) add('municipalities', { severity: 'error', text: paneMessages['form.municipalities.none'] });

  const opened = openPlanFile(JSON.stringify(candidate));
  const findings: Finding[] = opened.ok ? validatePlan(opened.plan) : opened.problems;
  let unplaced = false;
  for (const finding of findings) {
    if (!('path' in finding.location)) continue;
    const field = fieldOfPath(finding.location.path);
    if (field === null) {
      if (!opened.ok) unplaced = true;
      continue;
    }
    if (planYears === null && field === 'planYearCount') continue;
    const known = fields[field]?.some((m) => m.text.en === finding.message.en);
    if (!known) add(field, { severity: finding.severity, text: finding.message });
  }
  const errorCount = Object.values(fields).filter((messages) => (messages ?? []).some((m) => m.severity === 'error')).length;
  const plan = opened.ok && errorCount === 0 && !unplaced ? opened.plan : null;
  return { plan, fields, errorCount: errorCount + (unplaced && errorCount === 0 ? 1 : 0) };
}
