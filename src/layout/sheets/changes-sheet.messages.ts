import type { Catalogue } from '../../model/messages/catalogue';

/** The Muutokset sheet's own words; the change lines bring theirs (plan-diff.messages.ts). */
export const changesSheetMessages = {
  'changes.title': { fi: 'Muutokset edellisestä versiosta', en: 'Changes since the previous version', sv: 'Ändringar sedan föregående version' },
  'changes.intro': {
    fi: 'Verrattu versioon {old}. Laskettu, kun työkirja muodostettiin (plansheets build --compare); ei päivity muokattaessa.',
    en: 'Compared with {old}. Worked out when the workbook was built (plansheets build --compare); it does not follow later edits.',
    sv: 'Jämfört med versionen {old}. Beräknat när arbetsboken skapades (plansheets build --compare); följer inte senare ändringar.',
  },
  'changes.column.group': { fi: 'Osa-alue', en: 'Part', sv: 'Område' },
  'changes.column.what': { fi: 'Muutos', en: 'Change', sv: 'Ändring' },
  'changes.column.subject': { fi: 'Kohde', en: 'Subject', sv: 'Objekt' },
  'changes.column.before': { fi: 'Ennen', en: 'Before', sv: 'Före' },
  'changes.column.after': { fi: 'Nyt', en: 'Now', sv: 'Nu' },
  'changes.column.change': { fi: 'Muutos €', en: 'Change €', sv: 'Ändring €' },
  'changes.none': { fi: 'Ei muutoksia.', en: 'No changes.', sv: 'Inga ändringar.' },
} satisfies Catalogue<string>;

export type ChangesSheetMessageKey = keyof typeof changesSheetMessages;
