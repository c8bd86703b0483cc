import type { Catalogue } from '../../model/messages/catalogue';

export const documentDescriptions = {
  'document.section-pending': {
    fi: 'Kokouksen pykälä ei ole vielä numero (esim. ”xx”): asiakirja ei ole lopullinen.',
    en: 'A meeting’s minute section is not a number yet (e.g. “xx”): the document is not final.',
    sv: 'En paragraf i ett sammanträdesprotokoll är ännu inte ett nummer (t.ex. ”xx”): handlingen är inte slutlig.',
  },
} satisfies Catalogue<string>;

export type DocumentRuleId = keyof typeof documentDescriptions;

export const documentMessages = {
  sectionPending: {
    fi: 'Toimielimen ”{body}” kokouksen {dateFi} pykälä on ”{section}” eikä vielä numero: asiakirja ei ole lopullinen.',
    en: 'The minute section of the meeting of “{body}” on {date} is “{section}”, not yet a number: the document is not final.',
    sv: 'Paragrafen för sammanträdet i ”{body}” {dateFi} är ”{section}”, ännu inte ett nummer: handlingen är inte slutlig.',
  },
} satisfies Catalogue<string>;

export type DocumentMessageKey = keyof typeof documentMessages;
