import { metricStatus, type MetricStatus } from '../../engine/progress';
import type { Language, Plan } from '../../model/plan';
import { layoutMessages, type LayoutMessageKey } from '../layout.messages';
import { EMPTY_TEXT, num, SheetBuilder, text, textResult, type CalculatedColumn } from '../sheet-builder';
import { formulaString, thisRowRef } from '../structured-ref';
import { STYLES } from '../styles';
import { GOALS_TABLE, METRIC_VALUES_TABLE, METRICS_TABLE } from '../schema/tables';
import type { SheetLayout } from '../workbook-layout';
import {
  columnStyles,
  decimalCell,
  enumCell,
  enumValidation,
  header,
  HEADER_STYLE,
  orientationFor,
  referenceValidation,
  sheetName,
  tablePrint,
  tableRow,
  textCell,
  TITLE_ROW,
} from './sheet-common';

/**
 * Mittarit: Metrics (each with its goal) and, beside it, MetricValues
 * (baseline, target and actual per metric and year), in plan order. Side by
 * side for the same reason as on Talousarvio: a row inserted into one table
 * must not cut through the other.
 */
const SUBTITLE_ROW = 2;
export const METRICS_HEADER_ROW = 3;

export function metricsSheet(plan: Plan, language: Language = plan.language): SheetLayout {
  const b = new SheetBuilder('metrics', sheetName('metrics', language), 'editable');
  b.set(1, TITLE_ROW, text(layoutMessages['metrics.title'][language]), STYLES.title);
  const goals = plan.sections.flatMap((s) => s.goals);

  const metrics = METRICS_TABLE;
  b.set(1, SUBTITLE_ROW, text(layoutMessages['metrics.metricsTitle'][language]), STYLES.subtitle);
  const metricRows = goals.flatMap((goal) =>
    goal.metrics.map((metric) =>
      tableRow(metrics, {
        id: textCell(metric.id),
        goal: textCell(goal.id),
        text: textCell(metric.text),
        kind: enumCell('metricKind', metric.kind, language),
        unit: textCell(metric.unit),
      }),
    ),
  );
  const metricsTable = b.table(metrics, language, { column: 1, row: METRICS_HEADER_ROW }, metricRows, {
    headerStyle: HEADER_STYLE,
    styles: columnStyles(metrics),
  });
  b.dataValidations.push(
    referenceValidation(metricsTable.dataRange('goal'), GOALS_TABLE, language, false),
    enumValidation(metricsTable.dataRange('kind'), 'metricKind', language, true),
  );

  const values = METRIC_VALUES_TABLE;
  const valuesOrigin = { column: metrics.columns.length + 2, row: METRICS_HEADER_ROW };
  b.set(valuesOrigin.column, SUBTITLE_ROW, text(layoutMessages['metrics.valuesTitle'][language]), STYLES.subtitle);
  const valueRows = goals.flatMap((goal) =>
    goal.metrics.flatMap((metric) =>
      (metric.values ?? []).map((v) =>
        tableRow(values, {
          metric: textCell(metric.id),
          year: num(v.year),
          baseline: decimalCell(v.baseline),
          target: decimalCell(v.target),
          actual: decimalCell(v.actual),
        }),
      ),
    ),
  );
  const valuesTable = b.table(values, language, valuesOrigin, valueRows, {
    headerStyle: HEADER_STYLE,
    styles: columnStyles(values),
    formulas: { status: metricStatusColumn(plan, language) },
  });
  b.dataValidations.push(referenceValidation(valuesTable.dataRange('metric'), METRICS_TABLE, language, false));

  b.fitRowHeights(METRICS_HEADER_ROW, Math.max(metricsTable.lastDataRow, valuesTable.lastDataRow));
  b.freeze = { rows: METRICS_HEADER_ROW, columns: 0 };
  return b.build(tablePrint(plan, language, METRICS_HEADER_ROW, orientationFor(metrics, values)), { protected: false });
}

const STATUS_LABELS: Record<MetricStatus, LayoutMessageKey> = {
  reached: 'metrics.status.reached',
  notReached: 'metrics.status.notReached',
  noData: 'metrics.status.noData',
};

export function metricStatusLabel(status: MetricStatus, language: Language): string {
  return layoutMessages[STATUS_LABELS[status]][language];
}

/**
 * Whether each year's actual reaches its target, as engine/progress.ts
 * decides it: at most the target when the target is below the baseline,
 * at least otherwise; no data without both. Blank on a row without a metric.
 */
function metricStatusColumn(plan: Plan, language: Language): CalculatedColumn {
  const ref = (key: string): string => thisRowRef(METRIC_VALUES_TABLE.name, header(METRIC_VALUES_TABLE, key, language));
  const [metric, baseline, target, actual] = [ref('metric'), ref('baseline'), ref('target'), ref('actual')];
  const label = (status: MetricStatus): string => formulaString(metricStatusLabel(status, language));
  const values = plan.sections.flatMap((s) => s.goals.flatMap((g) => g.metrics.flatMap((m) => m.values ?? [])));
  return {
    formula: () =>
      `IF(${metric}="","",IF(OR(${target}="",${actual}=""),${label('noData')},` +
      `IF(IF(AND(${baseline}<>"",${baseline}>${target}),${actual}<=${target},${actual}>=${target}),${label('reached')},${label('notReached')})))`,
    result: (index) => {
      const value = values[index];
      return value === undefined ? EMPTY_TEXT : textResult(metricStatusLabel(metricStatus(value), language));
    },
  };
}
