import type { Catalogue } from '../../model/messages/catalogue';

export const narrativeMessages = {
  'rule.mismatch': {
    fi: 'Tekstissä mainittu luku poikkeaa talousarviosta lasketusta arvosta enemmän kuin sanamuoto sallii (”noin” sallii yhden viimeisen merkitsevän numeron yksikön).',
    en: 'A figure stated in the text differs from the value computed from the budget by more than its wording allows (“about” allows one unit of its last significant digit).',
    sv: 'En siffra i texten avviker från det värde som räknas ut ur budgeten mer än formuleringen tillåter (”cirka” tillåter en enhet i den sista värdesiffran).',
  },
  'rule.unverifiable': {
    fi: 'Tekstissä mainittua lukua ei voi tarkistaa, koska sen laskemiseen tarvittava luku puuttuu.',
    en: 'A figure stated in the text cannot be checked because a figure needed to compute it is missing.',
    sv: 'En siffra i texten kan inte kontrolleras, eftersom en siffra som behövs för att räkna ut den saknas.',
  },
  mismatch: {
    fi: 'Tekstin luku {stated} ei vastaa laskettua arvoa {computed}: ”{quote}”',
    en: 'The figure {stated} in the text does not match the computed value {computed}: “{quote}”',
    sv: 'Siffran {stated} i texten motsvarar inte det uträknade värdet {computed}: ”{quote}”',
  },
  mismatchApproximate: {
    fi: 'Tekstin luku noin {stated} ei vastaa laskettua arvoa {computed} (sallittu ero ±{tolerance}): ”{quote}”',
    en: 'The figure of about {stated} in the text does not match the computed value {computed} (allowed difference ±{tolerance}): “{quote}”',
    sv: 'Siffran cirka {stated} i texten motsvarar inte det uträknade värdet {computed} (tillåten skillnad ±{tolerance}): ”{quote}”',
  },
  'missing.total': {
    fi: 'Tekstin lukua {stated} ei voi tarkistaa, koska vuoden {year} talousarvion loppusumma puuttuu: ”{quote}”',
    en: 'The figure {stated} in the text cannot be checked because the {year} budget total is missing: “{quote}”',
    sv: 'Siffran {stated} i texten kan inte kontrolleras, eftersom slutsumman i budgeten för {year} saknas: ”{quote}”',
  },
  'missing.municipalFunding': {
    fi: 'Tekstin lukua {stated} ei voi tarkistaa, koska vuoden {year} kuntarahoitus puuttuu: ”{quote}”',
    en: 'The figure {stated} in the text cannot be checked because the {year} municipal funding is missing: “{quote}”',
    sv: 'Siffran {stated} i texten kan inte kontrolleras, eftersom kommunfinansieringen för {year} saknas: ”{quote}”',
  },
  'missing.externalFunding': {
    fi: 'Tekstin lukua {stated} ei voi tarkistaa, koska vuoden {year} ulkopuolinen rahoitus puuttuu: ”{quote}”',
    en: 'The figure {stated} in the text cannot be checked because the {year} external funding is missing: “{quote}”',
    sv: 'Siffran {stated} i texten kan inte kontrolleras, eftersom den externa finansieringen för {year} saknas: ”{quote}”',
  },
  baseYearMissing: {
    fi: 'Tekstin lukua {stated} ei voi tarkistaa, koska muutoksen vertailuvuosi puuttuu: ”{quote}”',
    en: 'The figure {stated} in the text cannot be checked because the change has no base year: “{quote}”',
    sv: 'Siffran {stated} i texten kan inte kontrolleras, eftersom förändringen saknar jämförelseår: ”{quote}”',
  },
  baseZero: {
    fi: 'Tekstin lukua {stated} ei voi tarkistaa, koska vertailuarvo vuodelta {year} on nolla: ”{quote}”',
    en: 'The figure {stated} in the text cannot be checked because its base for {year} is zero: “{quote}”',
    sv: 'Siffran {stated} i texten kan inte kontrolleras, eftersom jämförelsevärdet för {year} är noll: ”{quote}”',
  },
  shareInEuros: {
    fi: 'Tekstin lukua {stated} ei voi tarkistaa, koska osuus on ilmoitettava prosentteina: ”{quote}”',
    en: 'The figure {stated} in the text cannot be checked because a share must be stated in per cent: “{quote}”',
    sv: 'Siffran {stated} i texten kan inte kontrolleras, eftersom en andel ska anges i procent: ”{quote}”',
  },
} satisfies Catalogue<string>;

export type NarrativeMessageKey = keyof typeof narrativeMessages;
