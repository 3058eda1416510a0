import { Injectable } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';

export const ROUND_CHANGED = 'roundChanged';

export interface RoundChangedEvent {
  gameId: string;
  round: number;
  status: 'OPEN' | 'CLOSED';
  outcomeHash: string | null;
  gameStatus: string;
}

/** Publishes round changes to subscribers (in-process; a broker in a multi-instance deployment). */
@Injectable()
export class RoundEvents {
  readonly pubsub = new PubSub();

  publish(event: RoundChangedEvent): void {
    void this.pubsub.publish(`${ROUND_CHANGED}:${event.gameId}`, { [ROUND_CHANGED]: event });
  }

  iterator(gameId: string): AsyncIterableIterator<unknown> {
    return this.pubsub.asyncIterableIterator(`${ROUND_CHANGED}:${gameId}`) as AsyncIterableIterator<unknown>;
  }
}
