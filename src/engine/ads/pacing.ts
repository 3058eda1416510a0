/** Budget pacing over the round's ticks. */

export type Pacing = 'EVEN' | 'ASAP';

/**
 * EVEN takes part at tick t (1..T) only while spend ≤ budget·t/T; ASAP while
 * spend < budget. A zero budget never takes part.
 */
export function takesPart(
  pacing: Pacing,
  spentCents: number,
  budgetCents: number,
  tick: number,
  ticks: number,
): boolean {
  if (budgetCents <= 0) return false;
  if (spentCents >= budgetCents) return false;
  return pacing === 'ASAP' ? true : spentCents <= (budgetCents * tick) / ticks;
}

/** The round budget: daily budget × the round's days. */
export function roundBudget(dailyBudgetCents: number, days: number): number {
  return dailyBudgetCents * days;
}
