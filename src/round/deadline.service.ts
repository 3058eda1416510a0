import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { RoundQueueService } from './round-queue.service';
import { RoundService } from './round.service';

export const DEADLINE_POLL_MS = 1000;

/** Closes rounds whose deadline has passed — also those that passed while the server was down. */
@Injectable()
export class DeadlineService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('Deadlines');
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly rounds: RoundService,
    private readonly queue: RoundQueueService,
  ) {}

  onApplicationBootstrap(): void {
    void this.tick();
    this.timer = setInterval(() => void this.tick(), DEADLINE_POLL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** One pass: close every overdue round. Safe to run concurrently with manual closes (a round closes once). */
  async tick(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    let closed = 0;
    try {
      for (const round of await this.rounds.overdue()) {
        const r = await this.queue.close(null, round.gameId);
        if (r.ok) {
          closed += 1;
          this.log.log(`round ${round.number} of game ${round.gameId} closed at its deadline ${round.deadline}`);
        }
      }
    } catch (e) {
      this.log.error(`deadline pass failed: ${(e as Error).message}`);
    } finally {
      this.running = false;
    }
    return closed;
  }
}
