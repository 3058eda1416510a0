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

  it('counts the rounds the ADAPTIVE bot played for a silent team', () => {
    const out = buildStandings(
      teams,
      [
        { ...row('a', 1, 40, 'OPERATIONS SELECTION ADS FULFILLMENT'), autopilot: true },
        row('a', 2, 50),
        row('b', 1, 10),
      ],
      [],
    );
    expect(out.map((s) => [s.team.code, s.autopilotRounds, s.absentRounds])).toEqual([
      ['T01', 1, 1],
      ['T02', 0, 0],
      ['T03', 0, 0],
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

describe('buildStandings: season grade and luck-adjusted figures', () => {
  const lucky = (teamId: string, roundNumber: number, total: number, luck: number | null): ResultRow => ({
    ...row(teamId, roundNumber, total),
    luckTotal: luck,
    luckOperations: luck,
    luckSelection: luck,
    luckAds: luck,
    luckFulfillment: luck,
  });
  const results = [lucky('a', 1, 80, 60), lucky('a', 2, 40, 50), lucky('b', 1, 50, 70), lucky('b', 2, 60, 65)];

  it('grades the weighted mean of round totals and ranks by it (REALISED by default)', () => {
    const out = buildStandings(teams.slice(0, 2), results, [{ teamId: 'b', roundNumber: 2, points: 6 }], {
      weightOf: (r) => (r === 2 ? 3 : 1),
    });
    expect(out.map((s) => [s.team.code, s.rank, s.grade, s.luckGrade, s.luckTotal])).toEqual([
      ['T02', 1, 62, 70.75, 141],
      ['T01', 2, 50, 52.5, 110],
    ]);
    expect(out[0].luckModules).toEqual({ OPERATIONS: 135, SELECTION: 135, ADS: 135, FULFILLMENT: 135 });
  });

  it('ranks by the luck-adjusted grade when the scenario says LUCK_ADJUSTED', () => {
    const realised = buildStandings(teams.slice(0, 2), results.slice(0, 1).concat(results[2]), []);
    expect(realised.map((s) => [s.team.code, s.rank])).toEqual([
      ['T01', 1],
      ['T02', 2],
    ]);
    const luck = buildStandings(teams.slice(0, 2), results.slice(0, 1).concat(results[2]), [], {
      rankBy: 'LUCK_ADJUSTED',
    });
    expect(luck.map((s) => [s.team.code, s.rank, s.grade, s.luckGrade])).toEqual([
      ['T02', 1, 50, 70],
      ['T01', 2, 80, 60],
    ]);
  });

  it('has no luck-adjusted figures when a round in scope has none, and then ranks by the realised grade', () => {
    const out = buildStandings(teams.slice(0, 2), [...results.slice(0, 3), lucky('b', 2, 60, null)], [], {
      rankBy: 'LUCK_ADJUSTED',
    });
    expect(out.map((s) => [s.team.code, s.rank, s.luckTotal, s.luckGrade, s.luckModules])).toEqual([
      ['T01', 1, null, null, null],
      ['T02', 2, null, null, null],
    ]);
  });
});
