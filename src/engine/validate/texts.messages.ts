import type { Catalogue } from '../../model/messages/catalogue';

export const textsDescriptions = {
  'text.empty': {
    fi: 'Pakollinen teksti (nimi, otsikko, toimenpide, mittari ym.) on tyhjä tai pelkkiä välilyöntejä.',
    en: 'A required text (name, title, action, metric and so on) is empty or only whitespace.',
    sv: 'En obligatorisk text (namn, rubrik, åtgärd, mätare osv.) är tom eller bara blanksteg.',
  },
  'text.too-long': {
    fi: 'Teksti on pidempi kuin Excelin solun enimmäispituus 32 767 merkkiä.',
    en: 'A text is longer than an Excel cell can hold (32,767 characters).',
    sv: 'En text är längre än en Excelcell rymmer (32 767 tecken).',
  },
  'text.formula-like': {
    fi: 'Teksti alkaa merkillä =, +, - tai @, jolla Excelissä alkaa kaava; se on pidettävä tekstinä.',
    en: 'A text begins with =, +, - or @, which starts a formula in Excel; it must be kept as text.',
    sv: 'En text börjar med =, +, - eller @, som inleder en formel i Excel; den ska hållas som text.',
  },
} satisfies Catalogue<string>;

export type TextsRuleId = keyof typeof textsDescriptions;

export const textsMessages = {
  organisationName: {
    fi: 'Organisaation nimi on tyhjä.',
    en: 'The name of the organisation is empty.',
    sv: 'Organisationens namn är tomt.',
  },
  legalBasis: {
    fi: 'Organisaation ”{organisation}” oikeusperusta on tyhjä.',
    en: 'The legal basis of the organisation “{organisation}” is empty.',
    sv: 'Den rättsliga grunden för organisationen ”{organisation}” är tom.',
  },
  municipalityName: {
    fi: 'Kunnan ”{id}” nimi on tyhjä.',
    en: 'The name of municipality “{id}” is empty.',
    sv: 'Namnet på kommunen ”{id}” är tomt.',
  },
  documentTitle: {
    fi: 'Asiakirjan otsikko on tyhjä.',
    en: 'The title of the document is empty.',
    sv: 'Handlingens rubrik är tom.',
  },
  meetingBody: {
    fi: 'Kokouksen {dateFi} § {section} toimielin on tyhjä.',
    en: 'The body of the meeting on {date} (§ {section}) is empty.',
    sv: 'Organet för sammanträdet {dateFi} (§ {section}) är tomt.',
  },
  basicTaskTitle: {
    fi: 'Perustehtävän {number} otsikko on tyhjä.',
    en: 'The title of basic task {number} is empty.',
    sv: 'Rubriken för basuppgift {number} är tom.',
  },
  basicTaskItem: {
    fi: 'Perustehtävän ”{task}” {position}. kohta on tyhjä.',
    en: 'The {ordinal} item of basic task “{task}” is empty.',
    sv: 'Punkt nr {position} i basuppgiften ”{task}” är tom.',
  },
  sectionTitle: {
    fi: 'Osion ”{id}” otsikko on tyhjä.',
    en: 'The title of section “{id}” is empty.',
    sv: 'Rubriken för avsnittet ”{id}” är tom.',
  },
  goalTitle: {
    fi: 'Osion ”{section}” {position}. tavoitteen otsikko on tyhjä.',
    en: 'The title of the {ordinal} goal of section “{section}” is empty.',
    sv: 'Rubriken för mål nr {position} i avsnittet ”{section}” är tom.',
  },
  actionText: {
    fi: 'Tavoitteen ”{goal}” {position}. toimenpiteen teksti on tyhjä.',
    en: 'The text of the {ordinal} action of goal “{goal}” is empty.',
    sv: 'Texten för åtgärd nr {position} under målet ”{goal}” är tom.',
  },
  subActionText: {
    fi: 'Tavoitteen ”{goal}” {actionPosition}. toimenpiteen {position}. alakohdan teksti on tyhjä.',
    en: 'The text of the {ordinal} sub-action of the {actionOrdinal} action of goal “{goal}” is empty.',
    sv: 'Texten för delåtgärd nr {position} i åtgärd nr {actionPosition} under målet ”{goal}” är tom.',
  },
  metricText: {
    fi: 'Tavoitteen ”{goal}” {position}. mittarin teksti on tyhjä.',
    en: 'The text of the {ordinal} metric of goal “{goal}” is empty.',
    sv: 'Texten för mätare nr {position} under målet ”{goal}” är tom.',
  },
  poolName: {
    fi: 'Kustannuserän ”{id}” nimi on tyhjä.',
    en: 'The name of cost pool “{id}” is empty.',
    sv: 'Namnet på kostnadsposten ”{id}” är tomt.',
  },
  budgetLineName: {
    fi: 'Talousarviorivin ”{id}” nimi on tyhjä.',
    en: 'The name of budget line “{id}” is empty.',
    sv: 'Namnet på budgetraden ”{id}” är tomt.',
  },
  tooLong: {
    fi: 'Teksti ”{start}” ({path}) on {length} merkkiä pitkä; Excelin soluun mahtuu enintään 32 767 merkkiä.',
    en: 'The text “{start}” ({path}) is {length} characters long; an Excel cell holds at most 32,767.',
    sv: 'Texten ”{start}” ({path}) är {length} tecken lång; en Excelcell rymmer högst 32 767.',
  },
  formulaLike: {
    fi: 'Teksti ”{start}” ({path}) alkaa merkillä ”{char}”, jolla Excelissä alkaa kaava. PlanSheets kirjoittaa sen tekstinä; jos kirjoitat sen itse Exceliin, aloita heittomerkillä (\').',
    en: 'The text “{start}” ({path}) begins with “{char}”, which starts a formula in Excel. PlanSheets writes it as text; if you type it into Excel yourself, begin with an apostrophe (\').',
    sv: 'Texten ”{start}” ({path}) börjar med ”{char}”, som inleder en formel i Excel. PlanSheets skriver den som text; om du själv skriver den i Excel, börja med en apostrof (\').',
  },
} satisfies Catalogue<string>;

export type TextsMessageKey = keyof typeof textsMessages;
