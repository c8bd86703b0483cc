import { isLanguage, LANGUAGES } from '../model/language';
import { localise } from '../model/messages/catalogue';
import { cliMessages } from './cli.messages';
import { processIo, type CliIo, type Lang } from './io';
import { UsageError, usageError } from './usage-error';

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

/**
 * Each command is loaded when it is asked for: ExcelJS and the layout take
 * most of a second to load, and `validate plan.json` or `--help` need
 * neither (docs/benchmarks.md).
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./commands/validate')).validateCommand,
  build: async () => (await import('./commands/build')).buildCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  diff: async () => (await import('./commands/diff')).diffCommand,
  schema: async () => (await import('./commands/schema')).schemaCommand,
  rules: async () => (await import('./commands/rules')).rulesCommand,
};

/**
 * The `plansheets` command line. Returns the exit code: 0 no errors, 1 errors
 * in the plan, 2 unusable input or wrong usage (one line on stderr, never a
 * stack trace).
 */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const lang = requestedLanguage(argv);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${cliMessages.usage[lang]}\n`);
    return name === undefined ? 2 : 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (!load) throw usageError(cliMessages, 'usage.unknown-command', { command: name });
    const command = await load();
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`plansheets: ${oneLine(error.text[lang])}\n`);
      return 2;
    }
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.stderr(`plansheets: ${oneLine(localise(cliMessages, 'internal', { detail })[lang])}\n`);
    return 2;
  }
}

/** The --lang option, looked up before parsing so that even usage errors speak the asked language. */
function requestedLanguage(argv: readonly string[]): Lang {
  const at = argv.indexOf('--lang');
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return isLanguage(value) ? value : LANGUAGES[0];
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
