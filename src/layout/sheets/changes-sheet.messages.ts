import type { Catalogue } from '../../model/messages/catalogue';

/** The Muutokset sheet's own words; the change lines bring theirs (plan-diff.messages.ts). */
export const changesSheetMessages = {
  'changes.title': { fi: 'Muutokset edellisestä versiosta', en: 'Changes since the previous version' },
  'changes.intro': {
    fi: 'Verrattu versioon {old}. Laskettu, kun työkirja muodostettiin (plansheets build --compare); ei päivity muokattaessa.',
    en: 'Compared with {old}. Worked out when the workbook was built (plansheets build --compare); it does not follow later edits.',
  },
  'changes.column.group': { fi: 'Osa-alue', en: 'Part' },
  'changes.column.what': { fi: 'Muutos', en: 'Change' },
  'changes.column.subject': { fi: 'Kohde', en: 'Subject' },
  'changes.column.before': { fi: 'Ennen', en: 'Before' },
  'changes.column.after': { fi: 'Nyt', en: 'Now' },
  'changes.column.change': { fi: 'Muutos €', en: 'Change €' },
  'changes.none': { fi: 'Ei muutoksia.', en: 'No changes.' },
} satisfies Catalogue<string>;

export type ChangesSheetMessageKey = keyof typeof changesSheetMessages;
