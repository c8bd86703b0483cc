import type { Catalogue } from '../model/messages/catalogue';

/**
 * Every sentence, label and heading the task pane shows, in Finnish and
 * English, with `{name}` placeholders filled by `fillTemplate`. Never build a
 * sentence from pieces in code: word order differs between the languages.
 *
 * Swedish: the pane has no Swedish texts yet; a Swedish Office shows the
 * Finnish ones (see `messageLanguage` in pane-text.tsx).
 */
export const paneMessages = {
  // The frame
  'app.title': { fi: 'PlanSheets', en: 'PlanSheets' },
  'app.tabs': { fi: 'PlanSheetsin näkymät', en: 'PlanSheets views' },
  'tab.start': { fi: 'Aloitus ja luonti', en: 'Start and generate' },
  'tab.validate': { fi: 'Tarkistukset ({count})', en: 'Validate ({count})' },
  'tab.contributions': { fi: 'Kuntaosuudet', en: 'Contributions' },
  'tab.export': { fi: 'Vienti', en: 'Export' },
  'error.title': { fi: 'Toiminto epäonnistui', en: 'The action failed' },
  'error.body': {
    fi: '{reason} Työkirjaan ei kirjoitettu tämän enempää; voit yrittää uudelleen.',
    en: '{reason} Nothing more was written to the workbook; you can try again.',
  },
  'noPlan': {
    fi: 'Valitse tai luo ensin suunnitelma Aloitus ja luonti -välilehdellä.',
    en: 'First choose or create a plan on the Start and generate tab.',
  },

  // What this Excel cannot do
  'capabilities.title': { fi: 'Kaikki toiminnot eivät ole käytettävissä', en: 'Not every feature is available' },
  'capabilities.body': {
    fi: 'Tämä Excel ei tue kaikkea, mitä PlanSheets käyttää. Nämä eivät toimi:',
    en: 'This Excel does not support everything PlanSheets uses. These will not work:',
  },
  'feature.generate': { fi: 'työkirjan luonti ja päivitys (vaatii {set})', en: 'generating and refreshing the workbook (needs {set})' },
  'feature.settings': {
    fi: 'työkirjan tunnistaminen, kun se avataan uudelleen (vaatii {set})',
    en: 'recognising the workbook when it is opened again (needs {set})',
  },
  'feature.dataValidation': { fi: 'solujen syöttösäännöt (vaatii {set})', en: 'data validation on cells (needs {set})' },
  'feature.printLayout': { fi: 'liitteiden tulostusasetukset (vaatii {set})', en: 'print setup of the appendices (needs {set})' },
  'feature.tableResize': { fi: 'taulukoiden koon muuttaminen (vaatii {set})', en: 'resizing tables (needs {set})' },
  'feature.pdf': { fi: 'PDF-tiedoston teko (vaatii {set})', en: 'making a PDF file (needs {set})' },

  // Start
  'start.checking': { fi: 'Tutkitaan avointa työkirjaa…', en: 'Looking at the open workbook…' },
  'start.recognised.title': { fi: 'PlanSheets-työkirja', en: 'PlanSheets workbook' },
  'start.plan.title': { fi: 'Valittu suunnitelma', en: 'Chosen plan' },
  'start.plan.notWritten': {
    fi: 'Suunnitelmaa ei ole vielä kirjoitettu työkirjaan. Luo työkirja alta.',
    en: 'The plan is not in the workbook yet. Generate the workbook below.',
  },
  'start.organisation': { fi: 'Organisaatio', en: 'Organisation' },
  'start.budgetYear': { fi: 'Talousarviovuosi', en: 'Budget year' },
  'start.planYears': { fi: 'Suunnitelmakausi', en: 'Plan period' },
  'start.planYearsValue': { fi: '{first}–{last}', en: '{first}–{last}' },
  'start.generatedAt': { fi: 'Viimeksi luotu', en: 'Last generated' },
  'start.notGenerated': { fi: 'ei valmiina', en: 'not completed' },
  'start.findings': { fi: 'Havainnot', en: 'Findings' },
  'start.findingsValue': {
    fi: 'virheitä {errors}, varoituksia {warnings}, huomautuksia {notes}',
    en: 'errors {errors}, warnings {warnings}, notes {notes}',
  },
  'start.interrupted.title': { fi: 'Edellinen luonti jäi kesken', en: 'The last generation did not finish' },
  'start.interrupted.body': {
    fi: 'Työkirjan edellinen luonti ei päättynyt, joten kaikki taulukot eivät ehkä ole ajan tasalla. Viimeistele se luomalla työkirja uudelleen.',
    en: 'The last generation of this workbook did not finish, so some sheets may be out of date. Complete it by generating the workbook again.',
  },
  'start.interrupted.action': { fi: 'Viimeistele luonti', en: 'Complete the generation' },
  'start.unreadable': {
    fi: 'Työkirjaa ei voitu lukea ({reason}): {detail}',
    en: 'The workbook could not be read ({reason}): {detail}',
  },
  'start.noPlanRead.title': { fi: 'Työkirjasta ei saatu suunnitelmaa', en: 'No plan could be read from the workbook' },
  'start.choose.title': { fi: 'Aloita suunnitelma', en: 'Start a plan' },
  'start.choose.intro': {
    fi: 'Tätä työkirjaa ei ole tehty PlanSheetsillä. Valitse, mistä suunnitelma tulee.',
    en: 'PlanSheets did not make this workbook. Choose where the plan comes from.',
  },
  'start.example': { fi: 'Lataa Kaustisen esimerkki', en: 'Load the Kaustinen example' },
  'start.import': { fi: 'Tuo suunnitelma JSON-tiedostosta', en: 'Import a plan JSON file' },
  'start.importInput': { fi: 'Suunnitelman JSON-tiedosto', en: 'Plan JSON file' },
  'start.new': { fi: 'Aloita uusi suunnitelma', en: 'Start a new plan' },
  'start.another': { fi: 'Valitse toinen suunnitelma', en: 'Choose another plan' },
  'start.importFailed.title': { fi: 'Tiedostoa {file} ei voitu avata', en: 'The file {file} could not be opened' },
  'start.importFailed.body': {
    fi: 'Tiedostossa on ongelmia ({count}); mitään ei ladattu:',
    en: 'The file has problems ({count}); nothing was loaded:',
  },
  'start.readFailed': { fi: 'Tiedoston lukeminen epäonnistui: {reason}', en: 'Reading the file failed: {reason}' },

  // New plan
  'form.title': { fi: 'Uusi suunnitelma', en: 'New plan' },
  'form.organisation': { fi: 'Organisaation nimi', en: 'Organisation name' },
  'form.budgetYear': { fi: 'Talousarviovuosi', en: 'Budget year' },
  'form.planYearCount': { fi: 'Vuosia suunnitelmassa (talousarviovuosi mukaan lukien)', en: 'Years in the plan (budget year included)' },
  'form.planYearsHint': { fi: 'Vuodet {first}–{last}', en: 'Years {first}–{last}' },
  'form.planYearCount.invalid': {
    fi: 'Kirjoita kokonaisluku väliltä 1–{max}; taloussuunnitelma kattaa vähintään kolme vuotta.',
    en: 'Type a whole number from 1 to {max}; a financial plan covers at least three years.',
  },
  'form.municipalities': { fi: 'Jäsenkunnat', en: 'Member municipalities' },
  'form.municipality': { fi: 'Kunta {n}', en: 'Municipality {n}' },
  'form.municipality.name': { fi: 'Kunnan {n} nimi', en: 'Name of municipality {n}' },
  'form.municipality.population': { fi: 'Kunnan {n} asukasluku', en: 'Population of municipality {n}' },
  'form.municipality.populationDate': { fi: 'Kunnan {n} väkiluvun päivä', en: 'Population date of municipality {n}' },
  'form.municipality.dateHint': { fi: 'Muodossa VVVV-KK-PP', en: 'As YYYY-MM-DD' },
  'form.municipality.add': { fi: 'Lisää kunta', en: 'Add a municipality' },
  'form.municipality.remove': { fi: 'Poista kunta {n}', en: 'Remove municipality {n}' },
  'form.municipalities.none': { fi: 'Lisää vähintään yksi jäsenkunta.', en: 'Add at least one member municipality.' },
  'form.council': { fi: 'Seutuvaltuuston koko', en: 'Council size' },
  'form.council.seatsPer': {
    fi: 'Asukkaita paikkaa kohden (kukin alkava määrä)',
    en: 'Inhabitants per seat (each started block)',
  },
  'form.council.minimumSeats': { fi: 'Vähimmäispaikat kuntaa kohden', en: 'Minimum seats per municipality' },
  'form.council.declaredSize': { fi: 'Valtuuston ilmoitettu koko', en: 'Declared council size' },
  'form.create': { fi: 'Luo suunnitelma', en: 'Create the plan' },
  'form.cancel': { fi: 'Peruuta', en: 'Cancel' },
  'form.invalid': {
    fi: 'Suunnitelmaa ei luotu: korjaa merkityt kentät ({count}).',
    en: 'The plan was not created: correct the marked fields ({count}).',
  },
  'form.documentTitle': {
    fi: 'Talousarvio {year} ja taloussuunnitelma {first}–{last}',
    en: 'Budget {year} and financial plan {first}–{last}',
  },
  'form.legalBasis': { fi: 'kuntalaki 51 §', en: 'Local Government Act, section 51' },

  // Generate
  'gen.title': { fi: 'Työkirjan luonti', en: 'Generating the workbook' },
  'gen.generate': { fi: 'Luo työkirja', en: 'Generate the workbook' },
  'gen.refresh': { fi: 'Päivitä työkirja', en: 'Refresh the workbook' },
  'gen.hint.new': {
    fi: 'Kirjoittaa suunnitelman taulukot, laskelmat ja tarkistukset avoimeen työkirjaan.',
    en: 'Writes the plan’s tables, calculations and findings into the open workbook.',
  },
  'gen.hint.refresh': {
    fi: 'Lukee muokatut taulukot ja kirjoittaa lasketut taulukot uudelleen.',
    en: 'Reads the edited tables and writes the derived sheets again.',
  },
  'gen.progress': { fi: 'Luonnin eteneminen', en: 'Generation progress' },
  'gen.step.read': { fi: 'Luetaan työkirjaa…', en: 'Reading the workbook…' },
  'gen.step.compute': { fi: 'Lasketaan…', en: 'Computing…' },
  'gen.step.write': { fi: 'Kirjoitetaan osaa {done}/{total}…', en: 'Writing part {done} of {total}…' },
  'gen.done.title': { fi: 'Työkirja on luotu', en: 'The workbook is generated' },
  'gen.done.sheets': { fi: 'Taulukoita kirjoitettu: {count}', en: 'Sheets written: {count}' },
  'gen.done.syncs': { fi: 'Excel-synkronointeja: {count}', en: 'Excel syncs: {count}' },
  'gen.done.copied': {
    fi: 'Taulukko {sheet} kopioitiin talteen nimellä {copy} ennen kuin se kirjoitettiin uudelleen.',
    en: 'The sheet {sheet} was copied aside as {copy} before it was rewritten.',
  },
  'gen.done.resumed': { fi: 'Keskeytynyt edellinen luonti viimeisteltiin.', en: 'The interrupted earlier generation was completed.' },
  'gen.done.unchanged': { fi: 'Työkirjassa ei ollut mitään muutettavaa.', en: 'Nothing differed from what the workbook held.' },
  'gen.done.findings': {
    fi: 'Havainnot: virheitä {errors}, varoituksia {warnings}, huomautuksia {notes}',
    en: 'Findings: errors {errors}, warnings {warnings}, notes {notes}',
  },
  'gen.failed.title': { fi: 'Luonti epäonnistui', en: 'Generation failed' },
  'gen.failed.body': {
    fi: '{reason} Luonti jäi kesken; luo työkirja uudelleen, niin se viimeistellään.',
    en: '{reason} The generation did not finish; generate the workbook again to complete it.',
  },
  'gen.refused.title': { fi: 'Työkirjaa ei päivitetty', en: 'The workbook was not refreshed' },
  'gen.refused.values': {
    fi: 'Osa arvoista jäi lukematta, ja niiden kirjoittaminen takaisin hävittäisi ne. Mitään ei kirjoitettu. Korjaa nämä solut:',
    en: 'Some values could not be read, and writing the tables back would lose them. Nothing was written. Correct these cells:',
  },
  'gen.refused.columns': {
    fi: 'Taulukoihin on lisätty sarakkeita, joissa on arvoja; päivitys hävittäisi ne. Mitään ei kirjoitettu. Siirrä tai poista nämä sarakkeet:',
    en: 'Columns with values were added to the tables; a refresh would lose them. Nothing was written. Move or remove these columns:',
  },
  'gen.refused.column': {
    fi: 'Taulukon {table} sarake {header} ({location})',
    en: 'Column {header} of the table {table} ({location})',
  },
  'gen.unreadable.title': { fi: 'Työkirjaa ei voitu lukea', en: 'The workbook could not be read' },
  'gen.confirm.title': { fi: 'Laskettuja taulukoita on muutettu', en: 'Derived sheets have been changed' },
  'gen.confirm.body': {
    fi: 'Näitä PlanSheetsin laskemia taulukoita on muutettu sen jälkeen, kun ne viimeksi kirjoitettiin:',
    en: 'These sheets that PlanSheets derives have been changed since it last wrote them:',
  },
  'gen.confirm.copy': {
    fi: 'Kukin kopioidaan talteen omaksi taulukokseen (esimerkiksi ”{example}”) ennen kuin se kirjoitetaan uudelleen. Yhteenveto kertoo kopioiden nimet.',
    en: 'Each is copied aside to a sheet of its own (for example “{example}”) before it is rewritten. The summary names the copies.',
  },
  'gen.confirm.example': { fi: '{sheet} (muokattu)', en: '{sheet} (edited)' },
  'gen.confirm.ok': { fi: 'Kopioi talteen ja päivitä', en: 'Copy aside and refresh' },
  'gen.confirm.cancel': { fi: 'Peruuta', en: 'Cancel' },
  'gen.cancelled': { fi: 'Peruutettu: työkirjaan ei kirjoitettu mitään.', en: 'Cancelled: nothing was written to the workbook.' },

  // Validate
  'val.title': { fi: 'Tarkistukset', en: 'Findings' },
  'val.none': { fi: 'Ei havaintoja: suunnitelmassa ei ole virheitä eikä huomautettavaa.', en: 'No findings: the plan has no errors and nothing to note.' },
  'val.severity.error': { fi: 'Virheet ({count})', en: 'Errors ({count})' },
  'val.severity.warning': { fi: 'Varoitukset ({count})', en: 'Warnings ({count})' },
  'val.severity.info': { fi: 'Huomautukset ({count})', en: 'Notes ({count})' },
  'val.filter.severity': { fi: 'Näytä', en: 'Show' },
  'val.filter.all': { fi: 'Kaikki ({count})', en: 'All ({count})' },
  'val.filter.text': { fi: 'Suodata tekstillä', en: 'Filter by text' },
  'val.shown': { fi: 'Näytetään {shown}/{total}', en: 'Showing {shown} of {total}' },
  'val.noneShown': { fi: 'Suodatus piilottaa kaikki havainnot.', en: 'The filter hides every finding.' },
  'val.goTo': { fi: 'Siirry soluun {location}', en: 'Go to cell {location}' },
  'val.atPath': { fi: 'Suunnitelmatiedostossa kohdassa {path}', en: 'In the plan file at {path}' },

  // Contributions
  'con.title': { fi: 'Kuntaosuudet {year}', en: 'Municipal contributions {year}' },
  'con.caption': {
    fi: 'Kuntien maksuosuudet vuonna {year} ja muutos edellisestä vuodesta',
    en: 'Each municipality’s contribution in {year} and the change from the year before',
  },
  'con.municipality': { fi: 'Kunta', en: 'Municipality' },
  'con.share': { fi: 'Osuus {year}', en: 'Share {year}' },
  'con.previous': { fi: 'Edellinen {year}', en: 'Previous {year}' },
  'con.previousNone': { fi: 'Edellinen', en: 'Previous' },
  'con.changeEuro': { fi: 'Muutos €', en: 'Change €' },
  'con.changePercent': { fi: 'Muutos %', en: 'Change %' },
  'con.total': { fi: 'Yhteensä', en: 'Total' },
  'con.missing': { fi: '–', en: '–' },
  'con.noPrevious': {
    fi: 'Suunnitelmassa ei ole edellisen vuoden osuuksia, joten muutosta ei lasketa.',
    en: 'The plan gives no previous year’s contributions, so no change is computed.',
  },
  'con.pools': { fi: 'Miten osuudet lasketaan', en: 'How the shares are computed' },
  'con.pool.heading': { fi: '{name}: {amount}', en: '{name}: {amount}' },
  'con.key.population': { fi: 'Jakoperuste: asukasluku.', en: 'Key: population.' },
  'con.key.equal': { fi: 'Jakoperuste: tasan kaikille.', en: 'Key: equal shares.' },
  'con.key.weights': { fi: 'Jakoperuste: annetut painot.', en: 'Key: the weights given.' },
  'con.key.fixed': { fi: 'Jakoperuste: kiinteät euromäärät.', en: 'Key: fixed amounts.' },
  'con.rounding.euro': {
    fi: 'Tarkka osuus = {amount} × paino / {totalWeight}. Osuudet pyöristetään alaspäin täysiin euroihin; jäljelle jäävät {units} € annetaan euro kerrallaan suurimmista jäännöksistä alkaen (sija).',
    en: 'Exact quota = {amount} × weight / {totalWeight}. Quotas are rounded down to whole euros; the {units} euros left go one each in order of the largest remainders (rank).',
  },
  'con.rounding.cent': {
    fi: 'Tarkka osuus = {amount} × paino / {totalWeight}. Osuudet pyöristetään alaspäin sentteihin; jäljelle jäävät {units} senttiä annetaan sentti kerrallaan suurimmista jäännöksistä alkaen (sija).',
    en: 'Exact quota = {amount} × weight / {totalWeight}. Quotas are rounded down to cents; the {units} cents left go one each in order of the largest remainders (rank).',
  },
  'con.fixedNote': { fi: 'Kukin kunta maksaa sille kirjatun määrän.', en: 'Each municipality pays the amount written for it.' },
  'con.pool.table': { fi: 'Erän {name} jako', en: 'How {name} is shared' },
  'con.col.weight': { fi: 'Paino', en: 'Weight' },
  'con.col.quota': { fi: 'Tarkka osuus', en: 'Exact quota' },
  'con.col.floor': { fi: 'Alaspäin', en: 'Rounded down' },
  'con.col.remainder': { fi: 'Jäännös', en: 'Remainder' },
  'con.col.rank': { fi: 'Sija', en: 'Rank' },
  'con.col.share': { fi: 'Osuus', en: 'Share' },
  'con.pool.cannot': { fi: 'Tätä erää ei voida jakaa:', en: 'This pool cannot be shared out:' },
  'con.scroll': { fi: 'Vieritettävä taulukko', en: 'Scrollable table' },

  // Export
  'exp.title': { fi: 'Liitteet ja vienti', en: 'Appendices and export' },
  'exp.appendices': { fi: 'Valtuuston liitteet', en: 'Council appendices' },
  'exp.prepare': { fi: 'Valmistele liitteet tulostusta varten', en: 'Make the appendices print-ready' },
  'exp.prepared': {
    fi: 'Näkyvissä ovat vain liitteet: {sheets}. Tulosta ne Excelin Tulosta-toiminnolla.',
    en: 'Only the appendices are visible: {sheets}. Print them with Excel’s Print command.',
  },
  'exp.undo': { fi: 'Palauta taulukot ennalleen', en: 'Undo: restore the sheets' },
  'exp.undone': { fi: 'Taulukoiden näkyvyys palautettiin.', en: 'The sheets’ visibility was restored.' },
  'exp.noAppendices': {
    fi: 'Työkirjassa ei ole liitteiksi tulostettavia taulukoita. Luo työkirja ensin.',
    en: 'The workbook has no sheets to print as appendices. Generate the workbook first.',
  },
  'exp.pdf': { fi: 'Lataa liitteet PDF-tiedostona', en: 'Download the appendices as PDF' },
  'exp.pdf.prepareFirst': {
    fi: 'Valmistele liitteet ensin, niin PDF-tiedostoon tulevat vain ne.',
    en: 'Make the appendices print-ready first, so that the PDF holds only them.',
  },
  'exp.pdf.unavailable': {
    fi: 'Tässä Excelissä PlanSheets ei voi tehdä PDF-tiedostoa. Valmistellut liitteet voi tulostaa Excelin Tulosta-toiminnolla.',
    en: 'PlanSheets cannot make a PDF in this Excel. The prepared appendices can be printed with Excel’s Print command.',
  },
  'exp.pdf.done': { fi: 'PDF-tiedosto {file} ladattiin.', en: 'The PDF file {file} was downloaded.' },
  'exp.json.title': { fi: 'Suunnitelma tiedostona', en: 'The plan as a file' },
  'exp.json': { fi: 'Lataa suunnitelma JSON-tiedostona', en: 'Download the plan as JSON' },
  'exp.json.hint': {
    fi: 'Tiedosto {file} on samaa muotoa, jota PlanSheets tuo ja komentorivi tarkistaa.',
    en: 'The file {file} has the form PlanSheets imports and the command line checks.',
  },
  'exp.json.done': { fi: 'Suunnitelma ladattiin tiedostoon {file}.', en: 'The plan was downloaded as {file}.' },
} satisfies Catalogue<string>;

export type PaneMessageKey = keyof typeof paneMessages;
