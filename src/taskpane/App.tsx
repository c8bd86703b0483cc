import { Body1, makeStyles, Spinner, Tab, TabList, Title3, tokens, type SelectTabData } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { layOutPlan, readWorkbookGrid } from '../app';
import { canGenerate as canGenerateIn } from '../excel/capabilities';
import type { LiveWorkbook } from '../excel/live-workbook';
import type { Plan } from '../model/plan';
import { CapabilityNotice } from './CapabilityNotice';
import type { PaneLanguage } from './display-language';
import { reasonOf } from './office-host';
import { findingsOf, type PlanSource } from './pane-source';
import { PaneTextProvider, useText } from './pane-text';
import { StartView, type StartProblem } from './StartView';
import { useGeneration } from './use-generation';

// The views after Start are chunks of their own, so that the pane opens on less code.
const ValidateView = lazy(() => import(/* webpackChunkName: "validate" */ './ValidateView').then((m) => ({ default: m.ValidateView })));
const ContributionsView = lazy(() =>
  import(/* webpackChunkName: "contributions" */ './ContributionsView').then((m) => ({ default: m.ContributionsView })),
);
const ExportView = lazy(() => import(/* webpackChunkName: "export" */ './ExportView').then((m) => ({ default: m.ExportView })));

export interface AppProps {
  language: PaneLanguage;
  /** The workbook open in Excel (a test double in the component tests). */
  live: LiveWorkbook;
}

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: '100%',
    boxSizing: 'border-box',
  },
  tabs: { flexWrap: 'wrap' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

type TabId = 'start' | 'validate' | 'contributions' | 'export';
const TABS: readonly TabId[] = ['start', 'validate', 'contributions', 'export'];

export function App({ language, live }: AppProps) {
  return (
    <PaneTextProvider language={language}>
      <Pane live={live} />
    </PaneTextProvider>
  );
}

/** What the open workbook holds when PlanSheets made it: its plan, or why none could be read. */
async function readOpenWorkbook(live: LiveWorkbook): Promise<{ source: PlanSource | null; problem: StartProblem | null }> {
  const marker = await live.recognise();
  if (marker === null) return { source: null, problem: null };
  const reading = await live.readGrid();
  if (!reading.ok) return { source: null, problem: { kind: 'unreadable', reason: reading.reason, detail: reading.detail } };
  const read = readWorkbookGrid(reading.grid);
  if (!read.ok) return { source: null, problem: { kind: 'no-plan', findings: read.findings } };
  return { source: { kind: 'workbook', plan: read.plan, findings: read.findings, marker }, problem: null };
}

function Pane({ live }: { live: LiveWorkbook }) {
  const styles = useStyles();
  const text = useText();
  const capabilities = useMemo(() => live.capabilities(), [live]);
  // The adapter refuses to generate without every required set; the rest of the pane still works.
  const canGenerate = canGenerateIn(capabilities);
  const [tab, setTab] = useState<TabId>('start');
  const [checking, setChecking] = useState(true);
  const [source, setSource] = useState<PlanSource | null>(null);
  const [problem, setProblem] = useState<StartProblem | null>(null);
  const mounted = useRef(true);

  const load = useCallback(async () => {
    try {
      const result = await readOpenWorkbook(live);
      if (!mounted.current) return;
      setSource(result.source);
      setProblem(result.problem);
    } catch (error) {
      if (mounted.current) setProblem({ kind: 'unreadable', reason: 'damaged', detail: reasonOf(error) });
    }
  }, [live]);

  useEffect(() => {
    mounted.current = true;
    void load().finally(() => {
      if (mounted.current) setChecking(false);
    });
    return () => {
      mounted.current = false;
    };
  }, [load]);

  // After a write, the workbook is what the pane shows: read it back (keeping the plan if that fails).
  const reload = useCallback(async () => {
    const result = await readOpenWorkbook(live);
    if (!mounted.current) return;
    if (result.source) {
      setSource(result.source);
      setProblem(null);
    } else if (result.problem) {
      setProblem(result.problem);
    }
  }, [live]);
  const generation = useGeneration(live, source, reload);

  const choosePlan = useCallback((plan: Plan) => {
    setProblem(null);
    setSource({ kind: 'plan', plan, laidOut: layOutPlan(plan) });
  }, []);

  const selectCell = useCallback(
    (sheet: string, cell: string) => {
      live.selectCell(sheet, cell).catch((error: unknown) => console.error(error));
    },
    [live],
  );

  const currentPlan = useCallback(async (): Promise<Plan> => {
    if (source === null) throw new Error(text.t('noPlan'));
    if (source.kind === 'plan') return source.plan;
    // The workbook may have been edited since it was read: the plan it holds now.
    const reading = await live.readGrid();
    if (!reading.ok) throw new Error(text.t('start.unreadable', { reason: reading.reason, detail: reading.detail }));
    const read = readWorkbookGrid(reading.grid);
    if (!read.ok) throw new Error(read.findings.map((f) => text.message(f)).join(' '));
    return read.plan;
  }, [live, source, text]);

  const findings = source ? findingsOf(source) : [];
  const label = (id: TabId) => (id === 'validate' ? text.t('tab.validate', { count: findings.length }) : text.t(`tab.${id}`));

  return (
    <main className={styles.pane}>
      <Title3 as="h1">{text.t('app.title')}</Title3>
      <CapabilityNotice capabilities={capabilities} />
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, data: SelectTabData) => setTab(data.value as TabId)}
        aria-label={text.t('app.tabs')}
      >
        {TABS.map((id) => (
          <Tab key={id} id={`tab-${id}`} value={id} aria-controls={id === tab ? `panel-${id}` : undefined}>
            {label(id)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className={styles.panel}>
        <Suspense fallback={<Spinner size="small" />}>
        {tab === 'start' && (
          <StartView
            checking={checking}
            source={source}
            problem={problem}
            generation={generation}
            canGenerate={canGenerate}
            onPlan={choosePlan}
            onForget={() => setSource(null)}
            onSelectCell={selectCell}
          />
        )}
        {tab === 'validate' &&
          (source ? (
            // Cells can be selected once the plan is in the workbook.
            <ValidateView findings={findings} onSelectCell={source.kind === 'workbook' ? selectCell : undefined} />
          ) : (
            <Body1>{text.t('noPlan')}</Body1>
          ))}
        {tab === 'contributions' && (source ? <ContributionsView plan={source.plan} /> : <Body1>{text.t('noPlan')}</Body1>)}
        {tab === 'export' &&
          (source ? (
            <ExportView live={live} capabilities={capabilities} currentPlan={currentPlan} inWorkbook={source.kind === 'workbook'} />
          ) : (
            <Body1>{text.t('noPlan')}</Body1>
          ))}
        </Suspense>
      </div>
    </main>
  );
}
