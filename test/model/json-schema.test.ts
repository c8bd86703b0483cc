import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planJsonSchema } from '../../src/model/json-schema';

describe('the plan file JSON Schema', () => {
  it('docs/plan.schema.json is the one the model generates (run `npm run docs` after changing the model)', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../docs/plan.schema.json'), 'utf8'));
    expect(committed).toEqual(planJsonSchema());
  });

  it('describes money as decimal strings and lists the allocation keys', () => {
    const text = JSON.stringify(planJsonSchema());
    expect(text).toContain('^-?\\\\d+(\\\\.\\\\d{1,2})?$');
    for (const kind of ['population', 'equal', 'weights', 'fixed']) expect(text).toContain(`"const":"${kind}"`);
    expect(planJsonSchema()).toMatchObject({ type: 'object', title: 'PlanSheets plan file' });
  });
});
