import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { chooseAppendices } from '../app';
import type { AppendixPreparation, Capabilities, LiveWorkbook } from '../excel/live-workbook';
import type { Plan } from '../model/plan';
import { downloadFile } from './download';
import { reasonOf } from './office-host';
import { useText } from './pane-text';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export const PDF_FILE = 'liitteet.pdf';
export const PLAN_FILE = 'plan.json';

/** The plan as its file: pretty-printed, the shape openPlanFile reads. */
export function planFileText(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

export interface ExportViewProps {
  live: LiveWorkbook;
  capabilities: Capabilities;
  /** The plan as it stands now (read back from the workbook where PlanSheets made it). */
  currentPlan: () => Promise<Plan>;
  /** False while the workbook holds no generated plan. */
  inWorkbook: boolean;
}

type Notice = { intent: 'success' | 'info' | 'error' | 'warning'; text: string } | null;

/** Appendices made print-ready (and undone), a PDF where the platform can, and the plan as a JSON file. */
export function ExportView({ live, capabilities, currentPlan, inWorkbook }: ExportViewProps) {
  const styles = useStyles();
  const text = useText();
  const lacks = (feature: string) => capabilities.missing.some((m) => m.feature === feature);
  const [prepared, setPrepared] = useState<AppendixPreparation | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [pdfUnavailable, setPdfUnavailable] = useState(lacks('pdf'));

  const act = async (action: () => Promise<Notice>) => {
    setBusy(true);
    try {
      setNotice(await action());
    } catch (error) {
      setNotice({ intent: 'error', text: text.t('error.body', { reason: reasonOf(error) }) });
    } finally {
      setBusy(false);
    }
  };

  const prepare = () =>
    act(async () => {
      const reading = await live.readGrid();
      if (!reading.ok) return { intent: 'error', text: text.t('start.unreadable', { reason: reading.reason, detail: reading.detail }) };
      const visible = reading.grid.sheets.filter((sheet) => !sheet.hidden).map((sheet) => sheet.name);
      const choice = chooseAppendices(visible, undefined);
      if (!choice.ok || choice.sheets.length === 0) return { intent: 'warning', text: text.t('exp.noAppendices') };
      const preparation = await live.prepareAppendices(choice.sheets);
      setPrepared(preparation);
      return { intent: 'success', text: text.t('exp.prepared', { sheets: preparation.sheets.join(', ') }) };
    });

  const undo = () =>
    act(async () => {
      if (!prepared) return null;
      await prepared.undo();
      setPrepared(null);
      return { intent: 'info', text: text.t('exp.undone') };
    });

  const pdf = () =>
    act(async () => {
      const bytes = await live.exportPdf();
      if (bytes === null) {
        setPdfUnavailable(true);
        return null;
      }
      downloadFile(PDF_FILE, new Blob([bytes.slice()], { type: 'application/pdf' }));
      return { intent: 'success', text: text.t('exp.pdf.done', { file: PDF_FILE }) };
    });

  const json = () =>
    act(async () => {
      const plan = await currentPlan();
      downloadFile(PLAN_FILE, new Blob([planFileText(plan)], { type: 'application/json' }));
      return { intent: 'success', text: text.t('exp.json.done', { file: PLAN_FILE }) };
    });

  return (
    <div className={styles.view}>
      <Subtitle2 as="h2">{text.t('exp.title')}</Subtitle2>
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody>
            {notice.intent === 'error' && <MessageBarTitle>{text.t('error.title')}</MessageBarTitle>}
            {notice.text}
          </MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-labelledby="appendices-heading">
        <Subtitle2 as="h3" id="appendices-heading">
          {text.t('exp.appendices')}
        </Subtitle2>
        {!inWorkbook && <Body1>{text.t('exp.noAppendices')}</Body1>}
        <Button appearance="primary" disabled={busy || !inWorkbook || lacks('printLayout') || prepared !== null} onClick={() => void prepare()}>
          {text.t('exp.prepare')}
        </Button>
        {prepared && (
          <Button disabled={busy} onClick={() => void undo()}>
            {text.t('exp.undo')}
          </Button>
        )}
        {pdfUnavailable ? (
          <Body1>{text.t('exp.pdf.unavailable')}</Body1>
        ) : (
          <>
            <Button disabled={busy || prepared === null} onClick={() => void pdf()}>
              {text.t('exp.pdf')}
            </Button>
            {prepared === null && <Caption1>{text.t('exp.pdf.prepareFirst')}</Caption1>}
          </>
        )}
      </section>

      <section className={styles.section} aria-labelledby="plan-file-heading">
        <Subtitle2 as="h3" id="plan-file-heading">
          {text.t('exp.json.title')}
        </Subtitle2>
        <Button disabled={busy} onClick={() => void json()}>
          {text.t('exp.json')}
        </Button>
        <Caption1>{text.t('exp.json.hint', { file: PLAN_FILE })}</Caption1>
      </section>
    </div>
  );
}
