import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { documentedRules } from '../../src/cli/rule-catalogue';
import { EDITABLE_TABLES, ENUM_LABELS, SHEET_NAMES } from '../../src/layout/schema/tables';
import { LANGUAGES, type LocalisedText } from '../../src/model/language';

/**
 * Every text the product shows exists in every product language: each entry
 * of every message catalogue (`src/**\/*.messages.ts`), the sheet names, the
 * table headers, the enum labels and the rule descriptions. A text is never
 * empty, and its `{placeholders}` (and Excel's header codes like `&P`) are the
 * same in every language, so that no language loses a figure.
 *
 * The type `LocalisedText = Record<Language, string>` already refuses an
 * entry without a language at compile time; this test also catches empty
 * texts, mismatched placeholders, and catalogues typed loosely.
 */
const ROOT = join(__dirname, '../..');

function messageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return messageFiles(path);
    return entry.name.endsWith('.messages.ts') ? [path] : [];
  });
}

function isLocalised(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)['fi'] === 'string';
}

/** Every localised text found in a module's exports: `[where, text]`. */
function localisedTexts(moduleName: string, exports: Record<string, unknown>): Array<[string, Record<string, unknown>]> {
  const found: Array<[string, Record<string, unknown>]> = [];
  for (const [name, value] of Object.entries(exports)) {
    if (typeof value !== 'object' || value === null) continue;
    for (const [key, entry] of Object.entries(value)) {
      if (isLocalised(entry)) found.push([`${moduleName} ${name}['${key}']`, entry]);
    }
  }
  return found;
}

/**
 * Parameters a caller gives in one form per language: a position as a
 * number in Finnish ("3.") and as an ordinal in English ("third"), a date as
 * "11.12.2025" or "11 December 2025". Each language uses one of the forms.
 */
const SAME_PARAMETER: Record<string, string> = {
  '{ordinal}': '{position}',
  '{actionOrdinal}': '{actionPosition}',
  '{date}': '{dateFi}',
};
/** The JSON parser's own detail, in English only: a language may leave it out. */
const OPTIONAL = new Set(['{detail}']);

const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{\w+\}|&[A-Z]/g)].map((m) => SAME_PARAMETER[m[0]] ?? m[0]))]
    .filter((p) => !OPTIONAL.has(p))
    .sort();

function problemsOf(where: string, text: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const reference = placeholders(String(text['fi']));
  for (const language of LANGUAGES) {
    const value = text[language];
    if (typeof value !== 'string') problems.push(`${where}: no ${language} text`);
    else if (value.trim() === '') problems.push(`${where}: the ${language} text is empty`);
    else if (placeholders(value).join(' ') !== reference.join(' ')) {
      problems.push(`${where}: ${language} has placeholders [${placeholders(value).join(' ')}], fi has [${reference.join(' ')}]`);
    }
  }
  const extra = Object.keys(text).filter((key) => !(LANGUAGES as readonly string[]).includes(key));
  if (extra.length > 0) problems.push(`${where}: unknown languages ${extra.join(', ')}`);
  return problems;
}

const files = messageFiles(join(ROOT, 'src')).sort();

describe('message catalogues', () => {
  it('finds the catalogues', () => {
    expect(files.map((f) => relative(ROOT, f))).toEqual(
      expect.arrayContaining([
        'src/cli/cli.messages.ts',
        'src/layout/layout.messages.ts',
        'src/model/messages/parse.messages.ts',
        'src/taskpane/pane.messages.ts',
      ]),
    );
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s has every entry in every language', (name, path) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const texts = localisedTexts(name, require(path) as Record<string, unknown>);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.flatMap(([where, text]) => problemsOf(where, text))).toEqual([]);
  });
});

describe('texts outside the message catalogues', () => {
  const tables = EDITABLE_TABLES.flatMap((table) =>
    table.columns.map((column): [string, LocalisedText] => [`${table.name}.${column.key}`, column.header]),
  );
  const enums = Object.entries(ENUM_LABELS).flatMap(([name, labels]) =>
    Object.entries(labels as Record<string, LocalisedText>).map(([key, label]): [string, LocalisedText] => [`${name}.${key}`, label]),
  );
  const rules = documentedRules().map((rule): [string, LocalisedText] => [rule.id, rule.description]);
  const sheets = Object.entries(SHEET_NAMES);

  it.each([
    ['table headers', tables],
    ['enum labels', enums],
    ['rule descriptions', rules],
    ['sheet names', sheets],
  ])('%s exist in every language', (_, texts) => {
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.flatMap(([where, text]) => problemsOf(where, text))).toEqual([]);
  });

  it.each(LANGUAGES.map((language) => [language]))('the %s sheet names are valid Excel sheet names, distinct', (language) => {
    const names = sheets.map(([, name]) => name[language]);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
      expect(name).not.toMatch(/^'|'$/);
    }
    expect(new Set(names.map((n) => n.toLocaleUpperCase('fi'))).size).toBe(names.length);
  });

  it.each(LANGUAGES.map((language) => [language]))('each table\'s %s headers are distinct', (language) => {
    for (const table of EDITABLE_TABLES) {
      const headers = table.columns.map((c) => c.header[language].toLocaleLowerCase('fi'));
      expect(new Set(headers).size).toBe(headers.length);
    }
  });

  it.each(LANGUAGES.map((language) => [language]))('each enum\'s %s labels are distinct', (language) => {
    for (const labels of Object.values(ENUM_LABELS)) {
      const texts = Object.values(labels as Record<string, LocalisedText>).map((l) => l[language].toLocaleLowerCase('fi'));
      expect(new Set(texts).size).toBe(texts.length);
    }
  });
});

/**
 * The reader recognises sheets, headers and enum values written in any
 * language, so no text may mean one thing in one language and another thing
 * in another: `[[key, text], …]` for the texts that must not collide.
 */
function collisions(texts: Array<[string, LocalisedText]>): string[] {
  const meaning = new Map<string, string>();
  const found: string[] = [];
  for (const [key, text] of texts) {
    for (const language of LANGUAGES) {
      const label = text[language].toLocaleLowerCase('fi');
      const other = meaning.get(label);
      if (other !== undefined && other !== key) found.push(`"${text[language]}" (${language}) is both ${other} and ${key}`);
      meaning.set(label, key);
    }
  }
  return found;
}

describe('no text means two things across languages', () => {
  it('sheet names', () => {
    expect(collisions(Object.entries(SHEET_NAMES))).toEqual([]);
  });

  it.each(EDITABLE_TABLES.map((table) => [table.name, table]))('the headers of %s', (_, table) => {
    expect(collisions(table.columns.map((c): [string, LocalisedText] => [c.key, c.header]))).toEqual([]);
  });

  it.each(Object.entries(ENUM_LABELS))('the labels of %s', (_, labels) => {
    expect(collisions(Object.entries(labels as Record<string, LocalisedText>))).toEqual([]);
  });

  it('finds a collision', () => {
    const probe = (fi: string, sv: string, en: string) => ({ fi, sv, en }) as unknown as LocalisedText;
    expect(collisions([['a', probe('Tila', 'Status', 'State')], ['b', probe('Status', 'Läge', 'Mode')]])).toEqual([
      '"Status" (fi) is both a and b',
    ]);
  });
});

describe('the check itself', () => {
  const last: string = LANGUAGES[LANGUAGES.length - 1] ?? 'en';
  const every = (fi: string, others: string): Record<string, unknown> =>
    Object.fromEntries(LANGUAGES.map((language) => [language, language === 'fi' ? fi : others]));
  it.each([
    ['a missing language', { ...every('Sivu', 'Page'), [last]: undefined }, new RegExp(`no ${last} text`)],
    ['an empty text', { ...every('Sivu', 'Page'), [last]: ' ' }, new RegExp(`the ${last} text is empty`)],
    ['a lost placeholder', every('{a} ja {b}', '{a} and'), /placeholders \[\{a\}\], fi has \[\{a\} \{b\}\]/],
    ['a lost header code', every('Sivu &P / &N', 'Page &P'), /placeholders/],
    ['an unknown language', { ...every('Sivu', 'Page'), de: 'Seite' }, /unknown languages de/],
  ])('reports %s', (_, text, expected) => {
    expect(problemsOf('probe', text).join('\n')).toMatch(expected);
  });

  it('passes a complete text', () => {
    expect(problemsOf('probe', every('Sivu &P / &N: {x}', 'Page &P of &N: {x}'))).toEqual([]);
  });
});
