import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * The shipped code evaluates no strings: no eval, no Function constructor, no
 * timer given code as text. The task pane runs under a Content-Security-Policy
 * without 'unsafe-eval', and the CLI reads files from anyone. Read from the
 * syntax tree, so that a comment or a string mentioning them does not count
 * and a spacing or a `globalThis.` does not hide them.
 */
const SRC = join(__dirname, '..', '..', 'src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|cjs|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** The name a callee ends in: eval, globalThis.eval, window['Function'] → eval, eval, Function. */
function calleeName(node: ts.Expression): string | undefined {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) return node.argumentExpression.text;
  if (ts.isParenthesizedExpression(node)) return calleeName(node.expression);
  return undefined;
}

export function evaluatedStrings(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const where = (node: ts.Node): string => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(node.expression);
      if (name === 'eval' || name === 'Function' || name === 'AsyncFunction' || name === 'GeneratorFunction') found.push(`${where(node)} ${name}`);
      const first = node.arguments?.[0];
      if ((name === 'setTimeout' || name === 'setInterval') && first !== undefined && (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first))) {
        found.push(`${where(node)} ${name} with code as text`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the shipped code evaluates no strings', () => {
  const files = sourceFiles(SRC);

  it('reads every source file', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('has no eval, Function constructor or timer with code as text in src/', () => {
    const found = files.flatMap((file) => evaluatedStrings(relative(SRC, file), readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });

  it.each([
    ['eval("1 + 1")', 1],
    ['globalThis.eval(code)', 1],
    ['new Function("return 1")', 1],
    ['Function("a", "return a")()', 1],
    ["window['Function'](code)", 1],
    ['setTimeout("alert(1)", 10)', 1],
    ['setTimeout(() => run(), 10)', 0],
    ['// never new Function(...) here\nconst evaluate = 1; const s = "eval(x)";', 0],
  ])('finds what it must in `%s`', (code, count) => {
    expect(evaluatedStrings('example.ts', code)).toHaveLength(count);
  });
});
