import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Job, Queue, QueueEvents, Worker } from 'bullmq';
import type { Viewer } from '../auth/viewer';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DatabaseService } from '../database/database.service';
import { GameEntity } from '../game/game.entity';
import { RoundEntity } from './round.entity';
import { RoundActionResult, RoundService } from './round.service';

export const ROUND_QUEUE = 'sandbox-rounds';

interface CloseJob {
  gameId: string;
  round: number;
  viewer: Viewer | null;
}

type CloseJobResult = { ok: true; round: number } | { ok: false; errorCode: string; message: string };

/**
 * Round closing as jobs. With REDIS_URL, a close (asked by an instructor or
 * due at a deadline) is a BullMQ job whose id names the game and round, so
 * when several instances are asked at once the queue holds one job and one
 * worker resolves the round; every caller waits for that job's result.
 * Without Redis, closes run in-process (the database serialises them).
 */
@Injectable()
export class RoundQueueService implements OnModuleInit, OnApplicationShutdown {
  private readonly log = new Logger('RoundQueue');
  private queue?: Queue<CloseJob, CloseJobResult>;
  private events?: QueueEvents;
  private worker?: Worker<CloseJob, CloseJobResult>;

  constructor(
    private readonly rounds: RoundService,
    private readonly db: DatabaseService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.redisUrl) return;
    const connection = { url: this.config.redisUrl, maxRetriesPerRequest: null };
    this.queue = new Queue<CloseJob, CloseJobResult>(ROUND_QUEUE, {
      connection,
      defaultJobOptions: { removeOnComplete: { age: 24 * 3600 }, removeOnFail: true },
    });
    this.events = new QueueEvents(ROUND_QUEUE, { connection });
    this.worker = new Worker<CloseJob, CloseJobResult>(ROUND_QUEUE, (job) => this.process(job), {
      connection,
      concurrency: 4,
    });
    this.worker.on('failed', (job, err) => this.log.error(`close job ${job?.id} failed: ${err.message}`));
    await Promise.all([this.queue.waitUntilReady(), this.events.waitUntilReady(), this.worker.waitUntilReady()]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.events?.close();
    await this.queue?.close();
  }

  /** Close the open round of a game, once, whichever instance is asked. */
  async close(viewer: Viewer | null, gameId: string): Promise<RoundActionResult> {
    if (!this.queue || !this.events) return this.rounds.close(viewer, gameId);
    const game = await this.db.read((em) => em.findOne(GameEntity, { where: { id: gameId } }));
    const open =
      game &&
      (await this.db.read((em) =>
        em.findOne(RoundEntity, { where: { gameId, number: game.currentRound, status: 'OPEN' } }),
      ));
    if (!game || !open) return this.rounds.close(viewer, gameId); // not found, or nothing open: the service answers
    const job = await this.queue.add(
      'close',
      { gameId, round: game.currentRound, viewer },
      { jobId: `close-${gameId}-${game.currentRound}` },
    );
    const result = (await job.waitUntilFinished(this.events)) as CloseJobResult;
    if (!result.ok) return result;
    const [round, fresh] = await this.db.read((em) =>
      Promise.all([
        em.findOneOrFail(RoundEntity, { where: { gameId, number: result.round } }),
        em.findOneOrFail(GameEntity, { where: { id: gameId } }),
      ]),
    );
    return { ok: true, round, game: fresh };
  }

  private async process(job: Job<CloseJob, CloseJobResult>): Promise<CloseJobResult> {
    const r = await this.rounds.close(job.data.viewer, job.data.gameId);
    return r.ok ? { ok: true, round: r.round.number } : { ok: false, errorCode: r.errorCode, message: r.message };
  }
}
