/**
 * Step 8b: badges. After a badge's round, the top N teams by cumulative
 * total earn it (a seeded draw breaks exact ties); a badge multiplies the
 * holder's organic search weight from the next round on.
 */
import { createStream, rankWithSeededTies } from '../random';
import type { TeamRoundResult } from '../types';
import type { RoundContext } from './round-context';

export function awardBadges(ctx: RoundContext, results: TeamRoundResult[]): void {
  for (const badge of ctx.scenario.policies.badges) {
    if (badge.afterRound !== ctx.round) continue;
    const ranked = rankWithSeededTies(
      createStream(ctx.seed, ctx.round, '*', 'badge', badge.id),
      ctx.teams,
      (t) => t.state.cumulativeTotal,
      (t) => t.state.teamId,
    );
    for (const t of ranked.slice(0, badge.topN))
      if (!t.state.badges.includes(badge.id)) t.state.badges = [...t.state.badges, badge.id].sort();
  }
  results.forEach((r, i) => (r.badges = [...ctx.teams[i].state.badges]));
}
