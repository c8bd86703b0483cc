import { planJsonSchema } from '../../model/json-schema';
import { parseArgs } from '../args';
import { cliMessages } from '../cli.messages';
import type { CliIo, Lang } from '../io';
import { localise } from '../../model/messages/catalogue';
import { usageError } from '../usage-error';
import { writeOutputFile } from '../write-output';
import { LANGUAGES } from '../../model/language';

/** Prints the plan file's JSON Schema, or writes it to a file. */
export async function schemaCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs('schema', argv, [
    { name: 'out', alias: 'o' },
    { name: 'lang', choices: LANGUAGES },
  ]);
  const lang = (args.options.lang ?? LANGUAGES[0]) as Lang;
  if (args.positionals.length > 0) {
    throw usageError(cliMessages, 'usage.extra-argument', { command: 'schema', argument: args.positionals[0] as string });
  }
  const text = `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
  const out = args.options.out;
  if (typeof out !== 'string') {
    io.stdout(text);
    return 0;
  }
  await writeOutputFile(out, text);
  io.stderr(`${localise(cliMessages, 'schema.written', { file: out })[lang]}\n`);
  return 0;
}
