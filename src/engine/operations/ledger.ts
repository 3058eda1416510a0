/** A team's ledger for one round: integer cents, one rounding per line. */
import type { LedgerEntry } from '../types';

export const LEDGER_KINDS = [
  'REVENUE',
  'REFUNDS',
  'COMMISSION',
  'AFFILIATE',
  'ADS',
  'LOGISTICS',
  'PACKAGING',
  'PURCHASES',
  'TRANSFERS',
  'HOLDING',
  'STORAGE',
  'SERVICE',
  'STOREFRONT',
  'INTEREST',
] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export class LedgerBuilder {
  private readonly sums = new Map<LedgerKind, number>();

  /** Adds an integer amount (credit > 0, debit < 0). */
  add(kind: LedgerKind, amountCents: number): void {
    if (!Number.isInteger(amountCents)) throw new Error(`ledger ${kind}: non-integer ${amountCents}`);
    this.sums.set(kind, (this.sums.get(kind) ?? 0) + amountCents);
  }

  get(kind: LedgerKind): number {
    return this.sums.get(kind) ?? 0;
  }

  /** Entries in LEDGER_KINDS order, zero lines left out. */
  entries(): LedgerEntry[] {
    const out: LedgerEntry[] = [];
    for (const kind of LEDGER_KINDS) {
      const v = this.sums.get(kind) ?? 0;
      if (v !== 0) out.push({ kind, amountCents: v });
    }
    return out;
  }

  total(): number {
    let t = 0;
    for (const v of this.sums.values()) t += v;
    return t;
  }
}
