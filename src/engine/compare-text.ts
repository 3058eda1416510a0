/**
 * Code-unit order of two strings (never locale-dependent): the one
 * comparator for canonical orders, so results never depend on the
 * machine's locale.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
