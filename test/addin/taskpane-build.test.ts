// Builds the add-in for production (webpack CLI, into a temporary folder) and
// checks what it emits; then opens the built pane in headless Chromium, with
// Microsoft's office.js replaced by a fake, served with the CSP header.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO, validateManifest } from './xmllint';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const csp = require('../../src/taskpane/content-security-policy.js') as {
  contentSecurityPolicy(): string;
  contentSecurityPolicyHeader(): string;
};

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const PRODUCTION_URL = 'https://plansheets.example.fi/addin/';
// 300 KB until Swedish: every catalogue's third language added 11.6 KB gzip (292 → 303.6 KB).
const GZIP_BUDGET = 320 * 1024;
const CHROMIUM = process.env.PLANSHEETS_CHROMIUM ?? '/usr/bin/chromium';

let outDir = '';

beforeAll(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plansheets-addin-'));
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  const result = spawnSync(process.execPath, [webpackCli, '--mode', 'production', '--output-path', outDir], {
    cwd: REPO,
    env: { ...process.env, PLANSHEETS_URL: PRODUCTION_URL },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`webpack --mode production failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}, 180_000);

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

function unescapeHtml(value: string): string {
  return value.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function cspMeta(html: string): string | undefined {
  const match = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=("([^"]*)"|'([^']*)')/i.exec(html);
  return match ? unescapeHtml(match[2] ?? match[3] ?? '') : undefined;
}

function scripts(html: string): { src: string | undefined; body: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((match) => {
    const src = /\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(match[1] ?? '');
    return { src: src ? (src[1] ?? src[2] ?? src[3]) : undefined, body: (match[2] ?? '').trim() };
  });
}

describe('the production build', () => {
  test('emits taskpane.html with the CSP meta, office.js from the CDN first, and no inline script', () => {
    const html = fs.readFileSync(path.join(outDir, 'taskpane.html'), 'utf8');
    expect(html).toMatch(/<html\s+lang=["']?fi/);
    expect(html).toMatch(/<meta\s+name=["']?viewport/);
    expect(html).toMatch(/<title>PlanSheets<\/title>/);
    expect(html).toMatch(/<div\s+id=["']?root["']?>/);
    expect(cspMeta(html)).toBe(csp.contentSecurityPolicy());
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));

    const all = scripts(html);
    expect(all.map((script) => script.body)).toEqual(all.map(() => ''));
    expect(all[0]?.src).toBe(OFFICE_JS);
    const own = all.slice(1).map((script) => script.src ?? '');
    expect(own.length).toBeGreaterThan(0);
    for (const src of own) {
      expect(src).toMatch(/^[\w.-]+\.js$/);
      expect(fs.existsSync(path.join(outDir, src))).toBe(true);
    }
  });

  test('keeps the pane’s JavaScript under 320 KB gzip', () => {
    const files = fs.readdirSync(outDir).filter((file) => file.endsWith('.js'));
    expect(files.length).toBeGreaterThan(0);
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const bytes = fs.readFileSync(path.join(outDir, file));
      raw += bytes.length;
      gzip += zlib.gzipSync(bytes, { level: 9 }).length;
    }
    console.log(`task pane JavaScript: ${files.length} files, ${(raw / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip (budget 320 KB gzip)`);
    expect(gzip).toBeLessThan(GZIP_BUDGET);
  });

  test('copies the icons and the support page, with the same CSP', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(fs.readFileSync(path.join(outDir, 'assets', `icon-${size}.png`))).toEqual(
        fs.readFileSync(path.join(REPO, 'assets', `icon-${size}.png`)),
      );
    }
    const support = fs.readFileSync(path.join(outDir, 'support.html'), 'utf8');
    expect(cspMeta(support)).toBe(csp.contentSecurityPolicy());
    expect(scripts(support)).toEqual([]);
  });

  test('writes manifest.xml pointing at PLANSHEETS_URL, still valid', () => {
    const manifest = path.join(outDir, 'manifest.xml');
    const xml = fs.readFileSync(manifest, 'utf8');
    expect(xml).not.toContain('localhost');
    expect(xml).toContain(`DefaultValue="${PRODUCTION_URL}taskpane.html"`);
    expect(validateManifest(manifest).ok).toBe(true);
  });
});

describe('the built pane in a browser', () => {
  let browser: Browser;
  let server: http.Server;
  let origin = '';

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`No Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set PLANSHEETS_CHROMIUM`);
    }
    const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png' };
    server = http.createServer((request, response) => {
      const file = path.join(outDir, path.normalize(new URL(request.url ?? '/', 'http://pane').pathname));
      if (!file.startsWith(outDir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, {
        'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': csp.contentSecurityPolicyHeader(),
      });
      response.end(fs.readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  /** Opens taskpane.html with office.js replaced by `fakeOfficeJs` (or failing to load when null). */
  async function openPane(fakeOfficeJs: string | null): Promise<{ page: Page; violations: () => Promise<string[]> }> {
    const context = await browser.newContext({ locale: 'fi-FI', viewport: { width: 350, height: 600 } });
    const page = await context.newPage();
    // Scripts for the page are strings: this file is type-checked without the DOM library.
    await page.addInitScript({
      content: `window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`,
    });
    await page.route('https://appsforoffice.microsoft.com/**', (route) =>
      fakeOfficeJs === null ? route.abort() : route.fulfill({ contentType: 'text/javascript', body: fakeOfficeJs }),
    );
    await page.goto(`${origin}/taskpane.html`);
    const violations = () => page.evaluate<string[]>('window.cspViolations');
    return { page, violations };
  }

  const fakeOffice = (onReady: string, displayLanguage: string) =>
    `window.Office = { onReady: () => ${onReady}, context: { displayLanguage: '${displayLanguage}' } };`;

  test('in Excel it renders the pane in Fluent UI, in Finnish, with no CSP violation', async () => {
    const { page, violations } = await openPane(fakeOffice("Promise.resolve({ host: 'Excel', platform: 'PC' })", 'fi-FI'));
    await page.locator('#root .fui-FluentProvider').waitFor();
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('fi');
    expect((await page.locator('#root').innerText()).trim()).not.toBe('');
    // Griffel's run-time <style> elements took effect (the CSP allows inline styles): the theme's font is on.
    const font = await page.evaluate<string>("getComputedStyle(document.querySelector('#root .fui-FluentProvider')).fontFamily");
    expect(font).toMatch(/Segoe UI/);
    expect(await violations()).toEqual([]);
    await page.context().close();
  }, 60_000);

  test('it follows an English Office', async () => {
    const { page } = await openPane(fakeOffice("Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' })", 'en-US'));
    await page.locator('#root .fui-FluentProvider').waitFor();
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('en');
    await page.context().close();
  }, 60_000);

  test('when Office.onReady rejects it shows why', async () => {
    const { page, violations } = await openPane(fakeOffice("Promise.reject(new Error('Office host unavailable'))", 'fi-FI'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/PlanSheets ei käynnistynyt[\s\S]*Office host unavailable/);
    expect(await violations()).toEqual([]);
    await page.context().close();
  }, 60_000);

  test('when office.js cannot load it shows why', async () => {
    const { page } = await openPane(null);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/PlanSheets ei käynnistynyt[\s\S]*office\.js did not load/);
    await page.context().close();
  }, 60_000);

  test('outside Excel it says PlanSheets runs in Excel', async () => {
    const { page } = await openPane(fakeOffice('Promise.resolve({ host: null, platform: null })', 'fi-FI'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/PlanSheets toimii Excelissä/);
    await page.context().close();
  }, 60_000);
});
