/**
 * How alike two texts are, for matching plan objects whose id changed.
 *
 * The measure is the Dice coefficient on character bigrams of the
 * normalised texts: 2·|A ∩ B| / (|A| + |B|), A and B the multisets of
 * adjacent character pairs. Normalising lowercases (Finnish rules), folds
 * Unicode compatibility forms, turns punctuation into spaces and collapses
 * whitespace, so "Työn suunnittelu, ennakointi" and "työn suunnittelu
 * ennakointi" are equal. Bigrams tolerate inflection and small edits, which
 * Finnish rewording is full of, better than whole-word overlap.
 */

/** Two objects of a kind whose ids differ are taken as the same object at or above this similarity. */
export const SIMILARITY_THRESHOLD = 0.8;

export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('fi')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The bigram multiset of a normalised text, as counts. */
export function bigrams(normalised: string): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = Array.from(normalised);
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const pair = `${chars[i]}${chars[i + 1]}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient of two bigram multisets, 0…1; two texts too short for a bigram are alike only when equal. */
export function diceOfBigrams(a: Map<string, number>, b: Map<string, number>, aText: string, bText: string): number {
  let sizeA = 0;
  let sizeB = 0;
  let common = 0;
  for (const count of a.values()) sizeA += count;
  for (const count of b.values()) sizeB += count;
  if (sizeA === 0 || sizeB === 0) return aText === bText ? 1 : 0;
  for (const [pair, count] of a) common += Math.min(count, b.get(pair) ?? 0);
  return (2 * common) / (sizeA + sizeB);
}

/** The similarity of two texts, 0…1 (1 for texts equal after normalising). */
export function textSimilarity(a: string, b: string): number {
  const na = normaliseText(a);
  const nb = normaliseText(b);
  if (na === nb) return 1;
  return diceOfBigrams(bigrams(na), bigrams(nb), na, nb);
}
