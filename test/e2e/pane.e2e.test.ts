// End to end: the task pane, built as the browser preview (the production
// pane on the strict fake Excel host, src/preview), served by
// scripts/preview-server.js and driven in Debian's Chromium. Walks the flows
// a person uses: load the Kaustinen example, generate, read the findings
// (one selects its cell), the contributions, export the plan as JSON; then
// the Start flow again with the keyboard only; and an old Excel in English
// (?lang=en&profile=excel2016) that cannot generate. A screenshot of each step
// goes to out/screenshots/, or to PLANSHEETS_SCREENSHOT_DIR (`npm run screenshots`
// writes the ones under docs/screenshots/ that the README shows).
//
// The generation's sync count and largest request, as the fake host counted
// them, are printed for the record.
//
// Needs Chromium (/usr/bin/chromium, or PLANSHEETS_CHROMIUM); fails, never
// skips, without it. Builds the preview itself (webpack, development mode,
// into a temporary folder).
import * as fs from 'node:fs';
import type { Server } from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { openPlanFile } from '../../src/app';
import { REPO, webpackBuild } from '../preview/webpack-build';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPreviewServer } = require('../../scripts/preview-server.js') as {
  startPreviewServer(options: { root: string; port: number }): Promise<{ server: Server; url: string }>;
};

const CHROMIUM = process.env.PLANSHEETS_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOTS = path.resolve(REPO, process.env.PLANSHEETS_SCREENSHOT_DIR ?? 'out/screenshots');
const EXAMPLE = path.join(REPO, 'examples', 'kaustinen-2026.plan.json');
const STEP_MS = 60_000;

jest.setTimeout(180_000);

/**
 * What the Finnish pane says (src/taskpane/pane.messages.ts); the preview
 * opens in Finnish, the pane's first language.
 */
const FI = {
  example: /Lataa Kaustisen esimerkki/,
  generate: /^Luo työkirja$/,
  generated: /Työkirja on luotu/,
  syncs: /Excel-synkronointeja: (\d+)/,
  findingsTab: /^Tarkistukset \((\d+)\)$/,
  severityCounts: /(Virheet|Varoitukset|Huomautukset) \((\d+)\)/,
  goTo: /Siirry soluun (.+)!([A-Z]+\d+)/,
  contributionsTab: /^Kuntaosuudet$/,
  exportTab: /^Vienti$/,
  downloadJson: /Lataa suunnitelma JSON-tiedostona/,
};

interface PreviewNumbers {
  syncCount: number;
  runs: { index: number; firstSync: number; lastSync: number; ok: boolean }[];
  requests: { syncNumber: number; statements: number; requestBytes: number; responseBytes: number; errorCode?: string }[];
}

interface SnapshotPart {
  activeSheet: string | null;
  selection: { sheet: string; address: string } | null;
  sheets: { name: string }[];
}

let outDir = '';
let server: Server | undefined;
let baseUrl = '';
let browser: Browser | undefined;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: the end-to-end test needs it. Install it (apt-get install chromium; .ci/run does) or set PLANSHEETS_CHROMIUM.`);
  }
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plansheets-preview-e2e-'));
  await webpackBuild({ config: 'webpack.preview.config.js', mode: 'development', outputPath: outDir });
  ({ server, url: baseUrl } = await startPreviewServer({ root: outDir, port: 0 }));
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (server) await new Promise((resolve) => server?.close(resolve));
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

/** A fresh page on the preview, collecting errors the page logs or throws. */
async function openPreview(query = ''): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  if (!browser) throw new Error('Chromium did not start');
  const context = await browser.newContext({ locale: 'fi-FI', viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));`,
  });
  await page.goto(`${baseUrl}${query}`);
  await page.waitForFunction('window.__plansheetsPreview !== undefined', undefined, { timeout: STEP_MS });
  return { context, page, problems };
}

const pane = (page: Page): Locator => page.locator('#root');
const grid = (page: Page): Locator => page.locator('#grid');

async function screenshot(page: Page, name: string): Promise<void> {
  // Let the grid view catch up with the last sync (it polls the host).
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(SCREENSHOTS, name) });
}

function numbers(page: Page): Promise<PreviewNumbers> {
  return page.evaluate<PreviewNumbers>('({ syncCount: window.__plansheetsPreview.syncCount, runs: window.__plansheetsPreview.runs.map((r) => ({ ...r })), requests: window.__plansheetsPreview.requests.map((r) => ({ ...r })) })');
}

function snapshot(page: Page): Promise<SnapshotPart> {
  return page.evaluate<SnapshotPart>(
    '(() => { const s = window.__plansheetsPreview.snapshot(); return { activeSheet: s.activeSheet, selection: s.selection, sheets: s.sheets.map((x) => ({ name: x.name })) }; })()',
  );
}

/** Text in the pane matching `pattern`, once it is there. */
async function paneText(page: Page, pattern: RegExp): Promise<RegExpExecArray> {
  const node = pane(page).getByText(pattern).first();
  await node.waitFor({ timeout: STEP_MS });
  const text = (await node.textContent()) ?? '';
  const match = pattern.exec(text);
  if (!match) throw new Error(`"${text}" does not match ${pattern}`);
  return match;
}

type SyncRecord = PreviewNumbers['requests'][number];

interface GenerationNumbers {
  /** Syncs from the click to the summary: the check before, the generation, the read-back after. */
  totalSyncs: number;
  /** Each Excel.run in that time, with its syncs and its largest request. */
  runs: { syncs: number; largest: SyncRecord | undefined }[];
  /** The run that wrote the workbook: the one that sent the largest request. */
  generation: { syncs: number; largest: SyncRecord | undefined };
  /** What the pane's summary says of the syncs, if it says. */
  paneSyncs: number | null;
}

const largestOf = (records: SyncRecord[]) =>
  records.reduce<SyncRecord | undefined>((big, r) => (!big || r.requestBytes > big.requestBytes ? r : big), undefined);

/** Loads the example and generates the workbook; returns the host's counts of the generation. */
async function loadAndGenerate(page: Page, name: string): Promise<GenerationNumbers> {
  await pane(page).getByRole('button', { name: FI.example }).click();
  const generate = pane(page).getByRole('button', { name: FI.generate });
  await generate.waitFor({ timeout: STEP_MS });
  const before = await numbers(page);
  await generate.click();
  await paneText(page, FI.generated);
  const after = await numbers(page);
  const runs = after.runs
    .filter((run) => run.firstSync > before.syncCount)
    .map((run) => {
      const records = after.requests.filter((r) => r.syncNumber >= run.firstSync && r.syncNumber <= run.lastSync);
      return { syncs: run.lastSync - run.firstSync + 1, largest: largestOf(records) };
    });
  const generation = runs.reduce((big, run) => ((run.largest?.requestBytes ?? 0) > (big.largest?.requestBytes ?? 0) ? run : big), { syncs: 0, largest: undefined as SyncRecord | undefined });
  const summary = await pane(page).getByText(FI.syncs).first().textContent({ timeout: 2_000 }).catch(() => null);
  const paneSyncs = summary ? Number(FI.syncs.exec(summary)?.[1]) : null;
  // The generation leaves the person's own sheet active; show the summary sheet it wrote (in the grid view only: no sync).
  await grid(page).locator('[data-sheet-tab="Yhteenveto"]').click();
  await grid(page).locator('table[data-sheet="Yhteenveto"]').waitFor({ timeout: STEP_MS });
  await screenshot(page, name);
  return { totalSyncs: after.syncCount - before.syncCount, runs, generation, paneSyncs };
}

describe('the task pane in the browser preview', () => {
  let page: Page;
  let context: BrowserContext;
  let problems: string[];
  /** The steps that passed: a step needs the workbook a step before it made, and fails at once when that one failed. */
  const passed = new Set<number>();
  const needs = (step: number) => {
    if (!passed.has(step)) throw new Error(`step ${step} did not pass, so this step cannot run`);
  };

  beforeAll(async () => {
    ({ page, context, problems } = await openPreview());
  });

  afterAll(async () => {
    await context?.close();
  });

  test('1. starts on the fake host in Finnish, with the grid view of an empty workbook beside it', async () => {
    await pane(page).getByRole('button', { name: FI.example }).waitFor({ timeout: STEP_MS });
    expect(await page.evaluate('document.documentElement.lang')).toBe('fi');
    await expect(grid(page).locator('[data-sheet-tab]').count()).resolves.toBeGreaterThan(0);
    const box = await pane(page).boundingBox();
    expect(box?.width).toBe(320);
    await screenshot(page, 'pane-1-start.png');
    expect(problems).toEqual([]);
    passed.add(1);
  });

  test('2. loads the example and generates the workbook; the progress finishes in a summary', async () => {
    needs(1);
    // Watch the DOM for the progress bar: the fake host answers at once, so it may be shown only between two frames.
    await page.evaluate(`(() => {
      window.__progressSeen = false;
      const root = document.getElementById('root');
      const look = () => { if (root.querySelector('[role="progressbar"]')) window.__progressSeen = true; };
      new MutationObserver(look).observe(root, { childList: true, subtree: true, attributes: true });
    })()`);
    const result = await loadAndGenerate(page, 'pane-2-generated.png');
    const progressSeen = await page.evaluate<boolean>('window.__progressSeen');
    console.log(`progress bar ${progressSeen ? 'shown' : 'never in the DOM'} during the generation`);
    expect(progressSeen).toBe(true);
    const { generation } = result;
    console.log(
      [
        `generation of the Kaustinen example on the fake host: ${generation.syncs} syncs; largest request ${generation.largest?.requestBytes ?? 0} bytes ` +
          `(${generation.largest?.statements ?? 0} statements, sync #${generation.largest?.syncNumber ?? '-'}); the pane's summary says ${result.paneSyncs ?? 'nothing'} syncs`,
        `click to summary: ${result.totalSyncs} syncs in ${result.runs.length} Excel.run calls (syncs per run: ${result.runs.map((r) => r.syncs).join(', ')})`,
      ].join('\n'),
    );
    expect(generation.syncs).toBeGreaterThan(0);
    if (result.paneSyncs !== null) expect(result.paneSyncs).toBe(generation.syncs);
    // Formulas are shown as formulas (the fake host does not calculate).
    await expect(grid(page).locator('table[data-sheet="Yhteenveto"] td.formula').count()).resolves.toBeGreaterThan(0);
    // The grid shows the sheets the generation wrote.
    const sheets = (await snapshot(page)).sheets.map((s) => s.name);
    expect(sheets.length).toBeGreaterThan(1);
    await expect(grid(page).locator('[data-sheet-tab]').count()).resolves.toBe(sheets.length);
    expect(problems).toEqual([]);
    passed.add(2);
  });

  test('3. the findings tab shows counts, and a finding selects its cell in the workbook', async () => {
    needs(2);
    const tab = pane(page).getByRole('tab', { name: FI.findingsTab });
    await tab.click();
    const total = Number(FI.findingsTab.exec((await tab.textContent()) ?? '')?.[1]);
    // The view is a chunk fetched when first shown: wait for it.
    // (The severity filter's options say the counts too, hidden until opened: the visible ones are the group headings.)
    const shownCounts = pane(page).getByText(FI.severityCounts).filter({ visible: true });
    await shownCounts.first().waitFor({ timeout: STEP_MS });
    const counts = await shownCounts.allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    const goTo = pane(page).getByRole('button', { name: FI.goTo });
    await goTo.first().waitFor({ timeout: STEP_MS });
    const name = (await goTo.first().textContent()) ?? '';
    const [, sheet = '', cell = ''] = FI.goTo.exec(name) ?? [];
    await goTo.first().click();
    const selected = grid(page).locator(`table[data-sheet="${sheet}"] td[data-cell="${cell}"]`);
    await selected.waitFor({ timeout: STEP_MS });
    await expect(selected.getAttribute('aria-selected')).resolves.toBe('true');
    const after = await snapshot(page);
    expect(after.activeSheet).toBe(sheet);
    expect(after.selection).toEqual({ sheet, address: cell });
    console.log(`findings: ${total} (${counts.join(', ')}); the first at a cell selected ${sheet}!${cell}`);
    await screenshot(page, 'pane-3-findings.png');
    expect(problems).toEqual([]);
    passed.add(3);
  });

  test('4. the contributions tab shows each municipality’s share', async () => {
    needs(2);
    await pane(page).getByRole('tab', { name: FI.contributionsTab }).click();
    const row = pane(page).getByRole('row', { name: /Kaustinen/ }).first();
    await row.waitFor({ timeout: STEP_MS });
    expect(await row.textContent()).toMatch(/\d[\d\s\u00a0]*,\d\d\s?€/);
    // The pane is 320 px wide in Excel: say when its content is wider (the whole pane then scrolls sideways).
    const width = await page.evaluate<{ client: number; scroll: number }>("(() => { const r = document.getElementById('root'); return { client: r.clientWidth, scroll: r.scrollWidth }; })()");
    if (width.scroll > width.client) console.log(`WARNING: the contributions view is ${width.scroll} px wide in the ${width.client} px pane`);
    await screenshot(page, 'pane-4-contributions.png');
    expect(problems).toEqual([]);
    passed.add(4);
  });

  test('5. exports the plan as JSON that opens back as the example plan', async () => {
    needs(2);
    await pane(page).getByRole('tab', { name: FI.exportTab }).click();
    const button = pane(page).getByRole('button', { name: FI.downloadJson });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: STEP_MS }), button.click()]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const file = await download.path();
    const exported = openPlanFile(fs.readFileSync(file, 'utf8'));
    const example = openPlanFile(fs.readFileSync(EXAMPLE, 'utf8'));
    expect(example.ok).toBe(true);
    expect(exported.ok ? 'ok' : exported.problems).toBe('ok');
    if (exported.ok && example.ok) expect(exported.plan).toEqual(example.plan);
    await screenshot(page, 'pane-5-export.png');
    expect(problems).toEqual([]);
    passed.add(5);
  });
});

describe('the Start flow with the keyboard only', () => {
  test('Tab reaches the example and the generate button, Enter presses them', async () => {
    const { context, page, problems } = await openPreview();
    try {
      await pane(page).getByRole('button', { name: FI.example }).waitFor({ timeout: STEP_MS });
      /** Presses Tab until the focused element's text matches, at most 40 times. */
      const tabTo = async (pattern: RegExp) => {
        for (let i = 0; i < 40; i += 1) {
          await page.keyboard.press('Tab');
          const focused = await page.evaluate<string>('(document.activeElement && (document.activeElement.getAttribute("aria-label") || document.activeElement.textContent) || "").trim()');
          if (pattern.test(focused)) return;
        }
        throw new Error(`Tab never reached ${pattern}`);
      };
      await tabTo(FI.example);
      await page.keyboard.press('Enter');
      await tabTo(FI.generate);
      const before = (await numbers(page)).syncCount;
      await page.keyboard.press('Enter');
      await paneText(page, FI.generated);
      expect((await numbers(page)).syncCount).toBeGreaterThan(before);
      await screenshot(page, 'pane-6-keyboard.png');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('an old Excel, in English', () => {
  test('?lang=en&profile=excel2016: the pane speaks English and says which requirement sets are missing', async () => {
    const { context, page, problems } = await openPreview('?lang=en&profile=excel2016');
    try {
      await pane(page).getByText(/Not every feature is available/).waitFor({ timeout: STEP_MS });
      await expect(pane(page).getByText(/generating and refreshing the workbook \(needs ExcelApi 1\.9\)/).count()).resolves.toBe(1);
      expect(await page.evaluate('document.documentElement.lang')).toBe('en');
      await pane(page).getByRole('button', { name: /Load the Kaustinen example/ }).click();
      const generate = pane(page).getByRole('button', { name: /^Generate the workbook$/ });
      await generate.waitFor({ timeout: STEP_MS });
      expect(await generate.isDisabled()).toBe(true);
      await generate.scrollIntoViewIfNeeded();
      await screenshot(page, 'pane-7-excel2016-en.png');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
