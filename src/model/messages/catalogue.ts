import { perLanguage, type Language, type LocalisedText } from '../language';

/**
 * A message catalogue: one template per key and language, with `{name}`
 * placeholders. Messages are never assembled from pieces in code, because
 * Finnish word order differs from English.
 */
export type Catalogue<K extends string> = Record<K, LocalisedText>;

export type MessageParams = Record<string, string | number>;

export function fillTemplate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function localise<K extends string>(catalogue: Catalogue<K>, key: K, params: MessageParams = {}): LocalisedText {
  const entry = catalogue[key];
  return perLanguage((language) => fillTemplate(entry[language], params));
}

/**
 * Like `localise`, but the parameters are built per language, because some
 * are written differently in each ("1 853 839 €" and "€1,853,839", a list of
 * problems in Finnish and in English).
 */
export function localiseEach<K extends string>(
  catalogue: Catalogue<K>,
  key: K,
  params: (language: Language) => MessageParams,
): LocalisedText {
  const entry = catalogue[key];
  return perLanguage((language) => fillTemplate(entry[language], params(language)));
}
