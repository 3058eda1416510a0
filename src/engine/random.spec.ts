import {
  createStream,
  rankWithSeededTies,
  sampleBinomial,
  samplePoisson,
  sampleTriangular,
  splitMultinomial,
} from './random';

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('random streams', () => {
  it('same key gives the same draws, another key other draws', () => {
    const a = createStream(1, 2, 'ES', 'demand');
    const b = createStream(1, 2, 'ES', 'demand');
    const c = createStream(1, 2, 'PL', 'demand');
    const xs = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(xs);
    expect(c.next()).not.toEqual(xs[0]);
  });

  it.each([
    ['poisson small', (r: ReturnType<typeof createStream>) => samplePoisson(r, 3), 3],
    ['poisson large', (r: ReturnType<typeof createStream>) => samplePoisson(r, 400), 400],
    ['binomial direct', (r: ReturnType<typeof createStream>) => sampleBinomial(r, 20, 0.3), 6],
    ['binomial inversion', (r: ReturnType<typeof createStream>) => sampleBinomial(r, 1000, 0.004), 4],
    ['binomial normal', (r: ReturnType<typeof createStream>) => sampleBinomial(r, 10000, 0.2), 2000],
    ['triangular', (r: ReturnType<typeof createStream>) => sampleTriangular(r, 10, 14, 18), 14],
  ])('%s has the right mean', (_name, draw, expected) => {
    const rng = createStream(42, 1, 'X', 'test');
    const xs = Array.from({ length: 4000 }, () => draw(rng));
    expect(Math.abs(mean(xs) - expected) / expected).toBeLessThan(0.05);
  });

  it('multinomial split keeps the total', () => {
    const rng = createStream(3, 1, 'X', 'split');
    const parts = splitMultinomial(rng, 1000, [1, 2, 0, 7]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(parts[2]).toBe(0);
  });

  it('ties are broken by the stream, not by input order', () => {
    const items = ['d', 'a', 'c', 'b'].map((id) => ({ id, s: 1 }));
    const r1 = rankWithSeededTies(
      createStream(1, 1, 'X', 'ties'),
      items,
      (x) => x.s,
      (x) => x.id,
    ).map((x) => x.id);
    const r2 = rankWithSeededTies(
      createStream(1, 1, 'X', 'ties'),
      [...items].reverse(),
      (x) => x.s,
      (x) => x.id,
    ).map((x) => x.id);
    expect(r1).toEqual(r2);
  });
});
