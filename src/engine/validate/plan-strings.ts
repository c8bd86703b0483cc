/** One string found in the plan, with the path to it and the property it sits under. */
export interface PlanString {
  value: string;
  segments: ReadonlyArray<string | number>;
  /** The nearest property name: for an array element, the array's property (e.g. "paragraphs"). */
  key: string | undefined;
}

/**
 * Every string in the plan (or those `keep` picks), found by walking it
 * generically, so that a field added to the model later is checked without
 * anyone remembering to.
 */
export function planStrings(root: unknown, keep: (value: string) => boolean = () => true): PlanString[] {
  const found: PlanString[] = [];
  // One path, grown and shrunk as the walk goes; a string found takes a copy. (A copy per level was most of validation's time on large plans.)
  const segments: Array<string | number> = [];
  const walk = (value: unknown, key: string | undefined): void => {
    if (typeof value === 'string') {
      if (keep(value)) found.push({ value, segments: segments.slice(), key });
    } else if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        segments.push(index);
        walk(value[index], key);
        segments.pop();
      }
    } else if (value !== null && typeof value === 'object') {
      for (const name in value) {
        if (!Object.hasOwn(value, name)) continue;
        segments.push(name);
        walk((value as Record<string, unknown>)[name], name);
        segments.pop();
      }
    }
  };
  walk(root, undefined);
  return found;
}
