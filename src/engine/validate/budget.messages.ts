import type { Catalogue } from '../../model/messages/catalogue';

export const budgetMessages = {
  'rule.balance': {
    fi: 'Vuoden loppusumma ei ole kuntarahoituksen ja ulkopuolisen rahoituksen summa.',
    en: 'A year’s total is not municipal funding plus external funding.',
    sv: 'Årets slutsumma är inte summan av kommunernas finansiering och den externa finansieringen.',
  },
  'rule.yearMissing': {
    fi: 'Talousarviovuodelta puuttuu loppusumma, kuntarahoitus tai ulkopuolinen rahoitus.',
    en: 'The budget year lacks its total, municipal funding or external funding.',
    sv: 'Budgetåret saknar slutsumma, kommunernas finansiering eller extern finansiering.',
  },
  'rule.planYearMissing': {
    fi: 'Suunnitelmavuodelta puuttuu loppusumma tai sen jako.',
    en: 'A plan year lacks its total or its split into municipal and external funding.',
    sv: 'Ett planår saknar slutsumma eller dess fördelning på kommunernas och extern finansiering.',
  },
  balance: {
    fi: 'Vuoden {year} talousarvio ei täsmää: loppusumma on {total}, mutta kuntarahoitus {municipal} ja ulkopuolinen rahoitus {external} ovat yhteensä {sum} (ero {difference}).',
    en: 'The {year} budget does not balance: the total is {total}, but municipal funding {municipal} and external funding {external} add up to {sum} (difference {difference}).',
    sv: 'Budgeten för {year} går inte ihop: slutsumman är {total}, men kommunernas finansiering {municipal} och den externa finansieringen {external} blir sammanlagt {sum} (skillnad {difference}).',
  },
  yearAbsent: {
    fi: 'Talousarviovuodelle {year} ei ole talousarviolukuja.',
    en: 'The budget year {year} has no budget figures.',
    sv: 'Budgetåret {year} har inga budgetsiffror.',
  },
  totalMissing: {
    fi: 'Talousarviovuoden {year} loppusumma puuttuu.',
    en: 'The total of the budget year {year} is missing.',
    sv: 'Slutsumman för budgetåret {year} saknas.',
  },
  municipalMissing: {
    fi: 'Talousarviovuoden {year} kuntarahoitus puuttuu.',
    en: 'The municipal funding of the budget year {year} is missing.',
    sv: 'Kommunernas finansiering för budgetåret {year} saknas.',
  },
  externalMissing: {
    fi: 'Talousarviovuoden {year} ulkopuolinen rahoitus puuttuu.',
    en: 'The external funding of the budget year {year} is missing.',
    sv: 'Den externa finansieringen för budgetåret {year} saknas.',
  },
  planYearNoFigures: {
    fi: 'Suunnitelmavuodelle {year} ei ole talousarviolukuja.',
    en: 'The plan year {year} has no budget figures.',
    sv: 'Planåret {year} har inga budgetsiffror.',
  },
  planYearPartial: {
    fi: 'Suunnitelmavuoden {year} luvut ovat vajaat: anna loppusumma, kuntarahoitus ja ulkopuolinen rahoitus.',
    en: 'The figures of the plan year {year} are incomplete: give the total, municipal funding and external funding.',
    sv: 'Siffrorna för planåret {year} är ofullständiga: ange slutsumma, kommunernas finansiering och extern finansiering.',
  },
} satisfies Catalogue<string>;

export type BudgetMessageKey = keyof typeof budgetMessages;
