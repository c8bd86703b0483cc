import { readFile } from 'node:fs/promises';
import { formatLocation, type Finding } from '../model/finding';
import { parsePlanText } from '../model/parse-plan';
import type { Plan } from '../model/plan';
import { cliMessages } from './cli.messages';
import { UsageError } from './usage-error';

const SHOWN_PROBLEMS = 3;

/** Reads a file, turning "not found" and friends into one-line usage errors. */
export async function readInputFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(cliMessages['input.not-found'], { file });
    throw new UsageError(cliMessages['input.unreadable'], { file, detail: code ?? String(error) });
  }
}

/** Loads a plan file; a file that is not a plan is unusable input (exit 2) with its first problems on one line. */
export async function loadPlanFile(file: string): Promise<Plan> {
  const buffer = await readInputFile(file);
  const result = parsePlanText(buffer.toString('utf8').replace(/^\uFEFF/, ''));
  if (result.ok) return result.plan;
  throw notAPlan(file, result.problems);
}

export function notAPlan(file: string, problems: readonly Finding[]): UsageError {
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  const more = problems.length - shown.length;
  const summary = (lang: 'fi' | 'en'): string => {
    const parts = shown.map((p) => `${formatLocation(p.location)}: ${p.message[lang]}`);
    const tail = more > 0 ? ` ${cliMessages['input.more-problems'][lang].replace('{count}', String(more))}` : '';
    return parts.join('; ') + tail;
  };
  const error = new UsageError(cliMessages['input.not-a-plan'], { file, problems: '{problems}' });
  error.text.fi = error.text.fi.replace('{problems}', summary('fi'));
  error.text.en = error.text.en.replace('{problems}', summary('en'));
  return error;
}
