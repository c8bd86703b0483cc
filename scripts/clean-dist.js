// Removes the command line's compiled output before tsc writes it anew, so
// that a module deleted from src/ does not live on in dist/. The add-in's
// bundles (dist/addin and dist/preview, written by webpack) are left alone.
const { readdirSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const dist = join(__dirname, '..', 'dist');
let entries = [];
try {
  entries = readdirSync(dist);
} catch {
  process.exit(0);
}
for (const entry of entries) {
  if (entry !== 'addin' && entry !== 'preview') rmSync(join(dist, entry), { recursive: true, force: true });
}
