/**
 * What the preview page's query string chooses:
 *   ?lang=fi|en|sv        Office's display language (fi-FI by default, en-US, sv-SE)
 *   ?locale=fi-FI|en-US   the workbook's regional settings (how typed text parses); fi-FI by default
 *   ?profile=excel2016|excel2019|excel2021|current
 *                          which ExcelApi requirement sets the fake Excel supports (current by default)
 * Unknown values fall back to the default, and the page says so.
 */
import type { FakeLocale, RequirementProfile } from '../excel/fake-host';

export interface PreviewOptions {
  displayLanguage: 'fi-FI' | 'en-US' | 'sv-SE';
  locale: FakeLocale;
  profile: RequirementProfile;
  /** Query parameters that were not understood, for the page to show. */
  ignored: string[];
}

const DISPLAY_LANGUAGES: Record<string, PreviewOptions['displayLanguage']> = { fi: 'fi-FI', en: 'en-US', sv: 'sv-SE' };
const LOCALES: readonly FakeLocale[] = ['fi-FI', 'en-US'];
const PROFILES: readonly RequirementProfile[] = ['excel2016', 'excel2019', 'excel2021', 'current'];

export function previewOptions(search: string): PreviewOptions {
  const query = new URLSearchParams(search);
  const ignored: string[] = [];
  const options: PreviewOptions = { displayLanguage: 'fi-FI', locale: 'fi-FI', profile: 'current', ignored };

  const lang = query.get('lang');
  if (lang !== null) {
    const language = DISPLAY_LANGUAGES[lang.toLowerCase().split(/[-_]/)[0] ?? ''];
    if (language) options.displayLanguage = language;
    else ignored.push(`lang=${lang}`);
  }
  const locale = query.get('locale');
  if (locale !== null) {
    const known = LOCALES.find((l) => l.toLowerCase() === locale.toLowerCase());
    if (known) options.locale = known;
    else ignored.push(`locale=${locale}`);
  }
  const profile = query.get('profile');
  if (profile !== null) {
    const known = PROFILES.find((p) => p === profile.toLowerCase());
    if (known) options.profile = known;
    else ignored.push(`profile=${profile}`);
  }
  return options;
}

/** The sheet a new workbook opens with, named as Excel names it in that display language. */
export function firstSheetName(options: PreviewOptions): string {
  if (options.displayLanguage === 'fi-FI') return 'Taul1';
  if (options.displayLanguage === 'sv-SE') return 'Blad1';
  return 'Sheet1';
}
