import { reportOnPlan } from '../../app/report-on-plan';
import { validatePlan } from '../../engine/validate';
import { parseArgs } from '../args';
import { cliMessages } from '../cli.messages';
import type { CliIo, Lang } from '../io';
import { loadInput } from '../load-input';
import { usageError } from '../usage-error';
import { jsonReport, renderTextReport } from '../validation-report';
import { LANGUAGES } from '../../model/language';

/**
 * plansheets validate <plan.json|workbook.xlsx>: a plan file's findings point
 * at JSON paths; a workbook's at its sheets and cells, both what reading it
 * found and what the rules find in the plan it holds.
 */
export async function validateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs('validate', argv, [
    { name: 'format', choices: ['text', 'json'] },
    { name: 'lang', choices: LANGUAGES },
  ]);
  const [file, extra] = args.positionals;
  if (file === undefined) throw usageError(cliMessages, 'usage.missing-argument', { command: 'validate', what: '<plan.json|workbook.xlsx>' });
  if (extra !== undefined) throw usageError(cliMessages, 'usage.extra-argument', { command: 'validate', argument: extra });
  const lang = (args.options.lang ?? LANGUAGES[0]) as Lang;
  const input = await loadInput(file);
  const findings = input.kind === 'workbook' ? input.reading.findings : validatePlan(input.plan);
  const report = reportOnPlan(input.plan, findings);
  if (args.options.format === 'json') io.stdout(`${JSON.stringify(jsonReport(report, lang), null, 2)}\n`);
  else io.stdout(renderTextReport(report, file, lang));
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
