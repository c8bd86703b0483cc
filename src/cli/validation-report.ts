import type { PlanReport, ShareLine } from '../app/report-on-plan';
import { formatEuros, formatNumber, formatPercent } from '../engine/display-numbers';
import { Decimal, formatMoney } from '../engine/money';
import { formatLocation, SEVERITIES, type Location, type Severity } from '../model/finding';
import { localise } from '../model/messages/catalogue';
import { cliMessages, type CliMessageKey } from './cli.messages';
import type { Lang } from './io';

/** The `--format json` contract of `plansheets validate` (README.md): the report with messages in one language. */
export interface ValidationReport {
  summary: PlanReport['summary'];
  shares: ShareLine[];
  findings: Array<{ rule: string; severity: Severity; message: string; location: Location }>;
}

export function jsonReport(report: PlanReport, lang: Lang): ValidationReport {
  return {
    summary: report.summary,
    shares: report.shares,
    findings: report.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message[lang], location: f.location })),
  };
}

type Say = (key: CliMessageKey, params?: Record<string, string | number>) => string;

/** The plan's progress of actions, per team when anything is counted, and the metric statuses. */
function progressLines(progress: PlanReport['summary']['progress'], say: Say, lang: Lang): string[] {
  const percent = (value: string): string => formatPercent(new Decimal(value), lang, 1);
  const lines: string[] = [];
  const { plan } = progress;
  if (plan.percent === null) {
    lines.push(say('report.progress-none'));
  } else {
    lines.push(say('report.progress', { done: plan.done, counted: plan.counted, percent: percent(plan.percent) }));
    const width = Math.max(...progress.teams.map((t) => t.title.length));
    for (const team of progress.teams) {
      const figure =
        team.percent === null
          ? say('report.progress-team-none')
          : say('report.progress-team', { done: team.done, counted: team.counted, percent: percent(team.percent) });
      lines.push(`  ${team.title.padEnd(width)}  ${figure}`);
    }
  }
  const { metrics } = progress;
  lines.push(metrics.values.length === 0 ? say('report.metrics-status-none') : say('report.metrics-status', { reached: metrics.reached, notReached: metrics.notReached, noData: metrics.noData }));
  return lines;
}

const HEADINGS: Record<Severity, CliMessageKey> = { error: 'report.errors', warning: 'report.warnings', info: 'report.infos' };

/** The human report: what was checked, the key figures, then findings grouped by severity. */
export function renderTextReport(plan: PlanReport, file: string, lang: Lang): string {
  const report = jsonReport(plan, lang);
  const say = (key: CliMessageKey, params: Record<string, string | number> = {}): string => localise(cliMessages, key, params)[lang];
  const { summary } = report;
  const lines: string[] = [];
  lines.push(`${summary.organisation} — ${summary.budgetYear}–${summary.planYears[summary.planYears.length - 1] ?? summary.budgetYear}`);
  lines.push(say('report.checked', { file }));
  lines.push(
    say('report.counts', {
      municipalities: summary.municipalities,
      teams: summary.teams,
      goals: summary.goals,
      actions: summary.actions,
      metrics: summary.metrics,
    }),
  );
  lines.push(say('report.seats', { seats: summary.councilSeats ?? '?', size: summary.councilSize }));
  lines.push(...progressLines(report.summary.progress, say, lang));
  lines.push('');
  if (report.shares.length === 0) {
    lines.push(say('report.no-shares'));
  } else {
    lines.push(say('report.shares-heading', { year: summary.budgetYear }));
    const nameWidth = Math.max(...report.shares.map((s) => s.municipality.length), say('report.shares-total').length);
    // Cents always shown here: the shares are allocated to the cent and must visibly add up.
    const money = (value: string): string => formatEuros(new Decimal(value), lang, 2);
    const rows = report.shares.map((s) => [
      s.municipality.padEnd(nameWidth),
      formatNumber(new Decimal(s.population), lang, 0),
      money(s.amount),
    ]);
    const total = report.shares.reduce((acc, s) => acc.plus(s.amount), new Decimal(0));
    rows.push([say('report.shares-total').padEnd(nameWidth), '', money(formatMoney(total))]);
    const popWidth = Math.max(...rows.map((r) => (r[1] as string).length));
    const amountWidth = Math.max(...rows.map((r) => (r[2] as string).length));
    for (const [name, population, amount] of rows) {
      lines.push(`  ${name}  ${(population as string).padStart(popWidth)}  ${(amount as string).padStart(amountWidth)}`);
    }
  }
  for (const severity of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === severity);
    lines.push('');
    lines.push(say(HEADINGS[severity], { count: group.length }));
    if (group.length === 0) lines.push(say('report.none'));
    for (const finding of group) {
      lines.push(`  [${finding.rule}] ${formatLocation(finding.location)}`);
      lines.push(`    ${finding.message}`);
    }
  }
  const count = (severity: Severity): number => report.findings.filter((f) => f.severity === severity).length;
  lines.push('');
  lines.push(say('report.result', { errors: count('error'), warnings: count('warning'), infos: count('info') }));
  return `${lines.join('\n')}\n`;
}
