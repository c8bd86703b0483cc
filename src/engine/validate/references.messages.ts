import type { Catalogue } from '../../model/messages/catalogue';

export const referencesDescriptions = {
  'ref.dangling': {
    fi: 'Viittaus kohteeseen, jota suunnitelmassa ei ole (talousarviorivin osio).',
    en: 'A reference to something that does not exist in the plan (a budget line’s section).',
    sv: 'En hänvisning till något som inte finns i planen (en budgetrads avsnitt).',
  },
  'municipality.unknown': {
    fi: 'Viittaus kuntaan, joka ei ole jäsenkuntien joukossa (isäntäkunta, tavoitteen kuntarajaus, kustannuserän kunnat, painot ja kiinteät osuudet, edellisen vuoden kuntaosuudet).',
    en: 'A reference to a municipality that is not a member (host municipality, goal scope, cost pool municipalities, weights and fixed amounts, previous year’s contributions).',
    sv: 'En hänvisning till en kommun som inte är medlemskommun (värdkommun, målets kommunavgränsning, kostnadspostens kommuner, vikter och fasta belopp, föregående års kommunandelar).',
  },
} satisfies Catalogue<string>;

export type ReferencesRuleId = keyof typeof referencesDescriptions;

export const referencesMessages = {
  budgetLineSection: {
    fi: 'Talousarviorivi ”{line}” viittaa osioon ”{sectionId}”, jota suunnitelmassa ei ole.',
    en: 'Budget line “{line}” refers to section “{sectionId}”, which does not exist in the plan.',
    sv: 'Budgetraden ”{line}” hänvisar till avsnittet ”{sectionId}”, som inte finns i planen.',
  },
  hostMunicipality: {
    fi: 'Organisaation ”{organisation}” isäntäkunta ”{id}” ei ole jäsenkuntien joukossa.',
    en: 'The host municipality “{id}” of “{organisation}” is not a member municipality.',
    sv: 'Värdkommunen ”{id}” för ”{organisation}” är inte en medlemskommun.',
  },
  goalScope: {
    fi: 'Tavoitteen ”{goal}” kuntarajauksessa on kunta ”{id}”, joka ei ole jäsenkuntien joukossa.',
    en: 'The municipality scope of goal “{goal}” includes “{id}”, which is not a member municipality.',
    sv: 'Kommunavgränsningen för målet ”{goal}” omfattar ”{id}”, som inte är en medlemskommun.',
  },
  poolMunicipality: {
    fi: 'Kustannuserän ”{pool}” kunnissa on ”{id}”, joka ei ole jäsenkuntien joukossa.',
    en: 'The municipalities of cost pool “{pool}” include “{id}”, which is not a member municipality.',
    sv: 'Kommunerna i kostnadsposten ”{pool}” omfattar ”{id}”, som inte är en medlemskommun.',
  },
  poolWeight: {
    fi: 'Kustannuserän ”{pool}” painoissa on kunta ”{id}”, joka ei ole jäsenkuntien joukossa.',
    en: 'The weights of cost pool “{pool}” include municipality “{id}”, which is not a member municipality.',
    sv: 'Vikterna för kostnadsposten ”{pool}” omfattar kommunen ”{id}”, som inte är en medlemskommun.',
  },
  poolFixedAmount: {
    fi: 'Kustannuserän ”{pool}” kiinteissä osuuksissa on kunta ”{id}”, joka ei ole jäsenkuntien joukossa.',
    en: 'The fixed amounts of cost pool “{pool}” include municipality “{id}”, which is not a member municipality.',
    sv: 'De fasta beloppen för kostnadsposten ”{pool}” omfattar kommunen ”{id}”, som inte är en medlemskommun.',
  },
  previousContribution: {
    fi: 'Vuoden {year} kuntaosuuksissa on kunta ”{id}”, joka ei ole jäsenkuntien joukossa.',
    en: 'The contributions of {year} include municipality “{id}”, which is not a member municipality.',
    sv: 'Kommunandelarna för {year} omfattar kommunen ”{id}”, som inte är en medlemskommun.',
  },
} satisfies Catalogue<string>;

export type ReferencesMessageKey = keyof typeof referencesMessages;
