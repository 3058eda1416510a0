import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditService } from '../common/audit.service';
import { AppError, AppErrorCode, forbidden, notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { IdService } from '../common/ids';
import { DatabaseService } from '../database/database.service';
import { canonicalJson, createInitialState, ENGINE_VERSION } from '../engine';
import type { GameState } from '../engine/types';
import { TokenService } from '../auth/token.service';
import type { Viewer } from '../auth/viewer';
import { ScenarioStoreService } from '../scenario/scenario-store.service';
import { GameEntity } from './game.entity';
import { TeamEntity } from './team.entity';

export interface CreateGameRequest {
  scenarioId: string;
  scenarioVersion?: number;
  name: string;
  seed?: number;
  teams: string[];
}

export const MAX_TEAMS = 1000;

/** Seat codes T01, T02… padded to the width of the team count, so they sort as numbers do. */
export function teamCode(index: number, count: number): string {
  return `T${String(index + 1).padStart(Math.max(2, String(count).length), '0')}`;
}

/** Games and their teams: creation, lookup, and who may see which. */
@Injectable()
export class GameService {
  constructor(
    private readonly db: DatabaseService,
    private readonly ids: IdService,
    private readonly clock: Clock,
    private readonly tokens: TokenService,
    private readonly scenarios: ScenarioStoreService,
    private readonly audit: AuditService,
  ) {}

  async create(viewer: Viewer, req: CreateGameRequest): Promise<{ game: GameEntity; teams: { team: TeamEntity; token: string }[]; graderToken: string }> {
    const name = req.name.trim();
    if (name.length < 1 || name.length > 120) throw new AppError(AppErrorCode.BAD_INPUT, 'name must be 1..120 characters', { field: 'input.name' });
    if (req.teams.length < 1 || req.teams.length > MAX_TEAMS) throw new AppError(AppErrorCode.BAD_INPUT, `teams must list 1..${MAX_TEAMS} names`, { field: 'input.teams' });
    const names = req.teams.map((t) => t.trim());
    names.forEach((n, i) => {
      if (n.length < 1 || n.length > 120) throw new AppError(AppErrorCode.BAD_INPUT, 'a team name must be 1..120 characters', { field: `input.teams[${i}]` });
    });
    const dup = names.findIndex((n, i) => names.indexOf(n) !== i);
    if (dup >= 0) throw new AppError(AppErrorCode.BAD_INPUT, `team name "${names[dup]}" is given twice`, { field: `input.teams[${dup}]` });
    if (req.seed !== undefined && (!Number.isInteger(req.seed) || req.seed < 0)) {
      throw new AppError(AppErrorCode.BAD_INPUT, 'seed must be a non-negative integer', { field: 'input.seed' });
    }
    const scenarioRow = await this.scenarios.find(req.scenarioId, req.scenarioVersion);
    const scenario = this.scenarios.content(scenarioRow);
    const now = this.clock.nowIso();
    const teams = names.map((teamName, i) => ({ id: this.ids.uuid(), code: teamCode(i, names.length), name: teamName }));
    const state: GameState = createInitialState(scenario, teams.map((t) => t.code));

    return this.db.write(async (em) => {
      const game = em.create(GameEntity, {
        id: this.ids.uuid(),
        name,
        scenarioKey: scenarioRow.key,
        seed: req.seed ?? scenario.seed,
        status: 'CREATED',
        currentRound: 0,
        roundCount: scenario.rounds.count,
        engineVersion: ENGINE_VERSION,
        state: canonicalJson(state),
        createdAt: now,
        freezeAfterRound: null,
      });
      await em.save(game);
      const created: { team: TeamEntity; token: string }[] = [];
      const teamRows = teams.map((t) => em.create(TeamEntity, { ...t, gameId: game.id, createdAt: now }));
      await em.save(teamRows, { chunk: 200 });
      for (const team of teamRows) {
        const { token } = await this.tokens.issue(em, 'TEAM', `team ${team.code} ${team.name}`, { gameId: game.id, teamId: team.id });
        created.push({ team, token });
      }
      const grader = await this.tokens.issue(em, 'GRADER', `grader of ${game.name}`, { gameId: game.id });
      await this.audit.record(em, viewer, 'GAME_CREATED', game.id, { scenario: scenarioRow.key, seed: game.seed, teams: teamRows.length });
      return { game, teams: created, graderToken: grader.token };
    });
  }

  /** The game, if this viewer may see it (teams and graders only their own). */
  async get(viewer: Viewer, gameId: string): Promise<GameEntity> {
    this.assertGameAccess(viewer, gameId);
    const game = await this.db.read((em) => em.findOne(GameEntity, { where: { id: gameId } }));
    if (!game) throw notFound(`game "${gameId}"`);
    return game;
  }

  /** Throws unless the viewer may act on this game. Teams and graders are bound to one game. */
  assertGameAccess(viewer: Viewer, gameId: string): void {
    if (viewer.role !== 'INSTRUCTOR' && viewer.gameId !== gameId) throw notFound(`game "${gameId}"`);
  }

  list(viewer: Viewer): Promise<GameEntity[]> {
    return this.db.read((em) =>
      viewer.role === 'INSTRUCTOR'
        ? em.find(GameEntity, { order: { createdAt: 'DESC' } })
        : em.find(GameEntity, { where: { id: viewer.gameId ?? '' } }),
    );
  }

  teams(gameId: string): Promise<TeamEntity[]> {
    return this.db.read((em) => em.find(TeamEntity, { where: { gameId }, order: { code: 'ASC' } }));
  }

  async team(teamId: string): Promise<TeamEntity> {
    const team = await this.db.read((em) => em.findOne(TeamEntity, { where: { id: teamId } }));
    if (!team) throw notFound(`team "${teamId}"`);
    return team;
  }

  teamsByIds(ids: string[]): Promise<TeamEntity[]> {
    return this.db.read((em) => em.find(TeamEntity, { where: { id: In(ids) } }));
  }

  /** The team a query is about: a TEAM token always means its own team; others must name one of the game. */
  async resolveTeam(viewer: Viewer, gameId: string, teamId?: string | null): Promise<TeamEntity> {
    this.assertGameAccess(viewer, gameId);
    if (viewer.role === 'TEAM') {
      if (teamId && teamId !== viewer.teamId) throw forbidden("a team may read only its own reports and decisions");
      return this.team(viewer.teamId as string);
    }
    if (!teamId) throw new AppError(AppErrorCode.BAD_INPUT, 'teamId is required for instructor and grader tokens', { field: 'teamId' });
    const team = await this.team(teamId);
    if (team.gameId !== gameId) throw notFound(`team "${teamId}" in game "${gameId}"`);
    return team;
  }

  state(game: GameEntity): GameState {
    return JSON.parse(game.state) as GameState;
  }
}
