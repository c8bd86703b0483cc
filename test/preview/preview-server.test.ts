// scripts/preview-server.js: serves a folder on 127.0.0.1 with the pane's CSP, and nothing outside it.
import * as fs from 'node:fs';
import type { Server } from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPreviewServer, resolveFile } = require('../../scripts/preview-server.js') as {
  startPreviewServer(options: { root: string; port: number }): Promise<{ server: Server; url: string }>;
  resolveFile(root: string, urlPath: string): string | null;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const csp = require('../../src/taskpane/content-security-policy.js') as { contentSecurityPolicyHeader(): string };

let root = '';
let server: Server | undefined;
let base = '';

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'plansheets-serve-'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'assets', 'a.js'), 'console.log(1)');
  ({ server, url: base } = await startPreviewServer({ root, port: 0 }));
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  fs.rmSync(root, { recursive: true, force: true });
});

test('listens on 127.0.0.1 and serves index.html for /, with the pane’s CSP header', async () => {
  expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const response = await fetch(base);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(response.headers.get('content-security-policy')).toBe(csp.contentSecurityPolicyHeader());
  expect(await response.text()).toContain('<title>t</title>');
});

test('serves scripts with a JavaScript type; unknown files are 404, other methods 405', async () => {
  const script = await fetch(`${base}assets/a.js`);
  expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect((await fetch(`${base}nope.js`)).status).toBe(404);
  expect((await fetch(base, { method: 'POST' })).status).toBe(405);
});

test('never leaves its folder', async () => {
  expect(resolveFile(root, '/../secret')).toBe(path.join(root, 'secret'));
  expect(resolveFile(root, '/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(root, 'etc/passwd'));
  expect(resolveFile(root, '/a%00b')).toBeNull();
  expect((await fetch(`${base}..%2f..%2fetc%2fpasswd`)).status).toBe(404);
});
