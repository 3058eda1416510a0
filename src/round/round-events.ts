import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export const ROUND_CHANGED = 'roundChanged';

export interface RoundChangedEvent {
  gameId: string;
  round: number;
  status: 'OPEN' | 'CLOSED';
  outcomeHash: string | null;
  gameStatus: string;
}

/**
 * Publishes round changes to subscribers: in-process, or through Redis
 * pub/sub when REDIS_URL is set, so a subscriber on one instance hears a
 * round closed on another.
 */
@Injectable()
export class RoundEvents implements OnApplicationShutdown {
  private readonly engine: PubSubEngine;
  private readonly connections: Redis[] = [];
  /** In-process listeners, told synchronously of every change published by this instance (cache invalidation). */
  private readonly local = new Set<(event: RoundChangedEvent) => void>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (config.redisUrl) {
      const publisher = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
      const subscriber = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
      this.connections.push(publisher, subscriber);
      this.engine = new RedisPubSub({ publisher, subscriber });
    } else {
      this.engine = new PubSub();
    }
  }

  /** Calls `listener` for every round change this instance publishes; returns the unsubscribe function. */
  onLocalChange(listener: (event: RoundChangedEvent) => void): () => void {
    this.local.add(listener);
    return () => this.local.delete(listener);
  }

  async publish(event: RoundChangedEvent): Promise<void> {
    for (const listener of this.local) listener(event);
    await this.engine.publish(`${ROUND_CHANGED}:${event.gameId}`, { [ROUND_CHANGED]: event });
  }

  iterator(gameId: string): AsyncIterableIterator<unknown> {
    return this.engine.asyncIterableIterator(`${ROUND_CHANGED}:${gameId}`) as AsyncIterableIterator<unknown>;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.connections.map((c) => c.quit().catch(() => undefined)));
  }
}
