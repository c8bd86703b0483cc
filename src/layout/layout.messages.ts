import type { Catalogue } from '../model/messages/catalogue';

/**
 * Every text the layout writes into a workbook: titles, labels, check texts,
 * validation messages, the page label. One catalogue for all sheets; keys are
 * prefixed with the sheet or concern they belong to.
 */
export const layoutMessages = {
  'print.pageLabel': { fi: 'Sivu &P / &N', en: 'Page &P of &N', sv: 'Sida &P / &N' },
  'municipalities.title': { fi: 'Jäsenkunnat ja valtuustopaikat', en: 'Member municipalities and council seats', sv: 'Medlemskommuner och fullmäktigeplatser' },
  'municipalities.seatsPerStartedInhabitants': {
    fi: 'Yksi valtuutettu alkavaa asukasmäärää kohti',
    en: 'One council member per started number of inhabitants',
    sv: 'En ledamot per påbörjat invånarantal',
  },
  'municipalities.minimumSeats': { fi: 'Valtuutettuja vähintään kunnasta', en: 'Minimum council members per municipality', sv: 'Minst ledamöter per kommun' },
  'municipalities.declaredSize': { fi: 'Valtuuston koko suunnitelmassa', en: 'Council size stated in the plan', sv: 'Fullmäktiges storlek i planen' },
  'municipalities.total': { fi: 'Yhteensä', en: 'Total', sv: 'Sammanlagt' },
  'municipalities.seatsCheck.ok': {
    fi: 'Paikat yhteensä = valtuuston koko',
    en: 'Seats in total = council size',
    sv: 'Platser sammanlagt = fullmäktiges storlek',
  },
  'municipalities.seatsCheck.mismatch': {
    fi: 'Paikkoja yhteensä eri määrä kuin valtuuston koko',
    en: 'Seats in total differ from the council size',
    sv: 'Platserna sammanlagt avviker från fullmäktiges storlek',
  },
  'budget.title': { fi: 'Talousarvio ja taloussuunnitelma', en: 'Budget and financial plan', sv: 'Budget och ekonomiplan' },
  'budget.yearsTitle': { fi: 'Vuodet ja rahoitus', en: 'Years and funding', sv: 'År och finansiering' },
  'budget.linesTitle': { fi: 'Talousarviorivit', en: 'Budget lines', sv: 'Budgetrader' },
  'budget.linesTotal': { fi: 'Rivit yhteensä', en: 'Lines in total', sv: 'Raderna sammanlagt' },
  'chapters.none': { fi: 'Suunnitelmassa ei ole lukuja I–III.', en: 'The plan has no chapters I–III.', sv: 'Planen har inga kapitel I–III.' },
  'budget.linesNone': { fi: 'Talousarviorivejä ei ole.', en: 'There are no budget lines.', sv: 'Det finns inga budgetrader.' },
  'budget.yearsNone': { fi: 'Talousarviovuosia ei ole.', en: 'There are no budget years.', sv: 'Det finns inga budgetår.' },
  'sections.title': { fi: 'Tiimit ja läpileikkaavat osiot', en: 'Teams and cross-cutting sections', sv: 'Team och tvärgående avsnitt' },
  'goals.title': { fi: 'Tavoitteet', en: 'Goals', sv: 'Mål' },
  'actions.title': { fi: 'Toimenpiteet ja alatoimenpiteet', en: 'Actions and sub-actions', sv: 'Åtgärder och delåtgärder' },
  'metrics.title': { fi: 'Mittarit', en: 'Metrics', sv: 'Mätare' },
  'metrics.metricsTitle': { fi: 'Mittarit', en: 'Metrics', sv: 'Mätare' },
  'metrics.valuesTitle': { fi: 'Mittarien arvot vuosittain', en: 'Metric values by year', sv: 'Mätarnas värden per år' },
  'metrics.status.reached': { fi: 'Saavutettu', en: 'Reached', sv: 'Uppnått' },
  'metrics.status.notReached': { fi: 'Ei saavutettu', en: 'Not reached', sv: 'Inte uppnått' },
  'metrics.status.noData': { fi: 'Ei tietoa', en: 'No data', sv: 'Uppgift saknas' },
  'metadata.notice': {
    fi: 'PlanSheets: suunnitelman tiedot, joilla ei ole omaa taulukkoa (JSON). Älä muokkaa tätä välilehteä.',
    en: 'PlanSheets: the parts of the plan that have no table of their own (JSON). Do not edit this sheet.',
    sv: 'PlanSheets: de delar av planen som inte har en egen tabell (JSON). Redigera inte detta blad.',
  },
  'validation.reference.title': { fi: 'Tuntematon tunnus', en: 'Unknown id', sv: 'Okänt id' },
  'validation.reference.message': {
    fi: 'Valitse luettelosta tunnus, joka on jo taulukossa {table}.',
    en: 'Choose an id from the list: one that is already in the table {table}.',
    sv: 'Välj ett id i listan: ett som redan finns i tabellen {table}.',
  },
  'validation.enum.title': { fi: 'Tuntematon arvo', en: 'Unknown value', sv: 'Okänt värde' },
  'validation.enum.message': { fi: 'Valitse arvo luettelosta: {allowed}.', en: 'Choose a value from the list: {allowed}.', sv: 'Välj ett värde i listan: {allowed}.' },
  // Derived sheets: Kuntaosuudet, Yhteenveto, Toimintasuunnitelma, Tarkistukset.
  'contributions.title': {
    fi: 'Kuntaosuudet {year}',
    en: 'Municipal contributions {year}',
    sv: 'Kommunandelar {year}',
  },
  'contributions.intro': {
    fi: 'Kaikki tämän välilehden luvut ovat kaavoja, jotka jakavat välilehden {sheet} kustannuserät suurimman jakojäännöksen menetelmällä senttiin asti samoin kuin PlanSheets. Muokkaa kustannuseriä, osallistujia ja edellisen vuoden osuuksia välilehdellä {sheet}.',
    en: 'Every figure on this sheet is a formula that shares the cost pools of the sheet {sheet} out by the largest-remainder method, to the cent, exactly as PlanSheets does. Edit the pools, their participants and the previous year\'s contributions on the sheet {sheet}.',
    sv: 'Alla siffror på detta blad är formler som fördelar kostnadsposterna på bladet {sheet} enligt största restens metod, på centen, precis som PlanSheets gör. Redigera kostnadsposterna, deras deltagare och föregående års andelar på bladet {sheet}.',
  },
  'costPools.title': {
    fi: 'Kustannuserät ja jakoperusteet {year}',
    en: 'Cost pools and allocation keys {year}',
    sv: 'Kostnadsposter och fördelningsgrunder {year}',
  },
  'costPools.intro': {
    fi: 'Kuntaosuudet lasketaan näistä taulukoista välilehdellä {sheet}. Lisää rivejä taulukon loppuun; rivien järjestyksellä ei ole väliä, sillä tunnukset yhdistävät ne.',
    en: 'The municipal contributions are computed from these tables on the sheet {sheet}. Add rows at the end of a table; their order does not matter, since the ids tie them together.',
    sv: 'Kommunandelarna räknas ut ur dessa tabeller på bladet {sheet}. Lägg till rader i slutet av en tabell; ordningen spelar ingen roll, eftersom id:na binder ihop dem.',
  },
  'contributions.poolsTitle': {
    fi: 'Kustannuserät',
    en: 'Cost pools',
    sv: 'Kostnadsposter',
  },
  'contributions.membersTitle': {
    fi: 'Osallistujat, painot ja kiinteät summat',
    en: 'Participants, weights and fixed amounts',
    sv: 'Deltagare, vikter och fasta belopp',
  },
  'contributions.previousTitle': {
    fi: 'Edellisen vuoden kuntaosuudet',
    en: 'Previous year\'s contributions',
    sv: 'Föregående års kommunandelar',
  },
  'contributions.matrixTitle': {
    fi: 'Kuntaosuudet kunnittain {year}',
    en: 'Contributions by municipality {year}',
    sv: 'Kommunandelar per kommun {year}',
  },
  'contributions.column.id': {
    fi: 'Tunnus',
    en: 'Id',
    sv: 'Id',
  },
  'contributions.column.municipality': {
    fi: 'Kunta',
    en: 'Municipality',
    sv: 'Kommun',
  },
  'contributions.column.total': {
    fi: 'Yhteensä',
    en: 'Total',
    sv: 'Sammanlagt',
  },
  'contributions.column.previous': {
    fi: 'Edellinen vuosi',
    en: 'Previous year',
    sv: 'Föregående år',
  },
  'contributions.column.change': {
    fi: 'Muutos €',
    en: 'Change €',
    sv: 'Ändring €',
  },
  'contributions.column.changePercent': {
    fi: 'Muutos %',
    en: 'Change %',
    sv: 'Ändring %',
  },
  'contributions.row.total': {
    fi: 'Yhteensä',
    en: 'Total',
    sv: 'Sammanlagt',
  },
  'contributions.row.poolAmount': {
    fi: 'Kustannuserän summa',
    en: 'Pool amount',
    sv: 'Kostnadspostens belopp',
  },
  'contributions.row.poolKey': {
    fi: 'Jakoperuste',
    en: 'Allocation key',
    sv: 'Fördelningsgrund',
  },
  'contributions.row.poolRounding': {
    fi: 'Pyöristys',
    en: 'Rounding',
    sv: 'Avrundning',
  },
  'contributions.row.poolStatus': {
    fi: 'Laskennan tila',
    en: 'Calculation status',
    sv: 'Beräkningens status',
  },
  'contributions.previousYear': {
    fi: 'Edellisen vuoden kuntaosuuksien vuosi',
    en: 'Year of the previous contributions',
    sv: 'År för föregående kommunandelar',
  },
  'contributions.funding': {
    fi: 'Kuntarahoitus {year} talousarviossa',
    en: 'Municipal funding {year} in the budget',
    sv: 'Kommunfinansiering {year} i budgeten',
  },
  'contributions.difference': {
    fi: 'Kuntaosuudet yhteensä miinus kuntarahoitus',
    en: 'Contributions in total minus municipal funding',
    sv: 'Kommunandelar sammanlagt minus kommunfinansiering',
  },
  'contributions.check': {
    fi: 'Tarkistus',
    en: 'Check',
    sv: 'Kontroll',
  },
  'contributions.check.fundingMissing': {
    fi: 'Talousarviossa ei ole kuntarahoitusta vuodelle {year}',
    en: 'The budget gives no municipal funding for {year}',
    sv: 'Budgeten anger ingen kommunfinansiering för {year}',
  },
  'contributions.check.mismatch': {
    fi: 'Kuntaosuudet eivät ole yhteensä talousarvion kuntarahoitus',
    en: 'The contributions do not add up to the municipal funding in the budget',
    sv: 'Kommunandelarna blir sammanlagt inte budgetens kommunfinansiering',
  },
  'contributions.blocksTitle': {
    fi: 'Laskenta kustannuserittäin',
    en: 'Calculation by cost pool',
    sv: 'Beräkning per kostnadspost',
  },
  'contributions.blocksNote': {
    fi: 'Suurimman jakojäännöksen menetelmä kokonaisina yksikköinä (sentteinä tai euroina): N = summa yksikköinä, W = kokonaislukupainojen summa, alaspyöristys = INT(N/W)·paino + INT((N mod W)·paino / W). Jäljelle jäävät yksiköt annetaan yksi kerrallaan sijoille 1, 2, …: suurempi jakojäännös ensin, tasatilanteessa suurempi paino, sitten kuntien järjestys.',
    en: 'Largest remainder in whole units (cents or euros): N = the amount in units, W = the sum of the integer weights, floor = INT(N/W)·weight + INT((N mod W)·weight / W). The units left over go one each to ranks 1, 2, …: larger remainder first, on a tie the larger weight, then the order of the municipalities.',
    sv: 'Största resten i hela enheter (cent eller euro): N = beloppet i enheter, W = summan av heltalsvikterna, nedrundat = INT(N/W)·vikt + INT((N mod W)·vikt / W). De enheter som blir över ges en åt gången till plats 1, 2, …: större rest först, vid lika rest större vikt, sedan kommunernas ordning.',
  },
  'contributions.block.title': {
    fi: 'Kustannuserä: {name}',
    en: 'Cost pool: {name}',
    sv: 'Kostnadspost: {name}',
  },
  'contributions.param.id': {
    fi: 'Tunnus',
    en: 'Id',
    sv: 'Id',
  },
  'contributions.param.name': {
    fi: 'Kustannuserä',
    en: 'Cost pool',
    sv: 'Kostnadspost',
  },
  'contributions.param.amount': {
    fi: 'Summa',
    en: 'Amount',
    sv: 'Belopp',
  },
  'contributions.param.key': {
    fi: 'Jakoperuste',
    en: 'Allocation key',
    sv: 'Fördelningsgrund',
  },
  'contributions.param.rounding': {
    fi: 'Pyöristys',
    en: 'Rounding',
    sv: 'Avrundning',
  },
  'contributions.param.all': {
    fi: 'Kaikki kunnat',
    en: 'All municipalities',
    sv: 'Alla kommuner',
  },
  'contributions.param.found': {
    fi: 'Rivejä kustannuserissä',
    en: 'Rows among the pools',
    sv: 'Rader bland kostnadsposterna',
  },
  'contributions.param.unitsPerEuro': {
    fi: 'Yksiköitä euroa kohti (U)',
    en: 'Units per euro (U)',
    sv: 'Enheter per euro (U)',
  },
  'contributions.param.units': {
    fi: 'Jaettavat yksiköt (N)',
    en: 'Units to share (N)',
    sv: 'Enheter att fördela (N)',
  },
  'contributions.param.keyIndex': {
    fi: 'Jakoperuste numerona (1 asukas, 2 tasa, 3 painot, 4 kiinteät)',
    en: 'Key as a number (1 population, 2 equal, 3 weights, 4 fixed)',
    sv: 'Fördelningsgrund som tal (1 invånare, 2 lika, 3 vikter, 4 fasta)',
  },
  'contributions.param.allFlag': {
    fi: 'Kaikki kunnat (1 kyllä, 0 ei)',
    en: 'All municipalities (1 yes, 0 no)',
    sv: 'Alla kommuner (1 ja, 0 nej)',
  },
  'contributions.param.participants': {
    fi: 'Osallistujia',
    en: 'Participants',
    sv: 'Deltagare',
  },
  'contributions.param.memberRows': {
    fi: 'Rivejä osallistujissa',
    en: 'Rows among the participants',
    sv: 'Rader bland deltagarna',
  },
  'contributions.param.decimals': {
    fi: 'Painojen desimaaleja (d)',
    en: 'Decimals of the weights (d)',
    sv: 'Vikternas decimaler (d)',
  },
  'contributions.param.weightScale': {
    fi: 'Painojen kerroin',
    en: 'Weight multiplier',
    sv: 'Vikternas multiplikator',
  },
  'contributions.param.totalWeight': {
    fi: 'Painojen summa (W)',
    en: 'Total weight (W)',
    sv: 'Vikternas summa (W)',
  },
  'contributions.param.quotient': {
    fi: 'INT(N/W)',
    en: 'INT(N/W)',
    sv: 'INT(N/W)',
  },
  'contributions.param.rest': {
    fi: 'N mod W',
    en: 'N mod W',
    sv: 'N mod W',
  },
  'contributions.param.leftover': {
    fi: 'Jäljelle jääviä yksiköitä',
    en: 'Units left over',
    sv: 'Enheter över',
  },
  'contributions.param.code': {
    fi: 'Tilakoodi (0 = kunnossa)',
    en: 'Status code (0 = fine)',
    sv: 'Statuskod (0 = i ordning)',
  },
  'contributions.param.status': {
    fi: 'Tila',
    en: 'Status',
    sv: 'Status',
  },
  'contributions.block.id': {
    fi: 'Tunnus',
    en: 'Id',
    sv: 'Id',
  },
  'contributions.block.municipality': {
    fi: 'Kunta',
    en: 'Municipality',
    sv: 'Kommun',
  },
  'contributions.block.order': {
    fi: 'Järjestys',
    en: 'Order',
    sv: 'Ordning',
  },
  'contributions.block.participates': {
    fi: 'Mukana (1/0)',
    en: 'Takes part (1/0)',
    sv: 'Deltar (1/0)',
  },
  'contributions.block.memberRows': {
    fi: 'Rivejä osallistujissa',
    en: 'Rows among the participants',
    sv: 'Rader bland deltagarna',
  },
  'contributions.block.valueGiven': {
    fi: 'Paino tai summa annettu',
    en: 'Weight or amount given',
    sv: 'Vikt eller belopp angivet',
  },
  'contributions.block.weight': {
    fi: 'Paino',
    en: 'Weight',
    sv: 'Vikt',
  },
  'contributions.block.decimals': {
    fi: 'Desimaaleja',
    en: 'Decimals',
    sv: 'Decimaler',
  },
  'contributions.block.integerWeight': {
    fi: 'Kokonaislukupaino',
    en: 'Integer weight',
    sv: 'Heltalsvikt',
  },
  'contributions.block.quota': {
    fi: 'Laskennallinen osuus',
    en: 'Exact quota',
    sv: 'Exakt andel',
  },
  'contributions.block.floor': {
    fi: 'Alaspyöristys (yksikköä)',
    en: 'Floor (units)',
    sv: 'Nedrundat (enheter)',
  },
  'contributions.block.remainder': {
    fi: 'Jakojäännös (yksikön osina)',
    en: 'Remainder (of a unit)',
    sv: 'Rest (delar av en enhet)',
  },
  'contributions.block.rank': {
    fi: 'Sija',
    en: 'Rank',
    sv: 'Plats',
  },
  'contributions.block.extra': {
    fi: 'Lisäyksikkö',
    en: 'Extra unit',
    sv: 'Extra enhet',
  },
  'contributions.block.share': {
    fi: 'Osuus',
    en: 'Share',
    sv: 'Andel',
  },
  'contributions.status.ok': {
    fi: 'OK',
    en: 'OK',
    sv: 'OK',
  },
  'contributions.status.notFound': {
    fi: 'Tunnusta ei ole kustannuserissä tai se on niissä useammin kuin kerran',
    en: 'The id is not among the cost pools or appears there more than once',
    sv: 'Id:t finns inte bland kostnadsposterna eller finns där mer än en gång',
  },
  'contributions.status.rounding': {
    fi: 'Tuntematon pyöristys',
    en: 'Unknown rounding',
    sv: 'Okänd avrundning',
  },
  'contributions.status.key': {
    fi: 'Tuntematon jakoperuste',
    en: 'Unknown allocation key',
    sv: 'Okänd fördelningsgrund',
  },
  'contributions.status.all': {
    fi: 'Kaikki kunnat -sarakkeessa pitää olla Kyllä tai Ei',
    en: 'All municipalities must be Yes or No',
    sv: 'Alla kommuner ska vara Ja eller Nej',
  },
  'contributions.status.negative': {
    fi: 'Summa on negatiivinen',
    en: 'The amount is negative',
    sv: 'Beloppet är negativt',
  },
  'contributions.status.notMultiple': {
    fi: 'Summa ei ole pyöristysyksikön monikerta',
    en: 'The amount is not a multiple of the rounding unit',
    sv: 'Beloppet är inte en multipel av avrundningsenheten',
  },
  'contributions.status.unknownMember': {
    fi: 'Osallistujissa on kunta, joka ei ole jäsenkunta',
    en: 'The participants name a municipality that is not a member',
    sv: 'Deltagarna nämner en kommun som inte är medlemskommun',
  },
  'contributions.status.noParticipants': {
    fi: 'Kustannuserällä ei ole osallistujia',
    en: 'The pool has no participants',
    sv: 'Kostnadsposten har inga deltagare',
  },
  'contributions.status.population': {
    fi: 'Osallistujan asukasluku ei ole positiivinen',
    en: 'A participant\'s population is not positive',
    sv: 'En deltagares invånarantal är inte positivt',
  },
  'contributions.status.duplicate': {
    fi: 'Sama kunta on osallistujissa kahdesti',
    en: 'A municipality appears twice among the participants',
    sv: 'Samma kommun finns två gånger bland deltagarna',
  },
  'contributions.status.missing': {
    fi: 'Osallistujalta puuttuu paino tai kiinteä summa',
    en: 'A participant has no weight or fixed amount',
    sv: 'En deltagare saknar vikt eller fast belopp',
  },
  'contributions.status.negativeValue': {
    fi: 'Paino tai kiinteä summa on negatiivinen',
    en: 'A weight or fixed amount is negative',
    sv: 'En vikt eller ett fast belopp är negativt',
  },
  'contributions.status.decimals': {
    fi: 'Painossa on yli 6 desimaalia',
    en: 'A weight has more than 6 decimals',
    sv: 'En vikt har fler än 6 decimaler',
  },
  'contributions.status.allZero': {
    fi: 'Kaikki painot ovat nollia',
    en: 'All weights are zero',
    sv: 'Alla vikter är noll',
  },
  'contributions.status.fixedUnit': {
    fi: 'Kiinteä summa ei ole pyöristysyksikön monikerta',
    en: 'A fixed amount is not a multiple of the rounding unit',
    sv: 'Ett fast belopp är inte en multipel av avrundningsenheten',
  },
  'contributions.status.fixedSum': {
    fi: 'Kiinteät summat eivät ole yhteensä kustannuserän summa',
    en: 'The fixed amounts do not add up to the pool amount',
    sv: 'De fasta beloppen blir sammanlagt inte kostnadspostens belopp',
  },
  'contributions.status.precision': {
    fi: 'Painojen summa on liian suuri tarkkaan laskentaan: käytä vähemmän desimaaleja',
    en: 'The total weight is too large for exact formulas: use fewer decimals',
    sv: 'Vikternas summa är för stor för exakta formler: använd färre decimaler',
  },
  'summary.yearsTitle': {
    fi: 'Talous vuosittain',
    en: 'Finances by year',
    sv: 'Ekonomin per år',
  },
  'summary.column.municipalShare': {
    fi: 'Kuntarahoituksen osuus',
    en: 'Municipal share',
    sv: 'Kommunal andel',
  },
  'summary.column.totalChange': {
    fi: 'Talousarvion muutos €',
    en: 'Budget change €',
    sv: 'Budgetens ändring €',
  },
  'summary.column.totalChangePercent': {
    fi: 'Talousarvion muutos %',
    en: 'Budget change %',
    sv: 'Budgetens ändring %',
  },
  'summary.column.municipalChangePercent': {
    fi: 'Kuntarahoituksen muutos %',
    en: 'Municipal funding change %',
    sv: 'Kommunal finansiering ändring %',
  },
  'summary.column.externalChangePercent': {
    fi: 'Ulkopuolisen rahoituksen muutos %',
    en: 'External funding change %',
    sv: 'Extern finansiering ändring %',
  },
  'summary.staffTitle': {
    fi: 'Henkilöstö ja hankkeet',
    en: 'Staff and projects',
    sv: 'Personal och projekt',
  },
  'summary.staffDate': {
    fi: 'Henkilöstö päivänä',
    en: 'Staff on',
    sv: 'Personalen den',
  },
  'summary.staffTotal': {
    fi: 'Henkilöstö yhteensä',
    en: 'Staff in total',
    sv: 'Personal sammanlagt',
  },
  'summary.staffPermanent': {
    fi: 'Toistaiseksi voimassa olevat työsuhteet',
    en: 'Permanent',
    sv: 'Tillsvidareanställningar',
  },
  'summary.staffFixedTerm': {
    fi: 'Määräaikaiset työsuhteet',
    en: 'Fixed-term',
    sv: 'Visstidsanställningar',
  },
  'summary.projectsOngoing': {
    fi: 'Käynnissä olevat hankkeet',
    en: 'Ongoing projects',
    sv: 'Pågående projekt',
  },
  'summary.projectsValue': {
    fi: 'Hankesalkun arvo',
    en: 'Project portfolio value',
    sv: 'Projektportföljens värde',
  },
  'summary.projectsValueApproximate': {
    fi: 'Hankesalkun arvo (noin)',
    en: 'Project portfolio value (about)',
    sv: 'Projektportföljens värde (cirka)',
  },
  'summary.projectsPending': {
    fi: 'Jätetyt rahoitushakemukset',
    en: 'Funding applications pending',
    sv: 'Inlämnade finansieringsansökningar',
  },
  'summary.projectsInPreparation': {
    fi: 'Valmistelussa olevat hakemukset',
    en: 'Applications in preparation',
    sv: 'Ansökningar under beredning',
  },
  'summary.staffMissing': {
    fi: 'Suunnitelmassa ei ole henkilöstö- eikä hanketietoja.',
    en: 'The plan gives no staff or project figures.',
    sv: 'Planen anger inga uppgifter om personal eller projekt.',
  },
  'summary.valuesNote': {
    fi: 'Henkilöstö- ja hanketiedot ovat suunnitelman arvoja, eivät kaavoja: niillä ei ole omaa taulukkoa, joten ne päivittyvät vain, kun työkirja luodaan suunnitelmasta uudelleen.',
    en: 'Staff and project figures are values from the plan, not formulas: they have no table of their own, so they change only when the workbook is generated again from the plan.',
    sv: 'Personal- och projektuppgifterna är värden ur planen, inte formler: de har ingen egen tabell, så de ändras bara när arbetsboken görs på nytt ur planen.',
  },
  'summary.councilTitle': {
    fi: 'Valtuusto ja kuntaosuudet',
    en: 'Council and contributions',
    sv: 'Fullmäktige och kommunandelar',
  },
  'summary.councilSeats': {
    fi: 'Valtuustopaikat asukasluvuista',
    en: 'Council seats from the populations',
    sv: 'Fullmäktigeplatser enligt invånarantal',
  },
  'summary.councilDeclared': {
    fi: 'Valtuuston koko suunnitelmassa',
    en: 'Council size stated in the plan',
    sv: 'Fullmäktiges storlek i planen',
  },
  'summary.check': {
    fi: 'Tarkistus',
    en: 'Check',
    sv: 'Kontroll',
  },
  'summary.check.ok': {
    fi: 'OK',
    en: 'OK',
    sv: 'OK',
  },
  'summary.councilMismatch': {
    fi: 'Paikkojen summa poikkeaa valtuuston koosta',
    en: 'The seats differ from the council size',
    sv: 'Platsernas summa avviker från fullmäktiges storlek',
  },
  'summary.contributionsTotal': {
    fi: 'Kuntaosuudet yhteensä {year}',
    en: 'Contributions in total {year}',
    sv: 'Kommunandelar sammanlagt {year}',
  },
  'summary.contributionsDifference': {
    fi: 'Kuntaosuudet miinus kuntarahoitus',
    en: 'Contributions minus municipal funding',
    sv: 'Andelar minus kommunfinansiering',
  },
  'summary.findingsTitle': {
    fi: 'Tarkistusten havainnot',
    en: 'Check findings',
    sv: 'Kontrollernas iakttagelser',
  },
  'summary.findingsErrors': {
    fi: 'Virheet',
    en: 'Errors',
    sv: 'Fel',
  },
  'summary.findingsWarnings': {
    fi: 'Varoitukset',
    en: 'Warnings',
    sv: 'Varningar',
  },
  'summary.findingsInfo': {
    fi: 'Tiedoksi',
    en: 'For information',
    sv: 'För kännedom',
  },
  'summary.chart.contributions': {
    fi: 'Kuntaosuudet {year}',
    en: 'Municipal contributions {year}',
    sv: 'Kommunandelar {year}',
  },
  'summary.chart.contributionsSeries': {
    fi: 'Kuntaosuus yhteensä',
    en: 'Contribution in total',
    sv: 'Kommunandel sammanlagt',
  },
  'summary.chart.funding': {
    fi: 'Talousarvio ja rahoitus vuosittain',
    en: 'Budget and funding by year',
    sv: 'Budget och finansiering per år',
  },
  'summary.progressTitle': {
    fi: 'Toimenpiteiden toteutumisaste',
    en: 'Progress of actions',
    sv: 'Åtgärdernas genomförandegrad',
  },
  'summary.progress.column.section': { fi: 'Tiimi tai osio', en: 'Team or section', sv: 'Team eller avsnitt' },
  'summary.progress.column.done': { fi: 'Toteutuneet', en: 'Done', sv: 'Genomförda' },
  'summary.progress.column.counted': { fi: 'Seurattavat', en: 'Followed', sv: 'Uppföljda' },
  'summary.progress.column.progress': { fi: 'Toteutumisaste', en: 'Progress', sv: 'Genomförandegrad' },
  'summary.progress.total': { fi: 'Koko suunnitelma', en: 'The whole plan', sv: 'Hela planen' },
  'summary.progressNote': {
    fi: 'Toteutumisaste = toteutuneet / seurattavat. Seurattavia ovat toimenpiteet ja alakohdat, joiden tila on suunniteltu, käynnissä tai toteutunut; perutut ja tilattomat eivät ole mukana. Tyhjä: ei seurattavia.',
    en: 'Progress = done / followed. Followed are the actions and sub-actions whose status is planned, in progress or done; cancelled ones and those without a status are left out. Blank: nothing followed.',
    sv: 'Genomförandegrad = genomförda / uppföljda. Uppföljda är de åtgärder och delåtgärder vars status är planerad, pågår eller genomförd; inställda och de utan status räknas inte. Tom: inget att följa upp.',
  },
  'summary.metricsTitle': {
    fi: 'Mittarien tavoitteet vuosittain',
    en: 'Metric targets by year',
    sv: 'Mätarnas mål per år',
  },
  'summary.metricsReached': { fi: 'Tavoite saavutettu', en: 'Target reached', sv: 'Målet uppnått' },
  'summary.metricsNotReached': { fi: 'Tavoite ei saavutettu', en: 'Target not reached', sv: 'Målet inte uppnått' },
  'summary.metricsNoData': { fi: 'Ei tietoa', en: 'No data', sv: 'Uppgift saknas' },
  'summary.chart.progress': {
    fi: 'Toimenpiteiden toteutumisaste tiimeittäin',
    en: 'Progress of actions by team',
    sv: 'Åtgärdernas genomförandegrad per team',
  },
  'actionPlan.heading': {
    fi: 'Tavoitteet, toimenpiteet ja mittarit vuodelle {year}',
    en: 'Goals, actions and metrics for {year}',
    sv: 'Mål, åtgärder och mätare för {year}',
  },
  'actionPlan.crossCuttingHeading': {
    fi: 'Läpileikkaavat tavoitteet ja toimenpiteet',
    en: 'Cross-cutting goals and actions',
    sv: 'Tvärgående mål och åtgärder',
  },
  'actionPlan.column.goals': {
    fi: 'Tavoitteet',
    en: 'Goals',
    sv: 'Mål',
  },
  'actionPlan.column.actions': {
    fi: 'Toimenpiteet',
    en: 'Actions',
    sv: 'Åtgärder',
  },
  'actionPlan.column.metrics': {
    fi: 'Mittarit',
    en: 'Metrics',
    sv: 'Mätare',
  },
  'actionPlan.scope': {
    fi: '({municipalities})',
    en: '({municipalities})',
    sv: '({municipalities})',
  },
  'actionPlan.metricKind.output': {
    fi: '{number}. Suoritemittarit',
    en: '{number}. Output metrics',
    sv: '{number}. Prestationsmätare',
  },
  'actionPlan.metricKind.outcome': {
    fi: '{number}. Tulosmittarit',
    en: '{number}. Outcome metrics',
    sv: '{number}. Resultatmätare',
  },
  'findings.title': {
    fi: 'Tarkistukset',
    en: 'Checks',
    sv: 'Kontroller',
  },
  'findings.intro': {
    fi: 'Suunnitelman tarkistusten havainnot, virheet ensin. Sijainnin linkki vie soluun.',
    en: 'The plan\'s check findings, errors first. A location link takes you to the cell.',
    sv: 'Iakttagelserna från planens kontroller, fel först. Länken i platsen för dig till cellen.',
  },
  'findings.column.rule': {
    fi: 'Sääntö',
    en: 'Rule',
    sv: 'Regel',
  },
  'findings.column.severity': {
    fi: 'Vakavuus',
    en: 'Severity',
    sv: 'Allvarlighet',
  },
  'findings.column.message': {
    fi: 'Viesti',
    en: 'Message',
    sv: 'Meddelande',
  },
  'findings.column.location': {
    fi: 'Sijainti',
    en: 'Location',
    sv: 'Plats',
  },
  'findings.none': {
    fi: 'Ei havaintoja.',
    en: 'No findings.',
    sv: 'Inga iakttagelser.',
  },
  'severity.error': {
    fi: 'Virhe',
    en: 'Error',
    sv: 'Fel',
  },
  'severity.warning': {
    fi: 'Varoitus',
    en: 'Warning',
    sv: 'Varning',
  },
  'severity.info': {
    fi: 'Tiedoksi',
    en: 'Info',
    sv: 'För kännedom',
  },
} satisfies Catalogue<string>;

export type LayoutMessageKey = keyof typeof layoutMessages;
