import { perLanguage, type Language, type LocalisedText } from '../model/language';
import { fillTemplate, type MessageParams } from '../model/messages/catalogue';

/** What the office-js adapter says to people: sheet names it makes and the errors it reports, in Finnish and English. */
export const excelMessages = {
  /** The name of a derived sheet someone changed, copied aside before PlanSheets rewrites it. */
  'sheet.edited-copy': { fi: '{sheet} (muokattu)', en: '{sheet} (edited)' },
  'sheet.edited-copy-numbered': { fi: '{sheet} (muokattu {n})', en: '{sheet} (edited {n})' },
  /** The notice in A1 of the hidden sheet that keeps the plan while a generation is under way. */
  'pending.notice': {
    fi: 'PlanSheets pitää tässä kirjoitettavana olevaa suunnitelmaa, kunnes kirjoitus on valmis. Älä muokkaa.',
    en: 'PlanSheets keeps the plan being written here until writing is done. Do not edit.',
  },
  'error.cell-edit': {
    fi: 'Excel on solun muokkaustilassa. Lopeta solun muokkaus (Enter tai Esc) ja yritä uudelleen.',
    en: 'Excel is editing a cell. Finish editing the cell (Enter or Esc) and try again.',
  },
  'error.busy': {
    fi: 'Excel on varattu eikä vastannut {attempts} yrityksellä. Yritä hetken kuluttua uudelleen.',
    en: 'Excel is busy and did not respond in {attempts} attempts. Try again in a moment.',
  },
  'error.unsupported': {
    fi: 'Tämä Excel-versio ei tue kaikkea, mitä työkirjan kirjoittaminen vaatii ({missing}). Käytä Excel 2021:tä, Microsoft 365:tä tai Excel for the webiä.',
    en: 'This version of Excel lacks what writing the workbook needs ({missing}). Use Excel 2021, Microsoft 365 or Excel for the web.',
  },
  'error.too-large': {
    fi: 'Yksi työkirjan osa on liian suuri lähetettäväksi Exceliin kerralla ({bytes} tavua).',
    en: 'One part of the workbook is too large to send to Excel at once ({bytes} bytes).',
  },
  'error.sheet-taken': {
    fi: 'Työkirjassa on jo taulukko, jonka nimen PlanSheets tarvitsee: {sheets}. Nimeä se uudelleen tai käytä uutta työkirjaa.',
    en: 'The workbook already has a sheet with a name PlanSheets needs: {sheets}. Rename it or use a new workbook.',
  },
  'error.pending-unreadable': {
    fi: 'Keskeytynyttä kirjoitusta ei voi jatkaa: tallennettu suunnitelma puuttuu tai on vioittunut. Muodosta työkirja uudelleen suunnitelmatiedostosta.',
    en: 'The interrupted writing cannot be completed: the plan kept for it is missing or damaged. Build the workbook again from the plan file.',
  },
} as const;

export type ExcelMessageKey = keyof typeof excelMessages;

export function excelMessage(key: ExcelMessageKey, language: Language, params: MessageParams = {}): string {
  return fillTemplate(excelMessages[key][language], params);
}

/** An error the adapter reports to people: its message is a catalogue sentence, in both languages. */
export class LiveWorkbookError extends Error {
  override readonly name = 'LiveWorkbookError';
  readonly messages: LocalisedText;
  constructor(
    readonly key: ExcelMessageKey,
    language: Language,
    params: MessageParams = {},
    readonly detail?: unknown,
  ) {
    super(excelMessage(key, language, params));
    this.messages = perLanguage((each) => excelMessage(key, each, params));
  }
}
