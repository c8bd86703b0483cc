import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { cliMessages } from './cli.messages';
import { usageError } from './usage-error';

/** Writes an output file, creating its folder; a failure is one usage line, not a stack trace. */
export async function writeOutputFile(file: string, content: Buffer | string): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
  } catch (error) {
    throw usageError(cliMessages, 'output.unwritable', { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}
