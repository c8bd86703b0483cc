import type { Catalogue } from '../../model/messages/catalogue';

export const goalsDescriptions = {
  'goal.no-action': {
    fi: 'Tavoitteella ei ole yhtään toimenpidettä.',
    en: 'A goal has no actions.',
    sv: 'Ett mål har inga åtgärder.',
  },
  'goal.no-metric': {
    fi: 'Tavoitteella ei ole yhtään mittaria, joten sen toteutumista ei voi seurata.',
    en: 'A goal has no metrics, so its achievement cannot be followed.',
    sv: 'Ett mål har inga mätare, så dess måluppfyllelse kan inte följas upp.',
  },
  'section.no-goals': {
    fi: 'Tiimillä tai läpileikkaavalla osiolla ei ole yhtään tavoitetta.',
    en: 'A team or cross-cutting section has no goals.',
    sv: 'Ett team eller ett tvärgående avsnitt har inga mål.',
  },
} satisfies Catalogue<string>;

export type GoalsRuleId = keyof typeof goalsDescriptions;

export const goalsMessages = {
  noAction: {
    fi: 'Osion ”{section}” tavoitteella ”{goal}” ei ole toimenpiteitä.',
    en: 'Goal “{goal}” in section “{section}” has no actions.',
    sv: 'Målet ”{goal}” i avsnittet ”{section}” har inga åtgärder.',
  },
  noMetric: {
    fi: 'Osion ”{section}” tavoitteella ”{goal}” ei ole mittareita.',
    en: 'Goal “{goal}” in section “{section}” has no metrics.',
    sv: 'Målet ”{goal}” i avsnittet ”{section}” har inga mätare.',
  },
  teamNoGoals: {
    fi: 'Tiimillä ”{section}” ei ole tavoitteita.',
    en: 'Team “{section}” has no goals.',
    sv: 'Teamet ”{section}” har inga mål.',
  },
  crossCuttingNoGoals: {
    fi: 'Läpileikkaavalla osiolla ”{section}” ei ole tavoitteita.',
    en: 'Cross-cutting section “{section}” has no goals.',
    sv: 'Det tvärgående avsnittet ”{section}” har inga mål.',
  },
} satisfies Catalogue<string>;

export type GoalsMessageKey = keyof typeof goalsMessages;
