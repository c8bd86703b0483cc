import type { Catalogue } from './catalogue';
import type { LocalisedText } from '../language';

export const parseMessages = {
  'json.empty': {
    fi: 'Tiedosto on tyhjä: odotettiin suunnitelma JSON-muodossa.',
    en: 'The file is empty: expected a plan in JSON.',
    sv: 'Filen är tom: en plan i JSON-format väntades.',
  },
  'json.syntax': {
    fi: 'Tiedosto ei ole kelvollista JSONia: virhe rivillä {line}, sarakkeessa {column}.',
    en: 'The file is not valid JSON at line {line}, column {column}: {detail}',
    sv: 'Filen är inte giltig JSON: fel på rad {line}, kolumn {column}.',
  },
  'schema.required': {
    fi: 'Pakollinen kenttä puuttuu (odotettiin {expected}).',
    en: 'A required field is missing (expected {expected}).',
    sv: 'Ett obligatoriskt fält saknas (väntade {expected}).',
  },
  'schema.type': {
    fi: 'Väärä tyyppi: odotettiin {expected}, mutta arvo on {received}.',
    en: 'Wrong type: expected {expected}, but the value is {received}.',
    sv: 'Fel typ: väntade {expected}, men värdet är {received}.',
  },
  'schema.whole-number': {
    fi: 'Odotettiin kokonaislukua, mutta arvo on {value}.',
    en: 'Expected a whole number, but the value is {value}.',
    sv: 'Väntade ett heltal, men värdet är {value}.',
  },
  'schema.too-small': {
    fi: 'Arvo {value} on liian pieni: pienin sallittu on {minimum}.',
    en: 'The value {value} is too small: the smallest allowed is {minimum}.',
    sv: 'Värdet {value} är för litet: det minsta tillåtna är {minimum}.',
  },
  'schema.too-big': {
    fi: 'Arvo {value} on liian suuri: suurin sallittu on {maximum}.',
    en: 'The value {value} is too large: the largest allowed is {maximum}.',
    sv: 'Värdet {value} är för stort: det största tillåtna är {maximum}.',
  },
  'schema.too-long': {
    fi: 'Teksti on liian pitkä: enintään {maximum} merkkiä.',
    en: 'The text is too long: at most {maximum} characters.',
    sv: 'Texten är för lång: högst {maximum} tecken.',
  },
  'schema.one-of': {
    fi: 'Arvo {value} ei ole sallittu: sallitut arvot ovat {allowed}.',
    en: 'The value {value} is not allowed: the allowed values are {allowed}.',
    sv: 'Värdet {value} är inte tillåtet: tillåtna värden är {allowed}.',
  },
  'schema.unknown-field': {
    fi: 'Tuntematon kenttä "{field}" (kirjoitusvirhe?).',
    en: 'Unknown field "{field}" (a typo?).',
    sv: 'Okänt fält "{field}" (skrivfel?).',
  },
  'schema.version': {
    fi: 'Tiedoston schemaVersion on {value}; tämä PlanSheets lukee versiota {supported}.',
    en: 'The file has schemaVersion {value}; this PlanSheets reads version {supported}.',
    sv: 'Filens schemaVersion är {value}; denna PlanSheets läser version {supported}.',
  },
  'schema.version-newer': {
    fi: 'Tämä suunnitelma tarvitsee uudemman PlanSheetsin: tiedoston schemaVersion on {value}, tämä PlanSheets lukee versiota {supported}.',
    en: 'This plan needs a newer PlanSheets: the file has schemaVersion {value}, this PlanSheets reads version {supported}.',
    sv: 'Den här planen kräver en nyare PlanSheets: filens schemaVersion är {value}, den här PlanSheets läser version {supported}.',
  },
  'schema.version-older': {
    fi: 'Tiedoston schemaVersion {value} ei ole mikään PlanSheetsin versio (ensimmäinen on 1, tämä PlanSheets lukee versiota {supported}); tiedostoa ei lueta.',
    en: 'The file has schemaVersion {value}, which no PlanSheets ever wrote (the first is 1; this PlanSheets reads version {supported}); the file is not read.',
    sv: 'Filens schemaVersion {value} har ingen version av PlanSheets skrivit (den första är 1; den här PlanSheets läser version {supported}); filen läses inte.',
  },
  'format.money': {
    fi: 'Rahasumma {value} ei kelpaa: kirjoita euromäärä merkkijonona, enintään kaksi desimaalia ja piste desimaalierottimena, esim. "1853839" tai "1234.50".',
    en: 'The amount {value} is not valid: write euros as a string with at most two decimals and a dot, e.g. "1853839" or "1234.50".',
    sv: 'Beloppet {value} är inte giltigt: skriv euro som en sträng med högst två decimaler och punkt som decimaltecken, t.ex. "1853839" eller "1234.50".',
  },
  'format.decimal': {
    fi: 'Luku {value} ei kelpaa: kirjoita desimaaliluku merkkijonona pisteellä, esim. "0.5" tai "-14".',
    en: 'The number {value} is not valid: write a decimal number as a string with a dot, e.g. "0.5" or "-14".',
    sv: 'Talet {value} är inte giltigt: skriv ett decimaltal som en sträng med punkt, t.ex. "0.5" eller "-14".',
  },
  'format.date': {
    fi: 'Päivämäärä {value} ei kelpaa: käytä muotoa VVVV-KK-PP, esim. "2024-12-31".',
    en: 'The date {value} is not valid: use YYYY-MM-DD, e.g. "2024-12-31".',
    sv: 'Datumet {value} är inte giltigt: använd formen ÅÅÅÅ-MM-DD, t.ex. "2024-12-31".',
  },
  'format.id': {
    fi: 'Tunniste {value} ei kelpaa: käytä kirjaimia a–z, numeroita, pistettä, viivaa tai alaviivaa (enintään 64 merkkiä).',
    en: 'The identifier {value} is not valid: use letters a–z, digits, dot, dash or underscore (at most 64 characters).',
    sv: 'Id {value} är inte giltigt: använd bokstäverna a–z, siffror, punkt, bindestreck eller understreck (högst 64 tecken).',
  },
  'schema.invalid': {
    fi: 'Arvo ei kelpaa tähän kohtaan.',
    en: 'The value is not valid here.',
    sv: 'Värdet är inte giltigt här.',
  },
} satisfies Catalogue<string>;

export type ParseMessageKey = keyof typeof parseMessages;

/**
 * Names of JSON types in each language, for the type messages. Finnish needs
 * two forms: the expected type in the partitive ("odotettiin tekstiä") and
 * the received one in the nominative ("arvo on luku").
 */
export const expectedTypeNames: Record<string, LocalisedText> = {
  string: { fi: 'tekstiä', en: 'text', sv: 'text' },
  number: { fi: 'lukua', en: 'a number', sv: 'ett tal' },
  int: { fi: 'kokonaislukua', en: 'a whole number', sv: 'ett heltal' },
  boolean: { fi: 'totuusarvoa', en: 'true or false', sv: 'sant eller falskt' },
  object: { fi: 'objektia', en: 'an object', sv: 'ett objekt' },
  array: { fi: 'listaa', en: 'a list', sv: 'en lista' },
};

export const receivedTypeNames: Record<string, LocalisedText> = {
  string: { fi: 'teksti', en: 'text', sv: 'text' },
  number: { fi: 'luku', en: 'a number', sv: 'ett tal' },
  boolean: { fi: 'totuusarvo', en: 'true or false', sv: 'sant eller falskt' },
  object: { fi: 'objekti', en: 'an object', sv: 'ett objekt' },
  array: { fi: 'lista', en: 'a list', sv: 'en lista' },
  null: { fi: 'null', en: 'null', sv: 'null' },
};
