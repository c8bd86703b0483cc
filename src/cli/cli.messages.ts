import type { Catalogue } from '../model/messages/catalogue';

export const cliMessages = {
  usage: {
    fi: [
      'Käyttö:',
      '  plansheets validate <suunnitelma.json|työkirja.xlsx> [--format text|json] [--lang fi|en]',
      '  plansheets build <suunnitelma.json> -o <tulos.xlsx>',
      '  plansheets export <suunnitelma.json|työkirja.xlsx> --pdf <tulos.pdf> [--sheets <nimi,nimi,…|all>]',
      '  plansheets schema [-o <tiedosto.json>]',
      '  plansheets rules [--format markdown|json] [--lang fi|en]',
      '',
      'Poistumiskoodit: 0 ei virheitä (varoituksia voi olla), 1 virheitä, 2 käyttökelvoton syöte tai väärä käyttö.',
    ].join('\n'),
    en: [
      'Usage:',
      '  plansheets validate <plan.json|workbook.xlsx> [--format text|json] [--lang fi|en]',
      '  plansheets build <plan.json> -o <out.xlsx>',
      '  plansheets export <plan.json|workbook.xlsx> --pdf <out.pdf> [--sheets <name,name,…|all>]',
      '  plansheets schema [-o <file.json>]',
      '  plansheets rules [--format markdown|json] [--lang fi|en]',
      '',
      'Exit codes: 0 no errors (warnings allowed), 1 errors, 2 unusable input or wrong usage.',
    ].join('\n'),
  },
  'usage.unknown-command': {
    fi: 'tuntematon komento "{command}"; katso plansheets --help',
    en: 'unknown command "{command}"; see plansheets --help',
  },
  'usage.missing-argument': {
    fi: '{command}: puuttuu {what}; katso plansheets --help',
    en: '{command}: missing {what}; see plansheets --help',
  },
  'usage.unknown-option': {
    fi: '{command}: tuntematon valitsin {option}; katso plansheets --help',
    en: '{command}: unknown option {option}; see plansheets --help',
  },
  'usage.option-value': {
    fi: '{command}: valitsin {option} tarvitsee arvon',
    en: '{command}: option {option} needs a value',
  },
  'usage.bad-choice': {
    fi: '{command}: valitsimen {option} arvo "{value}" ei kelpaa; sallitut: {allowed}',
    en: '{command}: "{value}" is not a valid value for {option}; allowed: {allowed}',
  },
  'usage.extra-argument': {
    fi: '{command}: ylimääräinen argumentti "{argument}"',
    en: '{command}: unexpected argument "{argument}"',
  },
  'input.not-found': { fi: 'tiedostoa {file} ei löydy', en: 'file {file} not found' },
  'input.unreadable': { fi: 'tiedostoa {file} ei voi lukea: {detail}', en: 'cannot read {file}: {detail}' },
  'input.not-a-plan': {
    fi: '{file} ei ole kelvollinen suunnitelma: {problems}',
    en: '{file} is not a valid plan: {problems}',
  },
  'input.more-problems': { fi: '(ja {count} muuta ongelmaa)', en: '(and {count} more problems)' },
  'input.unknown-type': {
    fi: '{file}: odotettiin .json-suunnitelmaa tai .xlsx-työkirjaa',
    en: '{file}: expected a .json plan or an .xlsx workbook',
  },
  'output.unwritable': { fi: 'tiedostoon {file} ei voi kirjoittaa: {detail}', en: 'cannot write {file}: {detail}' },
  internal: {
    fi: 'sisäinen virhe: {detail} (ilmoita tästä PlanSheetsin kehittäjille)',
    en: 'internal error: {detail} (please report this to the PlanSheets developers)',
  },
  'report.checked': { fi: 'Tarkistettu: {file}', en: 'Checked: {file}' },
  'report.counts': {
    fi: '{municipalities} kuntaa · {teams} tiimiä ja osiota · {goals} tavoitetta · {actions} toimenpidettä (alakohdat mukana) · {metrics} mittaria',
    en: '{municipalities} municipalities · {teams} teams and sections · {goals} goals · {actions} actions (incl. sub-actions) · {metrics} metrics',
  },
  'report.seats': {
    fi: 'Seutuvaltuusto: {seats} paikkaa asukaslukujen mukaan, ilmoitettu koko {size}',
    en: 'Council: {seats} seats from the populations, declared size {size}',
  },
  'report.shares-heading': { fi: 'Kuntaosuudet {year}:', en: 'Municipal contributions {year}:' },
  'report.shares-total': { fi: 'Yhteensä', en: 'Total' },
  'report.no-shares': { fi: 'Kuntaosuuksia ei voitu laskea.', en: 'No municipal contributions could be computed.' },
  'report.errors': { fi: 'Virheet ({count})', en: 'Errors ({count})' },
  'report.warnings': { fi: 'Varoitukset ({count})', en: 'Warnings ({count})' },
  'report.infos': { fi: 'Huomiot ({count})', en: 'Notes ({count})' },
  'report.none': { fi: '  ei yhtään', en: '  none' },
  'report.result': {
    fi: 'Tulos: {errors} virhettä, {warnings} varoitusta, {infos} huomiota.',
    en: 'Result: {errors} errors, {warnings} warnings, {infos} notes.',
  },
  'schema.written': { fi: 'JSON Schema kirjoitettu: {file}', en: 'JSON Schema written: {file}' },
  'build.written': {
    fi: 'Työkirja kirjoitettu: {file} ({sheets} välilehteä, {kilobytes} kt, {seconds} s). Tarkistukset: {errors} virhettä, {warnings} varoitusta, {infos} huomiota.',
    en: 'Workbook written: {file} ({sheets} sheets, {kilobytes} KB, {seconds} s). Checks: {errors} errors, {warnings} warnings, {infos} notes.',
  },
  'export.written': {
    fi: 'PDF kirjoitettu: {file} (välilehdet: {sheets}; {seconds} s).',
    en: 'PDF written: {file} (sheets: {sheets}; {seconds} s).',
  },
  'export.no-libreoffice': {
    fi: 'PDF-vientiin tarvitaan LibreOffice, jota ei löydy: asenna Debian-paketti libreoffice-calc-nogui (apt-get install libreoffice-calc-nogui)',
    en: 'exporting PDF needs LibreOffice, which is not installed: install the Debian package libreoffice-calc-nogui (apt-get install libreoffice-calc-nogui)',
  },
  'export.failed': { fi: 'PDF-vienti epäonnistui: {detail}', en: 'PDF export failed: {detail}' },
  'export.unknown-sheet': {
    fi: 'työkirjassa ei ole välilehteä "{sheet}"; välilehdet ovat: {available}',
    en: 'the workbook has no sheet "{sheet}"; its sheets are: {available}',
  },
  'workbook.unreadable': {
    fi: '{file} ei ole luettava Excel-työkirja (.xlsx): {detail}',
    en: '{file} is not a readable Excel workbook (.xlsx): {detail}',
  },
  'workbook.empty': { fi: 'tiedosto on tyhjä', en: 'the file is empty' },
  'workbook.not-xlsx': {
    fi: 'tiedosto ei ole .xlsx-työkirja (vanha .xls tai muu tiedosto? tallenna Excelissä muodossa .xlsx)',
    en: 'the file is not an .xlsx workbook (an old .xls or another file? save it from Excel as .xlsx)',
  },
  'workbook.encrypted': {
    fi: 'työkirja on suojattu salasanalla (salattu), joten PlanSheets ei voi lukea sitä: poista salasana Excelissä (Tiedosto > Tiedot > Suojaa työkirja > Salaa salasanalla) ja tallenna tiedosto uudelleen',
    en: 'the workbook is password-protected (encrypted), so PlanSheets cannot read it: remove the password in Excel (File > Info > Protect Workbook > Encrypt with Password) and save the file again',
  },
  'workbook.too-large': {
    fi: 'tiedosto purkautuu suuremmaksi kuin {limit} Mt, jonka PlanSheets lukee työkirjasta; sitä ei purettu ({detail})',
    en: 'the file unpacks to more than the {limit} MB PlanSheets reads of a workbook; it was not unpacked ({detail})',
  },
  'workbook.unsafe-xml': {
    fi: 'sen osassa {part} on dokumenttityypin määrittely (DOCTYPE), jota Excel ei koskaan kirjoita; tiedostoa ei lueta, eikä siitä laajennettu tai haettu mitään',
    en: 'its part {part} has a document type declaration (DOCTYPE), which Excel never writes; the file is not read, and nothing in it was expanded or fetched',
  },
  'workbook.damaged': { fi: 'työkirja on vaurioitunut ({detail})', en: 'the workbook is damaged ({detail})' },
  'build.unsafe-rebuild': {
    fi: 'työkirjaa {file} ei muodosteta uudelleen, koska osa sen riveistä tai arvoista jäisi pois: {problems}',
    en: 'the workbook {file} is not rebuilt, because some of its rows or values would be left out: {problems}',
  },
  'build.same-file': {
    fi: 'uutta työkirjaa ei kirjoiteta lähdetyökirjan {file} päälle: anna toinen tiedostonimi valitsimella -o',
    en: 'the new workbook is not written over the source workbook {file}: give another file name with -o',
  },
  'build.sheet-renamed': {
    fi: 'Huomio: välilehden "{sheet}" taulukot ovat uudessa työkirjassa välilehdellä "{name}".',
    en: 'Note: the tables of the sheet "{sheet}" are on the sheet "{name}" in the new workbook.',
  },
  'build.unread-columns': {
    fi: 'työkirjaa {file} ei muodosteta uudelleen, koska sen taulukoihin lisättyjen sarakkeiden arvot jäisivät pois (PlanSheets ei tunne niitä): {columns}. Siirrä sarakkeet omalle välilehdelle tai poista ne ja muodosta työkirja sitten uudelleen.',
    en: 'the workbook {file} is not rebuilt, because the values of columns added to its tables would be left out (PlanSheets does not know them): {columns}. Move the columns to a sheet of your own or delete them, then rebuild.',
  },
  'build.unread-column': {
    fi: '{location}: sarake "{header}" (taulukko {table})',
    en: '{location}: column "{header}" (table {table})',
  },
  'build.sheet-not-carried': {
    fi: 'Huomio: välilehteä "{sheet}" ei ole PlanSheetsin tekemä, eikä sitä siirretty uuteen työkirjaan (se on yhä tiedostossa {file}).',
    en: 'Note: the sheet "{sheet}" was not made by PlanSheets and was not carried into the new workbook (it is still in {file}).',
  },
  'build.content-not-carried': {
    fi: 'Huomio: välilehden "{sheet}" sisältöä ei siirretty uuteen työkirjaan: {what} (se on yhä tiedostossa {file}).',
    en: 'Note: the sheet "{sheet}" has {what}, not carried into the new workbook (it is still in {file}).',
  },
  'build.macros-not-carried': {
    fi: 'Huomio: työkirjan makroja (VBA-projekti) ei siirretty uuteen työkirjaan, joka on .xlsx (ne ovat yhä tiedostossa {file}).',
    en: "Note: the workbook's macros (VBA project) are not carried into the new workbook, which is an .xlsx (they are still in {file}).",
  },
  'content.chart': { fi: 'kaavio ("{title}")', en: 'a chart ("{title}")' },
  'content.chart-untitled': { fi: 'nimetön kaavio', en: 'a chart without a title' },
  'content.picture': { fi: 'kuva', en: 'a picture' },
  'content.pictures': { fi: '{count} kuvaa', en: '{count} pictures' },
  'content.comment': { fi: 'kommentti', en: 'a comment' },
  'content.comments': { fi: '{count} kommenttia', en: '{count} comments' },
  'content.pivot-table': { fi: 'pivot-taulukko', en: 'a pivot table' },
  'content.pivot-tables': { fi: '{count} pivot-taulukkoa', en: '{count} pivot tables' },
  'workbook.no-plan': {
    fi: 'työkirjasta {file} ei saa suunnitelmaa: {problems}',
    en: 'no plan can be read from the workbook {file}: {problems}',
  },
} satisfies Catalogue<string>;

export type CliMessageKey = keyof typeof cliMessages;
