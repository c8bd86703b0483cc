import { readFile } from 'node:fs/promises';
import { formatLocation, type Finding, type LocalisedText } from '../model/finding';
import { localise, localiseEach } from '../model/messages/catalogue';
import { openPlanFile } from '../app/open-plan-file';
import type { Plan } from '../model/plan';
import { cliMessages } from './cli.messages';
import { UsageError, usageError } from './usage-error';

const SHOWN_PROBLEMS = 3;

/** Reads a file, turning "not found" and friends into one-line usage errors. */
export async function readInputFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw usageError(cliMessages, 'input.not-found', { file });
    throw usageError(cliMessages, 'input.unreadable', { file, detail: code ?? String(error) });
  }
}

/** Loads a plan file; a file that is not a plan is unusable input (exit 2) with its first problems on one line. */
export async function loadPlanFile(file: string): Promise<Plan> {
  const buffer = await readInputFile(file);
  const result = openPlanFile(buffer.toString('utf8'));
  if (result.ok) return result.plan;
  throw notAPlan(file, result.problems);
}

export function notAPlan(file: string, problems: readonly Finding[]): UsageError {
  return new UsageError(
    localiseEach(cliMessages, 'input.not-a-plan', (lang) => ({ file, problems: problemList(problems, lang) })),
  );
}

/** The first few problems on one line, each with its location, and how many more there are. */
export function problemList(problems: readonly Finding[], lang: keyof LocalisedText): string {
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  const more = problems.length - shown.length;
  const parts = shown.map((p) => `${formatLocation(p.location)}: ${p.message[lang]}`);
  const tail = more > 0 ? ` ${localise(cliMessages, 'input.more-problems', { count: more })[lang]}` : '';
  return parts.join('; ') + tail;
}
