import type { Catalogue } from '../../model/messages/catalogue';
import type { PoolProblemCode } from '../pool-shares';

/** Every PoolProblemCode has its message (the type says so). */
export const contributionsMessages = {
  'rule.sharesSum': {
    fi: 'Kustannuserät eivät ole yhteensä talousarviovuoden kuntarahoitus.',
    en: 'The cost pools do not add up to the budget year\'s municipal funding.',
    sv: 'Kostnadsposterna blir sammanlagt inte budgetårets kommunfinansiering.',
  },
  'rule.poolKey': {
    fi: 'Kustannuserän jakoperustetta ei voi soveltaa (esim. kaikki painot nollia, paino tai kiinteä summa puuttuu, kiinteät summat eivät täsmää).',
    en: 'A cost pool\'s allocation key cannot be applied (e.g. all weights zero, a weight or fixed amount missing, fixed amounts that do not add up).',
    sv: 'En kostnadsposts fördelningsgrund kan inte tillämpas (t.ex. alla vikter är noll, en vikt eller ett fast belopp saknas, de fasta beloppen går inte ihop).',
  },
  'rule.poolAmount': {
    fi: 'Kustannuserän summa on negatiivinen tai ei ole pyöristysyksikön tarkkuinen.',
    en: 'A cost pool\'s amount is negative or not a multiple of its rounding unit.',
    sv: 'En kostnadsposts belopp är negativt eller inte en multipel av avrundningsenheten.',
  },
  'rule.previousSum': {
    fi: 'Edellisen vuoden kuntaosuudet eivät ole yhteensä saman vuoden kuntarahoitus.',
    en: 'The previous year\'s contributions do not add up to that year\'s municipal funding.',
    sv: 'Föregående års kommunandelar blir sammanlagt inte samma års kommunfinansiering.',
  },
  sharesSum: {
    fi: 'Kustannuserät ovat yhteensä {pools}, mutta vuoden {year} kuntarahoitus on {funding} (ero {difference}).',
    en: 'The cost pools add up to {pools}, but the municipal funding for {year} is {funding} (difference {difference}).',
    sv: 'Kostnadsposterna blir sammanlagt {pools}, men kommunfinansieringen för {year} är {funding} (skillnad {difference}).',
  },
  previousSum: {
    fi: 'Vuoden {year} kuntaosuudet ovat yhteensä {previous}, mutta vuoden {year} kuntarahoitus on {funding} (ero {difference}).',
    en: 'The {year} contributions add up to {previous}, but the municipal funding for {year} is {funding} (difference {difference}).',
    sv: 'Kommunandelarna för {year} blir sammanlagt {previous}, men kommunfinansieringen för {year} är {funding} (skillnad {difference}).',
  },
  'amount.negative': {
    fi: 'Kustannuserän ”{pool}” summa {amount} on negatiivinen.',
    en: 'The amount {amount} of the cost pool “{pool}” is negative.',
    sv: 'Beloppet {amount} för kostnadsposten ”{pool}” är negativt.',
  },
  'amount.not-multiple-of-unit': {
    fi: 'Kustannuserän ”{pool}” summa {amount} ei ole tasaeuroja, vaikka osuudet pyöristetään euroon.',
    en: 'The amount {amount} of the cost pool “{pool}” is not in whole euros, but its shares are rounded to the euro.',
    sv: 'Beloppet {amount} för kostnadsposten ”{pool}” är inte i hela euro, fast andelarna avrundas till euro.',
  },
  'participants.empty': {
    fi: 'Kustannuserässä ”{pool}” ei ole yhtään kuntaa.',
    en: 'The cost pool “{pool}” has no municipalities.',
    sv: 'Kostnadsposten ”{pool}” har inga kommuner.',
  },
  'participants.unknown': {
    fi: 'Kustannuserä ”{pool}” mainitsee tuntemattoman kunnan ”{municipality}”.',
    en: 'The cost pool “{pool}” names an unknown municipality “{municipality}”.',
    sv: 'Kostnadsposten ”{pool}” nämner en okänd kommun ”{municipality}”.',
  },
  'population.total-zero': {
    fi: 'Kustannuserää ”{pool}” ei voi jakaa asukasluvun mukaan, koska sen kuntien asukasluku on yhteensä nolla.',
    en: 'The cost pool “{pool}” cannot be shared by population: its municipalities have no inhabitants in total.',
    sv: 'Kostnadsposten ”{pool}” kan inte fördelas enligt invånarantal, eftersom dess kommuner sammanlagt har noll invånare.',
  },
  'population.not-positive': {
    fi: 'Kustannuserää ”{pool}” ei voi jakaa asukasluvun mukaan: kunnan {municipality} asukasluku on {population}.',
    en: 'The cost pool “{pool}” cannot be shared by population: {municipality} has a population of {population}.',
    sv: 'Kostnadsposten ”{pool}” kan inte fördelas enligt invånarantal: {municipality} har invånarantalet {population}.',
  },
  'weights.all-zero': {
    fi: 'Kustannuserän ”{pool}” kaikki painot ovat nollia.',
    en: 'All weights of the cost pool “{pool}” are zero.',
    sv: 'Alla vikter för kostnadsposten ”{pool}” är noll.',
  },
  'weights.negative': {
    fi: 'Kustannuserän ”{pool}” paino kunnalle {municipality} on negatiivinen ({weight}).',
    en: 'The weight of {municipality} in the cost pool “{pool}” is negative ({weight}).',
    sv: 'Vikten för {municipality} i kostnadsposten ”{pool}” är negativ ({weight}).',
  },
  'weights.outside-pool': {
    fi: 'Kustannuserän ”{pool}” painoissa on kunta {municipality}, joka ei osallistu kustannuserään.',
    en: 'The weights of the cost pool “{pool}” include {municipality}, which does not take part in the pool.',
    sv: 'Vikterna för kostnadsposten ”{pool}” omfattar {municipality}, som inte deltar i kostnadsposten.',
  },
  'weights.duplicate': {
    fi: 'Kustannuserän ”{pool}” painoissa kunta {municipality} on useammin kuin kerran.',
    en: 'The weights of the cost pool “{pool}” list {municipality} more than once.',
    sv: 'Vikterna för kostnadsposten ”{pool}” nämner {municipality} mer än en gång.',
  },
  'weights.missing': {
    fi: 'Kustannuserän ”{pool}” painoista puuttuu kunta {municipality}.',
    en: 'The weights of the cost pool “{pool}” have no weight for {municipality}.',
    sv: 'Vikterna för kostnadsposten ”{pool}” saknar en vikt för {municipality}.',
  },
  'fixed.sum-mismatch': {
    fi: 'Kustannuserän ”{pool}” kiinteät osuudet ovat yhteensä {sum}, mutta erän summa on {amount} (ero {difference}).',
    en: 'The fixed amounts of the cost pool “{pool}” add up to {sum}, but the pool\'s amount is {amount} (difference {difference}).',
    sv: 'De fasta beloppen för kostnadsposten ”{pool}” blir sammanlagt {sum}, men postens belopp är {amount} (skillnad {difference}).',
  },
  'fixed.negative': {
    fi: 'Kustannuserän ”{pool}” kiinteä osuus kunnalle {municipality} on negatiivinen ({amount}).',
    en: 'The fixed amount of {municipality} in the cost pool “{pool}” is negative ({amount}).',
    sv: 'Det fasta beloppet för {municipality} i kostnadsposten ”{pool}” är negativt ({amount}).',
  },
  'fixed.not-multiple-of-unit': {
    fi: 'Kustannuserän ”{pool}” kiinteä osuus kunnalle {municipality} ({amount}) ei ole tasaeuroja, vaikka osuudet pyöristetään euroon.',
    en: 'The fixed amount of {municipality} in the cost pool “{pool}” ({amount}) is not in whole euros, but the pool is rounded to the euro.',
    sv: 'Det fasta beloppet för {municipality} i kostnadsposten ”{pool}” ({amount}) är inte i hela euro, fast posten avrundas till euro.',
  },
  'fixed.outside-pool': {
    fi: 'Kustannuserän ”{pool}” kiinteissä osuuksissa on kunta {municipality}, joka ei osallistu kustannuserään.',
    en: 'The fixed amounts of the cost pool “{pool}” include {municipality}, which does not take part in the pool.',
    sv: 'De fasta beloppen för kostnadsposten ”{pool}” omfattar {municipality}, som inte deltar i kostnadsposten.',
  },
  'fixed.duplicate': {
    fi: 'Kustannuserän ”{pool}” kiinteissä osuuksissa kunta {municipality} on useammin kuin kerran.',
    en: 'The fixed amounts of the cost pool “{pool}” list {municipality} more than once.',
    sv: 'De fasta beloppen för kostnadsposten ”{pool}” nämner {municipality} mer än en gång.',
  },
  'fixed.missing': {
    fi: 'Kustannuserän ”{pool}” kiinteistä osuuksista puuttuu kunta {municipality}.',
    en: 'The fixed amounts of the cost pool “{pool}” have no amount for {municipality}.',
    sv: 'De fasta beloppen för kostnadsposten ”{pool}” saknar ett belopp för {municipality}.',
  },
} satisfies Catalogue<string> & Catalogue<PoolProblemCode>;

export type ContributionsMessageKey = keyof typeof contributionsMessages;
