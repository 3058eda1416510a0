import { formatDollars } from '../../ui/units';

/** A KPI value or band edge as a person reads it: money KPIs (named …Cents) in dollars, others as numbers. */
export function formatKpi(kpi: string, value: number, locale?: string): string {
  if (/Cents$/.test(kpi)) return formatDollars(Math.round(value), locale);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: Math.abs(value) < 10 ? 3 : 1 }).format(value);
}
