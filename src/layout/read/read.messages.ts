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
    sv: 'Bladet {sheet} saknas, så dess tabeller kan inte hittas ({table}).',
  },
  'table-missing': {
    fi: 'Taulukkoa {table} ei löydy välilehdeltä {sheet} eikä muualta työkirjasta.',
    en: 'The table {table} is not on the sheet {sheet} nor anywhere else in the workbook.',
    sv: 'Tabellen {table} finns varken på bladet {sheet} eller någon annanstans i arbetsboken.',
  },
  'table-by-header': {
    fi: 'Taulukko {table} ei ole enää Excel-taulukko; se luettiin otsikkoriviltä solusta {sheet}!{cell} alkaen.',
    en: 'The table {table} is no longer an Excel table; it was read from its header row starting at {sheet}!{cell}.',
    sv: 'Tabellen {table} är inte längre en Exceltabell; den lästes från sin rubrikrad med början i {sheet}!{cell}.',
  },
  'column-missing': {
    fi: 'Taulukosta {table} ({sheet}) puuttuu sarake "{column}" (otsikko muutettu tai sarake poistettu).',
    en: 'The table {table} ({sheet}) has no column "{column}" (its header was changed or the column deleted).',
    sv: 'Tabellen {table} ({sheet}) saknar kolumnen "{column}" (rubriken har ändrats eller kolumnen tagits bort).',
  },
  'not-a-number': {
    fi: 'Solussa {sheet}!{cell} (sarake {column}) on teksti "{value}", joka ei ole luku.',
    en: 'The cell {sheet}!{cell} (column {column}) holds the text "{value}", which is not a number.',
    sv: 'Cellen {sheet}!{cell} (kolumnen {column}) innehåller texten "{value}", som inte är ett tal.',
  },
  'bad-value.whole-number': {
    fi: 'Solun {sheet}!{cell} (sarake {column}) arvon {value} pitää olla kokonaisluku.',
    en: 'The value {value} in {sheet}!{cell} (column {column}) must be a whole number.',
    sv: 'Värdet {value} i {sheet}!{cell} (kolumnen {column}) ska vara ett heltal.',
  },
  'bad-value.minimum': {
    fi: 'Solun {sheet}!{cell} (sarake {column}) arvo {value} on liian pieni: pienin sallittu on {minimum}.',
    en: 'The value {value} in {sheet}!{cell} (column {column}) is too small: the smallest allowed is {minimum}.',
    sv: 'Värdet {value} i {sheet}!{cell} (kolumnen {column}) är för litet: det minsta tillåtna är {minimum}.',
  },
  'bad-value.year': {
    fi: 'Solun {sheet}!{cell} (sarake {column}) arvo {value} ei ole vuosiluku väliltä {minimum}–{maximum}.',
    en: 'The value {value} in {sheet}!{cell} (column {column}) is not a year between {minimum} and {maximum}.',
    sv: 'Värdet {value} i {sheet}!{cell} (kolumnen {column}) är inte ett år mellan {minimum} och {maximum}.',
  },
  'bad-value.date': {
    fi: 'Solun {sheet}!{cell} (sarake {column}) arvo {value} ei ole päivämäärä (esim. 31.12.2024).',
    en: 'The value {value} in {sheet}!{cell} (column {column}) is not a date (e.g. 31.12.2024).',
    sv: 'Värdet {value} i {sheet}!{cell} (kolumnen {column}) är inte ett datum (t.ex. 31.12.2024).',
  },
  'bad-value.enum': {
    fi: 'Solun {sheet}!{cell} (sarake {column}) arvo "{value}" ei ole sallittu: sallitut arvot ovat {allowed}.',
    en: 'The value "{value}" in {sheet}!{cell} (column {column}) is not allowed: the allowed values are {allowed}.',
    sv: 'Värdet "{value}" i {sheet}!{cell} (kolumnen {column}) är inte tillåtet: tillåtna värden är {allowed}.',
  },
  'bad-value.id': {
    fi: 'Solun {sheet}!{cell} (sarake {column}) tunnus "{value}" ei kelpaa: käytä kirjaimia, numeroita, pistettä, viivaa tai alaviivaa (enintään 64 merkkiä).',
    en: 'The id "{value}" in {sheet}!{cell} (column {column}) is not valid: use letters, digits, dot, dash or underscore (at most 64 characters).',
    sv: 'Id "{value}" i {sheet}!{cell} (kolumnen {column}) är inte giltigt: använd bokstäver, siffror, punkt, bindestreck eller understreck (högst 64 tecken).',
  },
  'bad-value.money': {
    fi: 'Solun {sheet}!{cell} (sarake {column}) rahamäärässä {value} on enemmän kuin kaksi desimaalia.',
    en: 'The amount {value} in {sheet}!{cell} (column {column}) has more than two decimals.',
    sv: 'Beloppet {value} i {sheet}!{cell} (kolumnen {column}) har fler än två decimaler.',
  },
  'bad-value.error': {
    fi: 'Solussa {sheet}!{cell} (sarake {column}) on virhearvo {value}.',
    en: 'The cell {sheet}!{cell} (column {column}) holds the error {value}.',
    sv: 'Cellen {sheet}!{cell} (kolumnen {column}) innehåller felvärdet {value}.',
  },
  'bad-value.scope-id': {
    fi: 'Solun {sheet}!{cell} (sarake {column}) kuntatunnus "{value}" ei kelpaa tunnukseksi; erottele tunnukset pilkulla.',
    en: 'The municipality id "{value}" in {sheet}!{cell} (column {column}) is not a valid id; separate ids with commas.',
    sv: 'Kommunens id "{value}" i {sheet}!{cell} (kolumnen {column}) är inte ett giltigt id; skilj id:n åt med kommatecken.',
  },
  'bad-value.previous-year': {
    fi: 'Solun {sheet}!{cell} (sarake {column}) vuosi {value} poikkeaa taulukon ensimmäisen rivin vuodesta {year}; edellisen vuoden kuntaosuudet ovat yhdeltä vuodelta.',
    en: 'The year {value} in {sheet}!{cell} (column {column}) differs from the year {year} of the table\'s first row; previous contributions are for one year.',
    sv: 'Året {value} i {sheet}!{cell} (kolumnen {column}) avviker från året {year} på tabellens första rad; föregående års kommunandelar gäller ett år.',
  },
  required: {
    fi: 'Solu {sheet}!{cell} (sarake {column}) on tyhjä, mutta se on pakollinen.',
    en: 'The cell {sheet}!{cell} (column {column}) is empty, but it is required.',
    sv: 'Cellen {sheet}!{cell} (kolumnen {column}) är tom, men den är obligatorisk.',
  },
  'dangling.section': {
    fi: 'Solussa {sheet}!{cell} (sarake {column}) mainittua tiimiä tai osiota "{value}" ei ole taulukossa Sections.',
    en: 'The team or section "{value}" named in {sheet}!{cell} (column {column}) is not in the table Sections.',
    sv: 'Teamet eller avsnittet "{value}" som nämns i {sheet}!{cell} (kolumnen {column}) finns inte i tabellen Sections.',
  },
  'dangling.goal': {
    fi: 'Solussa {sheet}!{cell} (sarake {column}) mainittua tavoitetta "{value}" ei ole taulukossa Goals.',
    en: 'The goal "{value}" named in {sheet}!{cell} (column {column}) is not in the table Goals.',
    sv: 'Målet "{value}" som nämns i {sheet}!{cell} (kolumnen {column}) finns inte i tabellen Goals.',
  },
  'dangling.action': {
    fi: 'Solussa {sheet}!{cell} (sarake {column}) mainittua toimenpidettä "{value}" ei ole taulukossa Actions.',
    en: 'The action "{value}" named in {sheet}!{cell} (column {column}) is not in the table Actions.',
    sv: 'Åtgärden "{value}" som nämns i {sheet}!{cell} (kolumnen {column}) finns inte i tabellen Actions.',
  },
  'dangling.parent-is-sub-action': {
    fi: 'Solussa {sheet}!{cell} (sarake {column}) mainittu "{value}" on itse alatoimenpide; yläkohdaksi käy vain toimenpide.',
    en: '"{value}" named in {sheet}!{cell} (column {column}) is itself a sub-action; only an action can be a parent.',
    sv: '"{value}" som nämns i {sheet}!{cell} (kolumnen {column}) är själv en delåtgärd; endast en åtgärd kan vara överordnad.',
  },
  'dangling.metric': {
    fi: 'Solussa {sheet}!{cell} (sarake {column}) mainittua mittaria "{value}" ei ole taulukossa Metrics.',
    en: 'The metric "{value}" named in {sheet}!{cell} (column {column}) is not in the table Metrics.',
    sv: 'Mätaren "{value}" som nämns i {sheet}!{cell} (kolumnen {column}) finns inte i tabellen Metrics.',
  },
  'dangling.municipality': {
    fi: 'Solussa {sheet}!{cell} (sarake {column}) mainittua kuntaa "{value}" ei ole taulukossa Municipalities.',
    en: 'The municipality "{value}" named in {sheet}!{cell} (column {column}) is not in the table Municipalities.',
    sv: 'Kommunen "{value}" som nämns i {sheet}!{cell} (kolumnen {column}) finns inte i tabellen Municipalities.',
  },
  'dangling.pool': {
    fi: 'Solussa {sheet}!{cell} (sarake {column}) mainittua kustannuserää "{value}" ei ole taulukossa Pools.',
    en: 'The cost pool "{value}" named in {sheet}!{cell} (column {column}) is not in the table Pools.',
    sv: 'Kostnadsposten "{value}" som nämns i {sheet}!{cell} (kolumnen {column}) finns inte i tabellen Pools.',
  },
  'dangling.left-out': {
    fi: 'Solussa {sheet}!{cell} (sarake {column}) mainittu "{value}" jätettiin itse pois suunnitelmasta (katso sen rivin havainto).',
    en: '"{value}" named in {sheet}!{cell} (column {column}) was itself left out of the plan (see the finding on its row).',
    sv: '"{value}" som nämns i {sheet}!{cell} (kolumnen {column}) lämnades själv utanför planen (se iakttagelsen på dess rad).',
  },
  'formula-overwritten': {
    fi: 'Laskettu solu {sheet}!{cell} ({column}) sisältää arvon {value} kaavan sijaan, joten se ei enää päivity.',
    en: 'The calculated cell {sheet}!{cell} ({column}) holds the value {value} instead of its formula, so it no longer updates.',
    sv: 'Den beräknade cellen {sheet}!{cell} ({column}) innehåller värdet {value} i stället för sin formel, så den uppdateras inte längre.',
  },
  'formula-cleared': {
    fi: 'Laskettu solu {sheet}!{cell} ({column}) on tyhjä: sen kaava on poistettu.',
    en: 'The calculated cell {sheet}!{cell} ({column}) is empty: its formula was removed.',
    sv: 'Den beräknade cellen {sheet}!{cell} ({column}) är tom: dess formel har tagits bort.',
  },
  'formula-broken': {
    fi: 'Laskettu solu {sheet}!{cell} viittaa poistettuun soluun: sen kaavassa ={found} on #REF!, joten sen arvo on virhe.',
    en: 'The calculated cell {sheet}!{cell} refers to a deleted cell: its formula ={found} holds #REF!, so its value is an error.',
    sv: 'Den beräknade cellen {sheet}!{cell} hänvisar till en borttagen cell: dess formel ={found} innehåller #REF!, så dess värde är ett fel.',
  },
  'formula-overwritten.cell': {
    fi: 'Laskettu solu {sheet}!{cell} sisältää arvon {value} kaavan sijaan, joten se ei enää päivity.',
    en: 'The calculated cell {sheet}!{cell} holds the value {value} instead of its formula, so it no longer updates.',
    sv: 'Den beräknade cellen {sheet}!{cell} innehåller värdet {value} i stället för sin formel, så den uppdateras inte längre.',
  },
  'formula-cleared.cell': {
    fi: 'Laskettu solu {sheet}!{cell} on tyhjä: sen kaava on poistettu.',
    en: 'The calculated cell {sheet}!{cell} is empty: its formula was removed.',
    sv: 'Den beräknade cellen {sheet}!{cell} är tom: dess formel har tagits bort.',
  },
  'metadata.missing': {
    fi: 'Piilotettu välilehti {sheet} puuttuu, joten suunnitelman muita kuin taulukoiden tietoja ei voi lukea.',
    en: 'The hidden sheet {sheet} is missing, so the parts of the plan that are not in tables cannot be read.',
    sv: 'Det dolda bladet {sheet} saknas, så de delar av planen som inte finns i tabeller kan inte läsas.',
  },
  'metadata.empty': {
    fi: 'Piilotetulla välilehdellä {sheet} ei ole suunnitelman tietoja solusta {cell} alkaen.',
    en: 'The hidden sheet {sheet} holds no plan data from {cell} on.',
    sv: 'Det dolda bladet {sheet} innehåller inga planuppgifter från {cell} och framåt.',
  },
  'metadata.json': {
    fi: 'Piilotetun välilehden {sheet} suunnitelmatiedot ovat rikki (ei kelvollista JSONia): {detail}',
    en: 'The plan data on the hidden sheet {sheet} is corrupt (not valid JSON): {detail}',
    sv: 'Planuppgifterna på det dolda bladet {sheet} är trasiga (inte giltig JSON): {detail}',
  },
  'metadata.invalid': {
    fi: 'Piilotetun välilehden {sheet} suunnitelmatiedot ovat rikki kohdassa {path}: {detail}',
    en: 'The plan data on the hidden sheet {sheet} is corrupt at {path}: {detail}',
    sv: 'Planuppgifterna på det dolda bladet {sheet} är trasiga vid {path}: {detail}',
  },
  'plan.invalid': {
    fi: 'Luettu suunnitelma ei kelpaa kohdassa {path}: {detail}',
    en: 'The plan read from the workbook is not valid at {path}: {detail}',
    sv: 'Planen som lästes ur arbetsboken är inte giltig vid {path}: {detail}',
  },
  'outcome.row-skipped': { fi: 'Rivi {row} jätettiin pois suunnitelmasta.', en: 'Row {row} was left out of the plan.', sv: 'Rad {row} lämnades utanför planen.' },
  'outcome.value-left-out': { fi: 'Arvo jätettiin pois suunnitelmasta.', en: 'The value was left out of the plan.', sv: 'Värdet lämnades utanför planen.' },
  'outcome.value-kept': { fi: 'Arvo säilytettiin sellaisenaan.', en: 'The value was kept as it is.', sv: 'Värdet behölls som det är.' },
  'outcome.empty-text-kept': { fi: 'Rivi luettiin tyhjällä tekstillä.', en: 'The row was read with an empty text.', sv: 'Raden lästes med en tom text.' },
  'outcome.table-unread': {
    fi: 'Taulukkoa ei voitu lukea, joten suunnitelmaa ei luettu.',
    en: 'The table could not be read, so no plan was read.',
    sv: 'Tabellen kunde inte läsas, så ingen plan lästes.',
  },
  'outcome.column-left-out': {
    fi: 'Sarakkeen tiedot puuttuvat suunnitelmasta.',
    en: 'The column\'s values are missing from the plan.',
    sv: 'Kolumnens värden saknas i planen.',
  },
  'outcome.derived-column': {
    fi: 'Sarake on laskettu, joten suunnitelma ei muutu.',
    en: 'The column is calculated, so the plan is not affected.',
    sv: 'Kolumnen är beräknad, så planen påverkas inte.',
  },
  'outcome.plan-unread': { fi: 'Suunnitelmaa ei luettu.', en: 'No plan was read.', sv: 'Ingen plan lästes.' },
  'outcome.formula-restore': { fi: 'Palauta kaava: ={formula}', en: 'Restore the formula: ={formula}', sv: 'Återställ formeln: ={formula}' },
  'outcome.read-as-range': { fi: 'Tiedot luettiin.', en: 'Its rows were read.', sv: 'Dess rader lästes.' },
} satisfies Catalogue<string>;

export type ReadMessageKey = keyof typeof readMessages;

export const readDescriptions = {
  'workbook.sheet-missing': {
    fi: 'Työkirjasta puuttuu välilehti, jonka taulukosta suunnitelma luetaan.',
    en: 'A sheet whose table the plan is read from is missing.',
    sv: 'Ett blad vars tabell planen läses ur saknas.',
  },
  'workbook.table-missing': {
    fi: 'Muokattava taulukko puuttuu.',
    en: 'An editable table is missing.',
    sv: 'En redigerbar tabell saknas.',
  },
  'workbook.table-by-header': {
    fi: 'Muokattava taulukko on muutettu tavalliseksi alueeksi; se luettiin otsikkorivin perusteella.',
    en: 'An editable table was converted to a plain range; it was read by its header row.',
    sv: 'En redigerbar tabell har gjorts om till ett vanligt område; den lästes utifrån sin rubrikrad.',
  },
  'workbook.column-missing': {
    fi: 'Taulukon sarake puuttuu tai sen otsikkoa on muutettu.',
    en: 'A table column is missing or its header was changed.',
    sv: 'En tabellkolumn saknas eller dess rubrik har ändrats.',
  },
  'workbook.not-a-number': {
    fi: 'Lukusarakkeen solussa on tekstiä, joka ei ole luku.',
    en: 'A number column\'s cell holds text that is not a number.',
    sv: 'En cell i en talkolumn innehåller text som inte är ett tal.',
  },
  'workbook.bad-value': {
    fi: 'Solun arvo ei kelpaa (päivämäärä, vuosi, luettelon arvo, tunnus tai rahamäärä).',
    en: 'A cell\'s value is not valid (date, year, list value, id or amount).',
    sv: 'En cells värde är inte giltigt (datum, år, listvärde, id eller belopp).',
  },
  'workbook.required': { fi: 'Pakollinen solu on tyhjä.', en: 'A required cell is empty.', sv: 'En obligatorisk cell är tom.' },
  'workbook.dangling-reference': {
    fi: 'Solu viittaa tunnukseen, jota ei ole viitatussa taulukossa.',
    en: 'A cell refers to an id that is not in the table it refers to.',
    sv: 'En cell hänvisar till ett id som inte finns i den tabell den hänvisar till.',
  },
  'workbook.formula-broken': {
    fi: 'Lasketun solun kaava viittaa poistettuun soluun (#REF!).',
    en: "A calculated cell's formula refers to a deleted cell (#REF!).",
    sv: 'En beräknad cells formel hänvisar till en borttagen cell (#REF!).',
  },
  'workbook.formula-overwritten': {
    fi: 'Laskettu solu on korvattu arvolla tai tyhjennetty.',
    en: 'A calculated cell was overwritten with a value or cleared.',
    sv: 'En beräknad cell har skrivits över med ett värde eller tömts.',
  },
  'workbook.metadata': {
    fi: 'Piilotettu suunnitelmatietojen välilehti puuttuu tai on rikki.',
    en: 'The hidden plan data sheet is missing or corrupt.',
    sv: 'Det dolda bladet med planens uppgifter saknas eller är trasigt.',
  },
} satisfies Catalogue<string>;

export type ReadRuleKey = keyof typeof readDescriptions;
