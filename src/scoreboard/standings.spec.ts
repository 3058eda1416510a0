import { buildStandings, type ResultRow } from './standings';

const teams = [
  { id: 'a', code: 'T01' },
  { id: 'b', code: 'T02' },
  { id: 'c', code: 'T03' },
];
const row = (teamId: string, roundNumber: number, total: number, absent = ''): ResultRow => ({
  teamId,
  roundNumber,
  total,
  operations: total,
  selection: total,
  ads: total,
  fulfillment: total,
  absentModules: absent,
});

describe('buildStandings', () => {
  it('sums rounds, adds adjustments and ranks ties together', () => {
    const out = buildStandings(
      teams,
      [row('a', 1, 50), row('a', 2, 30), row('b', 1, 70), row('c', 1, 60, 'ADS'), row('c', 2, 10)],
      [
        { teamId: 'c', roundNumber: 2, points: 10 },
        { teamId: 'b', roundNumber: 1, points: -0.25 },
      ],
    );
    expect(out.map((s) => [s.team.code, s.rank, s.total, s.scored, s.adjustment, s.absentRounds])).toEqual([
      ['T01', 1, 80, 80, 0, 0],
      ['T03', 1, 80, 70, 10, 1],
      ['T02', 3, 69.75, 70, -0.25, 0],
    ]);
  });

  it('lists teams without results with zero', () => {
    const out = buildStandings(teams, [], []);
    expect(out.map((s) => [s.rank, s.total])).toEqual([
      [1, 0],
      [1, 0],
      [1, 0],
    ]);
  });
});
