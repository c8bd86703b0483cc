/**
 * The pane's language, from Office's display language (Office.context.displayLanguage,
 * e.g. "fi-FI", "en-US", "sv-SE"): Finnish unless Office speaks English or Swedish.
 */
export type PaneLanguage = 'fi' | 'en' | 'sv';

export const DEFAULT_PANE_LANGUAGE: PaneLanguage = 'fi';

export function paneLanguage(displayLanguage: string | null | undefined): PaneLanguage {
  const primary = (displayLanguage ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'en') return 'en';
  if (primary === 'sv') return 'sv';
  return DEFAULT_PANE_LANGUAGE;
}
