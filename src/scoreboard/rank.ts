/**
 * Sorts by score (highest first) and gives competition ranks: equal scores
 * share a rank and the next rank skips (1, 2, 2, 4). `tieOrder` only orders
 * tied rows for display; it never changes a rank.
 */
export function rankRows<T extends { rank: number }>(
  rows: T[],
  score: (r: T) => number,
  tieOrder: (r: T) => string,
): T[] {
  const sorted = [...rows].sort(
    (a, b) => score(b) - score(a) || (tieOrder(a) < tieOrder(b) ? -1 : tieOrder(a) > tieOrder(b) ? 1 : 0),
  );
  sorted.forEach((row, i) => {
    row.rank = i > 0 && score(sorted[i - 1]) === score(row) ? sorted[i - 1].rank : i + 1;
  });
  return sorted;
}
