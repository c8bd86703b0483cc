import { paneLanguage, type PaneLanguage } from './display-language';

/**
 * What the pane needs of office.js to start: the part of the global `Office`
 * that index.tsx reads. Typed here without office-js so tests can fake it.
 */
export interface OfficeStartupApi {
  // office.js resolves `host` to a string ("Excel"), though @types/office-js declares a numeric enum.
  onReady(): Promise<{ host: unknown }>;
  context?: { displayLanguage?: string | null } | null;
}

/** How the pane starts: in Excel, somewhere else (a browser tab, another Office app), or not at all. */
export type PaneStart =
  | { kind: 'excel'; language: PaneLanguage }
  | { kind: 'not-excel'; language: PaneLanguage; host: string | null }
  | { kind: 'failed'; language: PaneLanguage; reason: string };

/**
 * Waits for office.js and tells how the pane starts. Never rejects: a missing
 * office.js or a rejected Office.onReady is a `failed` start with its reason,
 * for the pane to show. `fallbackLanguage` (e.g. navigator.language) is used
 * until Office tells its display language.
 */
export async function startInOffice(office: OfficeStartupApi | undefined, fallbackLanguage?: string): Promise<PaneStart> {
  if (!office || typeof office.onReady !== 'function') {
    return { kind: 'failed', language: paneLanguage(fallbackLanguage), reason: 'office.js did not load' };
  }
  let host: unknown;
  try {
    ({ host } = await office.onReady());
  } catch (error) {
    return { kind: 'failed', language: paneLanguage(displayLanguageOf(office) ?? fallbackLanguage), reason: reasonOf(error) };
  }
  const language = paneLanguage(displayLanguageOf(office) ?? fallbackLanguage);
  if (host === 'Excel') return { kind: 'excel', language };
  return { kind: 'not-excel', language, host: host === null || host === undefined ? null : String(host) };
}

/** Office's display language, if office.js has it (it may not after a failed start). */
function displayLanguageOf(office: OfficeStartupApi): string | undefined {
  try {
    return office.context?.displayLanguage || undefined;
  } catch {
    return undefined;
  }
}

export function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string' && error) return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/** What the pane says when it cannot show PlanSheets. */
export interface StartupMessage {
  title: string;
  body: string;
}

export function startupMessage(start: Exclude<PaneStart, { kind: 'excel' }>): StartupMessage {
  if (start.kind === 'not-excel') return NOT_EXCEL[start.language];
  const text = FAILED[start.language];
  return { title: text.title, body: text.body(start.reason) };
}

const NOT_EXCEL: Record<PaneLanguage, StartupMessage> = {
  fi: {
    title: 'PlanSheets toimii Excelissä',
    body: 'Avaa työkirja Excelissä ja valitse Aloitus-välilehdeltä Avaa PlanSheets.',
  },
  en: {
    title: 'PlanSheets runs in Excel',
    body: 'Open the workbook in Excel and choose Open PlanSheets on the Home tab.',
  },
  sv: {
    title: 'PlanSheets fungerar i Excel',
    body: 'Öppna arbetsboken i Excel och välj PlanSheets på fliken Start.',
  },
};

const FAILED: Record<PaneLanguage, { title: string; body: (reason: string) => string }> = {
  fi: {
    title: 'PlanSheets ei käynnistynyt',
    body: (reason) => `Yhteys Exceliin ei avautunut (${reason}). Sulje tehtäväruutu ja avaa se uudelleen Aloitus-välilehdeltä.`,
  },
  en: {
    title: 'PlanSheets did not start',
    body: (reason) => `The connection to Excel did not open (${reason}). Close the task pane and open it again from the Home tab.`,
  },
  sv: {
    title: 'PlanSheets startade inte',
    body: (reason) => `Anslutningen till Excel öppnades inte (${reason}). Stäng aktivitetsfönstret och öppna det igen från fliken Start.`,
  },
};
