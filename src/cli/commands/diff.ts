import { comparePlans } from '../../app/compare-plans';
import { LANGUAGES } from '../../model/language';
import { parseArgs } from '../args';
import { cliMessages } from '../cli.messages';
import { jsonDiff, renderTextDiff } from '../diff-report';
import type { CliIo, Lang } from '../io';
import { loadInput } from '../load-input';
import { usageError } from '../usage-error';

/**
 * plansheets diff <old> <new>: what changed from one version of a plan to
 * the next; each a plan file or a workbook, in any mix. Exit code 0 when
 * nothing changed, 1 when something did (as diff(1) does), 2 for unusable
 * input or wrong usage.
 */
export async function diffCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs('diff', argv, [
    { name: 'format', choices: ['text', 'json'] },
    { name: 'lang', choices: LANGUAGES },
  ]);
  const [oldFile, newFile, extra] = args.positionals;
  const what = '<old.json|old.xlsx> <new.json|new.xlsx>';
  if (oldFile === undefined || newFile === undefined) throw usageError(cliMessages, 'usage.missing-argument', { command: 'diff', what });
  if (extra !== undefined) throw usageError(cliMessages, 'usage.extra-argument', { command: 'diff', argument: extra });
  const lang = (args.options.lang ?? 'fi') as Lang;
  const oldInput = await loadInput(oldFile);
  const newInput = await loadInput(newFile);
  const { comparison, unchanged } = comparePlans(oldInput.plan, newInput.plan);
  const files = { old: oldFile, new: newFile };
  if (args.options.format === 'json') io.stdout(`${JSON.stringify(jsonDiff(comparison, files, unchanged), null, 2)}\n`);
  else io.stdout(renderTextDiff(comparison, files, lang));
  return unchanged ? 0 : 1;
}
