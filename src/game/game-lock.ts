import type { EntityManager } from 'typeorm';
import { notFound } from '../common/app-error';
import { GameEntity } from './game.entity';

/**
 * Re-reads a game inside a write transaction. On PostgreSQL the row is locked
 * (SELECT … FOR UPDATE), so submissions and closes of one game queue up even
 * across server instances; sqlite transactions are already serialised.
 */
export async function lockGameRow(em: EntityManager, gameId: string): Promise<GameEntity> {
  const lock = em.connection.options.type === 'postgres' ? { lock: { mode: 'pessimistic_write' as const } } : {};
  const game = await em.findOne(GameEntity, { where: { id: gameId }, ...lock });
  if (!game) throw notFound(`game "${gameId}"`);
  return game;
}
