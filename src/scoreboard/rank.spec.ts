import { rankRows } from './rank';

describe('rankRows', () => {
  const rows = (scores: number[]) => scores.map((s, i) => ({ rank: 0, id: `T${i}`, s }));
  it.each([
    [
      [50, 70, 60],
      [1, 2, 3],
      ['T1', 'T2', 'T0'],
    ],
    [
      [70, 70, 60],
      [1, 1, 3],
      ['T0', 'T1', 'T2'],
    ],
    [
      [10, 20, 20, 20, 5],
      [1, 1, 1, 4, 5],
      ['T1', 'T2', 'T3', 'T0', 'T4'],
    ],
    [[0], [1], ['T0']],
  ])('scores %j rank as %j', (scores, ranks, order) => {
    const out = rankRows(
      rows(scores),
      (r) => r.s,
      (r) => r.id,
    );
    expect(out.map((r) => r.rank)).toEqual(ranks);
    expect(out.map((r) => r.id)).toEqual(order);
  });
});
