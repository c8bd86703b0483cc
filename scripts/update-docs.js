#!/usr/bin/env node
'use strict';
// Regenerates the parts of the docs that come from code: the rules table in
// README.md and docs/plan.schema.json. Run after `npm run build`.
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { documentedRules, rulesMarkdownTable } = require('../dist/cli/rule-catalogue.js');
const { planJsonSchema } = require('../dist/model/json-schema.js');

const root = join(__dirname, '..');
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = '<!-- rules:start -->';
const end = '<!-- rules:end -->';
const before = readme.slice(0, readme.indexOf(start) + start.length);
const after = readme.slice(readme.indexOf(end));
writeFileSync(readmePath, `${before}\n${rulesMarkdownTable(documentedRules(), 'en')}\n${after}`);
writeFileSync(join(root, 'docs/plan.schema.json'), `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
console.log('README.md rules table and docs/plan.schema.json regenerated');
