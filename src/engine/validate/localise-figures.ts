import type { LocalisedText } from '../../model/finding';
import { fillTemplate, type Catalogue, type MessageParams } from '../../model/messages/catalogue';
import type { MessageLanguage } from '../display-numbers';

/**
 * Like `localise`, but the parameters are built per language, because figures
 * are written differently in each ("1 853 839 €" and "€1,853,839").
 */
export function localiseFigures<K extends string>(
  catalogue: Catalogue<K>,
  key: K,
  params: (language: MessageLanguage) => MessageParams,
): LocalisedText {
  const entry = catalogue[key];
  return { fi: fillTemplate(entry.fi, params('fi')), en: fillTemplate(entry.en, params('en')) };
}
