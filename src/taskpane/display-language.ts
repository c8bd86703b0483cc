import { isLanguage, type Language } from '../model/language';

/**
 * The pane's language, from Office's display language (Office.context.displayLanguage,
 * e.g. "fi-FI", "en-US", "sv-FI", "sv-SE"): the product language Office speaks,
 * Finnish when it speaks none of them.
 */
export type PaneLanguage = Language;

export const DEFAULT_PANE_LANGUAGE: PaneLanguage = 'fi';

export function paneLanguage(displayLanguage: string | null | undefined): PaneLanguage {
  const primary = (displayLanguage ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : DEFAULT_PANE_LANGUAGE;
}
