import { performance } from 'node:perf_hooks';
import { formatNumber } from '../../engine/display-numbers';
import { Decimal } from '../../engine/money';
import { validatePlan } from '../../engine/validate';
import { localise } from '../../model/messages/catalogue';
import { buildWorkbookLayout } from '../../layout/build-workbook-layout';
import { writeWorkbook } from '../../xlsx/write-workbook';
import { parseArgs } from '../args';
import { cliMessages } from '../cli.messages';
import type { CliIo, Lang } from '../io';
import { loadPlanFile } from '../load-plan-file';
import { UsageError } from '../usage-error';
import { writeOutputFile } from '../write-output';

/** plansheets build <plan.json> -o <out.xlsx>: the plan's workbook, with its findings on Tarkistukset. */
export async function buildCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs('build', argv, [
    { name: 'out', alias: 'o' },
    { name: 'lang', choices: ['fi', 'en'] },
  ]);
  const [file, extra] = args.positionals;
  const out = args.options.out;
  if (file === undefined) throw new UsageError(cliMessages['usage.missing-argument'], { command: 'build', what: '<plan.json>' });
  if (typeof out !== 'string') throw new UsageError(cliMessages['usage.missing-argument'], { command: 'build', what: '-o <out.xlsx>' });
  if (extra !== undefined) throw new UsageError(cliMessages['usage.extra-argument'], { command: 'build', argument: extra });
  const lang = (args.options.lang ?? 'fi') as Lang;

  const started = performance.now();
  const plan = await loadPlanFile(file);
  const findings = validatePlan(plan);
  const layout = buildWorkbookLayout(plan, findings);
  const buffer = await writeWorkbook(layout);
  await writeOutputFile(out, buffer);
  const seconds = formatNumber(new Decimal(performance.now() - started).div(1000), lang, 1);
  const count = (severity: string): number => findings.filter((f) => f.severity === severity).length;
  const message = localise(cliMessages, 'build.written', {
    file: out,
    sheets: layout.sheets.filter((s) => !s.hidden).length,
    kilobytes: Math.round(buffer.length / 1024),
    seconds,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
  });
  io.stdout(`${message[lang]}\n`);
  return count('error') > 0 ? 1 : 0;
}
