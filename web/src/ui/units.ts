/**
 * Units at the edge: the server speaks integer US cents and basis points, people read dollars and percent.
 * Every conversion in the console goes through these functions, so a cent or a basis point never reaches the user.
 */

/** Integer cents → dollars (1234 → 12.34). */
export function centsToDollars(cents: number): number {
  return cents / 100;
}

/** Dollars typed by a person → integer cents, rounded to the nearest cent (12.345 → 1235). */
export function dollarsToCents(dollars: number): number {
  return Math.round(dollars * 100);
}

/** Basis points → percent (250 → 2.5). */
export function bpsToPercent(bps: number): number {
  return bps / 100;
}

/** Percent typed by a person → integer basis points (2.55 → 255). */
export function percentToBps(percent: number): number {
  return Math.round(percent * 100);
}

/** Cents shown as dollars with two decimals and a thousands separator ("$1,234.50", "−$3.00"). */
export function formatDollars(cents: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', minimumFractionDigits: 2 }).format(
    centsToDollars(cents),
  );
}

/** Basis points shown as a percent with up to two decimals ("2.5%"). */
export function formatPercent(bps: number, locale?: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(bpsToPercent(bps))}%`;
}

/** A ratio (0.125) shown as a percent ("12.5%"). */
export function formatRatio(ratio: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

/** An ISO 8601 moment as a date and time in the console's language ("2026/12/4 05:51", "12/4/2026, 5:51 AM"). */
export function formatDateTime(iso: string, locale?: string): string {
  return new Date(iso).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' });
}
