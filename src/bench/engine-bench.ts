/** Engine timings for `sandbox bench`: one round of N teams × 20 listings, and a season of outcomes for the export timing. */
import { performance } from 'node:perf_hooks';
import { canonicalJson, resolveRound } from '../engine';
import { buildBigGame } from '../engine/testing/big-game';
import type { ModuleDecisions, ModuleName, RoundOutcome, Scenario, GameState } from '../engine/types';
import type { ExportRows } from '../export/export-assembly';
import type { TeamEntity } from '../game/team.entity';
import type { TeamRoundResultEntity } from '../report/team-round-result.entity';
import type { RoundEntity } from '../round/round.entity';
import { DEFAULT_LUCK_REPLAYS } from '../scenario/scenario.schema';

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export interface RoundTiming {
  teams: number;
  listings: number;
  medianMs: number;
  runsMs: number[];
}

/** A game of N teams after round 1 (stock has arrived), with every team's decisions for round 2. */
export function bigGameAfterRoundOne(
  scenario: Scenario,
  teams: number,
  seed: number,
): { state: GameState; decisions: Record<string, ModuleDecisions> } {
  const { state, decisions } = buildBigGame(scenario, teams, 20);
  const first = resolveRound({ scenario, seed, state, decisions });
  return { state: first.state, decisions };
}

/** Median time of resolveRound over `runs` runs after `warmUps` unmeasured ones (the same pure input each time). */
export function timeRound(scenario: Scenario, teams: number, runs: number, seed = 1, warmUps = 1): RoundTiming {
  const { state, decisions } = bigGameAfterRoundOne(scenario, teams, seed);
  let warm = resolveRound({ scenario, seed, state, decisions });
  for (let i = 1; i < warmUps; i += 1) warm = resolveRound({ scenario, seed, state, decisions });
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    resolveRound({ scenario, seed, state, decisions });
    times.push(performance.now() - t0);
  }
  return {
    teams,
    listings: warm.outcome.teams.reduce((s, t) => s + t.listings.length, 0),
    medianMs: median(times),
    runsMs: times.map((t) => Math.round(t)),
  };
}

/** `rounds` rounds of N big-game teams through the engine. */
export function playBigSeason(scenario: Scenario, teams: number, rounds: number, seed = 1): RoundOutcome[] {
  const game = buildBigGame(scenario, teams, 20);
  const decisions = game.decisions;
  let state = game.state;
  const outcomes: RoundOutcome[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const next = resolveRound({ scenario, seed, state, decisions });
    state = next.state;
    outcomes.push(next.outcome);
  }
  return outcomes;
}

const scoreOf = (scores: { module: ModuleName; score: number }[], m: ModuleName) =>
  scores.find((s) => s.module === m)?.score ?? 0;

/** The rows a grader export reads, for engine outcomes (as if the game had been played and stored). */
export function exportRowsOf(scenario: Scenario, outcomes: readonly RoundOutcome[]): ExportRows {
  const codes = [...new Set(outcomes.flatMap((o) => o.teams.map((t) => t.teamId)))].sort();
  const teams = codes.map((code) => ({ id: code, code, name: `Team ${code}` }) as TeamEntity);
  const rounds = outcomes.map(
    (o) => ({ number: o.round, status: 'CLOSED', closedAt: null, outcomeHash: null }) as RoundEntity,
  );
  const results = outcomes.flatMap((o) =>
    o.teams.map(
      (t) =>
        ({
          teamId: t.teamId,
          roundNumber: o.round,
          total: t.total,
          absentModules: t.absentModules.join(','),
          operations: scoreOf(t.scores, 'OPERATIONS'),
          selection: scoreOf(t.scores, 'SELECTION'),
          ads: scoreOf(t.scores, 'ADS'),
          fulfillment: scoreOf(t.scores, 'FULFILLMENT'),
          autopilot: false,
          result: canonicalJson(t),
        }) as TeamRoundResultEntity,
    ),
  );
  return {
    game: { id: 'bench', name: 'bench', status: 'FINISHED', seed: 1, engineVersion: outcomes[0]?.engineVersion ?? '' },
    scenario: {
      id: scenario.id,
      version: scenario.version,
      contentHash: '-',
      title: scenario.title,
      weights: scenario.scoring.weights as Record<ModuleName, number>,
      schedule: scenario.rounds.schedule,
      luckReplays: scenario.scoring.luck?.replays ?? DEFAULT_LUCK_REPLAYS,
      rankBy: scenario.scoring.rankBy ?? 'REALISED',
    },
    teams,
    rounds,
    results,
    adjustments: [],
    exportedAt: '-',
  };
}
