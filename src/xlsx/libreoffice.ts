import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { writeFileAtomically } from './write-file-atomically';

/**
 * LibreOffice headless as the formula oracle and PDF printer. Every run gets
 * its own profile, because parallel runs sharing one silently lose
 * conversions, and the profile forces a full recalculation on load, because
 * LibreOffice otherwise keeps cached values.
 */

export const LIBREOFFICE_PACKAGE = 'libreoffice-calc-nogui';

/**
 * How long soffice may take: a floor for starting LibreOffice with a fresh
 * profile (about 5-8 s for the Kaustinen example on a loaded 2-core machine,
 * nearly all of it start-up), plus an allowance per cell of the workbook,
 * because LibreOffice loads, recalculates and lays out every cell. The
 * allowance is generous (200 cells a second, where LibreOffice manages
 * thousands) so that only a hung or crashed soffice meets the limit.
 */
export const TIME_LIMIT = { floorMs: 90_000, perCellMs: 5 } as const;

/** Overrides the computed limit: whole seconds. */
export const TIME_LIMIT_VARIABLE = 'PLANSHEETS_SOFFICE_TIMEOUT';

/** The time limit for converting a workbook of `cells` cells. */
export function timeLimitMs(cells: number): number {
  return TIME_LIMIT.floorMs + Math.max(0, Math.round(cells)) * TIME_LIMIT.perCellMs;
}

/** Whole seconds (1 or more) as milliseconds, or undefined for text that is not such a number. */
export function parseTimeLimitSeconds(text: string): number | undefined {
  if (!/^\s*\d+\s*$/.test(text)) return undefined;
  const seconds = Number(text);
  return seconds >= 1 && Number.isSafeInteger(seconds * 1000) ? seconds * 1000 : undefined;
}

/** The cells of an .xlsx (every worksheet, printed or not: LibreOffice loads and recalculates them all); 0 when it is no package. */
export async function countCells(xlsx: Buffer): Promise<number> {
  try {
    const zip = await JSZip.loadAsync(xlsx);
    let cells = 0;
    for (const part of Object.values(zip.files)) {
      if (part.dir || !/^xl\/worksheets\/[^/]+\.xml$/.test(part.name)) continue;
      cells += ((await part.async('string')).match(/<c[\s>/]/g) ?? []).length;
    }
    return cells;
  } catch {
    return 0;
  }
}

export type SofficeLookup = { found: true; path: string } | { found: false; message: string };

export type LibreOfficeFailure = 'not-installed' | 'failed' | 'timeout';

/** Thrown by a conversion; `reason` says whether to install LibreOffice or look at `stderr`. */
export class LibreOfficeError extends Error {
  override readonly name = 'LibreOfficeError';
  constructor(
    readonly reason: LibreOfficeFailure,
    message: string,
    readonly stderr = '',
    /** For a timeout: the limit that was met. */
    readonly limitMs?: number,
  ) {
    super(message);
  }
}

export interface ConversionOptions {
  /**
   * Milliseconds before soffice and everything it started are killed. By
   * default ${TIME_LIMIT_VARIABLE} (seconds) when set, else timeLimitMs of
   * the input's cells.
   */
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

/** The limit a conversion of `input` runs under: the option, the environment variable, or the computed one. */
async function timeLimitOf(input: string, options: ConversionOptions): Promise<number> {
  if (options.timeoutMs !== undefined) return options.timeoutMs;
  const variable = process.env[TIME_LIMIT_VARIABLE];
  if (variable !== undefined && variable.trim() !== '') {
    const ms = parseTimeLimitSeconds(variable);
    if (ms === undefined) throw new LibreOfficeError('failed', `${TIME_LIMIT_VARIABLE} must be whole seconds, e.g. 300; it is "${variable}"`);
    return ms;
  }
  return timeLimitMs(await countCells(await readFile(input)));
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
    const run = await runSoffice(soffice, args, await timeLimitOf(input, options));
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
    // The target holds the old file or the whole new one, never a part.
    await writeFileAtomically(resolve(outPath), await readFile(produced));
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

/**
 * Runs soffice in its own process group and waits for it. On the time limit,
 * or when this process is interrupted or terminated, the whole group is
 * killed (soffice.bin as well as the launcher), so that no LibreOffice is
 * left running; the timeout is reported once the group has gone.
 */
function runSoffice(soffice: string, args: string[], timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const started: { child?: ChildProcess } = {};
    const killGroup = (): void => {
      const child = started.child;
      if (child?.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    // Signals this process gets do not reach soffice's group: pass them on, then die of them as before.
    // Listening starts before soffice does, so that no signal falls between the two.
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    const onSignal = (signal: NodeJS.Signals): void => {
      killGroup();
      stopListening();
      process.kill(process.pid, signal);
    };
    const stopListening = (): void => {
      for (const signal of signals) process.off(signal, onSignal);
      process.off('exit', killGroup);
    };
    for (const signal of signals) process.on(signal, onSignal);
    process.on('exit', killGroup);
    const child = spawn(soffice, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    started.child = child;
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timedOutError = (): LibreOfficeError =>
      new LibreOfficeError('timeout', `LibreOffice did not finish within ${timeoutMs / 1000} s and was stopped: ${args.at(-1)}`, stderr, timeoutMs);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
      // Should something it started have left the group still holding its output open, give up waiting for it.
      setTimeout(() => {
        stopListening();
        reject(timedOutError());
      }, 5_000).unref();
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      stopListening();
      const reason: LibreOfficeFailure = error.code === 'ENOENT' ? 'not-installed' : 'failed';
      const hint = reason === 'not-installed' ? ` Install the Debian package ${LIBREOFFICE_PACKAGE}.` : '';
      reject(new LibreOfficeError(reason, `LibreOffice could not be started (${soffice}): ${error.message}.${hint}`, stderr));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      // The launcher may be gone while what it started still runs in the group.
      killGroup();
      stopListening();
      if (timedOut) {
        reject(timedOutError());
      } else {
        resolvePromise({ code, stdout, stderr });
      }
    });
  });
}
