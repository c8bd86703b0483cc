import type { Catalogue } from '../model/messages/catalogue';

/**
 * Every text the layout writes into a workbook: titles, labels, check texts,
 * validation messages, the page label. One catalogue for all sheets; keys are
 * prefixed with the sheet or concern they belong to.
 */
export const layoutMessages = {
  'print.pageLabel': { fi: 'Sivu &P / &N', en: 'Page &P of &N' },
  'municipalities.title': { fi: 'Jäsenkunnat ja valtuustopaikat', en: 'Member municipalities and council seats' },
  'municipalities.seatsPerStartedInhabitants': {
    fi: 'Yksi valtuutettu alkavaa asukasmäärää kohti',
    en: 'One council member per started number of inhabitants',
  },
  'municipalities.minimumSeats': { fi: 'Valtuutettuja vähintään kunnasta', en: 'Minimum council members per municipality' },
  'municipalities.declaredSize': { fi: 'Valtuuston koko suunnitelmassa', en: 'Council size stated in the plan' },
  'municipalities.total': { fi: 'Yhteensä', en: 'Total' },
  'municipalities.seatsCheck.ok': {
    fi: 'Paikat yhteensä = valtuuston koko',
    en: 'Seats in total = council size',
  },
  'municipalities.seatsCheck.mismatch': {
    fi: 'Paikkoja yhteensä eri määrä kuin valtuuston koko',
    en: 'Seats in total differ from the council size',
  },
  'budget.title': { fi: 'Talousarvio ja taloussuunnitelma', en: 'Budget and financial plan' },
  'budget.yearsTitle': { fi: 'Vuodet ja rahoitus', en: 'Years and funding' },
  'budget.linesTitle': { fi: 'Talousarviorivit', en: 'Budget lines' },
  'budget.linesTotal': { fi: 'Rivit yhteensä', en: 'Lines in total' },
  'sections.title': { fi: 'Tiimit ja läpileikkaavat osiot', en: 'Teams and cross-cutting sections' },
  'goals.title': { fi: 'Tavoitteet', en: 'Goals' },
  'actions.title': { fi: 'Toimenpiteet ja alatoimenpiteet', en: 'Actions and sub-actions' },
  'metrics.title': { fi: 'Mittarit', en: 'Metrics' },
  'metrics.metricsTitle': { fi: 'Mittarit', en: 'Metrics' },
  'metrics.valuesTitle': { fi: 'Mittarien arvot vuosittain', en: 'Metric values by year' },
  'metrics.status.reached': { fi: 'Saavutettu', en: 'Reached' },
  'metrics.status.notReached': { fi: 'Ei saavutettu', en: 'Not reached' },
  'metrics.status.noData': { fi: 'Ei tietoa', en: 'No data' },
  'metadata.notice': {
    fi: 'PlanSheets: suunnitelman tiedot, joilla ei ole omaa taulukkoa (JSON). Älä muokkaa tätä välilehteä.',
    en: 'PlanSheets: the parts of the plan that have no table of their own (JSON). Do not edit this sheet.',
  },
  'validation.reference.title': { fi: 'Tuntematon tunnus', en: 'Unknown id' },
  'validation.reference.message': {
    fi: 'Valitse luettelosta tunnus, joka on jo taulukossa {table}.',
    en: 'Choose an id from the list: one that is already in the table {table}.',
  },
  'validation.enum.title': { fi: 'Tuntematon arvo', en: 'Unknown value' },
  'validation.enum.message': { fi: 'Valitse arvo luettelosta: {allowed}.', en: 'Choose a value from the list: {allowed}.' },
  // Derived sheets: Kuntaosuudet, Yhteenveto, Toimintasuunnitelma, Tarkistukset.
  'contributions.title': {
    fi: 'Kuntaosuudet {year}',
    en: 'Municipal contributions {year}',
  },
  'contributions.intro': {
    fi: 'Kaikki tämän välilehden luvut ovat kaavoja, jotka jakavat välilehden {sheet} kustannuserät suurimman jakojäännöksen menetelmällä senttiin asti samoin kuin PlanSheets. Muokkaa kustannuseriä, osallistujia ja edellisen vuoden osuuksia välilehdellä {sheet}.',
    en: 'Every figure on this sheet is a formula that shares the cost pools of the sheet {sheet} out by the largest-remainder method, to the cent, exactly as PlanSheets does. Edit the pools, their participants and the previous year\'s contributions on the sheet {sheet}.',
  },
  'costPools.title': {
    fi: 'Kustannuserät ja jakoperusteet {year}',
    en: 'Cost pools and allocation keys {year}',
  },
  'costPools.intro': {
    fi: 'Kuntaosuudet lasketaan näistä taulukoista välilehdellä {sheet}. Lisää rivejä taulukon loppuun; rivien järjestyksellä ei ole väliä, sillä tunnukset yhdistävät ne.',
    en: 'The municipal contributions are computed from these tables on the sheet {sheet}. Add rows at the end of a table; their order does not matter, since the ids tie them together.',
  },
  'contributions.poolsTitle': {
    fi: 'Kustannuserät',
    en: 'Cost pools',
  },
  'contributions.membersTitle': {
    fi: 'Osallistujat, painot ja kiinteät summat',
    en: 'Participants, weights and fixed amounts',
  },
  'contributions.previousTitle': {
    fi: 'Edellisen vuoden kuntaosuudet',
    en: 'Previous year\'s contributions',
  },
  'contributions.matrixTitle': {
    fi: 'Kuntaosuudet kunnittain {year}',
    en: 'Contributions by municipality {year}',
  },
  'contributions.column.id': {
    fi: 'Tunnus',
    en: 'Id',
  },
  'contributions.column.municipality': {
    fi: 'Kunta',
    en: 'Municipality',
  },
  'contributions.column.total': {
    fi: 'Yhteensä',
    en: 'Total',
  },
  'contributions.column.previous': {
    fi: 'Edellinen vuosi',
    en: 'Previous year',
  },
  'contributions.column.change': {
    fi: 'Muutos €',
    en: 'Change €',
  },
  'contributions.column.changePercent': {
    fi: 'Muutos %',
    en: 'Change %',
  },
  'contributions.row.total': {
    fi: 'Yhteensä',
    en: 'Total',
  },
  'contributions.row.poolAmount': {
    fi: 'Kustannuserän summa',
    en: 'Pool amount',
  },
  'contributions.row.poolKey': {
    fi: 'Jakoperuste',
    en: 'Allocation key',
  },
  'contributions.row.poolRounding': {
    fi: 'Pyöristys',
    en: 'Rounding',
  },
  'contributions.row.poolStatus': {
    fi: 'Laskennan tila',
    en: 'Calculation status',
  },
  'contributions.previousYear': {
    fi: 'Edellisen vuoden kuntaosuuksien vuosi',
    en: 'Year of the previous contributions',
  },
  'contributions.funding': {
    fi: 'Kuntarahoitus {year} talousarviossa',
    en: 'Municipal funding {year} in the budget',
  },
  'contributions.difference': {
    fi: 'Kuntaosuudet yhteensä miinus kuntarahoitus',
    en: 'Contributions in total minus municipal funding',
  },
  'contributions.check': {
    fi: 'Tarkistus',
    en: 'Check',
  },
  'contributions.check.fundingMissing': {
    fi: 'Talousarviossa ei ole kuntarahoitusta vuodelle {year}',
    en: 'The budget gives no municipal funding for {year}',
  },
  'contributions.check.mismatch': {
    fi: 'Kuntaosuudet eivät ole yhteensä talousarvion kuntarahoitus',
    en: 'The contributions do not add up to the municipal funding in the budget',
  },
  'contributions.blocksTitle': {
    fi: 'Laskenta kustannuserittäin',
    en: 'Calculation by cost pool',
  },
  'contributions.blocksNote': {
    fi: 'Suurimman jakojäännöksen menetelmä kokonaisina yksikköinä (sentteinä tai euroina): N = summa yksikköinä, W = kokonaislukupainojen summa, alaspyöristys = INT(N/W)·paino + INT((N mod W)·paino / W). Jäljelle jäävät yksiköt annetaan yksi kerrallaan sijoille 1, 2, …: suurempi jakojäännös ensin, tasatilanteessa suurempi paino, sitten kuntien järjestys.',
    en: 'Largest remainder in whole units (cents or euros): N = the amount in units, W = the sum of the integer weights, floor = INT(N/W)·weight + INT((N mod W)·weight / W). The units left over go one each to ranks 1, 2, …: larger remainder first, on a tie the larger weight, then the order of the municipalities.',
  },
  'contributions.block.title': {
    fi: 'Kustannuserä: {name}',
    en: 'Cost pool: {name}',
  },
  'contributions.param.id': {
    fi: 'Tunnus',
    en: 'Id',
  },
  'contributions.param.name': {
    fi: 'Kustannuserä',
    en: 'Cost pool',
  },
  'contributions.param.amount': {
    fi: 'Summa',
    en: 'Amount',
  },
  'contributions.param.key': {
    fi: 'Jakoperuste',
    en: 'Allocation key',
  },
  'contributions.param.rounding': {
    fi: 'Pyöristys',
    en: 'Rounding',
  },
  'contributions.param.all': {
    fi: 'Kaikki kunnat',
    en: 'All municipalities',
  },
  'contributions.param.found': {
    fi: 'Rivejä kustannuserissä',
    en: 'Rows among the pools',
  },
  'contributions.param.unitsPerEuro': {
    fi: 'Yksiköitä euroa kohti (U)',
    en: 'Units per euro (U)',
  },
  'contributions.param.units': {
    fi: 'Jaettavat yksiköt (N)',
    en: 'Units to share (N)',
  },
  'contributions.param.keyIndex': {
    fi: 'Jakoperuste numerona (1 asukas, 2 tasa, 3 painot, 4 kiinteät)',
    en: 'Key as a number (1 population, 2 equal, 3 weights, 4 fixed)',
  },
  'contributions.param.allFlag': {
    fi: 'Kaikki kunnat (1 kyllä, 0 ei)',
    en: 'All municipalities (1 yes, 0 no)',
  },
  'contributions.param.participants': {
    fi: 'Osallistujia',
    en: 'Participants',
  },
  'contributions.param.memberRows': {
    fi: 'Rivejä osallistujissa',
    en: 'Rows among the participants',
  },
  'contributions.param.decimals': {
    fi: 'Painojen desimaaleja (d)',
    en: 'Decimals of the weights (d)',
  },
  'contributions.param.weightScale': {
    fi: 'Painojen kerroin',
    en: 'Weight multiplier',
  },
  'contributions.param.totalWeight': {
    fi: 'Painojen summa (W)',
    en: 'Total weight (W)',
  },
  'contributions.param.quotient': {
    fi: 'INT(N/W)',
    en: 'INT(N/W)',
  },
  'contributions.param.rest': {
    fi: 'N mod W',
    en: 'N mod W',
  },
  'contributions.param.leftover': {
    fi: 'Jäljelle jääviä yksiköitä',
    en: 'Units left over',
  },
  'contributions.param.code': {
    fi: 'Tilakoodi (0 = kunnossa)',
    en: 'Status code (0 = fine)',
  },
  'contributions.param.status': {
    fi: 'Tila',
    en: 'Status',
  },
  'contributions.block.id': {
    fi: 'Tunnus',
    en: 'Id',
  },
  'contributions.block.municipality': {
    fi: 'Kunta',
    en: 'Municipality',
  },
  'contributions.block.order': {
    fi: 'Järjestys',
    en: 'Order',
  },
  'contributions.block.participates': {
    fi: 'Mukana (1/0)',
    en: 'Takes part (1/0)',
  },
  'contributions.block.memberRows': {
    fi: 'Rivejä osallistujissa',
    en: 'Rows among the participants',
  },
  'contributions.block.valueGiven': {
    fi: 'Paino tai summa annettu',
    en: 'Weight or amount given',
  },
  'contributions.block.weight': {
    fi: 'Paino',
    en: 'Weight',
  },
  'contributions.block.decimals': {
    fi: 'Desimaaleja',
    en: 'Decimals',
  },
  'contributions.block.integerWeight': {
    fi: 'Kokonaislukupaino',
    en: 'Integer weight',
  },
  'contributions.block.quota': {
    fi: 'Laskennallinen osuus',
    en: 'Exact quota',
  },
  'contributions.block.floor': {
    fi: 'Alaspyöristys (yksikköä)',
    en: 'Floor (units)',
  },
  'contributions.block.remainder': {
    fi: 'Jakojäännös (yksikön osina)',
    en: 'Remainder (of a unit)',
  },
  'contributions.block.rank': {
    fi: 'Sija',
    en: 'Rank',
  },
  'contributions.block.extra': {
    fi: 'Lisäyksikkö',
    en: 'Extra unit',
  },
  'contributions.block.share': {
    fi: 'Osuus',
    en: 'Share',
  },
  'contributions.status.ok': {
    fi: 'OK',
    en: 'OK',
  },
  'contributions.status.notFound': {
    fi: 'Tunnusta ei ole kustannuserissä tai se on niissä useammin kuin kerran',
    en: 'The id is not among the cost pools or appears there more than once',
  },
  'contributions.status.rounding': {
    fi: 'Tuntematon pyöristys',
    en: 'Unknown rounding',
  },
  'contributions.status.key': {
    fi: 'Tuntematon jakoperuste',
    en: 'Unknown allocation key',
  },
  'contributions.status.all': {
    fi: 'Kaikki kunnat -sarakkeessa pitää olla Kyllä tai Ei',
    en: 'All municipalities must be Yes or No',
  },
  'contributions.status.negative': {
    fi: 'Summa on negatiivinen',
    en: 'The amount is negative',
  },
  'contributions.status.notMultiple': {
    fi: 'Summa ei ole pyöristysyksikön monikerta',
    en: 'The amount is not a multiple of the rounding unit',
  },
  'contributions.status.unknownMember': {
    fi: 'Osallistujissa on kunta, joka ei ole jäsenkunta',
    en: 'The participants name a municipality that is not a member',
  },
  'contributions.status.noParticipants': {
    fi: 'Kustannuserällä ei ole osallistujia',
    en: 'The pool has no participants',
  },
  'contributions.status.population': {
    fi: 'Osallistujan asukasluku ei ole positiivinen',
    en: 'A participant\'s population is not positive',
  },
  'contributions.status.duplicate': {
    fi: 'Sama kunta on osallistujissa kahdesti',
    en: 'A municipality appears twice among the participants',
  },
  'contributions.status.missing': {
    fi: 'Osallistujalta puuttuu paino tai kiinteä summa',
    en: 'A participant has no weight or fixed amount',
  },
  'contributions.status.negativeValue': {
    fi: 'Paino tai kiinteä summa on negatiivinen',
    en: 'A weight or fixed amount is negative',
  },
  'contributions.status.decimals': {
    fi: 'Painossa on yli 6 desimaalia',
    en: 'A weight has more than 6 decimals',
  },
  'contributions.status.allZero': {
    fi: 'Kaikki painot ovat nollia',
    en: 'All weights are zero',
  },
  'contributions.status.fixedUnit': {
    fi: 'Kiinteä summa ei ole pyöristysyksikön monikerta',
    en: 'A fixed amount is not a multiple of the rounding unit',
  },
  'contributions.status.fixedSum': {
    fi: 'Kiinteät summat eivät ole yhteensä kustannuserän summa',
    en: 'The fixed amounts do not add up to the pool amount',
  },
  'contributions.status.precision': {
    fi: 'Painojen summa on liian suuri tarkkaan laskentaan: käytä vähemmän desimaaleja',
    en: 'The total weight is too large for exact formulas: use fewer decimals',
  },
  'summary.yearsTitle': {
    fi: 'Talous vuosittain',
    en: 'Finances by year',
  },
  'summary.column.municipalShare': {
    fi: 'Kuntarahoituksen osuus',
    en: 'Municipal share',
  },
  'summary.column.totalChange': {
    fi: 'Talousarvion muutos €',
    en: 'Budget change €',
  },
  'summary.column.totalChangePercent': {
    fi: 'Talousarvion muutos %',
    en: 'Budget change %',
  },
  'summary.column.municipalChangePercent': {
    fi: 'Kuntarahoituksen muutos %',
    en: 'Municipal funding change %',
  },
  'summary.column.externalChangePercent': {
    fi: 'Ulkopuolisen rahoituksen muutos %',
    en: 'External funding change %',
  },
  'summary.staffTitle': {
    fi: 'Henkilöstö ja hankkeet',
    en: 'Staff and projects',
  },
  'summary.staffDate': {
    fi: 'Henkilöstö päivänä',
    en: 'Staff on',
  },
  'summary.staffTotal': {
    fi: 'Henkilöstö yhteensä',
    en: 'Staff in total',
  },
  'summary.staffPermanent': {
    fi: 'Toistaiseksi voimassa olevat työsuhteet',
    en: 'Permanent',
  },
  'summary.staffFixedTerm': {
    fi: 'Määräaikaiset työsuhteet',
    en: 'Fixed-term',
  },
  'summary.projectsOngoing': {
    fi: 'Käynnissä olevat hankkeet',
    en: 'Ongoing projects',
  },
  'summary.projectsValue': {
    fi: 'Hankesalkun arvo',
    en: 'Project portfolio value',
  },
  'summary.projectsValueApproximate': {
    fi: 'Hankesalkun arvo (noin)',
    en: 'Project portfolio value (about)',
  },
  'summary.projectsPending': {
    fi: 'Jätetyt rahoitushakemukset',
    en: 'Funding applications pending',
  },
  'summary.projectsInPreparation': {
    fi: 'Valmistelussa olevat hakemukset',
    en: 'Applications in preparation',
  },
  'summary.staffMissing': {
    fi: 'Suunnitelmassa ei ole henkilöstö- eikä hanketietoja.',
    en: 'The plan gives no staff or project figures.',
  },
  'summary.valuesNote': {
    fi: 'Henkilöstö- ja hanketiedot ovat suunnitelman arvoja, eivät kaavoja: niillä ei ole omaa taulukkoa, joten ne päivittyvät vain, kun työkirja luodaan suunnitelmasta uudelleen.',
    en: 'Staff and project figures are values from the plan, not formulas: they have no table of their own, so they change only when the workbook is generated again from the plan.',
  },
  'summary.councilTitle': {
    fi: 'Valtuusto ja kuntaosuudet',
    en: 'Council and contributions',
  },
  'summary.councilSeats': {
    fi: 'Valtuustopaikat asukasluvuista',
    en: 'Council seats from the populations',
  },
  'summary.councilDeclared': {
    fi: 'Valtuuston koko suunnitelmassa',
    en: 'Council size stated in the plan',
  },
  'summary.check': {
    fi: 'Tarkistus',
    en: 'Check',
  },
  'summary.check.ok': {
    fi: 'OK',
    en: 'OK',
  },
  'summary.councilMismatch': {
    fi: 'Paikkojen summa poikkeaa valtuuston koosta',
    en: 'The seats differ from the council size',
  },
  'summary.contributionsTotal': {
    fi: 'Kuntaosuudet yhteensä {year}',
    en: 'Contributions in total {year}',
  },
  'summary.contributionsDifference': {
    fi: 'Kuntaosuudet miinus kuntarahoitus',
    en: 'Contributions minus municipal funding',
  },
  'summary.findingsTitle': {
    fi: 'Tarkistusten havainnot',
    en: 'Check findings',
  },
  'summary.findingsErrors': {
    fi: 'Virheet',
    en: 'Errors',
  },
  'summary.findingsWarnings': {
    fi: 'Varoitukset',
    en: 'Warnings',
  },
  'summary.findingsInfo': {
    fi: 'Tiedoksi',
    en: 'For information',
  },
  'summary.chart.contributions': {
    fi: 'Kuntaosuudet {year}',
    en: 'Municipal contributions {year}',
  },
  'summary.chart.contributionsSeries': {
    fi: 'Kuntaosuus yhteensä',
    en: 'Contribution in total',
  },
  'summary.chart.funding': {
    fi: 'Talousarvio ja rahoitus vuosittain',
    en: 'Budget and funding by year',
  },
  'summary.progressTitle': {
    fi: 'Toimenpiteiden toteutumisaste',
    en: 'Progress of actions',
  },
  'summary.progress.column.section': { fi: 'Tiimi tai osio', en: 'Team or section' },
  'summary.progress.column.done': { fi: 'Toteutuneet', en: 'Done' },
  'summary.progress.column.counted': { fi: 'Seurattavat', en: 'Followed' },
  'summary.progress.column.progress': { fi: 'Toteutumisaste', en: 'Progress' },
  'summary.progress.total': { fi: 'Koko suunnitelma', en: 'The whole plan' },
  'summary.progressNote': {
    fi: 'Toteutumisaste = toteutuneet / seurattavat. Seurattavia ovat toimenpiteet ja alakohdat, joiden tila on suunniteltu, käynnissä tai toteutunut; perutut ja tilattomat eivät ole mukana. Tyhjä: ei seurattavia.',
    en: 'Progress = done / followed. Followed are the actions and sub-actions whose status is planned, in progress or done; cancelled ones and those without a status are left out. Blank: nothing followed.',
  },
  'summary.metricsTitle': {
    fi: 'Mittarien tavoitteet vuosittain',
    en: 'Metric targets by year',
  },
  'summary.metricsReached': { fi: 'Tavoite saavutettu', en: 'Target reached' },
  'summary.metricsNotReached': { fi: 'Tavoite ei saavutettu', en: 'Target not reached' },
  'summary.metricsNoData': { fi: 'Ei tietoa', en: 'No data' },
  'summary.chart.progress': {
    fi: 'Toimenpiteiden toteutumisaste tiimeittäin',
    en: 'Progress of actions by team',
  },
  'actionPlan.heading': {
    fi: 'Tavoitteet, toimenpiteet ja mittarit vuodelle {year}',
    en: 'Goals, actions and metrics for {year}',
  },
  'actionPlan.crossCuttingHeading': {
    fi: 'Läpileikkaavat tavoitteet ja toimenpiteet',
    en: 'Cross-cutting goals and actions',
  },
  'actionPlan.column.goals': {
    fi: 'Tavoitteet',
    en: 'Goals',
  },
  'actionPlan.column.actions': {
    fi: 'Toimenpiteet',
    en: 'Actions',
  },
  'actionPlan.column.metrics': {
    fi: 'Mittarit',
    en: 'Metrics',
  },
  'actionPlan.scope': {
    fi: '({municipalities})',
    en: '({municipalities})',
  },
  'actionPlan.metricKind.output': {
    fi: '{number}. Suoritemittarit',
    en: '{number}. Output metrics',
  },
  'actionPlan.metricKind.outcome': {
    fi: '{number}. Tulosmittarit',
    en: '{number}. Outcome metrics',
  },
  'findings.title': {
    fi: 'Tarkistukset',
    en: 'Checks',
  },
  'findings.intro': {
    fi: 'Suunnitelman tarkistusten havainnot, virheet ensin. Sijainnin linkki vie soluun.',
    en: 'The plan\'s check findings, errors first. A location link takes you to the cell.',
  },
  'findings.column.rule': {
    fi: 'Sääntö',
    en: 'Rule',
  },
  'findings.column.severity': {
    fi: 'Vakavuus',
    en: 'Severity',
  },
  'findings.column.message': {
    fi: 'Viesti',
    en: 'Message',
  },
  'findings.column.location': {
    fi: 'Sijainti',
    en: 'Location',
  },
  'findings.none': {
    fi: 'Ei havaintoja.',
    en: 'No findings.',
  },
  'severity.error': {
    fi: 'Virhe',
    en: 'Error',
  },
  'severity.warning': {
    fi: 'Varoitus',
    en: 'Warning',
  },
  'severity.info': {
    fi: 'Tiedoksi',
    en: 'Info',
  },
} satisfies Catalogue<string>;

export type LayoutMessageKey = keyof typeof layoutMessages;
