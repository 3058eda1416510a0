import type { EntityManager } from 'typeorm';
import { notFound } from '../common/app-error';
import { RoundEntity } from '../round/round.entity';
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

/**
 * For a submission: locks the game like lockGameRow and tells, in the same
 * query, which round is open (its number, or null when none is).
 */
export async function lockOpenRound(em: EntityManager, gameId: string): Promise<number | null> {
  const q = em
    .createQueryBuilder(GameEntity, 'g')
    .select('g.id', 'id')
    .addSelect('r.number', 'open')
    .leftJoin(RoundEntity, 'r', 'r.gameId = g.id AND r.number = g.currentRound AND r.status = :status', { status: 'OPEN' })
    .where('g.id = :gameId', { gameId });
  if (em.connection.options.type === 'postgres') q.setLock('pessimistic_write', undefined, ['g']);
  const row = await q.getRawOne<{ id: string; open: number | string | null }>();
  if (!row) throw notFound(`game "${gameId}"`);
  return row.open === null ? null : Number(row.open);
}
