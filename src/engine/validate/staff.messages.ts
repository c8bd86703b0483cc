import type { Catalogue } from '../../model/messages/catalogue';

export const staffDescriptions = {
  'staff.total': {
    fi: 'Henkilöstön kokonaismäärä ei ole vakituisten ja määräaikaisten summa.',
    en: 'The staff total is not the sum of permanent and fixed-term staff.',
    sv: 'Personalens totala antal är inte summan av fast anställda och visstidsanställda.',
  },
} satisfies Catalogue<string>;

export type StaffRuleId = keyof typeof staffDescriptions;

export const staffMessages = {
  total: {
    fi: 'Henkilöstön kokonaismäärä {dateFi} on {total}, mutta vakituisia ({permanent}) ja määräaikaisia ({fixedTerm}) on yhteensä {sum}.',
    en: 'The staff total on {date} is {total}, but permanent ({permanent}) and fixed-term ({fixedTerm}) staff add up to {sum}.',
    sv: 'Personalens totala antal {dateFi} är {total}, men fast anställda ({permanent}) och visstidsanställda ({fixedTerm}) är sammanlagt {sum}.',
  },
} satisfies Catalogue<string>;

export type StaffMessageKey = keyof typeof staffMessages;
