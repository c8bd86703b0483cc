import { z } from 'zod';
import { PlanSchema, SCHEMA_VERSION } from './plan.schema';

/** The plan file's JSON Schema (draft 2020-12), generated from the zod schema so the two never drift. */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PlanSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: `https://plansheets.invalid/schema/plan-v${SCHEMA_VERSION}.json`,
    title: 'PlanSheets plan file',
    description: 'An action plan and budget of a Finnish municipality or joint municipal body (toimintasuunnitelma, talousarvio ja taloussuunnitelma).',
  };
}
