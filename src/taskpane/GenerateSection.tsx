import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import type { GenerationProgress } from '../excel/live-workbook';
import { FindingList } from './FindingItem';
import { useText, type PaneText } from './pane-text';
import { progressValue, type Generation } from './use-generation';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

function stepText(text: PaneText, progress: GenerationProgress): string {
  if (progress.step === 'read') return text.t('gen.step.read');
  if (progress.step === 'compute') return text.t('gen.step.compute');
  return text.t('gen.step.write', { done: progress.done, total: progress.total });
}

export interface GenerateSectionProps {
  generation: Generation;
  /** A refresh of a workbook PlanSheets made, rather than a first generation. */
  refresh: boolean;
  /** False where this Excel cannot write the workbook. */
  enabled: boolean;
  onSelectCell: (sheet: string, cell: string) => void;
}

/** The Generate / Refresh button, its progress, the question before copying sheets aside, and what came of it. */
export function GenerateSection({ generation, refresh, enabled, onSelectCell }: GenerateSectionProps) {
  const styles = useStyles();
  const text = useText();
  const { state } = generation;
  return (
    <section className={styles.section} aria-labelledby="generate-heading">
      <Subtitle2 as="h2" id="generate-heading">
        {text.t('gen.title')}
      </Subtitle2>
      <Body1>{text.t(refresh ? 'gen.hint.refresh' : 'gen.hint.new')}</Body1>
      <Button appearance="primary" disabled={!enabled || generation.running} onClick={generation.start}>
        {text.t(refresh ? 'gen.refresh' : 'gen.generate')}
      </Button>

      {state.kind === 'running' && (
        <Field label={text.t('gen.progress')} validationMessage={stepText(text, state.progress)} validationState="none">
          <ProgressBar value={progressValue(state.progress)} max={1} thickness="large" />
        </Field>
      )}

      {state.kind === 'done' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.t('gen.done.title')}</MessageBarTitle>
            <ul className={styles.list}>
              <li>{text.t('gen.done.sheets', { count: state.sheets })}</li>
              <li>{text.t('gen.done.syncs', { count: state.report.syncs })}</li>
              {state.report.copiedAside.map((copy) => (
                <li key={copy.copy}>{text.t('gen.done.copied', { sheet: copy.sheet, copy: copy.copy })}</li>
              ))}
              {state.report.resumed && <li>{text.t('gen.done.resumed')}</li>}
              {state.report.unchanged && <li>{text.t('gen.done.unchanged')}</li>}
              <li>
                {text.t('gen.done.findings', {
                  errors: state.findings.error,
                  warnings: state.findings.warning,
                  notes: state.findings.info,
                })}
              </li>
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      {state.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.t('gen.failed.title')}</MessageBarTitle>
            {text.t('gen.failed.body', { reason: state.reason })}
          </MessageBarBody>
        </MessageBar>
      )}

      {state.kind === 'cancelled' && (
        <MessageBar intent="info">
          <MessageBarBody>{text.t('gen.cancelled')}</MessageBarBody>
        </MessageBar>
      )}

      {state.kind === 'unreadable' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.t('gen.unreadable.title')}</MessageBarTitle>
            {text.t('start.unreadable', { reason: state.reason, detail: state.detail })}
          </MessageBarBody>
        </MessageBar>
      )}

      {state.kind === 'no-plan' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.t('start.noPlanRead.title')}</MessageBarTitle>
            <FindingList findings={state.findings} onSelect={onSelectCell} />
          </MessageBarBody>
        </MessageBar>
      )}

      {state.kind === 'refused' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.t('gen.refused.title')}</MessageBarTitle>
            {state.rebuild.refusal === 'unread-values' ? (
              <>
                <div>{text.t('gen.refused.values')}</div>
                <FindingList findings={state.rebuild.problems} onSelect={onSelectCell} />
              </>
            ) : (
              <>
                <div>{text.t('gen.refused.columns')}</div>
                <ul className={styles.list}>
                  {state.rebuild.columns.map((column) => (
                    <li key={`${column.table}:${column.header}`}>
                      <Button appearance="transparent" onClick={() => onSelectCell(column.sheet, column.cell)}>
                        {text.t('gen.refused.column', {
                          table: column.table,
                          header: column.header,
                          location: `${column.sheet}!${column.cell}`,
                        })}
                      </Button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}

      <Dialog
        open={state.kind === 'confirm'}
        modalType="alert"
        onOpenChange={(_, data) => {
          if (!data.open) generation.cancel();
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{text.t('gen.confirm.title')}</DialogTitle>
            <DialogContent>
              <p>{text.t('gen.confirm.body')}</p>
              <ul className={styles.list}>
                {state.kind === 'confirm' && state.changed.map((sheet) => <li key={sheet}>{sheet}</li>)}
              </ul>
              <p>
                {state.kind === 'confirm' &&
                  text.t('gen.confirm.copy', {
                    example: text.t('gen.confirm.example', { sheet: state.changed[0] ?? '' }),
                  })}
              </p>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={generation.confirm}>
                {text.t('gen.confirm.ok')}
              </Button>
              <Button appearance="secondary" onClick={generation.cancel}>
                {text.t('gen.confirm.cancel')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
