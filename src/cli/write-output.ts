import { writeFileAtomically } from '../xlsx/write-file-atomically';
import { cliMessages } from './cli.messages';
import { usageError } from './usage-error';

/**
 * Writes an output file, creating its folder, so that the file is either the
 * old one or the whole new one even when the run is killed half-way; a
 * failure is one usage line, not a stack trace.
 */
export async function writeOutputFile(file: string, content: Buffer | string): Promise<void> {
  try {
    await writeFileAtomically(file, content);
  } catch (error) {
    throw usageError(cliMessages, 'output.unwritable', { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}
