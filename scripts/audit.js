#!/usr/bin/env node
'use strict';
// The shipped dependencies must have no high or critical advisory:
// `npm audit --omit=dev --audit-level=high`, with its answer summed up in one
// line. When the advisory database cannot be asked (no network, or a
// registry mirror without the audit endpoint), that is said plainly; it fails
// the run only with PLANSHEETS_AUDIT_REQUIRED=1, because nothing about the
// code is known then.
const { spawnSync } = require('node:child_process');

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', shell: process.platform === 'win32' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = undefined;
}
const counts = report && report.metadata && report.metadata.vulnerabilities;
if (!counts) {
  const why = (report && (report.message || (report.error && report.error.summary))) || run.stderr.trim() || `exit code ${run.status}`;
  process.stdout.write(`audit: the advisory database could not be asked (${String(why).split('\n')[0]}); shipped dependencies NOT checked\n`);
  process.exit(process.env.PLANSHEETS_AUDIT_REQUIRED === '1' ? 1 : 0);
}
const serious = (counts.high || 0) + (counts.critical || 0);
const summary = ['critical', 'high', 'moderate', 'low', 'info'].map((level) => `${counts[level] || 0} ${level}`).join(', ');
if (serious > 0) {
  const names = Object.entries(report.vulnerabilities || {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => `${name} (${v.severity})`);
  process.stdout.write(`audit: shipped dependencies have high or critical advisories: ${names.join(', ')} [${summary}]\n`);
  process.exit(1);
}
process.stdout.write(`audit: no high or critical advisories in the shipped dependencies [${summary}]\n`);
