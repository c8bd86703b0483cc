import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { formatEuros, formatNumber, formatPercent, type MessageLanguage } from '../engine/display-numbers';
import { Decimal } from '../engine/money';
import { fillTemplate, type MessageParams } from '../model/messages/catalogue';
import { formatLocation, type Finding } from '../model/finding';
import type { PaneLanguage } from './display-language';
import { paneMessages, type PaneMessageKey } from './pane.messages';

/** The language of the pane's messages: every pane language has its texts. */
export function messageLanguage(language: PaneLanguage): MessageLanguage {
  return language;
}

/** The locale of the pane's dates and times in each language. */
const DATE_LOCALES: Record<MessageLanguage, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export interface PaneText {
  language: MessageLanguage;
  /** A catalogue message with its placeholders filled. */
  t(key: PaneMessageKey, params?: MessageParams): string;
  /** Euros from a decimal: "1 003 733,00 €" / "€1,003,733.00". */
  money(value: string | Decimal): string;
  /** A decimal with a fixed count of decimals. */
  number(value: string | Decimal | number, decimals?: number): string;
  percent(value: string | Decimal, decimals?: number): string;
  /** An ISO time as a date and time of day in the language. */
  dateTime(iso: string): string;
  /** A finding's message in the pane's language. */
  message(finding: Finding): string;
  /** Where a finding points: "Kunnat!C5" or the JSON path. */
  location(finding: Finding): string;
}

export function paneText(language: PaneLanguage): PaneText {
  const lang = messageLanguage(language);
  const number = (value: string | Decimal | number, decimals = 0) => formatNumber(new Decimal(value), lang, decimals);
  return {
    language: lang,
    t: (key, params = {}) => fillTemplate(paneMessages[key][lang], params),
    money: (value) => formatEuros(new Decimal(value), lang, 2),
    number,
    percent: (value, decimals = 1) => formatPercent(new Decimal(value), lang, decimals),
    dateTime(iso) {
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      return new Intl.DateTimeFormat(DATE_LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
    },
    message: (finding) => finding.message[lang],
    location: (finding) => formatLocation(finding.location),
  };
}

const TextContext = createContext<PaneText>(paneText('fi'));

export function PaneTextProvider({ language, children }: { language: PaneLanguage; children: ReactNode }) {
  const value = useMemo(() => paneText(language), [language]);
  return <TextContext.Provider value={value}>{children}</TextContext.Provider>;
}

export function useText(): PaneText {
  return useContext(TextContext);
}
