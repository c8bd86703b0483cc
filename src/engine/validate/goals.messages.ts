import type { Catalogue } from '../../model/messages/catalogue';

export const goalsDescriptions = {
  'goal.no-action': {
    fi: 'Tavoitteella ei ole yhtään toimenpidettä.',
    en: 'A goal has no actions.',
  },
  'goal.no-metric': {
    fi: 'Tavoitteella ei ole yhtään mittaria, joten sen toteutumista ei voi seurata.',
    en: 'A goal has no metrics, so its achievement cannot be followed.',
  },
  'section.no-goals': {
    fi: 'Tiimillä tai läpileikkaavalla osiolla ei ole yhtään tavoitetta.',
    en: 'A team or cross-cutting section has no goals.',
  },
} satisfies Catalogue<string>;

export type GoalsRuleId = keyof typeof goalsDescriptions;

export const goalsMessages = {
  noAction: {
    fi: 'Osion ”{section}” tavoitteella ”{goal}” ei ole toimenpiteitä.',
    en: 'Goal “{goal}” in section “{section}” has no actions.',
  },
  noMetric: {
    fi: 'Osion ”{section}” tavoitteella ”{goal}” ei ole mittareita.',
    en: 'Goal “{goal}” in section “{section}” has no metrics.',
  },
  teamNoGoals: {
    fi: 'Tiimillä ”{section}” ei ole tavoitteita.',
    en: 'Team “{section}” has no goals.',
  },
  crossCuttingNoGoals: {
    fi: 'Läpileikkaavalla osiolla ”{section}” ei ole tavoitteita.',
    en: 'Cross-cutting section “{section}” has no goals.',
  },
} satisfies Catalogue<string>;

export type GoalsMessageKey = keyof typeof goalsMessages;
