import type { Finding } from '../model/finding';
import { parsePlanText } from '../model/parse-plan';
import type { Plan } from '../model/plan';

export type OpenedPlan = { ok: true; plan: Plan } | { ok: false; problems: Finding[] };

/**
 * A plan file's text as a plan, or the problems that stop it being one, each
 * at its JSON path with its message in every language. A byte-order mark is
 * ignored, as editors on Windows write one.
 */
export function openPlanFile(text: string): OpenedPlan {
  const result = parsePlanText(text.replace(/^\uFEFF/, ''));
  return result.ok ? { ok: true, plan: result.plan } : { ok: false, problems: result.problems };
}
