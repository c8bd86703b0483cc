import type { Finding } from '../../model/finding';
import { jsonPath } from '../../model/json-path';
import { localise, type MessageParams } from '../../model/messages/catalogue';
import type { Plan } from '../../model/plan';
import { findingAt } from './finding-at';
import { englishOrdinal, finnishDate, positionParams, shortTitle, titleOrId } from './object-names';
import { planStrings, type PlanString } from './plan-strings';
import type { RuleDefinition, RuleGroup } from './rule';
import { textsDescriptions, textsMessages, type TextsMessageKey } from './texts.messages';

export const TEXT_EMPTY: RuleDefinition = {
  id: 'text.empty',
  severity: 'error',
  description: textsDescriptions['text.empty'],
};

export const TEXT_TOO_LONG: RuleDefinition = {
  id: 'text.too-long',
  severity: 'error',
  description: textsDescriptions['text.too-long'],
};

export const TEXT_FORMULA_LIKE: RuleDefinition = {
  id: 'text.formula-like',
  severity: 'info',
  description: textsDescriptions['text.formula-like'],
};

/** Excel's limit for the text of one cell. */
export const EXCEL_CELL_TEXT_LIMIT = 32767;

/** How many characters of a long or formula-like text the message quotes. */
const EXCERPT_LENGTH = 40;

interface RequiredText {
  value: string;
  segments: Array<string | number>;
  message: TextsMessageKey;
  params?: MessageParams;
}

const blank = (text: string): boolean => text.trim() === '';

/**
 * The texts that must not be empty and are: each is made (its path, its
 * message's parameters) only when it is empty, since a large plan has tens of
 * thousands of texts and making them all was most of validation's time.
 */
function emptyRequiredTexts(plan: Plan): RequiredText[] {
  const texts: RequiredText[] = [
    { value: plan.organisation.name, segments: ['organisation', 'name'], message: 'organisationName' },
    {
      value: plan.organisation.legalBasis,
      segments: ['organisation', 'legalBasis'],
      message: 'legalBasis',
      params: { organisation: shortTitle(plan.organisation.name) },
    },
    { value: plan.document.title, segments: ['document', 'title'], message: 'documentTitle' },
  ].filter((text) => blank(text.value)) as RequiredText[];
  plan.municipalities.forEach((m, i) => {
    if (blank(m.name)) texts.push({ value: m.name, segments: ['municipalities', i, 'name'], message: 'municipalityName', params: { id: m.id } });
  });
  plan.document.meetings.forEach((meeting, i) => {
    if (blank(meeting.body)) texts.push({
      value: meeting.body,
      segments: ['document', 'meetings', i, 'body'],
      message: 'meetingBody',
      params: { date: meeting.date, dateFi: finnishDate(meeting.date), section: meeting.section },
    });
  });
  plan.basicTasks.forEach((task, t) => {
    if (blank(task.title)) texts.push({
      value: task.title,
      segments: ['basicTasks', t, 'title'],
      message: 'basicTaskTitle',
      params: { number: task.number },
    });
    const taskName = titleOrId(task.title, task.id);
    task.items.forEach((item, i) => {
      if (blank(item)) texts.push({
        value: item,
        segments: ['basicTasks', t, 'items', i],
        message: 'basicTaskItem',
        params: { task: taskName, ...positionParams(i) },
      });
    });
  });
  plan.sections.forEach((section, s) => {
    if (blank(section.title)) texts.push({ value: section.title, segments: ['sections', s, 'title'], message: 'sectionTitle', params: { id: section.id } });
    const sectionName = titleOrId(section.title, section.id);
    section.goals.forEach((goal, g) => {
      const goalPath = ['sections', s, 'goals', g];
      if (blank(goal.title)) texts.push({
        value: goal.title,
        segments: [...goalPath, 'title'],
        message: 'goalTitle',
        params: { section: sectionName, ...positionParams(g) },
      });
      const goalName = titleOrId(goal.title, goal.id);
      goal.actions.forEach((action, a) => {
        if (blank(action.text)) texts.push({
          value: action.text,
          segments: [...goalPath, 'actions', a, 'text'],
          message: 'actionText',
          params: { goal: goalName, ...positionParams(a) },
        });
        (action.subActions ?? []).forEach((sub, u) => {
          if (blank(sub.text)) texts.push({
            value: sub.text,
            segments: [...goalPath, 'actions', a, 'subActions', u, 'text'],
            message: 'subActionText',
            params: { goal: goalName, actionPosition: a + 1, actionOrdinal: englishOrdinal(a + 1), ...positionParams(u) },
          });
        });
      });
      goal.metrics.forEach((metric, m) => {
        if (blank(metric.text)) texts.push({
          value: metric.text,
          segments: [...goalPath, 'metrics', m, 'text'],
          message: 'metricText',
          params: { goal: goalName, ...positionParams(m) },
        });
      });
    });
  });
  plan.contributions.pools.forEach((pool, p) => {
    if (blank(pool.name)) texts.push({ value: pool.name, segments: ['contributions', 'pools', p, 'name'], message: 'poolName', params: { id: pool.id } });
  });
  (plan.budget.lines ?? []).forEach((line, l) => {
    if (blank(line.name)) texts.push({ value: line.name, segments: ['budget', 'lines', l, 'name'], message: 'budgetLineName', params: { id: line.id } });
  });
  return texts;
}

function emptyTexts(plan: Plan): Finding[] {
  return emptyRequiredTexts(plan).map((text) => findingAt(TEXT_EMPTY, localise(textsMessages, text.message, text.params), text.segments));
}

function tooLongTexts(strings: PlanString[]): Finding[] {
  return strings
    .filter((s) => s.value.length > EXCEL_CELL_TEXT_LIMIT)
    .map((s) =>
      findingAt(
        TEXT_TOO_LONG,
        localise(textsMessages, 'tooLong', {
          start: shortTitle(s.value, EXCERPT_LENGTH),
          path: jsonPath(s.segments),
          length: s.value.length,
        }),
        s.segments,
      ),
    );
}

/** Properties whose strings are identifiers or dates, never text a writer typed. */
const NON_TEXT_KEYS = new Set(['id', 'hostMunicipality', 'municipality', 'municipalities', 'date', 'populationDate']);
/** Money and other decimals are stored as strings ("-100") but written to Excel as numbers. */
const DECIMAL = /^-?\d+(\.\d+)?$/;
/** What makes Excel read a typed value as a formula: these characters in the very first position. */
const FORMULA_START = /^[=+\-@]/;

function isText(s: PlanString): boolean {
  if (s.key !== undefined && (NON_TEXT_KEYS.has(s.key) || s.key.endsWith('Id'))) return false;
  return !DECIMAL.test(s.value);
}

function formulaLikeTexts(strings: PlanString[]): Finding[] {
  return strings
    .filter((s) => FORMULA_START.test(s.value) && isText(s))
    .map((s) =>
      findingAt(
        TEXT_FORMULA_LIKE,
        localise(textsMessages, 'formulaLike', {
          start: shortTitle(s.value, EXCERPT_LENGTH),
          path: jsonPath(s.segments),
          char: s.value.charAt(0),
        }),
        s.segments,
      ),
    );
}

export const textsRules: RuleGroup = {
  rules: [TEXT_EMPTY, TEXT_TOO_LONG, TEXT_FORMULA_LIKE],
  check: (plan) => {
    // Only the strings either rule may report: a large plan has hundreds of thousands of others.
    const strings = planStrings(plan, (value) => value.length > EXCEL_CELL_TEXT_LIMIT || FORMULA_START.test(value));
    return [...emptyTexts(plan), ...tooLongTexts(strings), ...formulaLikeTexts(strings)];
  },
};
