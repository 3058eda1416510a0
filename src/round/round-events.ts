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

  async publish(event: RoundChangedEvent): Promise<void> {
    await this.engine.publish(`${ROUND_CHANGED}:${event.gameId}`, { [ROUND_CHANGED]: event });
  }

  iterator(gameId: string): AsyncIterableIterator<unknown> {
    return this.engine.asyncIterableIterator(`${ROUND_CHANGED}:${gameId}`) as AsyncIterableIterator<unknown>;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.connections.map((c) => c.quit().catch(() => undefined)));
  }
}
