import { validatePlan } from '../../engine/validate';
import { parseArgs } from '../args';
import { cliMessages } from '../cli.messages';
import type { CliIo, Lang } from '../io';
import { loadPlanFile } from '../load-plan-file';
import { UsageError } from '../usage-error';
import { buildValidationReport, renderTextReport } from '../validation-report';

export async function validateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs('validate', argv, [
    { name: 'format', choices: ['text', 'json'] },
    { name: 'lang', choices: ['fi', 'en'] },
  ]);
  const [file, extra] = args.positionals;
  if (file === undefined) throw new UsageError(cliMessages['usage.missing-argument'], { command: 'validate', what: '<plan.json>' });
  if (extra !== undefined) throw new UsageError(cliMessages['usage.extra-argument'], { command: 'validate', argument: extra });
  const lang = (args.options.lang ?? 'fi') as Lang;
  const plan = await loadPlanFile(file);
  const findings = validatePlan(plan);
  const report = buildValidationReport(plan, findings, lang);
  if (args.options.format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout(renderTextReport(report, file, lang));
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
