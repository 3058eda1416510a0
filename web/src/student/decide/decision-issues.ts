import { formatDollars, formatPercent } from '../../ui/units';

/** One problem the server's validator found in a module, at a field path such as `prices[2].priceCents`. */
export interface Issue {
  code: string;
  path: string;
  message: string;
}

/** The problems at exactly this field path. */
export function issuesAt(issues: readonly Issue[], path: string): Issue[] {
  return issues.filter((i) => i.path === path);
}

/** The problems of a row or a whole list (`listings[2]` finds `listings[2]` and `listings[2].images`). */
export function issuesUnder(issues: readonly Issue[], prefix: string): Issue[] {
  return issues.filter((i) => i.path === prefix || i.path.startsWith(`${prefix}.`) || i.path.startsWith(`${prefix}[`));
}

/**
 * The server's message in the units a person reads: on a cents field every amount becomes dollars, on a
 * basis-point field every rate becomes percent (the validator writes "at most 4000 cents", ">=1", "300..1000 bps").
 */
export function humanizeIssue(issue: Issue, locale?: string): string {
  const field = issue.path.split('.').pop() ?? '';
  const money = (n: string) => formatDollars(Number(n), locale);
  const rate = (n: string) => formatPercent(Number(n), locale);
  let text = issue.message
    .replace(/(\d+)\.\.(\d+) bps/g, (_m, a: string, b: string) => `${rate(a)}–${rate(b)}`)
    .replace(/(\d+) bps/g, (_m, a: string) => rate(a))
    .replace(/(\d+) cents/g, (_m, a: string) => money(a));
  if (/Cents$/.test(field)) text = text.replace(/([<>]=?)\s*(\d+)/g, (_m, op: string, n: string) => `${op}${money(n)}`);
  if (/Bps$/.test(field)) text = text.replace(/([<>]=?)\s*(\d+)/g, (_m, op: string, n: string) => `${op}${rate(n)}`);
  return text;
}
