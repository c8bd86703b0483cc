import type { Catalogue } from '../../model/messages/catalogue';

export const periodDescriptions = {
  'plan.period': {
    fi: 'Suunnitelmakauden on alettava talousarviovuodesta, vuosien on oltava peräkkäisiä ja kauden vähintään kolmen vuoden mittainen (kuntalaki 110 §).',
    en: 'The plan period must start with the budget year, its years must be consecutive, and it must cover at least three years (Local Government Act, section 110).',
    sv: 'Planperioden ska börja med budgetåret, åren ska följa på varandra och perioden ska omfatta minst tre år (kommunallagen 110 §).',
  },
} satisfies Catalogue<string>;

export type PeriodRuleId = keyof typeof periodDescriptions;

export const periodMessages = {
  empty: {
    fi: 'Suunnitelmakaudella ei ole yhtään vuotta; sen on alettava talousarviovuodesta {budgetYear} ja katettava vähintään kolme vuotta (kuntalaki 110 §).',
    en: 'The plan period has no years; it must start with the budget year {budgetYear} and cover at least three years (Local Government Act, section 110).',
    sv: 'Planperioden har inga år; den ska börja med budgetåret {budgetYear} och omfatta minst tre år (kommunallagen 110 §).',
  },
  firstYear: {
    fi: 'Suunnitelmakausi alkaa vuodesta {first}, mutta sen on alettava talousarviovuodesta {budgetYear} (kuntalaki 110 §).',
    en: 'The plan period starts with {first}, but it must start with the budget year {budgetYear} (Local Government Act, section 110).',
    sv: 'Planperioden börjar med {first}, men den ska börja med budgetåret {budgetYear} (kommunallagen 110 §).',
  },
  gap: {
    fi: 'Suunnitelmakauden vuosi {year} ei seuraa edellistä vuotta {previous}: vuosien on oltava peräkkäisiä.',
    en: 'The plan year {year} does not follow the previous year {previous}: the years must be consecutive.',
    sv: 'Planåret {year} följer inte på föregående år {previous}: åren ska följa på varandra.',
  },
  tooShort: {
    fi: 'Suunnitelmakausi ({years}) on liian lyhyt: taloussuunnitelma laaditaan vähintään kolmeksi vuodeksi, talousarviovuosi mukaan lukien (kuntalaki 110 §).',
    en: 'The plan period ({years}) is too short: a financial plan covers at least three years, the budget year included (Local Government Act, section 110).',
    sv: 'Planperioden ({years}) är för kort: ekonomiplanen görs upp för minst tre år, budgetåret medräknat (kommunallagen 110 §).',
  },
} satisfies Catalogue<string>;

export type PeriodMessageKey = keyof typeof periodMessages;
