import { execFile } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { layoutMessages } from '../../src/layout/layout.messages';
import { ENUM_LABELS, SHEET_NAMES } from '../../src/layout/schema/tables';
import type { Language, Plan } from '../../src/model/plan';
import { runCli } from '../support/cli';
import { linesOf, pageSizes, pdfPages, squeeze, type PdfPage } from '../support/pdf-text';
import { examplePlan, harderPlan } from '../support/plans';

/**
 * The council appendices as `plansheets export` prints them by default
 * (Talousarvio, Kuntaosuudet, Johdanto, Toimintasuunnitelma), for the
 * example, the harder plan and a plan whose budget years run over a page,
 * read back with pdftotext, and every page rendered to PNG in
 * out/appendices/<plan>/ for people to look at (out/ is not committed).
 */

const run = promisify(execFile);
const OUT = resolve(__dirname, '..', '..', 'out', 'appendices');
const MIN_ROWS = 3;

/** The harder plan with notes long enough that its budget years run over onto a second page. */
function longNotesPlan(): Plan {
  const plan = harderPlan();
  plan.budget.years = plan.budget.years.map((y) => ({ ...y, note: 'A note long enough to wrap onto several lines of the narrow note column. '.repeat(3) }));
  return plan;
}

interface Printed {
  pages: PdfPage[];
  sizes: Array<{ width: number; height: number }>;
  pngs: string[];
}

async function exportAppendices(name: string, plan: Plan, sheets?: string): Promise<Printed> {
  const dir = join(OUT, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${name}.plan.json`);
  await writeFile(file, JSON.stringify(plan));
  const pdf = join(dir, `${name}.pdf`);
  const { code, stdout, stderr } = await runCli('export', file, '--pdf', pdf, ...(sheets ? ['--sheets', sheets] : []));
  if (code !== 0) throw new Error(`plansheets export ${name} exited with ${code}: ${stdout}${stderr}`);
  await run('pdftoppm', ['-png', '-r', '60', pdf, join(dir, 'page')]);
  const pages = await pdfPages(pdf);
  const pngs = (await readdir(dir)).filter((f) => f.endsWith('.png')).sort();
  return { pages, sizes: await pageSizes(pdf, pages.length), pngs };
}

let example: Printed;
let harder: Printed;
let longNotes: Printed;

beforeAll(async () => {
  // Each conversion has its own LibreOffice profile, so they can run at once.
  [example, harder, longNotes] = await Promise.all([
    exportAppendices('kaustinen-2026', examplePlan()),
    exportAppendices('harder', harderPlan()),
    exportAppendices('long-notes', longNotesPlan(), SHEET_NAMES.budget.en),
  ]);
}, 180_000);

const pageText = (page: PdfPage): string => squeeze(page.words.map((w) => w.text).join(''));
const allText = (printed: Printed): string => printed.pages.map(pageText).join('');

/** The pages of one appendix: from the page that shows its first heading to the page before the next appendix's. */
function pagesFrom(printed: Printed, first: string, next?: string): PdfPage[] {
  const start = printed.pages.findIndex((p) => pageText(p).includes(squeeze(first)));
  const end = next === undefined ? printed.pages.length : printed.pages.findIndex((p, i) => i > start && pageText(p).includes(squeeze(next)));
  return printed.pages.slice(start, end < 0 ? printed.pages.length : end);
}

/** Per page, how many rows of BudgetYears it prints: lines that open with a year and its kind. */
function yearRowsPerPage(pages: readonly PdfPage[], language: Language): number[] {
  const kinds = Object.values(ENUM_LABELS.budgetYearKind).map((label) => label[language]);
  return pages.map((page) => linesOf(page.words).filter((l) => /^\d{4}$/.test(l.words[0]?.text ?? '') && kinds.includes(l.words[1]?.text ?? '')).length);
}

describe.each<[string, () => Printed, Language]>([
  ['the example', () => example, 'fi'],
  ['the harder plan', () => harder, 'en'],
])('%s\'s council appendices printed', (_, printed, language) => {
  it('renders every page to PNG in out/appendices', () => {
    expect(printed().pages.length).toBeGreaterThanOrEqual(5);
    expect(printed().pngs).toHaveLength(printed().pages.length);
  });

  it('prints every page on A4', () => {
    expect(printed().sizes.filter((s) => Math.min(s.width, s.height) < 594 || Math.max(s.width, s.height) > 843)).toEqual([]);
  });

  it('prints the notes in the plan\'s language only, and speaks of the source document, never of a seed', () => {
    const text = allText(printed());
    expect(text).not.toMatch(/seed/i);
    expect(text).not.toContain(squeeze('/ The'));
    // The example's notes print in Finnish; the harder plan (English) has the example's chapters but budget and pools of its own, without notes.
    if (language === 'fi') expect(text).toContain(squeeze('Lähdeasiakirja ei anna lukuja suunnitelmavuosille.'));
    else expect(text).not.toMatch(/lähdeasiakirja/i);
  });

  it('prints the chapters I–III, in order, on portrait pages of their own', () => {
    // Both plans have the example's chapters and action plan heading; the action plan follows the chapters.
    const chapters = pagesFrom(printed(), 'I Seutukunnallinen toiminta', examplePlan().document.actionPlanHeading);
    expect(chapters.length).toBeGreaterThanOrEqual(2);
    const text = chapters.map(pageText).join('');
    const headings = ['I Seutukunnallinen toiminta', 'II Seutukuntaorganisaation perustehtävät', 'III Seutukuntaorganisaation tilanne ja toiminnan painopisteet'].map(squeeze);
    const at = headings.map((h) => text.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Every paragraph whole: a line cut off at the page's edge would lose words.
    for (const paragraph of examplePlan().chapters!.flatMap((c) => c.paragraphs)) expect(text).toContain(squeeze(paragraph));
    const sizes = chapters.map((p) => printed().sizes[p.number - 1]!);
    expect(sizes.filter((s) => s.width > s.height)).toEqual([]);
  });

  it('holds no page with fewer than three rows of the budget years when the table runs over', () => {
    const rows = yearRowsPerPage(printed().pages, language).filter((n) => n > 0);
    if (rows.length > 1) expect(rows.filter((n) => n < MIN_ROWS)).toEqual([]);
  });
});

describe('an empty table in print', () => {
  const none = layoutMessages['budget.linesNone'].fi;

  it('prints the line saying the example has no budget lines, and neither the empty table\'s header nor 0 € totals', () => {
    const budget = pagesFrom(example, layoutMessages['budget.title'].fi, 'Kuntaosuudet kunnittain');
    const text = budget.map(pageText).join('');
    expect(text).toContain(squeeze(none));
    expect(text).not.toContain(squeeze(layoutMessages['budget.linesTotal'].fi));
    // BudgetLines' header would read "Tunnus Nimi Tiimi Huomautus 2024 …", its totals "0 €".
    expect(text).not.toContain(squeeze('Tunnus Nimi Tiimi'));
    const between = text.slice(text.indexOf(squeeze(layoutMessages['budget.linesTitle'].fi)), text.indexOf(squeeze(layoutMessages['budget.yearsTitle'].fi)));
    expect(between).toBe(squeeze(`${layoutMessages['budget.linesTitle'].fi} ${none}`));
  });

  it('prints the harder plan\'s lines with their totals', () => {
    const text = allText(harder);
    expect(text).toContain(squeeze(layoutMessages['budget.linesTotal'].en));
    expect(text).toContain('l-admin');
    expect(text).not.toContain(squeeze(layoutMessages['budget.linesNone'].en));
  });
});

describe('budget years running over a page', () => {
  it('move the break so that no page holds fewer than three of them', () => {
    const rows = yearRowsPerPage(longNotes.pages, 'en');
    expect(rows.filter((n) => n > 0).length).toBeGreaterThan(1);
    expect(rows.filter((n) => n > 0 && n < MIN_ROWS)).toEqual([]);
    expect(rows.reduce((a, b) => a + b, 0)).toBe(7);
  });
});
