/** Inventory helpers: affordable purchases and proportional stock allocation. */

/** Units affordable with the cash left; below the minimum order the purchase is dropped. */
export function affordableUnits(
  units: number,
  unitCostCents: number,
  cashCents: number,
  minOrderUnits: number,
): number {
  if (units <= 0) return 0;
  const can = Math.min(units, Math.floor(Math.max(0, cashCents) / unitCostCents));
  return can >= minOrderUnits ? can : 0;
}

/**
 * Split `available` units over demands proportionally (largest remainder,
 * ties to the lower index), never giving any more than it asked for.
 */
export function allocateProportionally(available: number, demands: readonly number[]): number[] {
  const total = demands.reduce((s, d) => s + d, 0);
  if (total <= available) return [...demands];
  if (available <= 0) return demands.map(() => 0);
  const exact = demands.map((d) => (d * available) / total);
  const out = exact.map((x) => Math.floor(x));
  let left = available - out.reduce((s, v) => s + v, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    if (out[i] < demands[i]) {
      out[i] += 1;
      left -= 1;
    }
  }
  return out;
}
