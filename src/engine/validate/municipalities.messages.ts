import type { Catalogue } from '../../model/messages/catalogue';

export const municipalitiesDescriptions = {
  'municipality.none': {
    fi: 'Suunnitelmassa ei ole yhtään jäsenkuntaa.',
    en: 'The plan has no member municipalities.',
    sv: 'Planen har inga medlemskommuner.',
  },
  'municipality.population': {
    fi: 'Kunnan asukasluku ei ole positiivinen.',
    en: 'A municipality’s population is not positive.',
    sv: 'En kommuns invånarantal är inte positivt.',
  },
} satisfies Catalogue<string>;

export type MunicipalitiesRuleId = keyof typeof municipalitiesDescriptions;

export const municipalitiesMessages = {
  none: {
    fi: 'Suunnitelmassa ei ole yhtään jäsenkuntaa; kuntaosuuksia ja valtuustopaikkoja ei voi laskea.',
    en: 'The plan has no member municipalities; contributions and council seats cannot be computed.',
    sv: 'Planen har inga medlemskommuner; kommunandelar och fullmäktigeplatser kan inte räknas ut.',
  },
  population: {
    fi: 'Kunnan ”{name}” asukasluku on {population}; sen on oltava positiivinen.',
    en: 'The population of municipality “{name}” is {population}; it must be positive.',
    sv: 'Invånarantalet i kommunen ”{name}” är {population}; det måste vara positivt.',
  },
} satisfies Catalogue<string>;

export type MunicipalitiesMessageKey = keyof typeof municipalitiesMessages;
