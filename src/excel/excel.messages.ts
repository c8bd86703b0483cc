import { perLanguage, type Language, type LocalisedText } from '../model/language';
import { fillTemplate, type MessageParams } from '../model/messages/catalogue';

/** What the office-js adapter says to people: sheet names it makes and the errors it reports, in Finnish and English. */
export const excelMessages = {
  /** The name of a derived sheet someone changed, copied aside before PlanSheets rewrites it. */
  'sheet.edited-copy': { fi: '{sheet} (muokattu)', en: '{sheet} (edited)', sv: '{sheet} (redigerad)' },
  'sheet.edited-copy-numbered': { fi: '{sheet} (muokattu {n})', en: '{sheet} (edited {n})', sv: '{sheet} (redigerad {n})' },
  /** The notice in A1 of the hidden sheet that keeps the plan while a generation is under way. */
  'pending.notice': {
    fi: 'PlanSheets pitää tässä kirjoitettavana olevaa suunnitelmaa, kunnes kirjoitus on valmis. Älä muokkaa.',
    en: 'PlanSheets keeps the plan being written here until writing is done. Do not edit.',
    sv: 'PlanSheets håller här den plan som skrivs, tills skrivningen är klar. Redigera inte.',
  },
  'error.cell-edit': {
    fi: 'Excel on solun muokkaustilassa. Lopeta solun muokkaus (Enter tai Esc) ja yritä uudelleen.',
    en: 'Excel is editing a cell. Finish editing the cell (Enter or Esc) and try again.',
    sv: 'Excel redigerar en cell. Avsluta redigeringen av cellen (Enter eller Esc) och försök igen.',
  },
  'error.busy': {
    fi: 'Excel on varattu eikä vastannut {attempts} yrityksellä. Yritä hetken kuluttua uudelleen.',
    en: 'Excel is busy and did not respond in {attempts} attempts. Try again in a moment.',
    sv: 'Excel är upptaget och svarade inte på {attempts} försök. Försök igen om en stund.',
  },
  'error.unsupported': {
    fi: 'Tämä Excel-versio ei tue kaikkea, mitä työkirjan kirjoittaminen vaatii ({missing}). Käytä Excel 2021:tä, Microsoft 365:tä tai Excel for the webiä.',
    en: 'This version of Excel lacks what writing the workbook needs ({missing}). Use Excel 2021, Microsoft 365 or Excel for the web.',
    sv: 'Den här versionen av Excel saknar det som skrivningen av arbetsboken kräver ({missing}). Använd Excel 2021, Microsoft 365 eller Excel för webben.',
  },
  'error.too-large': {
    fi: 'Yksi työkirjan osa on liian suuri lähetettäväksi Exceliin kerralla ({bytes} tavua).',
    en: 'One part of the workbook is too large to send to Excel at once ({bytes} bytes).',
    sv: 'En del av arbetsboken är för stor för att skickas till Excel på en gång ({bytes} byte).',
  },
  'error.sheet-taken': {
    fi: 'Työkirjassa on jo taulukko, jonka nimen PlanSheets tarvitsee: {sheets}. Nimeä se uudelleen tai käytä uutta työkirjaa.',
    en: 'The workbook already has a sheet with a name PlanSheets needs: {sheets}. Rename it or use a new workbook.',
    sv: 'Arbetsboken har redan ett blad med ett namn som PlanSheets behöver: {sheets}. Byt namn på det eller använd en ny arbetsbok.',
  },
  'error.pending-unreadable': {
    fi: 'Keskeytynyttä kirjoitusta ei voi jatkaa: tallennettu suunnitelma puuttuu tai on vioittunut. Muodosta työkirja uudelleen suunnitelmatiedostosta.',
    en: 'The interrupted writing cannot be completed: the plan kept for it is missing or damaged. Build the workbook again from the plan file.',
    sv: 'Den avbrutna skrivningen kan inte slutföras: planen som sparades för den saknas eller är skadad. Bygg arbetsboken på nytt från planfilen.',
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
