import seedrandom from 'seedrandom';
import fc from 'fast-check';
import { AleaStream } from './alea';

/** The engine's Alea is seedrandom's alea, number for number: stored games replay to the same hashes. */
describe('Alea streams', () => {
  const firstDraws = (next: () => number, count: number) => Array.from({ length: count }, () => next());

  it('match seedrandom for the engine-shaped keys', () => {
    const keys = ['1|2|ES|traffic|team-0001/P-SOCKS-01', '42|1|X|test', '7|8|PL|parcels|t/p', '', ' ', '测试|🧦'];
    for (const key of keys) {
      const ours = new AleaStream(key);
      const reference = seedrandom.alea(key);
      expect(firstDraws(() => ours.next(), 500)).toEqual(firstDraws(() => reference(), 500));
    }
  });

  it('match seedrandom for any key', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (key) => {
        runs += 1;
        const ours = new AleaStream(key);
        const reference = seedrandom.alea(key);
        return firstDraws(() => ours.next(), 50).every((x) => x === reference());
      }),
      { numRuns: 300 },
    );
    expect(runs).toBe(300);
  });
});
