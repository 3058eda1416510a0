import { canonicalJson, createInitialState, resolveRound } from '../engine';
import { botDecisions, teamIdsFor } from '../engine/testing/big-game';
import { fixtureScenario } from '../engine/testing/fixture-scenario';
import type { ModuleDecisions, OperationsDecision } from '../engine/types';
import { computeWhatIf, type WhatIfInput } from './what-if-computation';

const scenario = fixtureScenario();
const ids = teamIdsFor(4);
const decisions: Record<string, ModuleDecisions> = Object.fromEntries(
  ids.map((id, i) => [id, botDecisions(scenario, i)]),
);
const state = createInitialState(scenario, ids);
const base: WhatIfInput = {
  scenario,
  seed: 3,
  startStateJson: canonicalJson(state),
  decisions,
  teamCode: ids[1],
  changes: {},
};
const real = resolveRound({ scenario, seed: 3, state, decisions }).outcome.teams;

describe('computeWhatIf', () => {
  it('gives back the team’s real result when nothing changes, or the same decisions are given again', () => {
    expect(computeWhatIf(base)).toEqual(real[1]);
    expect(computeWhatIf({ ...base, changes: { ...decisions[ids[1]] } })).toEqual(real[1]);
  });

  it('replaces only the modules given and keeps the others as decided', () => {
    const operations = structuredClone(decisions[ids[1]].OPERATIONS) as OperationsDecision;
    for (const p of operations.prices) p.priceCents *= 2;
    const answer = computeWhatIf({ ...base, changes: { OPERATIONS: operations } });
    expect(answer.teamId).toBe(ids[1]);
    expect(answer.listings.map((l) => l.priceCents).sort()).toEqual(operations.prices.map((p) => p.priceCents).sort());
    // the same listings: SELECTION stayed as decided
    expect(answer.listings.map((l) => `${l.product}@${l.market}`).sort()).toEqual(
      real[1].listings.map((l) => `${l.product}@${l.market}`).sort(),
    );
    expect(answer.total).not.toBe(real[1].total);
  });

  it('changes nothing it is given', () => {
    const before = canonicalJson(base);
    computeWhatIf(base);
    expect(canonicalJson(base)).toBe(before);
  });
});
