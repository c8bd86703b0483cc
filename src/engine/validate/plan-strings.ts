/** One string found in the plan, with the path to it and the property it sits under. */
export interface PlanString {
  value: string;
  segments: ReadonlyArray<string | number>;
  /** The nearest property name: for an array element, the array's property (e.g. "paragraphs"). */
  key: string | undefined;
}

/**
 * Every string in the plan, found by walking it generically, so that a field
 * added to the model later is checked without anyone remembering to.
 */
export function planStrings(root: unknown): PlanString[] {
  const found: PlanString[] = [];
  const walk = (value: unknown, segments: Array<string | number>, key: string | undefined): void => {
    if (typeof value === 'string') {
      found.push({ value, segments: [...segments], key });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...segments, index], key));
    } else if (value !== null && typeof value === 'object') {
      for (const [name, child] of Object.entries(value)) walk(child, [...segments, name], name);
    }
  };
  walk(root, [], undefined);
  return found;
}
