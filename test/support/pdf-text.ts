import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * What a PDF shows, read with poppler's pdftotext -bbox (every word with its
 * box) and pdfinfo (page sizes), for tests of printed sheets. Text is
 * compared "squeezed", without any white space, because a printed cell
 * wraps its text wherever its column ends.
 */

const run = promisify(execFile);

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
}

export interface PdfLine {
  y: number;
  words: PdfWord[];
  /** The words joined with single spaces. */
  text: string;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  words: PdfWord[];
}

/** Text without white space (including no-break and narrow spaces). */
export const squeeze = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, '');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });

export async function pdfPages(file: string): Promise<PdfPage[]> {
  const { stdout } = await run('pdftotext', ['-bbox', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  for (const match of stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words = [...(match[3] ?? '').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map((w) => ({
      text: decode(w[3] ?? ''),
      xMin: Number(w[1]),
      yMin: Number(w[2]),
    }));
    pages.push({ number: pages.length + 1, width: Number(match[1]), height: Number(match[2]), words });
  }
  return pages;
}

/** Words grouped into lines (tops within `tolerance` points), top to bottom, each left to right. */
export function linesOf(words: readonly PdfWord[], tolerance = 1.5): PdfLine[] {
  const lines: Array<{ y: number; words: PdfWord[] }> = [];
  for (const word of [...words].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)) {
    const line = lines.find((l) => Math.abs(l.y - word.yMin) <= tolerance);
    if (line) line.words.push(word);
    else lines.push({ y: word.yMin, words: [word] });
  }
  return lines
    .sort((a, b) => a.y - b.y)
    .map((l) => {
      const sorted = l.words.sort((a, b) => a.xMin - b.xMin);
      return { y: l.y, words: sorted, text: sorted.map((w) => w.text).join(' ') };
    });
}

/** Each page's size in points, from pdfinfo. */
export async function pageSizes(file: string, pages: number): Promise<Array<{ width: number; height: number }>> {
  const { stdout } = await run('pdfinfo', ['-f', '1', '-l', String(pages), file]);
  return [...stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

export async function pageCount(file: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [file]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
}

/** Where a piece of printed text is. */
export interface PdfPlace {
  page: number;
  y: number;
}

/**
 * Squeezed text in reading order with the place of every character, so
 * that texts can be found one after another and located on the page.
 */
export class PdfTextStream {
  private text = '';
  private readonly places: PdfPlace[] = [];

  append(words: readonly PdfWord[], page: number): void {
    for (const word of words) {
      const squeezed = squeeze(word.text);
      this.text += squeezed;
      for (let i = 0; i < squeezed.length; i += 1) this.places.push({ page, y: word.yMin });
    }
  }

  /** Finds each text after the previous one found; lists those not found in that order. */
  findInOrder(texts: readonly string[]): { missing: string[]; places: Array<PdfPlace | undefined> } {
    let from = 0;
    const missing: string[] = [];
    const places = texts.map((text) => {
      const at = this.text.indexOf(squeeze(text), from);
      if (at < 0) {
        missing.push(text);
        return undefined;
      }
      from = at + squeeze(text).length;
      return this.places[at];
    });
    return { missing, places };
  }

  includes(text: string): boolean {
    return this.text.includes(squeeze(text));
  }
}
