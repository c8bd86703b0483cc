/**
 * The fake host must stay browser-safe and out of production code: its files
 * import only each other (no Node built-ins, ExcelJS, React), use no
 * eval/new Function, and nothing else under src imports it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '../../..');
const fakeDir = path.join(root, 'src/excel/fake-host');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

describe('fake host isolation', () => {
  const files = sourceFiles(fakeDir);

  it.each(files.map((f) => [path.relative(root, f), f]))('%s imports only files of the fake host', (_name, file) => {
    const text = fs.readFileSync(file, 'utf8');
    for (const spec of importsOf(text)) {
      expect(spec.startsWith('./')).toBe(true);
    }
    expect(text).not.toMatch(/\beval\s*\(|new\s+Function\s*\(/);
  });

  it('nothing else under src imports the fake host, but the browser preview (src/preview)', () => {
    const previewDir = path.join(root, 'src/preview');
    const others = sourceFiles(path.join(root, 'src')).filter((f) => !f.startsWith(fakeDir) && !f.startsWith(previewDir + path.sep));
    const offenders = others.filter((f) => importsOf(fs.readFileSync(f, 'utf8')).some((spec) => spec.includes('fake-host')));
    expect(offenders).toEqual([]);
  });
});

describe('fake host in a browser', () => {
  it('type-checks with only the DOM and office-js types (no Node types)', () => {
    const program = ts.createProgram([path.join(fakeDir, 'index.ts')], {
      strict: true,
      noUncheckedIndexedAccess: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: ['office-js'],
      noEmit: true,
      skipLibCheck: true,
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  }, 60_000);
});
