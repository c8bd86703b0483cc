import { parseArgs } from '../args';
import { cliMessages } from '../cli.messages';
import type { CliIo, Lang } from '../io';
import { documentedRules, rulesMarkdownTable } from '../rule-catalogue';
import { usageError } from '../usage-error';
import { LANGUAGES } from '../../model/language';

/** Lists every validation rule with its severity and meaning. */
export async function rulesCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs('rules', argv, [
    { name: 'format', choices: ['markdown', 'json'] },
    { name: 'lang', choices: LANGUAGES },
  ]);
  if (args.positionals.length > 0) {
    throw usageError(cliMessages, 'usage.extra-argument', { command: 'rules', argument: args.positionals[0] as string });
  }
  const lang = (args.options.lang ?? LANGUAGES[0]) as Lang;
  const rules = documentedRules();
  if (args.options.format === 'json') {
    io.stdout(`${JSON.stringify(rules.map((r) => ({ rule: r.id, severity: r.severity, description: r.description[lang] })), null, 2)}\n`);
  } else {
    io.stdout(`${rulesMarkdownTable(rules, lang)}\n`);
  }
  return 0;
}
