import { runCli } from '../support/cli';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validatePlan } from '../../src/engine/validate';
import { workbookLayout } from '../support/layouts';
import { layoutMessages } from '../../src/layout/layout.messages';
import { finnishDate } from '../../src/layout/print-setup';
import { SHEET_NAMES } from '../../src/layout/schema/tables';
import { localise } from '../../src/model/messages/catalogue';
import type { Goal, Language, Plan, Section } from '../../src/model/plan';
import { PlanSchema } from '../../src/model/plan.schema';
import { linesOf, pageCount, pageSizes, pdfPages, PdfTextStream, squeeze, type PdfLine, type PdfPage } from '../support/pdf-text';
import { minimalPlan } from '../support/plan-builder';

/**
 * The council appendix as LibreOffice prints it: the example's
 * Toimintasuunnitelma exported once through `plansheets export`, read back
 * with pdftotext and pdfinfo. Column texts are read by the x position of
 * each word under the column headings, so the order checks hold however the
 * PDF orders its text.
 */

const EXAMPLE_FILE = join(__dirname, '..', '..', 'examples', 'kaustinen-2026.plan.json');
const example: Plan = PlanSchema.parse(JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8')));
const SWEDISH_FILE = join(__dirname, '..', '..', 'examples', 'exempelregionen-2026.plan.json');
const swedishPlan: Plan = PlanSchema.parse(JSON.parse(readFileSync(SWEDISH_FILE, 'utf8')));

/** A4 in points, as pdfinfo prints it. */
const A4 = { long: 841.89, short: 595.28 };
const isA4 = (size: { width: number; height: number }): boolean =>
  [size.width, size.height].sort((a, b) => a - b).every((side, i) => Math.abs(side - [A4.short, A4.long][i]!) < 1);
const isA4Landscape = (size: { width: number; height: number }): boolean => isA4(size) && size.width > size.height;

/** An English plan long enough for two pages, with sub-actions and metric kinds. */
const englishPlan: Plan = minimalPlan({
  language: 'en',
  sections: (['Administration team', 'Business services team'] as const).map(
    (title, s): Section => ({
      id: `team-${s}`,
      kind: 'team',
      title,
      goals: Array.from({ length: 6 }, (_, g): Goal => ({
        id: `goal-${s}-${g}`,
        title: `Goal ${s + 1}.${g + 1} of the ${title.toLowerCase()}`,
        actions: Array.from({ length: 5 }, (__, a) => ({
          id: `action-${s}-${g}-${a}`,
          text: `Action ${s + 1}.${g + 1}.${a + 1}: work with the member municipalities on shared services`,
          ...(a === 0 ? { subActions: [{ id: `sub-${s}-${g}`, text: `Sub-action ${s + 1}.${g + 1}.1 in detail` }] } : {}),
        })),
        metrics: [
          { id: `metric-${s}-${g}-0`, text: `Metric ${s + 1}.${g + 1}.1 completed actions`, kind: 'output' },
          { id: `metric-${s}-${g}-1`, text: `Metric ${s + 1}.${g + 1}.2 satisfied customers`, kind: 'outcome' },
        ],
      })),
    }),
  ),
});

interface Printed {
  pages: PdfPage[];
  sizes: Array<{ width: number; height: number }>;
}

let dir: string;
let appendix: Printed;
let everything: Printed;
let english: Printed;
let swedish: Printed;
let swedishReport: string;

async function exportPdf(plan: string, pdf: string, sheets: string): Promise<Printed> {
  const { code, stdout, stderr } = await runCli('export', plan, '--pdf', pdf, '--sheets', sheets);
  if (code !== 0) throw new Error(`plansheets export ${plan} --sheets ${sheets} exited with ${code}: ${stdout}${stderr}`);
  const pages = await pdfPages(pdf);
  return { pages, sizes: await pageSizes(pdf, await pageCount(pdf)) };
}

/** The Swedish example's default appendices, exported with Swedish messages. */
async function exportSwedish(pdf: string): Promise<Printed> {
  const { code, stdout, stderr } = await runCli('export', SWEDISH_FILE, '--pdf', pdf, '--lang', 'sv');
  if (code !== 0) throw new Error(`plansheets export ${SWEDISH_FILE} --lang sv exited with ${code}: ${stdout}${stderr}`);
  swedishReport = stdout;
  const pages = await pdfPages(pdf);
  return { pages, sizes: await pageSizes(pdf, await pageCount(pdf)) };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plansheets-appendix-pdf-'));
  const englishFile = join(dir, 'english.plan.json');
  await writeFile(englishFile, JSON.stringify(englishPlan));
  // Each conversion has its own LibreOffice profile, so they can run at once.
  [appendix, everything, english, swedish] = await Promise.all([
    exportPdf(EXAMPLE_FILE, join(dir, 'appendix.pdf'), SHEET_NAMES.actionPlan.fi),
    exportPdf(EXAMPLE_FILE, join(dir, 'all.pdf'), 'all'),
    exportPdf(englishFile, join(dir, 'english.pdf'), SHEET_NAMES.actionPlan.en),
    exportSwedish(join(dir, 'svenska.pdf')),
  ]);
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const columnHeadings = (language: Language): [string, string, string] => [
  layoutMessages['actionPlan.column.goals'][language],
  layoutMessages['actionPlan.column.actions'][language],
  layoutMessages['actionPlan.column.metrics'][language],
];

/** The page label of page `n` of `m`, e.g. "Sivu 2 / 7". */
const pageLabel = (language: Language, n: number, m: number): string =>
  layoutMessages['print.pageLabel'][language].replace('&P', String(n)).replace('&N', String(m));
const PAGE_LABEL = /^(Sivu \d+ \/ \d+|Sida \d+ \/ \d+|Page \d+ of \d+)$/;

/** The first line of a page that holds the three column headings. */
function headingLine(lines: readonly PdfLine[], headings: readonly string[]): PdfLine | undefined {
  return lines.find((line) => headings.every((h) => line.words.some((w) => w.text === h)));
}

/**
 * Each column's text in reading order across the document: every word at or
 * below a page's column headings goes to the column it starts in.
 */
function columnStreams(pages: readonly PdfPage[], language: Language): [PdfTextStream, PdfTextStream, PdfTextStream] {
  const headings = columnHeadings(language);
  const streams: [PdfTextStream, PdfTextStream, PdfTextStream] = [new PdfTextStream(), new PdfTextStream(), new PdfTextStream()];
  for (const page of pages) {
    const lines = linesOf(page.words);
    const header = headingLine(lines, headings);
    if (!header) continue;
    const actionsX = header.words.find((w) => w.text === headings[1])!.xMin - 2;
    const metricsX = header.words.find((w) => w.text === headings[2])!.xMin - 2;
    for (const line of lines.filter((l) => l.y >= header.y && !PAGE_LABEL.test(l.text))) {
      streams[0].append(line.words.filter((w) => w.xMin < actionsX), page.number);
      streams[1].append(line.words.filter((w) => w.xMin >= actionsX && w.xMin < metricsX), page.number);
      streams[2].append(line.words.filter((w) => w.xMin >= metricsX), page.number);
    }
  }
  return streams;
}

/** What each goal's three cells hold, in the plan's order: the texts the appendix must show. */
function expectedColumns(plan: Plan) {
  const kindHeading = (kind: 'output' | 'outcome', number: number): string =>
    localise(layoutMessages, kind === 'output' ? 'actionPlan.metricKind.output' : 'actionPlan.metricKind.outcome', { number })[plan.language];
  return plan.sections.flatMap((section) =>
    section.goals.map((goal) => {
      const metrics: string[] = [];
      let kind: string | undefined;
      let number = 0;
      for (const metric of goal.metrics) {
        if (metric.kind !== undefined && metric.kind !== kind) metrics.push(kindHeading(metric.kind, (number += 1)));
        kind = metric.kind ?? kind;
        metrics.push(metric.text);
      }
      return {
        goal,
        title: goal.title,
        actions: goal.actions.flatMap((a) => [a.text, ...(a.subActions ?? []).map((s) => s.text)]),
        metrics,
      };
    }),
  );
}

/** Every goal title, action, sub-action and metric, in the plan's order within its column; each goal's cells start on one row. */
function checkColumns(printed: Printed, plan: Plan): void {
  const [goals, actions, metrics] = columnStreams(printed.pages, plan.language);
  const expected = expectedColumns(plan);
  const titles = goals.findInOrder(expected.map((e) => e.title));
  const actionTexts = actions.findInOrder(expected.flatMap((e) => e.actions));
  const metricTexts = metrics.findInOrder(expected.flatMap((e) => e.metrics));
  expect({ goals: titles.missing, actions: actionTexts.missing, metrics: metricTexts.missing }).toEqual({ goals: [], actions: [], metrics: [] });

  // The first action and the first metric line of a goal print at the top of the goal's row.
  let actionAt = 0;
  let metricAt = 0;
  const misplaced: string[] = [];
  expected.forEach((e, i) => {
    const row = titles.places[i]!;
    const firstAction = e.actions.length > 0 ? actionTexts.places[actionAt] : row;
    const firstMetric = e.metrics.length > 0 ? metricTexts.places[metricAt] : row;
    for (const [what, place] of [['action', firstAction], ['metric', firstMetric]] as const) {
      if (place?.page !== row.page || Math.abs(place.y - row.y) > 2) misplaced.push(`${e.title}: first ${what} at ${JSON.stringify(place)}, goal at ${JSON.stringify(row)}`);
    }
    actionAt += e.actions.length;
    metricAt += e.metrics.length;
  });
  expect(misplaced).toEqual([]);
}

/** The pages that print goal rows: those with action bullets. */
const goalPages = (printed: Printed): PdfPage[] => printed.pages.filter((page) => page.words.some((w) => w.text === '•'));

describe('the example\'s council appendix (Toimintasuunnitelma) printed to PDF', () => {
  const headerParts = [example.organisation.name, ...example.document.meetings.map((m) => `${m.body} ${finnishDate(m.date)} § ${m.section}`), example.document.title];

  it('prints A4 landscape pages, each with goal rows', () => {
    expect(appendix.pages.length).toBeGreaterThanOrEqual(3);
    expect(appendix.sizes).toHaveLength(appendix.pages.length);
    expect(appendix.sizes.filter((size) => !isA4Landscape(size))).toEqual([]);
    expect(goalPages(appendix).map((p) => p.number)).toEqual(appendix.pages.map((p) => p.number));
  });

  it('holds the appendix only, opening with the action plan heading', () => {
    const lines = linesOf(appendix.pages[0]!.words).map((l) => squeeze(l.text));
    const body = lines.filter((line) => !headerParts.some((part) => line.includes(squeeze(part))));
    expect(body[0]).toBe(squeeze(example.document.actionPlanHeading!));
  });

  it('shows every goal title, action, sub-action and metric of the plan, each column in the plan\'s order, every goal\'s cells starting on one row', () => {
    checkColumns(appendix, example);
  });

  /** The example with two neighbours swapped: the goals of a section, or a goal's actions or metrics. */
  const swapped = (what: 'goals' | 'actions' | 'metrics'): Plan => {
    const plan = structuredClone(example);
    const section = plan.sections[0]!;
    const list: unknown[] = what === 'goals' ? section.goals : section.goals.find((g) => g[what].length > 1)![what];
    [list[0], list[1]] = [list[1], list[0]];
    return plan;
  };

  it.each(['goals', 'actions', 'metrics'] as const)('would notice %s out of order', (what) => {
    expect(() => checkColumns(appendix, swapped(what))).toThrow();
  });

  it('prints the section titles in the plan\'s order, the cross-cutting heading before the first cross-cutting section', () => {
    const stream = new PdfTextStream();
    for (const page of appendix.pages) for (const line of linesOf(page.words)) stream.append(line.words, page.number);
    const firstCrossCutting = example.sections.findIndex((s) => s.kind === 'crossCutting');
    const titles = example.sections.map((s) => s.title);
    titles.splice(firstCrossCutting, 0, example.document.crossCuttingHeading!);
    expect(stream.findInOrder(titles).missing).toEqual([]);
  });

  it('repeats the column headings at the top of every page, above its goal rows', () => {
    const headings = columnHeadings('fi');
    for (const page of goalPages(appendix)) {
      const lines = linesOf(page.words);
      const header = headingLine(lines, headings);
      expect({ page: page.number, header: header?.text }).toEqual({ page: page.number, header: headings.join(' ') });
      const firstBullet = Math.min(...page.words.filter((w) => w.text === '•').map((w) => w.yMin));
      expect(header!.y).toBeLessThan(firstBullet);
      if (page.number > 1) {
        // Above the headings there is only the page header.
        const above = lines.filter((l) => l.y < header!.y).map((l) => headerParts.reduce((rest, part) => rest.replace(squeeze(part), ''), squeeze(l.text)));
        expect({ page: page.number, above }).toEqual({ page: page.number, above: above.map(() => '') });
      }
    }
  });

  it('leaves no section title or column-heading row at the foot of a page without a goal row under it', () => {
    const titles = new Set([...example.sections.map((s) => s.title), example.document.crossCuttingHeading!].map(squeeze));
    const headings = squeeze(columnHeadings('fi').join(''));
    const orphans: string[] = [];
    for (const page of appendix.pages) {
      const lastBullet = Math.max(...page.words.filter((w) => w.text === '•').map((w) => w.yMin));
      for (const line of linesOf(page.words)) {
        const text = squeeze(line.text);
        if ((titles.has(text) || text === headings) && line.y > lastBullet) orphans.push(`page ${page.number}: ${line.text}`);
      }
    }
    expect(orphans).toEqual([]);
  });

  it('heads every page with the organisation, both meeting references and the document title', () => {
    expect(headerParts).toEqual([
      'Kaustisen seutukunta',
      'Kaustisen seutukunnan johtoryhmä 27.11.2025 § 65',
      'Kaustisen seutukunnan seutuvaltuusto 11.12.2025 § xx',
      'Talousarvio 2026 ja taloussuunnitelma 2027-2030',
    ]);
    for (const page of appendix.pages) {
      const text = squeeze(page.words.map((w) => w.text).join(''));
      expect({ page: page.number, missing: headerParts.filter((part) => !text.includes(squeeze(part))) }).toEqual({ page: page.number, missing: [] });
    }
  });

  it('numbers every page "Sivu N / M"', () => {
    const labels = appendix.pages.map((page) => linesOf(page.words).filter((l) => PAGE_LABEL.test(l.text)).map((l) => l.text));
    expect(labels).toEqual(appendix.pages.map((page) => [pageLabel('fi', page.number, appendix.pages.length)]));
  });
});

describe('an English plan\'s appendix', () => {
  it('has the English column headings above the goal rows of every page', () => {
    expect(english.pages.length).toBeGreaterThanOrEqual(2);
    for (const page of goalPages(english)) expect(headingLine(linesOf(page.words), ['Goals', 'Actions', 'Metrics'])).toBeDefined();
  });

  it('shows every goal, action, sub-action and metric in order, with the English metric kinds', () => {
    checkColumns(english, englishPlan);
    const text = squeeze(english.pages.flatMap((p) => p.words.map((w) => w.text)).join(''));
    expect(text).toContain(squeeze('1. Output metrics'));
  });

  it('numbers every page "Page N of M" on A4 landscape', () => {
    const labels = english.pages.map((page) => linesOf(page.words).filter((l) => PAGE_LABEL.test(l.text)).map((l) => l.text));
    expect(labels).toEqual(english.pages.map((page) => [`Page ${page.number} of ${english.pages.length}`]));
    expect(english.sizes.filter((size) => !isA4Landscape(size))).toEqual([]);
  });
});

describe('the Swedish example\'s council appendices (export --lang sv)', () => {
  const pageText = (page: PdfPage): string => squeeze(page.words.map((w) => w.text).join(''));
  const text = () => squeeze(swedish.pages.flatMap((p) => p.words.map((w) => w.text)).join(''));

  it('prints the budget, the contributions and the action plan, and says so in Swedish', () => {
    expect(swedishReport).toMatch(/^PDF skriven: .*svenska\.pdf \(blad: Budget, Kommunandelar, Inledning, Verksamhetsplan; /);
    expect(swedish.sizes.filter((size) => !isA4Landscape(size) && !isA4(size))).toEqual([]);
    for (const title of ['Budget och ekonomiplan', 'Kommunandelar 2026', 'Verksamhetsområdenas mål, åtgärder och mätare samt resurser för 2026']) {
      expect(text()).toContain(squeeze(title));
    }
  });

  it('heads every page with the organisation, both meetings with Finnish-style dates and the document title', () => {
    for (const page of swedish.pages) {
      for (const part of [
        'Exempelregionen',
        'Exempelregionens ledningsgrupp 20.11.2025 § 42',
        'Exempelregionens regionfullmäktige 11.12.2025 § 58',
        'Budget 2026 och ekonomiplan 2026–2028',
      ]) {
        expect(pageText(page)).toContain(squeeze(part));
      }
    }
  });

  it('numbers every page "Sida N / M"', () => {
    const labels = swedish.pages.map((page) => linesOf(page.words).filter((l) => PAGE_LABEL.test(l.text)).map((l) => l.text));
    expect(labels).toEqual(swedish.pages.map((page) => [pageLabel('sv', page.number, swedish.pages.length)]));
    expect(labels[0]).toEqual([`Sida 1 / ${swedish.pages.length}`]);
  });

  it('prints numbers as Swedish-speaking Finland writes them', () => {
    expect(text()).toContain(squeeze('812 450,00 €'));
    expect(text()).toContain(squeeze('1 355 210,45 €'));
    expect(text()).toContain(squeeze('56,7 %'));
    expect(text()).not.toContain('812,450');
    expect(text()).not.toContain('812.450');
  });

  it('prints the Swedish column headings and labels', () => {
    for (const page of goalPages(swedish)) expect(headingLine(linesOf(page.words), ['Mål', 'Åtgärder', 'Mätare'])).toBeDefined();
    for (const label of ['1. Prestationsmätare', '2. Resultatmätare', 'Tvärgående mål och åtgärder', 'Fördelningsgrund', 'Invånarantal', 'Fasta belopp', 'Sammanlagt']) {
      expect(text()).toContain(squeeze(label));
    }
  });

  it('shows every goal, action, sub-action and metric of the action plan in order', () => {
    const actionPlanPages = swedish.pages.filter((page) => page.words.some((w) => w.text === '•'));
    checkColumns({ pages: actionPlanPages, sizes: [] }, swedishPlan);
  });
});

describe('every sheet of the example printed (--sheets all)', () => {
  const layout = workbookLayout(example, validatePlan(example));
  const visible = layout.sheets.filter((s) => !s.hidden);
  const text = () => squeeze(everything.pages.flatMap((p) => p.words.map((w) => w.text)).join(''));
  /** The first text of a sheet (its title), which its first printed page shows. */
  const titleOf = (sheet: (typeof visible)[number]): string => {
    const rowOf = (ref: string) => Number(/\d+$/.exec(ref)![0]);
    const first = [...sheet.cells].filter((c) => c.value.kind === 'text' && c.value.text !== '').sort((a, b) => rowOf(a.ref) - rowOf(b.ref))[0]!;
    return first.value.kind === 'text' ? first.value.text : '';
  };

  it('prints every page on A4, a reasonable number of pages for twelve sheets', () => {
    expect(visible).toHaveLength(12);
    expect(everything.sizes).toHaveLength(everything.pages.length);
    expect(everything.sizes.filter((size) => !isA4(size))).toEqual([]);
    expect(everything.pages.length).toBeGreaterThanOrEqual(visible.length);
    expect(everything.pages.length).toBeLessThanOrEqual(3 * visible.length);
  });

  it.each(visible.map((sheet) => [sheet.name, sheet] as const))('prints %s', (_, sheet) => {
    expect(text()).toContain(squeeze(titleOf(sheet)));
  });

  it('prints Yhteenveto on one page with its three charts', () => {
    const [summary, next] = everything.pages.map((page) => squeeze(page.words.map((w) => w.text).join('')));
    const charts = layout.sheets.find((s) => s.role === 'summary')!.charts.map((c) => c.title);
    expect(charts).toEqual(['Kuntaosuudet 2026', 'Talousarvio ja rahoitus vuosittain', 'Toimenpiteiden toteutumisaste tiimeittäin']);
    for (const title of charts) expect(summary).toContain(squeeze(title));
    // The charts' axes: the municipalities and the years; the progress chart's fixed axis ends at 100 %.
    for (const name of example.municipalities.map((m) => m.name)) expect(summary).toContain(squeeze(name));
    expect(summary).toContain(squeeze('100 %'));
    for (const chart of charts) expect(next).not.toContain(squeeze(chart));
    expect(next).toContain(squeeze(titleOf(visible[1]!)));
  });

  it('prints a Finnish plan\'s numbers with Finnish separators', () => {
    expect(text()).toContain(squeeze('1 003 733,00 €'));
    expect(text()).toContain(squeeze('54,1 %'));
    expect(text()).not.toContain('1,003,733');
  });

  it('numbers the pages across the whole PDF', () => {
    const labels = everything.pages.map((page) => linesOf(page.words).filter((l) => PAGE_LABEL.test(l.text)).map((l) => l.text));
    expect(labels).toEqual(everything.pages.map((page) => [pageLabel('fi', page.number, everything.pages.length)]));
  });
});
