import type { Catalogue } from '../../model/messages/catalogue';

/**
 * Messages of reading a workbook back into a plan. A cell finding's message
 * is the problem's sentence followed by the outcome's sentence (what the plan
 * got instead); both are whole sentences from this catalogue.
 */
export const readMessages = {
  'sheet-missing': {
    fi: 'Välilehti {sheet} puuttuu, joten sen taulukoita ei löydy ({table}).',
    en: 'The sheet {sheet} is missing, so its tables cannot be found ({table}).',
  },
  'table-missing': {
    fi: 'Taulukkoa {table} ei löydy välilehdeltä {sheet} eikä muualta työkirjasta.',
    en: 'The table {table} is not on the sheet {sheet} nor anywhere else in the workbook.',
  },
  'table-by-header': {
    fi: 'Taulukko {table} ei ole enää Excel-taulukko; se luettiin otsikkoriviltä solusta {sheet}!{cell} alkaen.',
    en: 'The table {table} is no longer an Excel table; it was read from its header row starting at {sheet}!{cell}.',
  },
  'column-missing': {
    fi: 'Taulukosta {table} ({sheet}) puuttuu sarake "{column}" (otsikko muutettu tai sarake poistettu).',
    en: 'The table {table} ({sheet}) has no column "{column}" (its header was changed or the column deleted).',
  },
  'not-a-number': {
    fi: 'Solussa {sheet}!{cell} (sarake {column}) on teksti "{value}", joka ei ole luku.',
    en: 'The cell {sheet}!{cell} (column {column}) holds the text "{value}", which is not a number.',
  },
  'bad-value.whole-number': {
    fi: 'Solun {sheet}!{cell} (sarake {column}) arvon {value} pitää olla kokonaisluku.',
    en: 'The value {value} in {sheet}!{cell} (column {column}) must be a whole number.',
  },
  'bad-value.minimum': {
    fi: 'Solun {sheet}!{cell} (sarake {column}) arvo {value} on liian pieni: pienin sallittu on {minimum}.',
    en: 'The value {value} in {sheet}!{cell} (column {column}) is too small: the smallest allowed is {minimum}.',
  },
  'bad-value.year': {
    fi: 'Solun {sheet}!{cell} (sarake {column}) arvo {value} ei ole vuosiluku väliltä {minimum}–{maximum}.',
    en: 'The value {value} in {sheet}!{cell} (column {column}) is not a year between {minimum} and {maximum}.',
  },
  'bad-value.date': {
    fi: 'Solun {sheet}!{cell} (sarake {column}) arvo {value} ei ole päivämäärä (esim. 31.12.2024).',
    en: 'The value {value} in {sheet}!{cell} (column {column}) is not a date (e.g. 31.12.2024).',
  },
  'bad-value.enum': {
    fi: 'Solun {sheet}!{cell} (sarake {column}) arvo "{value}" ei ole sallittu: sallitut arvot ovat {allowed}.',
    en: 'The value "{value}" in {sheet}!{cell} (column {column}) is not allowed: the allowed values are {allowed}.',
  },
  'bad-value.id': {
    fi: 'Solun {sheet}!{cell} (sarake {column}) tunnus "{value}" ei kelpaa: käytä kirjaimia, numeroita, pistettä, viivaa tai alaviivaa (enintään 64 merkkiä).',
    en: 'The id "{value}" in {sheet}!{cell} (column {column}) is not valid: use letters, digits, dot, dash or underscore (at most 64 characters).',
  },
  'bad-value.money': {
    fi: 'Solun {sheet}!{cell} (sarake {column}) rahamäärässä {value} on enemmän kuin kaksi desimaalia.',
    en: 'The amount {value} in {sheet}!{cell} (column {column}) has more than two decimals.',
  },
  'bad-value.error': {
    fi: 'Solussa {sheet}!{cell} (sarake {column}) on virhearvo {value}.',
    en: 'The cell {sheet}!{cell} (column {column}) holds the error {value}.',
  },
  'bad-value.scope-id': {
    fi: 'Solun {sheet}!{cell} (sarake {column}) kuntatunnus "{value}" ei kelpaa tunnukseksi; erottele tunnukset pilkulla.',
    en: 'The municipality id "{value}" in {sheet}!{cell} (column {column}) is not a valid id; separate ids with commas.',
  },
  'bad-value.previous-year': {
    fi: 'Solun {sheet}!{cell} (sarake {column}) vuosi {value} poikkeaa taulukon ensimmäisen rivin vuodesta {year}; edellisen vuoden kuntaosuudet ovat yhdeltä vuodelta.',
    en: 'The year {value} in {sheet}!{cell} (column {column}) differs from the year {year} of the table\'s first row; previous contributions are for one year.',
  },
  required: {
    fi: 'Solu {sheet}!{cell} (sarake {column}) on tyhjä, mutta se on pakollinen.',
    en: 'The cell {sheet}!{cell} (column {column}) is empty, but it is required.',
  },
  'dangling.section': {
    fi: 'Solussa {sheet}!{cell} (sarake {column}) mainittua tiimiä tai osiota "{value}" ei ole taulukossa Sections.',
    en: 'The team or section "{value}" named in {sheet}!{cell} (column {column}) is not in the table Sections.',
  },
  'dangling.goal': {
    fi: 'Solussa {sheet}!{cell} (sarake {column}) mainittua tavoitetta "{value}" ei ole taulukossa Goals.',
    en: 'The goal "{value}" named in {sheet}!{cell} (column {column}) is not in the table Goals.',
  },
  'dangling.action': {
    fi: 'Solussa {sheet}!{cell} (sarake {column}) mainittua toimenpidettä "{value}" ei ole taulukossa Actions.',
    en: 'The action "{value}" named in {sheet}!{cell} (column {column}) is not in the table Actions.',
  },
  'dangling.parent-is-sub-action': {
    fi: 'Solussa {sheet}!{cell} (sarake {column}) mainittu "{value}" on itse alatoimenpide; yläkohdaksi käy vain toimenpide.',
    en: '"{value}" named in {sheet}!{cell} (column {column}) is itself a sub-action; only an action can be a parent.',
  },
  'dangling.metric': {
    fi: 'Solussa {sheet}!{cell} (sarake {column}) mainittua mittaria "{value}" ei ole taulukossa Metrics.',
    en: 'The metric "{value}" named in {sheet}!{cell} (column {column}) is not in the table Metrics.',
  },
  'dangling.municipality': {
    fi: 'Solussa {sheet}!{cell} (sarake {column}) mainittua kuntaa "{value}" ei ole taulukossa Municipalities.',
    en: 'The municipality "{value}" named in {sheet}!{cell} (column {column}) is not in the table Municipalities.',
  },
  'dangling.pool': {
    fi: 'Solussa {sheet}!{cell} (sarake {column}) mainittua kustannuserää "{value}" ei ole taulukossa Pools.',
    en: 'The cost pool "{value}" named in {sheet}!{cell} (column {column}) is not in the table Pools.',
  },
  'dangling.left-out': {
    fi: 'Solussa {sheet}!{cell} (sarake {column}) mainittu "{value}" jätettiin itse pois suunnitelmasta (katso sen rivin havainto).',
    en: '"{value}" named in {sheet}!{cell} (column {column}) was itself left out of the plan (see the finding on its row).',
  },
  'formula-overwritten': {
    fi: 'Laskettu solu {sheet}!{cell} ({column}) sisältää arvon {value} kaavan sijaan, joten se ei enää päivity.',
    en: 'The calculated cell {sheet}!{cell} ({column}) holds the value {value} instead of its formula, so it no longer updates.',
  },
  'formula-cleared': {
    fi: 'Laskettu solu {sheet}!{cell} ({column}) on tyhjä: sen kaava on poistettu.',
    en: 'The calculated cell {sheet}!{cell} ({column}) is empty: its formula was removed.',
  },
  'formula-broken': {
    fi: 'Laskettu solu {sheet}!{cell} viittaa poistettuun soluun: sen kaavassa ={found} on #REF!, joten sen arvo on virhe.',
    en: 'The calculated cell {sheet}!{cell} refers to a deleted cell: its formula ={found} holds #REF!, so its value is an error.',
  },
  'formula-overwritten.cell': {
    fi: 'Laskettu solu {sheet}!{cell} sisältää arvon {value} kaavan sijaan, joten se ei enää päivity.',
    en: 'The calculated cell {sheet}!{cell} holds the value {value} instead of its formula, so it no longer updates.',
  },
  'formula-cleared.cell': {
    fi: 'Laskettu solu {sheet}!{cell} on tyhjä: sen kaava on poistettu.',
    en: 'The calculated cell {sheet}!{cell} is empty: its formula was removed.',
  },
  'metadata.missing': {
    fi: 'Piilotettu välilehti {sheet} puuttuu, joten suunnitelman muita kuin taulukoiden tietoja ei voi lukea.',
    en: 'The hidden sheet {sheet} is missing, so the parts of the plan that are not in tables cannot be read.',
  },
  'metadata.empty': {
    fi: 'Piilotetulla välilehdellä {sheet} ei ole suunnitelman tietoja solusta {cell} alkaen.',
    en: 'The hidden sheet {sheet} holds no plan data from {cell} on.',
  },
  'metadata.json': {
    fi: 'Piilotetun välilehden {sheet} suunnitelmatiedot ovat rikki (ei kelvollista JSONia): {detail}',
    en: 'The plan data on the hidden sheet {sheet} is corrupt (not valid JSON): {detail}',
  },
  'metadata.invalid': {
    fi: 'Piilotetun välilehden {sheet} suunnitelmatiedot ovat rikki kohdassa {path}: {detail}',
    en: 'The plan data on the hidden sheet {sheet} is corrupt at {path}: {detail}',
  },
  'plan.invalid': {
    fi: 'Luettu suunnitelma ei kelpaa kohdassa {path}: {detail}',
    en: 'The plan read from the workbook is not valid at {path}: {detail}',
  },
  'outcome.row-skipped': { fi: 'Rivi {row} jätettiin pois suunnitelmasta.', en: 'Row {row} was left out of the plan.' },
  'outcome.value-left-out': { fi: 'Arvo jätettiin pois suunnitelmasta.', en: 'The value was left out of the plan.' },
  'outcome.value-kept': { fi: 'Arvo säilytettiin sellaisenaan.', en: 'The value was kept as it is.' },
  'outcome.empty-text-kept': { fi: 'Rivi luettiin tyhjällä tekstillä.', en: 'The row was read with an empty text.' },
  'outcome.table-unread': {
    fi: 'Taulukkoa ei voitu lukea, joten suunnitelmaa ei luettu.',
    en: 'The table could not be read, so no plan was read.',
  },
  'outcome.column-left-out': {
    fi: 'Sarakkeen tiedot puuttuvat suunnitelmasta.',
    en: 'The column\'s values are missing from the plan.',
  },
  'outcome.derived-column': {
    fi: 'Sarake on laskettu, joten suunnitelma ei muutu.',
    en: 'The column is calculated, so the plan is not affected.',
  },
  'outcome.plan-unread': { fi: 'Suunnitelmaa ei luettu.', en: 'No plan was read.' },
  'outcome.formula-restore': { fi: 'Palauta kaava: ={formula}', en: 'Restore the formula: ={formula}' },
  'outcome.read-as-range': { fi: 'Tiedot luettiin.', en: 'Its rows were read.' },
} satisfies Catalogue<string>;

export type ReadMessageKey = keyof typeof readMessages;

export const readDescriptions = {
  'workbook.sheet-missing': {
    fi: 'Työkirjasta puuttuu välilehti, jonka taulukosta suunnitelma luetaan.',
    en: 'A sheet whose table the plan is read from is missing.',
  },
  'workbook.table-missing': {
    fi: 'Muokattava taulukko puuttuu.',
    en: 'An editable table is missing.',
  },
  'workbook.table-by-header': {
    fi: 'Muokattava taulukko on muutettu tavalliseksi alueeksi; se luettiin otsikkorivin perusteella.',
    en: 'An editable table was converted to a plain range; it was read by its header row.',
  },
  'workbook.column-missing': {
    fi: 'Taulukon sarake puuttuu tai sen otsikkoa on muutettu.',
    en: 'A table column is missing or its header was changed.',
  },
  'workbook.not-a-number': {
    fi: 'Lukusarakkeen solussa on tekstiä, joka ei ole luku.',
    en: 'A number column\'s cell holds text that is not a number.',
  },
  'workbook.bad-value': {
    fi: 'Solun arvo ei kelpaa (päivämäärä, vuosi, luettelon arvo, tunnus tai rahamäärä).',
    en: 'A cell\'s value is not valid (date, year, list value, id or amount).',
  },
  'workbook.required': { fi: 'Pakollinen solu on tyhjä.', en: 'A required cell is empty.' },
  'workbook.dangling-reference': {
    fi: 'Solu viittaa tunnukseen, jota ei ole viitatussa taulukossa.',
    en: 'A cell refers to an id that is not in the table it refers to.',
  },
  'workbook.formula-broken': {
    fi: 'Lasketun solun kaava viittaa poistettuun soluun (#REF!).',
    en: "A calculated cell's formula refers to a deleted cell (#REF!).",
  },
  'workbook.formula-overwritten': {
    fi: 'Laskettu solu on korvattu arvolla tai tyhjennetty.',
    en: 'A calculated cell was overwritten with a value or cleared.',
  },
  'workbook.metadata': {
    fi: 'Piilotettu suunnitelmatietojen välilehti puuttuu tai on rikki.',
    en: 'The hidden plan data sheet is missing or corrupt.',
  },
} satisfies Catalogue<string>;

export type ReadRuleKey = keyof typeof readDescriptions;
