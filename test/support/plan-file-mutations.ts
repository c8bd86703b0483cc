import fc from 'fast-check';

/**
 * Plan files as people and programs get them wrong: any JSON at all, and a
 * good plan file changed at random places (a value deleted, replaced by any
 * JSON, an array entry doubled, a value wrapped in an array or turned into
 * text, a prototype key such as __proto__ added), sometimes then cut short
 * or with a character typed or lost somewhere in the text.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

type Operation = 'delete' | 'replace' | 'same-type' | 'duplicate' | 'wrap' | 'stringify' | 'prototype-key';

interface Mutation {
  at: number;
  operation: Operation;
  value: Json;
  /** For 'same-type': a value of the kind the place holds, so that the plan still parses more often than not. */
  text: string;
  number: number;
  key: (typeof PROTOTYPE_KEYS)[number];
}

type TextDamage = { kind: 'none' } | { kind: 'truncate'; at: number } | { kind: 'insert'; at: number; text: string } | { kind: 'remove'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  operation: fc.constantFrom<Operation>('delete', 'replace', 'same-type', 'same-type', 'same-type', 'same-type', 'duplicate', 'wrap', 'stringify', 'prototype-key'),
  value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  text: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', '0', '-1', '1e309', '2026-02-30', '1.005', '=SUM(A1)', '999999999999999999999.99', 'a'.repeat(70))),
  number: fc.oneof(fc.integer({ min: -3, max: 3000 }), fc.constantFrom(0, -0, 1e21, 2.5, Number.MAX_SAFE_INTEGER)),
  key: fc.constantFrom(...PROTOTYPE_KEYS),
});

const textDamage: fc.Arbitrary<TextDamage> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<TextDamage>({ kind: 'none' }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 3, unit: 'binary' }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }) },
);

/** Every place in a JSON value: the paths to its members, the root included. */
function places(value: Json, path: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => places(item, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) places(item, [...path, key], out);
  return out;
}

/** Sets an own property, even one named __proto__ (plain assignment would change the prototype instead). */
function setOwn(target: Record<string, Json> | Json[], key: string | number, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function apply(root: Json, change: Mutation): Json {
  const all = places(root);
  const path = all[change.at % all.length] as Array<string | number>;
  if (path.length === 0) {
    if (change.operation === 'prototype-key' && root !== null && typeof root === 'object' && !Array.isArray(root)) {
      setOwn(root, change.key, { polluted: true });
      return root;
    }
    return change.operation === 'replace' ? change.value : root;
  }
  let parent: Json = root;
  for (const segment of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[segment] as Json;
  const last = path[path.length - 1] as string | number;
  const container = parent as Record<string, Json> | Json[];
  const current = (container as Record<string | number, Json>)[last] as Json;
  switch (change.operation) {
    case 'delete':
      if (Array.isArray(container)) container.splice(last as number, 1);
      else delete container[last as string];
      break;
    case 'replace':
      setOwn(container, last, change.value);
      break;
    case 'same-type':
      if (typeof current === 'string') setOwn(container, last, change.text);
      else if (typeof current === 'number') setOwn(container, last, change.number);
      else if (typeof current === 'boolean') setOwn(container, last, !current);
      else if (Array.isArray(current)) current.reverse();
      break;
    case 'duplicate':
      if (Array.isArray(container)) container.splice(last as number, 0, JSON.parse(JSON.stringify(current)) as Json);
      else setOwn(container, last, [current, current]);
      break;
    case 'wrap':
      setOwn(container, last, [current]);
      break;
    case 'stringify':
      setOwn(container, last, typeof current === 'string' ? Number(current) : (JSON.stringify(current) ?? null));
      break;
    case 'prototype-key':
      if (current !== null && typeof current === 'object' && !Array.isArray(current)) setOwn(current, change.key, { polluted: true });
      // A computed key makes an own property, even __proto__.
      else setOwn(container, last, { [change.key]: current });
      break;
  }
  return root;
}

function damage(text: string, how: TextDamage): string {
  if (how.kind === 'none' || text.length === 0) return text;
  const at = how.at % text.length;
  if (how.kind === 'truncate') return text.slice(0, at);
  if (how.kind === 'insert') return text.slice(0, at) + how.text + text.slice(at);
  return text.slice(0, at) + text.slice(at + 1);
}

/** A plan file's text: one of `bases` (plan file texts) changed at random. */
export function mutatedPlanText(bases: readonly string[]): fc.Arbitrary<string> {
  return fc
    .record({
      base: fc.nat({ max: bases.length - 1 }),
      changes: fc.array(mutation, { minLength: 1, maxLength: 4 }),
      damage: textDamage,
      indent: fc.boolean(),
    })
    .map(({ base, changes, damage: how, indent }) => {
      let value = JSON.parse(bases[base] as string) as Json;
      for (const change of changes) value = apply(value, change);
      return damage(JSON.stringify(value, null, indent ? 2 : undefined) ?? '', how);
    });
}

/** Any JSON text, or any text at all. */
export const anyJsonText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.json({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  // An object with the plan's own fields, holding anything.
  {
    weight: 3,
    arbitrary: fc
      .dictionary(
        fc.constantFrom('schemaVersion', 'language', 'organisation', 'municipalities', 'council', 'document', 'budgetYear', 'planYears', 'basicTasks', 'sections', 'budget', 'contributions', ...PROTOTYPE_KEYS),
        fc.jsonValue({ maxDepth: 3 }),
      )
      .map((object) => JSON.stringify(object)),
  },
);
