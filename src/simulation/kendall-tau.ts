/** Rank statistics for balance reports. Pure. */

/** Kendall's tau-a between two orderings of the same items (1 = same order, −1 = reversed). */
export function kendallTau(a: readonly string[], b: readonly string[]): number {
  const pos = new Map(b.map((id, i) => [id, i]));
  const items = a.filter((id) => pos.has(id));
  const n = items.length;
  if (n < 2) return 1;
  let concordant = 0;
  let discordant = 0;
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      const d = (pos.get(items[i]) as number) - (pos.get(items[j]) as number);
      if (d < 0) concordant += 1;
      else if (d > 0) discordant += 1;
    }
  }
  return (concordant - discordant) / ((n * (n - 1)) / 2);
}

/** Ids ordered by score, best first (ties by id). */
export function orderBy(scores: ReadonlyMap<string, number>): string[] {
  return [...scores.keys()].sort(
    (x, y) => (scores.get(y) as number) - (scores.get(x) as number) || (x < y ? -1 : x > y ? 1 : 0),
  );
}

export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length;
}

/** Population standard deviation. */
export function stdev(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / xs.length);
}
