import type { Catalogue } from '../model/messages/catalogue';

export const cliMessages = {
  usage: {
    fi: [
      'Käyttö:',
      '  plansheets validate <suunnitelma.json|työkirja.xlsx> [--format text|json] [--lang fi|sv|en]',
      '  plansheets build <suunnitelma.json> -o <tulos.xlsx>',
      '  plansheets export <suunnitelma.json|työkirja.xlsx> --pdf <tulos.pdf> [--sheets <nimi,nimi,…|all>]',
      '  plansheets schema [-o <tiedosto.json>]',
      '  plansheets rules [--format markdown|json] [--lang fi|sv|en]',
      '',
      'Poistumiskoodit: 0 ei virheitä (varoituksia voi olla), 1 virheitä, 2 käyttökelvoton syöte tai väärä käyttö.',
    ].join('\n'),
    en: [
      'Usage:',
      '  plansheets validate <plan.json|workbook.xlsx> [--format text|json] [--lang fi|sv|en]',
      '  plansheets build <plan.json> -o <out.xlsx>',
      '  plansheets export <plan.json|workbook.xlsx> --pdf <out.pdf> [--sheets <name,name,…|all>]',
      '  plansheets schema [-o <file.json>]',
      '  plansheets rules [--format markdown|json] [--lang fi|sv|en]',
      '',
      'Exit codes: 0 no errors (warnings allowed), 1 errors, 2 unusable input or wrong usage.',
    ].join('\n'),
    sv: [
      'Användning:',
      '  plansheets validate <plan.json|arbetsbok.xlsx> [--format text|json] [--lang fi|sv|en]',
      '  plansheets build <plan.json> -o <resultat.xlsx>',
      '  plansheets export <plan.json|arbetsbok.xlsx> --pdf <resultat.pdf> [--sheets <namn,namn,…|all>]',
      '  plansheets schema [-o <fil.json>]',
      '  plansheets rules [--format markdown|json] [--lang fi|sv|en]',
      '',
      'Slutkoder: 0 inga fel (varningar kan finnas), 1 fel, 2 oanvändbar indata eller felaktig användning.',
    ].join('\n'),
  },
  'usage.unknown-command': {
    fi: 'tuntematon komento "{command}"; katso plansheets --help',
    en: 'unknown command "{command}"; see plansheets --help',
    sv: 'okänt kommando "{command}"; se plansheets --help',
  },
  'usage.missing-argument': {
    fi: '{command}: puuttuu {what}; katso plansheets --help',
    en: '{command}: missing {what}; see plansheets --help',
    sv: '{command}: {what} saknas; se plansheets --help',
  },
  'usage.unknown-option': {
    fi: '{command}: tuntematon valitsin {option}; katso plansheets --help',
    en: '{command}: unknown option {option}; see plansheets --help',
    sv: '{command}: okänt alternativ {option}; se plansheets --help',
  },
  'usage.option-value': {
    fi: '{command}: valitsin {option} tarvitsee arvon',
    en: '{command}: option {option} needs a value',
    sv: '{command}: alternativet {option} behöver ett värde',
  },
  'usage.bad-choice': {
    fi: '{command}: valitsimen {option} arvo "{value}" ei kelpaa; sallitut: {allowed}',
    en: '{command}: "{value}" is not a valid value for {option}; allowed: {allowed}',
    sv: '{command}: värdet "{value}" är inte giltigt för {option}; tillåtna: {allowed}',
  },
  'usage.extra-argument': {
    fi: '{command}: ylimääräinen argumentti "{argument}"',
    en: '{command}: unexpected argument "{argument}"',
    sv: '{command}: oväntat argument "{argument}"',
  },
  'input.not-found': { fi: 'tiedostoa {file} ei löydy', en: 'file {file} not found', sv: 'filen {file} finns inte' },
  'input.unreadable': { fi: 'tiedostoa {file} ei voi lukea: {detail}', en: 'cannot read {file}: {detail}', sv: 'filen {file} kan inte läsas: {detail}' },
  'input.not-a-plan': {
    fi: '{file} ei ole kelvollinen suunnitelma: {problems}',
    en: '{file} is not a valid plan: {problems}',
    sv: '{file} är inte en giltig plan: {problems}',
  },
  'input.more-problems': { fi: '(ja {count} muuta ongelmaa)', en: '(and {count} more problems)', sv: '(och {count} problem till)' },
  'input.unknown-type': {
    fi: '{file}: odotettiin .json-suunnitelmaa tai .xlsx-työkirjaa',
    en: '{file}: expected a .json plan or an .xlsx workbook',
    sv: '{file}: väntade en .json-plan eller en .xlsx-arbetsbok',
  },
  'output.unwritable': { fi: 'tiedostoon {file} ei voi kirjoittaa: {detail}', en: 'cannot write {file}: {detail}', sv: 'filen {file} kan inte skrivas: {detail}' },
  internal: {
    fi: 'sisäinen virhe: {detail} (ilmoita tästä PlanSheetsin kehittäjille)',
    en: 'internal error: {detail} (please report this to the PlanSheets developers)',
    sv: 'internt fel: {detail} (rapportera detta till PlanSheets utvecklare)',
  },
  'report.checked': { fi: 'Tarkistettu: {file}', en: 'Checked: {file}', sv: 'Kontrollerad: {file}' },
  'report.counts': {
    fi: '{municipalities} kuntaa · {teams} tiimiä ja osiota · {goals} tavoitetta · {actions} toimenpidettä (alakohdat mukana) · {metrics} mittaria',
    en: '{municipalities} municipalities · {teams} teams and sections · {goals} goals · {actions} actions (incl. sub-actions) · {metrics} metrics',
    sv: '{municipalities} kommuner · {teams} team och avsnitt · {goals} mål · {actions} åtgärder (delåtgärder medräknade) · {metrics} mätare',
  },
  'report.seats': {
    fi: 'Seutuvaltuusto: {seats} paikkaa asukaslukujen mukaan, ilmoitettu koko {size}',
    en: 'Council: {seats} seats from the populations, declared size {size}',
    sv: 'Fullmäktige: {seats} platser enligt invånarantalen, angiven storlek {size}',
  },
  'report.shares-heading': { fi: 'Kuntaosuudet {year}:', en: 'Municipal contributions {year}:', sv: 'Kommunandelar {year}:' },
  'report.shares-total': { fi: 'Yhteensä', en: 'Total', sv: 'Sammanlagt' },
  'report.no-shares': { fi: 'Kuntaosuuksia ei voitu laskea.', en: 'No municipal contributions could be computed.', sv: 'Inga kommunandelar kunde räknas ut.' },
  'report.errors': { fi: 'Virheet ({count})', en: 'Errors ({count})', sv: 'Fel ({count})' },
  'report.warnings': { fi: 'Varoitukset ({count})', en: 'Warnings ({count})', sv: 'Varningar ({count})' },
  'report.infos': { fi: 'Huomiot ({count})', en: 'Notes ({count})', sv: 'Anmärkningar ({count})' },
  'report.none': { fi: '  ei yhtään', en: '  none', sv: '  inga' },
  'report.result': {
    fi: 'Tulos: {errors} virhettä, {warnings} varoitusta, {infos} huomiota.',
    en: 'Result: {errors} errors, {warnings} warnings, {infos} notes.',
    sv: 'Resultat: {errors} fel, {warnings} varningar, {infos} anmärkningar.',
  },
  'schema.written': { fi: 'JSON Schema kirjoitettu: {file}', en: 'JSON Schema written: {file}', sv: 'JSON Schema skrivet: {file}' },
  'build.written': {
    fi: 'Työkirja kirjoitettu: {file} ({sheets} välilehteä, {kilobytes} kt, {seconds} s). Tarkistukset: {errors} virhettä, {warnings} varoitusta, {infos} huomiota.',
    en: 'Workbook written: {file} ({sheets} sheets, {kilobytes} KB, {seconds} s). Checks: {errors} errors, {warnings} warnings, {infos} notes.',
    sv: 'Arbetsboken skriven: {file} ({sheets} blad, {kilobytes} kB, {seconds} s). Kontroller: {errors} fel, {warnings} varningar, {infos} anmärkningar.',
  },
  'export.written': {
    fi: 'PDF kirjoitettu: {file} (välilehdet: {sheets}; {seconds} s).',
    en: 'PDF written: {file} (sheets: {sheets}; {seconds} s).',
    sv: 'PDF skriven: {file} (blad: {sheets}; {seconds} s).',
  },
  'export.no-libreoffice': {
    fi: 'PDF-vientiin tarvitaan LibreOffice, jota ei löydy: asenna Debian-paketti libreoffice-calc-nogui (apt-get install libreoffice-calc-nogui)',
    en: 'exporting PDF needs LibreOffice, which is not installed: install the Debian package libreoffice-calc-nogui (apt-get install libreoffice-calc-nogui)',
    sv: 'PDF-export kräver LibreOffice, som inte är installerat: installera Debianpaketet libreoffice-calc-nogui (apt-get install libreoffice-calc-nogui)',
  },
  'export.failed': { fi: 'PDF-vienti epäonnistui: {detail}', en: 'PDF export failed: {detail}', sv: 'PDF-exporten misslyckades: {detail}' },
  'export.unknown-sheet': {
    fi: 'työkirjassa ei ole välilehteä "{sheet}"; välilehdet ovat: {available}',
    en: 'the workbook has no sheet "{sheet}"; its sheets are: {available}',
    sv: 'arbetsboken har inget blad "{sheet}"; dess blad är: {available}',
  },
  'workbook.unreadable': {
    fi: '{file} ei ole luettava Excel-työkirja (.xlsx): {detail}',
    en: '{file} is not a readable Excel workbook (.xlsx): {detail}',
    sv: '{file} är inte en läsbar Excel-arbetsbok (.xlsx): {detail}',
  },
  'workbook.empty': { fi: 'tiedosto on tyhjä', en: 'the file is empty', sv: 'filen är tom' },
  'workbook.not-xlsx': {
    fi: 'tiedosto ei ole .xlsx-työkirja (vanha .xls tai muu tiedosto? tallenna Excelissä muodossa .xlsx)',
    en: 'the file is not an .xlsx workbook (an old .xls or another file? save it from Excel as .xlsx)',
    sv: 'filen är inte en .xlsx-arbetsbok (en gammal .xls eller en annan fil? spara den i Excel som .xlsx)',
  },
  'workbook.damaged': { fi: 'työkirja on vaurioitunut ({detail})', en: 'the workbook is damaged ({detail})', sv: 'arbetsboken är skadad ({detail})' },
  'build.unsafe-rebuild': {
    fi: 'työkirjaa {file} ei muodosteta uudelleen, koska osa sen riveistä tai arvoista jäisi pois: {problems}',
    en: 'the workbook {file} is not rebuilt, because some of its rows or values would be left out: {problems}',
    sv: 'arbetsboken {file} byggs inte om, eftersom en del av dess rader eller värden skulle falla bort: {problems}',
  },
  'build.same-file': {
    fi: 'uutta työkirjaa ei kirjoiteta lähdetyökirjan {file} päälle: anna toinen tiedostonimi valitsimella -o',
    en: 'the new workbook is not written over the source workbook {file}: give another file name with -o',
    sv: 'den nya arbetsboken skrivs inte över källarbetsboken {file}: ange ett annat filnamn med -o',
  },
  'build.sheet-renamed': {
    fi: 'Huomio: välilehden "{sheet}" taulukot ovat uudessa työkirjassa välilehdellä "{name}".',
    en: 'Note: the tables of the sheet "{sheet}" are on the sheet "{name}" in the new workbook.',
    sv: 'Obs: tabellerna på bladet "{sheet}" finns på bladet "{name}" i den nya arbetsboken.',
  },
  'build.unread-columns': {
    fi: 'työkirjaa {file} ei muodosteta uudelleen, koska sen taulukoihin lisättyjen sarakkeiden arvot jäisivät pois (PlanSheets ei tunne niitä): {columns}. Siirrä sarakkeet omalle välilehdelle tai poista ne ja muodosta työkirja sitten uudelleen.',
    en: 'the workbook {file} is not rebuilt, because the values of columns added to its tables would be left out (PlanSheets does not know them): {columns}. Move the columns to a sheet of your own or delete them, then rebuild.',
    sv: 'arbetsboken {file} byggs inte om, eftersom värdena i kolumner som lagts till i dess tabeller skulle falla bort (PlanSheets känner inte till dem): {columns}. Flytta kolumnerna till ett eget blad eller ta bort dem och bygg sedan om arbetsboken.',
  },
  'build.unread-column': {
    fi: '{location}: sarake "{header}" (taulukko {table})',
    en: '{location}: column "{header}" (table {table})',
    sv: '{location}: kolumnen "{header}" (tabellen {table})',
  },
  'build.sheet-not-carried': {
    fi: 'Huomio: välilehteä "{sheet}" ei ole PlanSheetsin tekemä, eikä sitä siirretty uuteen työkirjaan (se on yhä tiedostossa {file}).',
    en: 'Note: the sheet "{sheet}" was not made by PlanSheets and was not carried into the new workbook (it is still in {file}).',
    sv: 'Obs: bladet "{sheet}" är inte gjort av PlanSheets och fördes inte över till den nya arbetsboken (det finns kvar i {file}).',
  },
  'workbook.no-plan': {
    fi: 'työkirjasta {file} ei saa suunnitelmaa: {problems}',
    en: 'no plan can be read from the workbook {file}: {problems}',
    sv: 'ingen plan kan läsas ur arbetsboken {file}: {problems}',
  },
} satisfies Catalogue<string>;

export type CliMessageKey = keyof typeof cliMessages;
