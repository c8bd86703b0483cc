import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plan } from '../../src/model/plan';
import { PlanSchema } from '../../src/model/plan.schema';
import { runCli } from '../support/cli';
import { linesOf, pdfPages, squeeze, type PdfPage } from '../support/pdf-text';
import { widePlan } from '../support/scaled-plan';

/**
 * A contribution matrix wider than a page, as LibreOffice prints it through
 * `plansheets export`: split across pages at full size, every page repeating
 * the municipalities' ids and names at the left and the pool names at the
 * top (print titles), never shrunk onto one page width.
 */

jest.setTimeout(120_000);

const EXAMPLE_FILE = join(__dirname, '..', '..', 'examples', 'kaustinen-2026.plan.json');
const example: Plan = PlanSchema.parse(JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8')));
/** 40 municipalities and 12 pools: twice as wide as a landscape page holds legibly. */
const plan = widePlan(example, { municipalities: 40, pools: 12, seed: 7 });

let dir: string;
let pages: PdfPage[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plansheets-wide-pdf-'));
  const file = join(dir, 'wide.plan.json');
  await writeFile(file, JSON.stringify(plan));
  const pdf = join(dir, 'wide.pdf');
  const { code, stdout, stderr } = await runCli('export', file, '--pdf', pdf, '--sheets', 'Kuntaosuudet');
  if (code !== 0) throw new Error(`plansheets export exited with ${code}: ${stdout}${stderr}`);
  pages = await pdfPages(pdf);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const pageText = (page: PdfPage): string => squeeze(linesOf(page.words).map((l) => l.text).join(''));
/** The pools whose names head the page's columns ("Kustannuspooli 7" wraps to "Kustannuspoo" over "li 7"). */
const poolsOn = (page: PdfPage): number[] => {
  const lines = linesOf(page.words);
  const heading = lines.findIndex((l) => l.text.includes('Kustannuspoo'));
  if (heading < 0) return [];
  return [...(lines[heading + 1]?.text ?? '').matchAll(/\bli (\d+)\b/g)].map((m) => Number(m[1]));
};

describe('Kuntaosuudet of 40 municipalities × 12 pools, printed', () => {
  it('spreads the pools over several pages, none missing', () => {
    expect(pages.length).toBeGreaterThan(1);
    const printed = new Set(pages.flatMap(poolsOn));
    expect([...printed].sort((a, b) => a - b)).toEqual(plan.contributions.pools.map((_, p) => p + 1));
    // Not shrunk onto one page width: no page shows all the pools.
    expect(Math.max(...pages.map((page) => poolsOn(page).length))).toBeLessThan(plan.contributions.pools.length);
  });

  it('repeats the municipality column and the header row on every page with pools', () => {
    const withPools = pages.filter((page) => poolsOn(page).length > 0);
    expect(withPools.length).toBeGreaterThan(1);
    for (const page of withPools) {
      const text = pageText(page);
      // The header row's municipality heading, and some municipality's name at the left edge.
      expect({ page: page.number, heading: text.includes('Kunta') }).toEqual({ page: page.number, heading: true });
      const names = plan.municipalities.filter((m) => text.includes(squeeze(m.name)));
      expect({ page: page.number, names: names.length > 0 }).toEqual({ page: page.number, names: true });
      const left = Math.min(...page.words.map((w) => w.xMin));
      const nameWords = page.words.filter((w) => plan.municipalities.some((m) => m.name.startsWith(w.text) && w.text.length > 3));
      expect(Math.min(...nameWords.map((w) => w.xMin))).toBeLessThan(left + 120);
    }
  });

  it('prints the later pools beside the municipalities they belong to', () => {
    const last = plan.contributions.pools.length;
    const page = pages.find((p) => poolsOn(p).includes(last));
    expect(page).toBeDefined();
    expect(poolsOn(page!)).not.toContain(1);
    expect(pageText(page!)).toContain(squeeze(plan.municipalities[0]!.name));
  });
});
