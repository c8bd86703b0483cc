/** Small statistics for the benchmark: medians of rounds and growth between sizes. */

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The growth exponent k of cost ≈ c·sizeᵏ between two sizes: 1 is linear,
 * 2 quadratic. From 10× to 100× the size ratio is 10, so k = log₁₀(t₁₀₀ / t₁₀).
 */
export function growthExponent(small: number, large: number, sizeRatio: number): number {
  return Math.log(large / small) / Math.log(sizeRatio);
}
