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
 * For a submission: locks the game like lockGameRow and tells which round is
 * open (its number, or null when none is). On PostgreSQL the round is read by
 * a second statement, after the lock is held: a statement that waited for the
 * lock still reads other tables as they were when it started, so one query
 * could see a round that a close has just committed as closed. sqlite's
 * serialised transactions need no such wait, and one query does both.
 */
export async function lockOpenRound(em: EntityManager, gameId: string): Promise<number | null> {
  if (em.connection.options.type === 'postgres') {
    const game = await em.findOne(GameEntity, { where: { id: gameId }, select: { id: true, currentRound: true }, lock: { mode: 'pessimistic_write' } });
    if (!game) throw notFound(`game "${gameId}"`);
    const open = await em.findOne(RoundEntity, { where: { gameId, number: game.currentRound, status: 'OPEN' }, select: { id: true, number: true } });
    return open ? open.number : null;
  }
  const row = await em
    .createQueryBuilder(GameEntity, 'g')
    .select('g.id', 'id')
    .addSelect('r.number', 'open')
    .leftJoin(RoundEntity, 'r', 'r.gameId = g.id AND r.number = g.currentRound AND r.status = :status', { status: 'OPEN' })
    .where('g.id = :gameId', { gameId })
    .getRawOne<{ id: string; open: number | null }>();
  if (!row) throw notFound(`game "${gameId}"`);
  return row.open === null ? null : Number(row.open);
}
