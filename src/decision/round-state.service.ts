import { Injectable } from '@nestjs/common';
import { notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { ttlCache } from '../common/ttl-cache';
import { DatabaseService } from '../database/database.service';
import { GameEntity } from '../game/game.entity';
import { RoundEntity } from '../round/round.entity';
import { RoundEvents } from '../round/round-events';

/**
 * How long a game's round state is trusted without reading the database.
 * Opening and closing a round on this instance drop it at once; when another
 * instance closed the round, the submission writer's own check under the
 * game's lock refuses the stale submission and it is judged again on fresh data.
 */
const ROUND_STATE_TTL_MS = 1_000;
const ROUND_STATE_MAX = 10_000;

/** What a submission needs to know of its game before it is checked. */
export interface RoundState {
  status: string;
  currentRound: number;
  scenarioKey: string;
  /** Round `currentRound` exists and is OPEN. */
  open: boolean;
  /** The open round's deadline (ISO), if it has one. */
  deadline: string | null;
}

/** The round state of games for submissions, through the one TTL cache. */
@Injectable()
export class RoundStateService {
  private readonly cache;

  constructor(
    private readonly db: DatabaseService,
    clock: Clock,
    events: RoundEvents,
  ) {
    this.cache = ttlCache<RoundState>(clock, {
      ttlMs: ROUND_STATE_TTL_MS,
      max: ROUND_STATE_MAX,
      read: (gameId) => this.read(gameId),
    });
    events.onLocalChange((e) => this.cache.delete(e.gameId));
  }

  /**
   * The round state of a game: an open round from the cache (`cached`), any
   * other state read fresh, as is everything when `fresh` is asked.
   */
  async get(gameId: string, fresh: boolean): Promise<RoundState & { cached: boolean }> {
    if (!fresh) {
      const hit = await this.cache.fetch(gameId).catch(() => undefined);
      if (hit?.open) return { ...hit, cached: true };
    }
    const state = await this.read(gameId);
    if (!state) throw notFound(`game "${gameId}"`);
    return { ...state, cached: false };
  }

  /** Forgets a game's cached state (it proved stale). */
  forget(gameId: string): void {
    this.cache.delete(gameId);
  }

  private read(gameId: string): Promise<RoundState | undefined> {
    return this.db.read(async (em) => {
      const game = await em.findOne(GameEntity, {
        where: { id: gameId },
        select: { id: true, status: true, currentRound: true, scenarioKey: true },
      });
      if (!game) return undefined;
      let open = false;
      let deadline: string | null = null;
      if (game.status !== 'FINISHED' && game.currentRound > 0) {
        const round = await em.findOne(RoundEntity, {
          where: { gameId, number: game.currentRound },
          select: { id: true, status: true, deadline: true },
        });
        open = round?.status === 'OPEN';
        deadline = open ? (round?.deadline ?? null) : null;
      }
      return { status: game.status, currentRound: game.currentRound, scenarioKey: game.scenarioKey, open, deadline };
    });
  }
}
