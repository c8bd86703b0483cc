import { bigrams, diceOfBigrams, normaliseText, SIMILARITY_THRESHOLD } from './text-similarity';

/** An object of one kind as matching sees it: its id, its text and (for nested objects) its parent's key. */
export interface Matchable<T> {
  id: string;
  text: string;
  /** The parent's id in its own plan; null at the top. */
  parentId: string | null;
  item: T;
}

export interface MatchedPair<T> {
  old: Matchable<T>;
  new: Matchable<T>;
  matchedBy: 'id' | 'text';
  /** 1 for a match by id; the text similarity for a match by text. */
  similarity: number;
}

export interface Matching<T> {
  pairs: Array<MatchedPair<T>>;
  removed: Array<Matchable<T>>;
  added: Array<Matchable<T>>;
}

/**
 * Pairs the objects of one kind in an old and a new plan: first by id, then
 * the rest by text similarity (at or above SIMILARITY_THRESHOLD), most alike
 * first. Among equally alike candidates the one whose parent is the old
 * parent's match wins, then plan order; so a text repeated in many goals
 * ("Toimenpiteiden toteutumisaste") pairs within its own goal. What is left
 * is removed (old only) or added (new only).
 *
 * `parentMatch` maps an old parent id to its new parent id.
 */
export function matchObjects<T>(
  olds: ReadonlyArray<Matchable<T>>,
  news: ReadonlyArray<Matchable<T>>,
  parentMatch: ReadonlyMap<string, string> = new Map(),
): Matching<T> {
  const pairs: Array<MatchedPair<T>> = [];
  const newById = new Map<string, number>();
  news.forEach((n, i) => {
    if (!newById.has(n.id)) newById.set(n.id, i);
  });
  const oldTaken = new Array<boolean>(olds.length).fill(false);
  const newTaken = new Array<boolean>(news.length).fill(false);
  olds.forEach((o, i) => {
    const j = newById.get(o.id);
    if (j === undefined || newTaken[j]) return;
    oldTaken[i] = true;
    newTaken[j] = true;
    pairs.push({ old: o, new: news[j]!, matchedBy: 'id', similarity: 1 });
  });

  const oldRest = olds.map((o, i) => ({ o, i })).filter(({ i }) => !oldTaken[i]);
  const newRest = news.map((n, j) => ({ n, j })).filter(({ j }) => !newTaken[j]);
  const prepared = (text: string): { norm: string; grams: Map<string, number> } => {
    const norm = normaliseText(text);
    return { norm, grams: bigrams(norm) };
  };
  const newPrepared = newRest.map(({ n }) => prepared(n.text));
  const candidates: Array<{ i: number; j: number; score: number; sameParent: boolean }> = [];
  for (const { o, i } of oldRest) {
    const a = prepared(o.text);
    newRest.forEach(({ n, j }, k) => {
      const b = newPrepared[k]!;
      const score = a.norm === b.norm ? 1 : diceOfBigrams(a.grams, b.grams, a.norm, b.norm);
      if (score < SIMILARITY_THRESHOLD) return;
      const sameParent = o.parentId === null ? n.parentId === null : parentMatch.get(o.parentId) === n.parentId;
      candidates.push({ i, j, score, sameParent });
    });
  }
  candidates.sort((x, y) => y.score - x.score || Number(y.sameParent) - Number(x.sameParent) || x.i - y.i || x.j - y.j);
  for (const c of candidates) {
    if (oldTaken[c.i] || newTaken[c.j]) continue;
    oldTaken[c.i] = true;
    newTaken[c.j] = true;
    pairs.push({ old: olds[c.i]!, new: news[c.j]!, matchedBy: 'text', similarity: c.score });
  }

  return {
    pairs,
    removed: olds.filter((_, i) => !oldTaken[i]),
    added: news.filter((_, j) => !newTaken[j]),
  };
}
