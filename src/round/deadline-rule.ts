/**
 * A round's deadline is the instant it closes: a submission arriving at or
 * after it is refused (ROUND_CLOSED) whether or not the closing job has run
 * yet, and the deadline poller closes the round once this holds.
 */
export function deadlinePassed(deadline: string | null, at: Date): boolean {
  return deadline !== null && at.getTime() >= Date.parse(deadline);
}
