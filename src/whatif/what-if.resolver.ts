import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Throttle } from '@nestjs/throttler';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Viewer } from '../auth/viewer';
import { toTeamModel } from '../game/game.mapper';
import { toTeamReport } from '../report/team-report.mapper';
import { ModuleEnum } from '../scenario/scenario.model';
import { WhatIfDecisionsInput } from './what-if.input';
import { WhatIfResult } from './what-if.model';
import { type WhatIfOutcome, WhatIfService } from './what-if.service';

/** What-ifs one token may ask per minute (each resolves a whole round of its game). */
export const WHAT_IFS_PER_MINUTE = 20;

const round2 = (x: number): number => Math.round(x * 100) / 100;

function toResult(o: WhatIfOutcome): object {
  switch (o.kind) {
    case 'WhatIfReport':
      return {
        kind: o.kind,
        gameId: o.gameId,
        round: o.round,
        team: toTeamModel(o.team),
        changedModules: o.changedModules.map((m) => ModuleEnum[m]),
        real: toTeamReport(o.gameId, o.round, o.team, o.real),
        whatIf: toTeamReport(o.gameId, o.round, o.team, o.whatIf),
        totalDelta: round2(o.whatIf.total - o.real.total),
        cashEndDeltaCents: o.whatIf.cashEndCents - o.real.cashEndCents,
      };
    case 'DecisionsRejected':
      return { ...o, errors: o.errors.map((e) => ({ ...e, module: ModuleEnum[e.module] })) };
    case 'WhatIfUnavailable':
      return o;
  }
}

@Resolver()
export class WhatIfResolver {
  constructor(private readonly whatIfs: WhatIfService) {}

  @Query(() => WhatIfResult, {
    description: `Replays a closed round with some of a team's decisions changed — every rival's decisions, the start state and the seed unchanged — and answers the report it would have got beside the real one. Nothing is stored. Teams: their own (teamId optional); instructors: any team. At most ${WHAT_IFS_PER_MINUTE} per minute per token.`,
  })
  @Roles('INSTRUCTOR', 'TEAM')
  @Throttle({ default: { limit: WHAT_IFS_PER_MINUTE, ttl: 60_000 } })
  async whatIf(
    @CurrentViewer() viewer: Viewer,
    @Args('gameId', { type: () => ID }) gameId: string,
    @Args('round', { type: () => Int }) round: number,
    @Args('decisions', { type: () => WhatIfDecisionsInput }) decisions: WhatIfDecisionsInput,
    @Args('teamId', { type: () => ID, nullable: true }) teamId?: string | null,
  ): Promise<typeof WhatIfResult> {
    const payloads = {
      OPERATIONS: decisions.operations,
      SELECTION: decisions.selection,
      ADS: decisions.ads,
      FULFILLMENT: decisions.fulfillment,
    };
    return toResult(await this.whatIfs.whatIf(viewer, gameId, round, teamId, payloads)) as typeof WhatIfResult;
  }
}
