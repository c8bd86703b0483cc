import { Body1, Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useRef, useState, type ChangeEvent } from 'react';
import { openPlanFile } from '../app';
import type { Finding } from '../model/finding';
import type { Plan } from '../model/plan';
import { readFileText } from './download';
import { FindingList } from './FindingItem';
import { GenerateSection } from './GenerateSection';
import { reasonOf } from './office-host';
import { countFindings, findingsOf, type PlanSource } from './pane-source';
import { useText } from './pane-text';
import type { Generation } from './use-generation';

const NewPlanFormView = lazy(() =>
  import(/* webpackChunkName: "new-plan" */ './NewPlanFormView').then((m) => ({ default: m.NewPlanFormView })),
);

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  choices: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    '& dd': { margin: 0 },
    '& dt': { color: tokens.colorNeutralForeground3 },
  },
  hidden: { display: 'none' },
});

/** Why the open workbook, though PlanSheets made it, gave no plan. */
export type StartProblem = { kind: 'unreadable'; reason: string; detail: string } | { kind: 'no-plan'; findings: Finding[] };

export interface StartViewProps {
  checking: boolean;
  source: PlanSource | null;
  problem: StartProblem | null;
  generation: Generation;
  canGenerate: boolean;
  onPlan: (plan: Plan) => void;
  onForget: () => void;
  onSelectCell: (sheet: string, cell: string) => void;
}

/** Start: the recognised workbook's plan and state, or the three ways to a plan; then Generate. */
export function StartView(props: StartViewProps) {
  const { checking, source, problem, generation } = props;
  const styles = useStyles();
  const text = useText();
  if (checking) return <Spinner label={text.t('start.checking')} />;
  return (
    <div className={styles.view}>
      {problem && <StartProblemNotice problem={problem} onSelectCell={props.onSelectCell} />}
      {source ? (
        <>
          <PlanFacts source={source} />
          {source.kind === 'workbook' && source.marker.interrupted && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{text.t('start.interrupted.title')}</MessageBarTitle>
                {text.t('start.interrupted.body')}
              </MessageBarBody>
              <MessageBarActions>
                <Button disabled={!props.canGenerate || generation.running} onClick={generation.start}>
                  {text.t('start.interrupted.action')}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          <GenerateSection
            generation={generation}
            refresh={source.kind === 'workbook'}
            enabled={props.canGenerate}
            onSelectCell={props.onSelectCell}
          />
          {source.kind === 'plan' && (
            <Button appearance="secondary" disabled={generation.running} onClick={props.onForget}>
              {text.t('start.another')}
            </Button>
          )}
        </>
      ) : (
        problem === null && <PlanChoices onPlan={props.onPlan} />
      )}
    </div>
  );
}

function StartProblemNotice({ problem, onSelectCell }: { problem: StartProblem; onSelectCell: (sheet: string, cell: string) => void }) {
  const text = useText();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {problem.kind === 'unreadable' ? (
          <>
            <MessageBarTitle>{text.t('gen.unreadable.title')}</MessageBarTitle>
            {text.t('start.unreadable', { reason: problem.reason, detail: problem.detail })}
          </>
        ) : (
          <>
            <MessageBarTitle>{text.t('start.noPlanRead.title')}</MessageBarTitle>
            <FindingList findings={problem.findings} onSelect={onSelectCell} />
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

function PlanFacts({ source }: { source: PlanSource }) {
  const styles = useStyles();
  const text = useText();
  const { plan } = source;
  const counts = countFindings(findingsOf(source));
  const first = plan.planYears[0] ?? plan.budgetYear;
  const last = plan.planYears[plan.planYears.length - 1] ?? plan.budgetYear;
  return (
    <section aria-labelledby="plan-facts-heading">
      <Subtitle2 as="h2" id="plan-facts-heading">
        {text.t(source.kind === 'workbook' ? 'start.recognised.title' : 'start.plan.title')}
      </Subtitle2>
      <dl className={styles.facts}>
        <dt>{text.t('start.organisation')}</dt>
        <dd>{plan.organisation.name}</dd>
        <dt>{text.t('start.budgetYear')}</dt>
        <dd>{plan.budgetYear}</dd>
        <dt>{text.t('start.planYears')}</dt>
        <dd>{text.t('start.planYearsValue', { first, last })}</dd>
        {source.kind === 'workbook' && (
          <>
            <dt>{text.t('start.generatedAt')}</dt>
            <dd>{source.marker.generatedAt ? text.dateTime(source.marker.generatedAt) : text.t('start.notGenerated')}</dd>
          </>
        )}
        <dt>{text.t('start.findings')}</dt>
        <dd>{text.t('start.findingsValue', { errors: counts.error, warnings: counts.warning, notes: counts.info })}</dd>
      </dl>
      {source.kind === 'plan' && <Body1>{text.t('start.plan.notWritten')}</Body1>}
    </section>
  );
}

const EXAMPLE_FILE = 'kaustinen-2026.plan.json';

type ImportFailure = { file: string; problems: Finding[] } | { file: string; reason: string };

/** The three ways to a plan in a workbook PlanSheets did not make. */
function PlanChoices({ onPlan }: { onPlan: (plan: Plan) => void }) {
  const styles = useStyles();
  const text = useText();
  const [creating, setCreating] = useState(false);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const open = (json: string, file: string) => {
    const opened = openPlanFile(json);
    if (opened.ok) {
      setFailure(null);
      onPlan(opened.plan);
    } else {
      setFailure({ file, problems: opened.problems });
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    try {
      open(await readFileText(file), file.name);
    } catch (error) {
      setFailure({ file: file.name, reason: reasonOf(error) });
    } finally {
      // The same file can be chosen again after it is corrected.
      input.value = '';
    }
  };

  // The example is a chunk of its own, fetched when asked for; it goes through the parser like any file.
  const loadExample = async () => {
    try {
      const example = await import(/* webpackChunkName: "kaustinen-example" */ '../../examples/kaustinen-2026.plan.json');
      open(JSON.stringify(example.default), EXAMPLE_FILE);
    } catch (error) {
      setFailure({ file: EXAMPLE_FILE, reason: reasonOf(error) });
    }
  };

  if (creating) {
    return (
      <Suspense fallback={<Spinner size="small" />}>
        <NewPlanFormView onCreate={onPlan} onCancel={() => setCreating(false)} />
      </Suspense>
    );
  }
  return (
    <section className={styles.choices} aria-labelledby="choices-heading">
      <Subtitle2 as="h2" id="choices-heading">
        {text.t('start.choose.title')}
      </Subtitle2>
      <Body1>{text.t('start.choose.intro')}</Body1>
      <Button appearance="primary" onClick={() => void loadExample()}>
        {text.t('start.example')}
      </Button>
      <Button onClick={() => fileInput.current?.click()}>{text.t('start.import')}</Button>
      <input
        ref={fileInput}
        className={styles.hidden}
        type="file"
        accept=".json,application/json"
        aria-label={text.t('start.importInput')}
        tabIndex={-1}
        onChange={(event) => void onFile(event)}
      />
      <Button onClick={() => setCreating(true)}>{text.t('start.new')}</Button>
      {failure && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.t('start.importFailed.title', { file: failure.file })}</MessageBarTitle>
            {'reason' in failure ? (
              text.t('start.readFailed', { reason: failure.reason })
            ) : (
              <>
                <div>{text.t('start.importFailed.body', { count: failure.problems.length })}</div>
                <FindingList findings={failure.problems} />
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
