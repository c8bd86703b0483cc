import { normaliseText, SIMILARITY_THRESHOLD, textSimilarity } from '../../../src/engine/plan-diff/text-similarity';

describe('text similarity (Dice coefficient on character bigrams)', () => {
  it.each([
    ['equal texts', 'Työn suunnittelu ja ennakointi', 'Työn suunnittelu ja ennakointi', 1],
    ['case, punctuation and spaces only', 'Työn suunnittelu, ennakointi!', 'työn  suunnittelu ennakointi', 1],
    ['nothing in common', 'abc', 'xyz', 0],
    ['one-letter texts that differ', 'a', 'b', 0],
    ['empty texts', '', '', 1],
    // night: ni ig gh ht; nacht: na ac ch ht → one bigram shared of 4 + 4.
    ['the textbook example', 'night', 'nacht', 0.25],
  ])('%s', (_, a, b, expected) => {
    expect(textSimilarity(a, b)).toBeCloseTo(expected, 10);
  });

  it('is symmetric and between 0 and 1', () => {
    const texts = ['Viestintästrategian laatiminen', 'Viestintästrategian laatiminen ja hyväksyminen', 'Tiehankkeet', 'Toimenpiteiden toteutumisaste'];
    for (const a of texts) {
      for (const b of texts) {
        const s = textSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(textSimilarity(b, a)).toBe(s);
      }
    }
  });

  it('takes a small rewording as the same text and a different text as another', () => {
    expect(textSimilarity('Yhteishankkeiden määrä (kpl)', 'Yhteishankkeiden määrä, kpl')).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
    expect(textSimilarity('Toimenpiteiden toteutumisaste', 'Toimenpiteiden toteutumisasteet')).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
    expect(textSimilarity('Toimenpiteiden toteutumisaste', 'Yhteishankkeiden määrä')).toBeLessThan(SIMILARITY_THRESHOLD);
    expect(textSimilarity('Tiehankkeet', 'Ratahankkeet')).toBeLessThan(SIMILARITY_THRESHOLD);
  });

  it('normalises with Finnish lowercase and compatibility forms', () => {
    expect(normaliseText('  ÄÖ–Å\u00a0ﬁ ')).toBe('äö å fi');
  });
});
