// xmllint (Debian: libxml2-utils) validates the manifest against Microsoft's
// XSDs and answers XPath queries about it, so these tests need no XML package.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '..', '..');
export const MANIFEST = path.join(REPO, 'manifest.xml');
export const MANIFEST_XSD = path.join(REPO, 'vendor', 'office-addin-manifest-xsd', 'OfficeAppManifestV1_1.xsd');

function xmllint(args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync('xmllint', args, { encoding: 'utf8' });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new Error('xmllint is not installed: install libxml2-utils (apt-get install libxml2-utils) to check the add-in manifest');
    }
    throw result.error;
  }
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Validates `file` against the vendored manifest XSD, offline; `ok` false with xmllint's messages otherwise. */
export function validateManifest(file: string): { ok: boolean; messages: string } {
  const { status, stdout, stderr } = xmllint(['--noout', '--nonet', '--schema', MANIFEST_XSD, file]);
  return { ok: status === 0, messages: `${stdout}${stderr}`.trim() };
}

const XPATH_EMPTY = 10;

function query(file: string, expression: string): string {
  const { status, stdout, stderr } = xmllint(['--nonet', '--xpath', expression, file]);
  if (status === XPATH_EMPTY) return '';
  if (status !== 0) throw new Error(`xmllint --xpath ${expression} ${file} failed (${status}): ${stderr}`);
  return stdout;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** The values of the attributes an XPath expression selects (e.g. `//@resid`), in document order. */
export function attributeValues(file: string, expression: string): string[] {
  const out = query(file, expression);
  return [...out.matchAll(/ [\w:.-]+="([^"]*)"/g)].map((match) => unescapeXml(match[1] ?? ''));
}

/** The text of the one element an XPath expression selects, or undefined if it selects none. */
export function text(file: string, expression: string): string | undefined {
  const out = query(file, `${expression}/text()`);
  return out === '' ? undefined : unescapeXml(out.trim());
}

/** How many nodes an XPath expression selects. */
export function count(file: string, expression: string): number {
  return Number(query(file, `count(${expression})`).trim());
}

/** An XPath step matching an element by local name, whatever its namespace: el('Image') → *[local-name()='Image']. */
export function el(localName: string): string {
  return `*[local-name()='${localName}']`;
}
