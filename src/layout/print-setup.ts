import type { Plan } from '../model/plan';
import type { PrintLayout } from './workbook-layout';

/**
 * Every sheet prints on A4, fitted to width (unless `fitToWidth` is false: a
 * sheet too wide to shrink legibly, split across pages with print titles), with the organisation, the
 * meeting references and the document title in the header and the page
 * number in the footer, as the seed's pages do.
 */
export function printSetup(
  plan: Plan,
  options: {
    orientation: 'portrait' | 'landscape';
    printTitleRows?: string;
    printTitleColumns?: string;
    printArea?: string;
    pageLabel: string;
    onePage?: boolean;
    fitToWidth?: boolean;
  },
): PrintLayout {
  const meetings = plan.document.meetings.map((m) => `${m.body} ${finnishDate(m.date)} § ${m.section}`);
  const left = [plan.organisation.name, ...meetings].map(escapeHeaderText).join('\n');
  const right = escapeHeaderText(plan.document.title);
  return {
    orientation: options.orientation,
    paperSize: 'A4',
    fitToWidth: options.fitToWidth ?? true,
    ...(options.onePage ? { fitToHeight: true } : {}),
    printTitleRows: options.printTitleRows,
    ...(options.printTitleColumns ? { printTitleColumns: options.printTitleColumns } : {}),
    printArea: options.printArea,
    headerFooter: {
      // pageLabel is a catalogue template such as "Sivu &P / &N".
      odd: { header: { left: `&8${left}`, right: `&8${right}` }, footer: { center: `&8${options.pageLabel}` } },
    },
    margins: PRINT_MARGINS,
  };
}

/** Margins in points: half an inch at the sides, room for the three-line header at the top. */
export const PRINT_MARGINS = { left: 36, right: 36, top: 64.8, bottom: 43.2, header: 21.6, footer: 21.6 } as const;

/** 2025-11-27 → 27.11.2025, the way the seed writes dates. */
export function finnishDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${Number(day)}.${Number(month)}.${year}`;
}

/** "&" starts a code in Excel headers; a literal ampersand is "&&". */
function escapeHeaderText(text: string): string {
  return text.replace(/&/g, '&&');
}
