import type { z } from 'zod';
import type { Finding, LocalisedText } from './finding';
import { jsonPath } from './json-path';
import { perLanguage } from './language';
import { localise, localiseEach, type MessageParams } from './messages/catalogue';
import { expectedTypeNames, parseMessages, receivedTypeNames, type ParseMessageKey } from './messages/parse.messages';
import type { Plan } from './plan';
import type { RuleDefinition } from './rule-definition';
import { PlanSchema, SCHEMA_VERSION } from './plan.schema';

export type ParseResult = { ok: true; plan: Plan } | { ok: false; problems: Finding[] };

/** Rule ids of parse problems (documented in README.md with the validation rules). */
export const PARSE_RULES = { json: 'plan.json', schema: 'plan.schema' } as const;

export const PARSE_RULE_DEFINITIONS: readonly RuleDefinition[] = [
  {
    id: PARSE_RULES.json,
    severity: 'error',
    description: {
      fi: 'Suunnitelmatiedosto on tyhjä tai ei ole JSONia; kerrotaan rivi ja sarake.',
      en: 'The plan file is empty or not JSON; the line and column are given.',
      sv: 'Planfilen är tom eller inte JSON; raden och kolumnen anges.',
    },
  },
  {
    id: PARSE_RULES.schema,
    severity: 'error',
    description: {
      fi: 'Kenttä puuttuu, on väärää tyyppiä tai muotoa, tai sitä ei tunneta (JSON Schema: docs/plan.schema.json).',
      en: 'A field is missing, of the wrong type or format, or unknown (JSON Schema: docs/plan.schema.json).',
      sv: 'Ett fält saknas, har fel typ eller form, eller är okänt (JSON Schema: docs/plan.schema.json).',
    },
  },
];

/**
 * Reads a plan file's text. Never throws on user data: every problem comes
 * back as a finding with its JSON path and a message in Finnish and English.
 */
export function parsePlanText(text: string): ParseResult {
  if (text.trim() === '') return fail(PARSE_RULES.json, '$', 'json.empty');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const { line, column } = positionOf(text, detail);
    return fail(PARSE_RULES.json, '$', 'json.syntax', { line, column, detail });
  }
  return parsePlanData(data);
}

export function parsePlanData(data: unknown): ParseResult {
  // A plan of another schema version is refused on its version alone: its
  // other fields are of a schema this PlanSheets does not know, so listing
  // them as unknown or missing would only mislead.
  const version = schemaVersionOf(data);
  if (version !== undefined && version !== SCHEMA_VERSION) {
    const key = version > SCHEMA_VERSION ? 'schema.version-newer' : 'schema.version-older';
    return fail(PARSE_RULES.schema, '$.schemaVersion', key, { value: String(version), supported: SCHEMA_VERSION });
  }
  const result = PlanSchema.safeParse(data);
  if (result.success) return { ok: true, plan: result.data };
  const problems = result.error.issues.map((issue) => ({
    rule: PARSE_RULES.schema,
    severity: 'error' as const,
    message: describeIssue(issue, data),
    location: { path: jsonPath(issue.path as Array<string | number>) },
  }));
  return { ok: false, problems };
}

/** The schemaVersion a plan file states, when it states a number. */
function schemaVersionOf(data: unknown): number | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !Object.hasOwn(data, 'schemaVersion')) return undefined;
  const version = (data as { schemaVersion: unknown }).schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) ? version : undefined;
}

function fail(rule: string, path: string, key: ParseMessageKey, params: MessageParams = {}): ParseResult {
  return {
    ok: false,
    problems: [{ rule, severity: 'error', message: localise(parseMessages, key, params), location: { path } }],
  };
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): LocalisedText {
  const path = issue.path as Array<string | number>;
  const value = valueAt(data, path);
  const shown = show(value);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.expected === 'int' && typeof value === 'number') {
        return localise(parseMessages, 'schema.whole-number', { value: shown });
      }
      const expected = typeName(expectedTypeNames, issue.expected);
      if (value === undefined) return localiseBoth('schema.required', { expected });
      return localiseBoth('schema.type', { expected, received: typeName(receivedTypeNames, typeOf(value)) });
    }
    case 'too_small':
      return localise(parseMessages, 'schema.too-small', { value: shown, minimum: String(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? localise(parseMessages, 'schema.too-long', { maximum: String(issue.maximum) })
        : localise(parseMessages, 'schema.too-big', { value: shown, maximum: String(issue.maximum) });
    case 'invalid_value':
      if (path.length === 1 && path[0] === 'schemaVersion') {
        return localise(parseMessages, 'schema.version', { value: shown, supported: SCHEMA_VERSION });
      }
      return localise(parseMessages, 'schema.one-of', { value: shown, allowed: issue.values.map((v) => show(v)).join(', ') });
    case 'invalid_union': {
      // zod reports an unknown discriminator (e.g. key.kind) with the allowed options, untyped.
      const options = (issue as { options?: unknown }).options;
      if (Array.isArray(options)) {
        return localise(parseMessages, 'schema.one-of', { value: shown, allowed: options.map(show).join(', ') });
      }
      return localise(parseMessages, 'schema.invalid');
    }
    case 'unrecognized_keys':
      return localise(parseMessages, 'schema.unknown-field', { field: issue.keys.join('", "') });
    case 'invalid_format':
      if (isFormatKey(issue.message)) return localise(parseMessages, issue.message, { value: shown });
      return localise(parseMessages, 'schema.invalid');
    default:
      return localise(parseMessages, 'schema.invalid');
  }
}

/** The type names are themselves localised, so the two languages are filled separately. */
function localiseBoth(key: ParseMessageKey, params: Record<string, LocalisedText>): LocalisedText {
  return localiseEach(parseMessages, key, (language) =>
    Object.fromEntries(Object.entries(params).map(([name, text]) => [name, text[language]])),
  );
}

function isFormatKey(message: string): message is ParseMessageKey {
  return message.startsWith('format.') && message in parseMessages;
}

function typeName(names: Record<string, LocalisedText>, type: string): LocalisedText {
  return names[type] ?? perLanguage(() => type);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isInteger(value)) return 'number';
  return typeof value;
}

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function show(value: unknown): string {
  if (value === undefined) return '(puuttuu/missing)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function positionOf(text: string, detail: string): { line: number; column: number } {
  const match = /position (\d+)/.exec(detail);
  const offset = match ? Number(match[1]) : text.length;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}
