#!/usr/bin/env node
// A tiny static server for the browser preview (dist/preview/, built by
// webpack.preview.config.js): plain http on 127.0.0.1, no dependencies.
//
//   npm run preview                       builds, then runs this
//   PORT=3200 node scripts/preview-server.js [dir]
//
// Every response carries the task pane's Content-Security-Policy header
// (src/taskpane/content-security-policy.js), as production hosting must,
// unrelaxed: the preview page needs nothing the pane's policy does not allow.
// Only frame-ancestors differs from a real pane's concern, and it is kept.
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { contentSecurityPolicyHeader } = require('../src/taskpane/content-security-policy.js');

const DEFAULT_ROOT = path.resolve(__dirname, '..', 'dist', 'preview');
const DEFAULT_PORT = 3100;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The file under root that a URL path names, or null when it names none (or tries to leave root). */
function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const file = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

/** An http.Server serving `root`; not yet listening. */
function createPreviewServer(root = DEFAULT_ROOT) {
  const base = path.resolve(root);
  const csp = contentSecurityPolicyHeader();
  return http.createServer((request, response) => {
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      response.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': csp, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method not allowed\n');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = resolveFile(base, url.pathname);
    if (!file) return send(400, 'Bad path\n');
    fs.stat(file, (error, stats) => {
      if (error || !stats.isFile()) return send(404, `Not found: ${url.pathname}\n`);
      fs.readFile(file, (readError, body) => {
        if (readError) return send(500, `Cannot read ${url.pathname}\n`);
        send(200, body, TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
      });
    });
  });
}

/** Starts serving `root` on 127.0.0.1:`port` (0 for any free port); resolves with the server and its URL. */
function startPreviewServer({ root = DEFAULT_ROOT, port = DEFAULT_PORT } = {}) {
  const server = createPreviewServer(root);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${actual}/` });
    });
  });
}

module.exports = { createPreviewServer, startPreviewServer, resolveFile, DEFAULT_ROOT, DEFAULT_PORT };

if (require.main === module) {
  const root = path.resolve(process.argv[2] ?? DEFAULT_ROOT);
  const port = process.env.PORT === undefined || process.env.PORT === '' ? DEFAULT_PORT : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number, not ${JSON.stringify(process.env.PORT)}`);
    process.exit(1);
  }
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`No preview in ${root}: build it first (npx webpack --config webpack.preview.config.js), or run npm run preview.`);
    process.exit(1);
  }
  startPreviewServer({ root, port }).then(
    ({ url }) => {
      console.log(`PlanSheets preview: ${url}`);
      console.log(`  English Office: ${url}?lang=en   old Excel (ExcelApi 1.3): ${url}?profile=excel2016`);
      console.log('  Ctrl+C stops it.');
    },
    (error) => {
      console.error(`Cannot serve the preview on 127.0.0.1:${port}: ${error.message}`);
      process.exit(1);
    },
  );
}
