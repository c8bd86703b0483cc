import { cliMessages } from './cli.messages';
import { usageError } from './usage-error';

export interface OptionSpec {
  /** Long name without dashes, e.g. "format". */
  name: string;
  alias?: string;
  /** Allowed values; any value when omitted. */
  choices?: readonly string[];
  /** A flag takes no value. */
  flag?: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | true>;
}

/** A small strict parser: unknown options and missing values are usage errors, never guesses. */
export function parseArgs(command: string, argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--' ) {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [rawName, inlineValue] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const spec = specs.find((s) => `--${s.name}` === rawName || (s.alias !== undefined && `-${s.alias}` === rawName));
    if (!spec) throw usageError(cliMessages, 'usage.unknown-option', { command, option: rawName });
    if (spec.flag) {
      options[spec.name] = true;
      continue;
    }
    const value = inlineValue ?? argv[i + 1];
    if (value === undefined || (inlineValue === undefined && value.startsWith('--'))) {
      throw usageError(cliMessages, 'usage.option-value', { command, option: rawName });
    }
    if (inlineValue === undefined) i += 1;
    if (spec.choices && !spec.choices.includes(value)) {
      throw usageError(cliMessages, 'usage.bad-choice', { command, option: rawName, value, allowed: spec.choices.join(', ') });
    }
    options[spec.name] = value;
  }
  return { positionals, options };
}
