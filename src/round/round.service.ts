import { Injectable, Logger } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { notFound } from '../common/app-error';
import { AuditService } from '../common/audit.service';
import { Clock } from '../common/clock';
import { futureIso } from '../common/future-date';
import { FaultInjector } from '../common/fault-injector';
import { IdService } from '../common/ids';
import { DatabaseService } from '../database/database.service';
import type { Scenario } from '../engine/types';
import { GameEntity } from '../game/game.entity';
import { lockGameRow } from '../game/game-lock';
import { ScenarioStoreService } from '../scenario/scenario-store.service';
import { type CloseStoreContext, openRoundOf, readCloseSnapshot, snapshotCurrent, storeClose } from './close-store';
import { computeCloseOffThread } from './close-worker';
import { deadlinePassed } from './deadline-rule';
import { RoundEntity } from './round.entity';
import { RoundEvents } from './round-events';

export type RoundActionResult =
  { ok: true; round: RoundEntity; game: GameEntity } | { ok: false; errorCode: string; message: string };

/** Closes computed outside the write lock that may find the round changed before the close computes under the lock. */
const CLOSE_ATTEMPTS_UNLOCKED = 3;

/** Opens and closes rounds. A close stores in one transaction: every result or none. */
@Injectable()
export class RoundService {
  private readonly log = new Logger('Rounds');

  constructor(
    private readonly db: DatabaseService,
    private readonly ids: IdService,
    private readonly clock: Clock,
    private readonly scenarios: ScenarioStoreService,
    private readonly events: RoundEvents,
    private readonly audit: AuditService,
    private readonly faults: FaultInjector,
  ) {}

  async open(viewer: Viewer | null, gameId: string, deadline?: string | null): Promise<RoundActionResult> {
    const given = futureIso(deadline, 'deadline', this.clock.now());
    const result = await this.db.write(async (em): Promise<RoundActionResult> => {
      const game = await lockGameRow(em, gameId);
      // the game's deadline policy sets the deadline of a round opened without one
      const deadlineIso =
        given ??
        (game.roundMinutes ? new Date(this.clock.now().getTime() + game.roundMinutes * 60_000).toISOString() : null);
      if (game.status === 'FINISHED')
        return { ok: false, errorCode: 'GAME_FINISHED', message: 'the game has played all its rounds' };
      const current = await em.findOne(RoundEntity, { where: { gameId, number: game.currentRound } });
      if (current && current.status === 'OPEN')
        return { ok: false, errorCode: 'ROUND_ALREADY_OPEN', message: `round ${current.number} is open` };
      const round = em.create(RoundEntity, {
        id: this.ids.uuid(),
        gameId,
        number: game.currentRound + 1,
        status: 'OPEN',
        openedAt: this.clock.nowIso(),
        deadline: deadlineIso,
        closedAt: null,
        outcomeHash: null,
        startState: null,
        outcome: null,
      });
      await em.save(round);
      game.currentRound = round.number;
      game.status = 'RUNNING';
      await em.save(game);
      await this.audit.record(em, viewer, 'ROUND_OPENED', gameId, { round: round.number, deadline: deadlineIso });
      return { ok: true, round, game };
    });
    if (result.ok) this.publish(result);
    return result;
  }

  /**
   * Sets, moves or removes (null) the deadline of the open round. A new
   * deadline must lie in the future; the change is audited and announced
   * like an opening (roundChanged), which drops this instance's cached round
   * state at once (other instances within its TTL).
   */
  async setDeadline(viewer: Viewer | null, gameId: string, deadline: string | null): Promise<RoundActionResult> {
    const deadlineIso = futureIso(deadline, 'deadline', this.clock.now());
    const result = await this.db.write(async (em): Promise<RoundActionResult> => {
      const game = await lockGameRow(em, gameId);
      const round = await em.findOne(RoundEntity, { where: { gameId, number: game.currentRound } });
      if (!round || round.status !== 'OPEN')
        return {
          ok: false,
          errorCode: 'NO_OPEN_ROUND',
          message: 'no round is open: a deadline belongs to an open round',
        };
      round.deadline = deadlineIso;
      await em.save(round);
      await this.audit.record(em, viewer, 'DEADLINE_SET', gameId, { round: round.number, deadline: deadlineIso });
      return { ok: true, round, game };
    });
    if (result.ok) this.publish(result);
    return result;
  }

  /**
   * Resolves the open round for every team and publishes the results; a
   * second call finds no open round. The round is computed off the main
   * thread and before the write lock is taken; the commit then checks that
   * nothing was submitted meanwhile (else it computes again). After
   * CLOSE_ATTEMPTS_UNLOCKED such attempts it computes under the lock, so a
   * steady stream of submissions cannot hold a close back for ever.
   */
  async close(viewer: Viewer | null, gameId: string): Promise<RoundActionResult> {
    const gameRow = await this.db.read((em) => em.findOne(GameEntity, { where: { id: gameId } }));
    if (!gameRow) throw notFound(`game "${gameId}"`);
    const scenario = await this.scenarios.contentByKey(gameRow.scenarioKey);
    let result: RoundActionResult | null = null;
    for (let attempt = 1; result === null; attempt += 1)
      result =
        attempt > CLOSE_ATTEMPTS_UNLOCKED
          ? await this.closeLocked(viewer, gameId, scenario)
          : await this.tryClose(viewer, gameId, scenario);
    if (result.ok) this.publish(result);
    return result;
  }

  /** Computes on a snapshot read without the lock, commits if it is still current; null when it was not. */
  private async tryClose(viewer: Viewer | null, gameId: string, scenario: Scenario): Promise<RoundActionResult | null> {
    const snapshot = await this.db.read(async (em) => {
      const game = await em.findOne(GameEntity, { where: { id: gameId } });
      if (!game) throw notFound(`game "${gameId}"`);
      return readCloseSnapshot(em, game, scenario);
    });
    if (!snapshot.ok) return snapshot;
    const out = await computeCloseOffThread(snapshot.input);
    return this.db.write(async (em) => {
      const game = await lockGameRow(em, gameId);
      const open = await openRoundOf(em, game);
      if (!(open instanceof RoundEntity)) return open;
      if (open.id !== snapshot.round.id || !(await snapshotCurrent(em, game, snapshot))) return null;
      return { ok: true, ...(await storeClose(em, game, snapshot, out, this.storeContext(viewer))) };
    });
  }

  /** Reads, computes (still off the main thread) and stores while holding the game's lock. */
  private closeLocked(viewer: Viewer | null, gameId: string, scenario: Scenario): Promise<RoundActionResult> {
    return this.db.write(async (em) => {
      const game = await lockGameRow(em, gameId);
      const snapshot = await readCloseSnapshot(em, game, scenario);
      if (!snapshot.ok) return snapshot;
      const out = await computeCloseOffThread(snapshot.input);
      return { ok: true, ...(await storeClose(em, game, snapshot, out, this.storeContext(viewer))) };
    });
  }

  private storeContext(viewer: Viewer | null): CloseStoreContext {
    return { viewer, ids: this.ids, now: this.clock.nowIso(), audit: this.audit, faults: this.faults };
  }

  async get(gameId: string, number: number): Promise<RoundEntity> {
    const round = await this.db.read((em) => em.findOne(RoundEntity, { where: { gameId, number } }));
    if (!round) throw notFound(`round ${number} of game "${gameId}"`);
    return round;
  }

  list(gameId: string): Promise<RoundEntity[]> {
    return this.db.read((em) => em.find(RoundEntity, { where: { gameId }, order: { number: 'ASC' } }));
  }

  /** Open rounds whose deadline has passed. */
  async overdue(): Promise<RoundEntity[]> {
    const now = this.clock.now();
    const open = await this.db.read((em) => em.find(RoundEntity, { where: { status: 'OPEN' } }));
    return open.filter((r) => deadlinePassed(r.deadline, now));
  }

  private publish({ round, game }: { round: RoundEntity; game: GameEntity }): void {
    this.events
      .publish({
        gameId: game.id,
        round: round.number,
        status: round.status,
        outcomeHash: round.outcomeHash,
        gameStatus: game.status,
      })
      .catch((e: Error) => this.log.warn(`could not publish round change: ${e.message}`));
  }
}
