import { quantile } from './load-worker';

describe('quantile (nearest rank)', () => {
  it.each([
    [[], 0.99, 0],
    [[7], 0.5, 7],
    [[1, 2, 3, 4], 0.5, 2],
    [[1, 2, 3, 4], 0.75, 3],
    [Array.from({ length: 100 }, (_, i) => i + 1), 0.99, 99],
    [Array.from({ length: 100 }, (_, i) => i + 1), 1, 100],
    [Array.from({ length: 1000 }, (_, i) => i + 1), 0.99, 990],
  ])('of %j at %d is %d', (sorted, q, expected) => {
    expect(quantile(sorted as number[], q as number)).toBe(expected);
  });
});
