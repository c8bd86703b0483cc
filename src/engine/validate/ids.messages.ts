import type { Catalogue } from '../../model/messages/catalogue';

export const idsDescriptions = {
  'id.duplicate': {
    fi: 'Sama tunniste on käytetty kahdesti saman lajin kohteilla (kunnat, luvut, perustehtävät, osiot, tavoitteet, toimenpiteet ja alakohdat, mittarit, talousarviorivit, kustannuserät, tekstin luvut).',
    en: 'The same id is used twice among objects of one kind (municipalities, chapters, basic tasks, sections, goals, actions and sub-actions, metrics, budget lines, cost pools, narrative figures).',
    sv: 'Samma id används två gånger bland objekt av ett slag (kommuner, kapitel, basuppgifter, avsnitt, mål, åtgärder och delåtgärder, mätare, budgetrader, kostnadsposter, siffror i texten).',
  },
} satisfies Catalogue<string>;

export type IdsRuleId = keyof typeof idsDescriptions;

/** One message per kind of object; {first} names the first occurrence and {firstPath} locates it. */
export const idsMessages = {
  municipality: {
    fi: 'Kunnan ”{name}” tunniste ”{id}” on jo kunnalla ”{first}” ({firstPath}).',
    en: 'The id “{id}” of municipality “{name}” is already used by municipality “{first}” ({firstPath}).',
    sv: 'Id ”{id}” för kommunen ”{name}” används redan av kommunen ”{first}” ({firstPath}).',
  },
  chapter: {
    fi: 'Luvun ”{name}” tunniste ”{id}” on jo luvulla ”{first}” ({firstPath}).',
    en: 'The id “{id}” of chapter “{name}” is already used by chapter “{first}” ({firstPath}).',
    sv: 'Id ”{id}” för kapitlet ”{name}” används redan av kapitlet ”{first}” ({firstPath}).',
  },
  basicTask: {
    fi: 'Perustehtävän ”{name}” tunniste ”{id}” on jo perustehtävällä ”{first}” ({firstPath}).',
    en: 'The id “{id}” of basic task “{name}” is already used by basic task “{first}” ({firstPath}).',
    sv: 'Id ”{id}” för basuppgiften ”{name}” används redan av basuppgiften ”{first}” ({firstPath}).',
  },
  section: {
    fi: 'Osion ”{name}” tunniste ”{id}” on jo osiolla ”{first}” ({firstPath}).',
    en: 'The id “{id}” of section “{name}” is already used by section “{first}” ({firstPath}).',
    sv: 'Id ”{id}” för avsnittet ”{name}” används redan av avsnittet ”{first}” ({firstPath}).',
  },
  goal: {
    fi: 'Osion ”{section}” tavoitteen ”{name}” tunniste ”{id}” on jo tavoitteella ”{first}” ({firstPath}).',
    en: 'The id “{id}” of goal “{name}” in section “{section}” is already used by goal “{first}” ({firstPath}).',
    sv: 'Id ”{id}” för målet ”{name}” i avsnittet ”{section}” används redan av målet ”{first}” ({firstPath}).',
  },
  action: {
    fi: 'Tavoitteen ”{name}” {position}. toimenpiteen tunniste ”{id}” on jo käytössä tavoitteessa ”{first}” ({firstPath}).',
    en: 'The id “{id}” of the {ordinal} action of goal “{name}” is already used in goal “{first}” ({firstPath}).',
    sv: 'Id ”{id}” för åtgärd nr {position} under målet ”{name}” används redan under målet ”{first}” ({firstPath}).',
  },
  subAction: {
    fi: 'Tavoitteen ”{name}” {actionPosition}. toimenpiteen {position}. alakohdan tunniste ”{id}” on jo käytössä tavoitteessa ”{first}” ({firstPath}).',
    en: 'The id “{id}” of the {ordinal} sub-action of the {actionOrdinal} action of goal “{name}” is already used in goal “{first}” ({firstPath}).',
    sv: 'Id ”{id}” för delåtgärd nr {position} i åtgärd nr {actionPosition} under målet ”{name}” används redan under målet ”{first}” ({firstPath}).',
  },
  metric: {
    fi: 'Tavoitteen ”{name}” {position}. mittarin tunniste ”{id}” on jo käytössä tavoitteessa ”{first}” ({firstPath}).',
    en: 'The id “{id}” of the {ordinal} metric of goal “{name}” is already used in goal “{first}” ({firstPath}).',
    sv: 'Id ”{id}” för mätare nr {position} under målet ”{name}” används redan under målet ”{first}” ({firstPath}).',
  },
  budgetLine: {
    fi: 'Talousarviorivin ”{name}” tunniste ”{id}” on jo rivillä ”{first}” ({firstPath}).',
    en: 'The id “{id}” of budget line “{name}” is already used by budget line “{first}” ({firstPath}).',
    sv: 'Id ”{id}” för budgetraden ”{name}” används redan av budgetraden ”{first}” ({firstPath}).',
  },
  pool: {
    fi: 'Kustannuserän ”{name}” tunniste ”{id}” on jo kustannuserällä ”{first}” ({firstPath}).',
    en: 'The id “{id}” of cost pool “{name}” is already used by cost pool “{first}” ({firstPath}).',
    sv: 'Id ”{id}” för kostnadsposten ”{name}” används redan av kostnadsposten ”{first}” ({firstPath}).',
  },
  narrativeFigure: {
    fi: 'Tekstin luvun ”{name}” tunniste ”{id}” on jo luvulla ”{first}” ({firstPath}).',
    en: 'The id “{id}” of narrative figure “{name}” is already used by narrative figure “{first}” ({firstPath}).',
    sv: 'Id ”{id}” för siffran i texten ”{name}” används redan av siffran ”{first}” ({firstPath}).',
  },
} satisfies Catalogue<string>;

export type IdsMessageKey = keyof typeof idsMessages;
