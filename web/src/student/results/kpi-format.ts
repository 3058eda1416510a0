import type { KpiUnit } from '../../generated/graphql';
import { formatDollars, formatRatio } from '../../ui/units';

/**
 * A KPI value or band edge as a person reads it, by the KPI's unit: money in
 * dollars, fractions in percent, stars with one decimal, ratios as "×2.5".
 */
export function formatKpi(unit: KpiUnit, value: number, locale?: string): string {
  const number = (digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  switch (unit) {
    case 'CENTS':
      return formatDollars(Math.round(value), locale);
    case 'FRACTION':
      return formatRatio(value, locale);
    case 'STARS':
      return `${number(2)} ★`;
    case 'RATIO':
      return `×${number(2)}`;
    case 'DAYS':
      return number(1);
    default:
      return number(Math.abs(value) < 10 ? 2 : 1);
  }
}
