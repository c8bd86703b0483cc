import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * LibreOffice headless as the formula oracle and PDF printer. Every run gets
 * its own profile, because parallel runs sharing one silently lose
 * conversions, and the profile forces a full recalculation on load, because
 * LibreOffice otherwise keeps cached values.
 */

export const LIBREOFFICE_PACKAGE = 'libreoffice-calc-nogui';
const DEFAULT_TIMEOUT_MS = 120_000;

export type SofficeLookup = { found: true; path: string } | { found: false; message: string };

export type LibreOfficeFailure = 'not-installed' | 'failed' | 'timeout';

/** Thrown by a conversion; `reason` says whether to install LibreOffice or look at `stderr`. */
export class LibreOfficeError extends Error {
  override readonly name = 'LibreOfficeError';
  constructor(
    readonly reason: LibreOfficeFailure,
    message: string,
    readonly stderr = '',
  ) {
    super(message);
  }
}

export interface ConversionOptions {
  /** Milliseconds before soffice is killed; 120 s by default. */
  timeoutMs?: number;
  /** The soffice executable; found on PATH when left out. */
  soffice?: string;
  /**
   * The locale whose separators numbers and dates show with, e.g. "fi-FI"
   * (a PDF of a Finnish plan reads "1 003 733,00 €"); LibreOffice's own
   * default when left out.
   */
  locale?: string;
}

export interface Conversion {
  outPath: string;
  /** Wall-clock time of the soffice run, profile creation included. */
  elapsedMs: number;
}

/** Looks for `soffice`, then `libreoffice`, on PATH. */
export function findSoffice(searchPath: string = process.env.PATH ?? ''): SofficeLookup {
  for (const name of ['soffice', 'libreoffice']) {
    for (const folder of searchPath.split(delimiter).filter(Boolean)) {
      const candidate = join(folder, name);
      try {
        accessSync(candidate, constants.X_OK);
        return { found: true, path: candidate };
      } catch {
        // not in this folder
      }
    }
  }
  return {
    found: false,
    message: `LibreOffice is not installed: neither soffice nor libreoffice is on PATH. Install the Debian package ${LIBREOFFICE_PACKAGE} (apt-get install -y ${LIBREOFFICE_PACKAGE}).`,
  };
}

/** Opens the workbook, recalculates every formula and saves it as .xlsx with the computed values cached. */
export function recalculate(xlsxPath: string, outXlsxPath: string, options: ConversionOptions = {}): Promise<Conversion> {
  return convert(xlsxPath, outXlsxPath, 'xlsx:Calc MS Excel 2007 XML', '.xlsx', options);
}

/** Prints the workbook (recalculated) to PDF with each sheet's page setup. */
export function convertToPdf(xlsxPath: string, outPdfPath: string, options: ConversionOptions = {}): Promise<Conversion> {
  return convert(xlsxPath, outPdfPath, 'pdf:calc_pdf_Export', '.pdf', options);
}

/** Calc's "recalculation on file load" for OOXML and ODF: 0 = always; and the locale, when one is asked for. */
function profileSettings(locale: string | undefined): string {
  if (locale !== undefined && !/^[a-z]{2,3}(-[A-Z]{2})?$/.test(locale)) throw new Error(`not a locale tag: "${locale}" (expected e.g. fi-FI)`);
  const localeItem =
    locale === undefined ? '' : `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>\n`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
${localeItem}</oor:items>
`;
}

async function convert(inputPath: string, outPath: string, filter: string, extension: string, options: ConversionOptions): Promise<Conversion> {
  const started = performance.now();
  const soffice = options.soffice ?? sofficeOrThrow();
  const input = resolve(inputPath);
  try {
    await stat(input);
  } catch {
    throw new LibreOfficeError('failed', `LibreOffice cannot convert ${input}: the file does not exist`);
  }
  const workDir = await mkdtemp(join(tmpdir(), 'plansheets-soffice-'));
  try {
    const profile = join(workDir, 'profile');
    const outDir = join(workDir, 'out');
    await mkdir(join(profile, 'user'), { recursive: true });
    await mkdir(outDir);
    await writeFile(join(profile, 'user', 'registrymodifications.xcu'), profileSettings(options.locale));
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--nologo',
      '--nolockcheck',
      '--nodefault',
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      input,
    ];
    const run = await runSoffice(soffice, args, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const produced = join(outDir, `${basename(input, extname(input))}${extension}`);
    const exists = await stat(produced).then(
      (s) => s.size > 0,
      () => false,
    );
    if (!exists) {
      const files = await readdir(outDir);
      throw new LibreOfficeError(
        'failed',
        `LibreOffice did not convert ${input} to ${extension.slice(1)} (exit code ${run.code}, output folder: ${files.join(', ') || 'empty'}).` +
          ` soffice said: ${(run.stderr || run.stdout).trim() || '(nothing)'}`,
        run.stderr,
      );
    }
    await copyFile(produced, resolve(outPath));
    return { outPath: resolve(outPath), elapsedMs: Math.round(performance.now() - started) };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

function sofficeOrThrow(): string {
  const lookup = findSoffice();
  if (!lookup.found) throw new LibreOfficeError('not-installed', lookup.message);
  return lookup.path;
}

function runSoffice(soffice: string, args: string[], timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    // Its own process group, so a timeout can stop soffice.bin as well as the launcher.
    const child = spawn(soffice, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }
      reject(new LibreOfficeError('timeout', `LibreOffice did not finish within ${timeoutMs / 1000} s: ${args.at(-1)}`, stderr));
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const reason: LibreOfficeFailure = error.code === 'ENOENT' ? 'not-installed' : 'failed';
      const hint = reason === 'not-installed' ? ` Install the Debian package ${LIBREOFFICE_PACKAGE}.` : '';
      reject(new LibreOfficeError(reason, `LibreOffice could not be started (${soffice}): ${error.message}.${hint}`, stderr));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}
