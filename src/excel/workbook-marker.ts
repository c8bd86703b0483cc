/// <reference types="office-js" />
import type { WorkbookMarker } from './live-workbook';

/**
 * What PlanSheets keeps in workbook.settings (ExcelApi 1.4): the marker
 * that says PlanSheets made the workbook and whether a generation is under
 * way, the fingerprint of each sheet it last wrote, and, while a
 * generation runs, which derived sheets it has already copied aside.
 */
export const MARKER_KEY = 'PlanSheets';
export const FINGERPRINTS_KEY = 'PlanSheets.fingerprints';
export const PENDING_KEY = 'PlanSheets.pending';
/** The very hidden sheet that keeps the plan being written (see app/pending-generation.ts). */
export const PENDING_SHEET = 'PlanSheets_pending';
export const MARKER_SCHEMA_VERSION = 1;

export interface PendingState {
  /** The derived sheets copied aside at the start of the generation under way. */
  copied: Array<{ sheet: string; copy: string }>;
}

/** A settings value as a marker, or null when it is not one (a workbook PlanSheets did not make, or a damaged setting). */
export function asMarker(value: unknown): WorkbookMarker | null {
  const parsed = typeof value === 'string' ? safeJson(value) : value;
  if (!parsed || typeof parsed !== 'object') return null;
  const m = parsed as Partial<WorkbookMarker>;
  if (m.format !== 'plansheets' || typeof m.schemaVersion !== 'number' || typeof m.layoutHash !== 'string') return null;
  const findings = m.findings ?? { error: 0, warning: 0, info: 0 };
  return {
    format: 'plansheets',
    schemaVersion: m.schemaVersion,
    layoutHash: m.layoutHash,
    generatedAt: typeof m.generatedAt === 'string' ? m.generatedAt : null,
    interrupted: m.interrupted === true,
    findings: { error: Number(findings.error) || 0, warning: Number(findings.warning) || 0, info: Number(findings.info) || 0 },
  };
}

export function asFingerprints(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export function asPendingState(value: unknown): PendingState | null {
  if (!value || typeof value !== 'object') return null;
  const copied = (value as { copied?: unknown }).copied;
  return { copied: Array.isArray(copied) ? copied.filter((c): c is { sheet: string; copy: string } => typeof c?.sheet === 'string' && typeof c?.copy === 'string') : [] };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Loads a setting's value, or null when it is not there (one load, read after the next sync). */
export function loadSetting(context: Excel.RequestContext, key: string): () => unknown {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load('value');
  return () => (item.isNullObject ? null : (item.value as unknown));
}
