/**
 * The product languages, Finnish first: every catalogue has a text in each,
 * a plan is written in one of them, and every command speaks them. Adding a
 * language adds it here; the type system then names every catalogue entry
 * that lacks it.
 */
export const LANGUAGES = ['fi', 'sv', 'en'] as const;

export type Language = (typeof LANGUAGES)[number];

/** A text in every product language. */
export type LocalisedText = Record<Language, string>;

/** A text per language, made by the same function for each. */
export function perLanguage(text: (language: Language) => string): LocalisedText {
  return Object.fromEntries(LANGUAGES.map((language) => [language, text(language)])) as LocalisedText;
}

/** The text in every language, e.g. for recognising a label written in any of them. */
export function everyLanguage(text: LocalisedText): string[] {
  return LANGUAGES.map((language) => text[language]);
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
