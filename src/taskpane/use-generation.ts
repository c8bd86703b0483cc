import { useCallback, useEffect, useRef, useState } from 'react';
import { readWorkbookGrid, rebuildWorkbook, type LaidOutWorkbook, type Rebuild, type UnreadableReason } from '../app';
import type { GenerationProgress, GenerationReport, LiveWorkbook } from '../excel/live-workbook';
import type { Finding } from '../model/finding';
import { reasonOf } from './office-host';
import { countFindings, type PlanSource, type SeverityCounts } from './pane-source';

export type GenerationState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: GenerationProgress }
  /** Derived sheets were changed: the person decides before anything is written. */
  | { kind: 'confirm'; changed: string[]; laidOut: LaidOutWorkbook }
  | { kind: 'cancelled' }
  | { kind: 'done'; report: GenerationReport; sheets: number; findings: SeverityCounts }
  | { kind: 'failed'; reason: string }
  | { kind: 'unreadable'; reason: UnreadableReason; detail: string }
  | { kind: 'no-plan'; findings: Finding[] }
  | { kind: 'refused'; rebuild: Extract<Rebuild, { ok: false }> };

export interface Generation {
  state: GenerationState;
  running: boolean;
  /** Lays out (or reads back and rebuilds) and writes, asking first when derived sheets were changed. */
  start(): void;
  /** The person agreed to copy the changed sheets aside. */
  confirm(): void;
  /** The person cancelled: nothing is written. */
  cancel(): void;
}

/** How far a generation is, from 0 to 1: reading and computing take the first fifth, writing the rest. */
export function progressValue(progress: GenerationProgress): number {
  const part = progress.total > 0 ? Math.min(progress.done / progress.total, 1) : 0;
  if (progress.step === 'read') return 0.1 * part;
  if (progress.step === 'compute') return 0.1 + 0.1 * part;
  return 0.2 + 0.8 * part;
}

/**
 * Generating the workbook: the first generation from a plan, or a refresh
 * of a workbook PlanSheets made (read back, rebuilt by the core; a refusal
 * writes nothing). One at a time; a failure leaves the pane usable and says
 * why; `onGenerated` runs after a write that completed.
 */
export function useGeneration(live: LiveWorkbook, source: PlanSource | null, onGenerated: () => void | Promise<void>): Generation {
  const [state, setState] = useState<GenerationState>({ kind: 'idle' });
  const busy = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const set = useCallback((next: GenerationState) => {
    if (mounted.current) setState(next);
  }, []);

  const write = useCallback(
    async (laidOut: LaidOutWorkbook) => {
      busy.current = true;
      try {
        set({ kind: 'running', progress: { step: 'write', done: 0, total: 1 } });
        const report = await live.generate(laidOut, {
          onProgress: (progress) => set({ kind: 'running', progress }),
        });
        set({ kind: 'done', report, sheets: laidOut.layout.sheets.length, findings: countFindings(laidOut.findings) });
        await onGenerated();
      } catch (error) {
        set({ kind: 'failed', reason: reasonOf(error) });
      } finally {
        busy.current = false;
      }
    },
    [live, onGenerated, set],
  );

  const start = useCallback(() => {
    if (busy.current || source === null) return;
    busy.current = true;
    void (async () => {
      let laidOut: LaidOutWorkbook;
      try {
        set({ kind: 'running', progress: { step: 'read', done: 0, total: 1 } });
        if (source.kind === 'plan') {
          set({ kind: 'running', progress: { step: 'compute', done: 1, total: 1 } });
          laidOut = source.laidOut;
        } else {
          const reading = await live.readGrid();
          if (!reading.ok) return set({ kind: 'unreadable', reason: reading.reason, detail: reading.detail });
          set({ kind: 'running', progress: { step: 'compute', done: 0, total: 1 } });
          const read = readWorkbookGrid(reading.grid);
          if (!read.ok) return set({ kind: 'no-plan', findings: read.findings });
          const rebuild = rebuildWorkbook(read, reading.grid);
          if (!rebuild.ok) return set({ kind: 'refused', rebuild });
          laidOut = rebuild.laidOut;
        }
        const changed = await live.changedDerivedSheets();
        if (changed.length > 0) return set({ kind: 'confirm', changed, laidOut });
      } catch (error) {
        return set({ kind: 'failed', reason: reasonOf(error) });
      } finally {
        busy.current = false;
      }
      await write(laidOut);
    })();
  }, [live, source, set, write]);

  const confirm = useCallback(() => {
    if (state.kind !== 'confirm' || busy.current) return;
    void write(state.laidOut);
  }, [state, write]);

  const cancel = useCallback(() => {
    if (state.kind === 'confirm') set({ kind: 'cancelled' });
  }, [state, set]);

  return { state, running: state.kind === 'running', start, confirm, cancel };
}
