import { Injectable } from '@nestjs/common';
import { Semaphore } from 'async-mutex';
import type { Viewer } from '../auth/viewer';
import { notFound } from '../common/app-error';
import { DatabaseService } from '../database/database.service';
import { type ModuleDecisionError, type ModulePayloads, rejected } from '../decision/decision-outcome';
import { checkDecision, MODULE_ORDER } from '../engine';
import type { ModuleName, TeamRoundResult } from '../engine/types';
import { GameService } from '../game/game.service';
import type { TeamEntity } from '../game/team.entity';
import { TeamRoundResultEntity } from '../report/team-round-result.entity';
import { ClosedRoundReplayService } from '../round/closed-round-replay.service';
import { computeWhatIfOffThread } from './what-if-worker';

/** What a what-if answers; `kind` names the member of the GraphQL result union. */
export type WhatIfOutcome =
  | {
      kind: 'WhatIfReport';
      gameId: string;
      round: number;
      team: TeamEntity;
      changedModules: ModuleName[];
      real: TeamRoundResult;
      whatIf: TeamRoundResult;
    }
  | { kind: 'DecisionsRejected'; errorCode: string; message: string; errors: ModuleDecisionError[]; moreErrors: number }
  | { kind: 'WhatIfUnavailable'; errorCode: string; message: string };

/**
 * What-ifs computed at once (each in a worker thread of its own, holding a
 * copy of the round's state); more wait their turn, so a class asking
 * together cannot start hundreds of threads.
 */
export const WHAT_IF_CONCURRENCY = 2;

/**
 * "What if I had decided this instead?" A team (or an instructor, for any
 * team) replays a closed round with some of the team's decisions changed;
 * every rival's decisions, the start state and the seed stay as they were.
 * The answer shows the report the team would have got beside its real one.
 * Nothing is stored, and no one else sees it.
 */
@Injectable()
export class WhatIfService {
  private readonly slots = new Semaphore(WHAT_IF_CONCURRENCY);

  constructor(
    private readonly db: DatabaseService,
    private readonly games: GameService,
    private readonly closedRounds: ClosedRoundReplayService,
  ) {}

  async whatIf(
    viewer: Viewer,
    gameId: string,
    round: number,
    teamId: string | null | undefined,
    payloads: ModulePayloads,
  ): Promise<WhatIfOutcome> {
    const team = await this.games.resolveTeam(viewer, gameId, teamId);
    // the round's state is loaded and resolved only while a slot is held
    return this.slots.runExclusive(() => this.replay(team, gameId, round, payloads));
  }

  private async replay(
    team: TeamEntity,
    gameId: string,
    round: number,
    payloads: ModulePayloads,
  ): Promise<WhatIfOutcome> {
    const closed = await this.closedRounds.load(gameId, round);
    if (!closed.ok) return { kind: 'WhatIfUnavailable', errorCode: closed.errorCode, message: closed.message };
    const changedModules = MODULE_ORDER.filter((m) => payloads[m] !== undefined && payloads[m] !== null);
    const changes: Partial<Record<ModuleName, unknown>> = {};
    const errors: ModuleDecisionError[] = [];
    for (const module of changedModules) {
      const check = checkDecision(closed.scenario, module, payloads[module], round);
      if (check.ok) changes[module] = check.value;
      else errors.push(...check.errors.map((e) => ({ ...e, module })));
    }
    if (errors.length > 0)
      return rejected(
        'INVALID_DECISIONS',
        errors,
        `${errors.length} problem(s); nothing was replayed`,
      ) as WhatIfOutcome;
    const stored = await this.db.read((em) =>
      em.findOne(TeamRoundResultEntity, {
        where: { gameId, roundNumber: round, teamId: team.id },
        select: { result: true },
      }),
    );
    if (!stored) throw notFound(`report of team ${team.code} for round ${round}`);
    const whatIf = await computeWhatIfOffThread({
      scenario: closed.scenario,
      seed: closed.game.seed,
      startStateJson: closed.startStateJson,
      decisions: closed.decisions,
      teamCode: team.code,
      changes,
    });
    return {
      kind: 'WhatIfReport',
      gameId,
      round,
      team,
      changedModules,
      real: JSON.parse(stored.result) as TeamRoundResult,
      whatIf,
    };
  }
}
