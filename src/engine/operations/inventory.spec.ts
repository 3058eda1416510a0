import { affordableUnits, allocateProportionally } from './inventory';
import { LedgerBuilder } from './ledger';

describe('inventory', () => {
  it.each([
    [100, 200, 50000, 50, 100],
    [100, 200, 10000, 50, 50],
    [100, 200, 9000, 50, 0],
    [0, 200, 9000, 50, 0],
  ])('affordable(%p units at %p with %p cash, min %p) = %p', (u, c, cash, min, out) =>
    expect(affordableUnits(u, c, cash, min)).toBe(out),
  );
  it.each([
    [10, [3, 4], [3, 4]],
    [5, [5, 5], [3, 2]],
    [0, [2, 2], [0, 0]],
    [7, [1, 10, 3], [1, 5, 1]],
  ])('allocate %p over %p', (avail, demand, out) => {
    const got = allocateProportionally(avail, demand);
    expect(got).toEqual(out);
    expect(got.reduce((a, b) => a + b, 0)).toBe(
      Math.min(
        avail,
        demand.reduce((a, b) => a + b, 0),
      ),
    );
  });
  it('ledger sums integer lines in a fixed order', () => {
    const l = new LedgerBuilder();
    l.add('ADS', -5);
    l.add('REVENUE', 100);
    l.add('ADS', -3);
    expect(l.entries()).toEqual([
      { kind: 'REVENUE', amountCents: 100 },
      { kind: 'ADS', amountCents: -8 },
    ]);
    expect(l.total()).toBe(92);
  });
});
