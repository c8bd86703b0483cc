import type { Catalogue } from '../../model/messages/catalogue';

export type StaffRuleId = 'staff.total';

export const staffDescriptions: Catalogue<StaffRuleId> = {
  'staff.total': {
    fi: 'Henkilöstön kokonaismäärä ei ole vakituisten ja määräaikaisten summa.',
    en: 'The staff total is not the sum of permanent and fixed-term staff.',
  },
};

export type StaffMessageKey = 'total';

export const staffMessages: Catalogue<StaffMessageKey> = {
  total: {
    fi: 'Henkilöstön kokonaismäärä {dateFi} on {total}, mutta vakituisia ({permanent}) ja määräaikaisia ({fixedTerm}) on yhteensä {sum}.',
    en: 'The staff total on {date} is {total}, but permanent ({permanent}) and fixed-term ({fixedTerm}) staff add up to {sum}.',
  },
};
