import { Test } from '@nestjs/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { HeadlessModule } from '../../src/app.module';
import type { Viewer } from '../../src/auth/viewer';
import { Clock } from '../../src/common/clock';
import { configFromEnv } from '../../src/config/app-config';
import { DecisionService } from '../../src/decision/decision.service';
import { emptySelection } from '../../src/engine/decisions/empty-decision';
import { GameService } from '../../src/game/game.service';
import { DeadlineService } from '../../src/round/deadline.service';
import { RoundQueueService } from '../../src/round/round-queue.service';
import { RoundService } from '../../src/round/round.service';

/** A clock the test sets by hand: the only time the server reads. */
class ManualClock extends Clock {
  at = Date.parse('2026-03-01T08:00:00.000Z');
  override now(): Date {
    return new Date(this.at);
  }
}

const INSTRUCTOR: Viewer = { tokenId: 'instructor', role: 'INSTRUCTOR', gameId: null, teamId: null };
const DEADLINE = '2026-03-01T10:00:00.000Z';

/** Deadlines hold to the millisecond at the moment of submission, whether or not the closing job has run. */
describe('deadlines at the moment of submission', () => {
  let app: INestApplicationContext;
  const clock = new ManualClock();

  beforeAll(async () => {
    const config = { ...configFromEnv({}), databaseUrl: 'sqlite::memory:' };
    const moduleRef = await Test.createTestingModule({ imports: [HeadlessModule.forRoot(config)] })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    app = await moduleRef.init();
  });
  afterAll(() => app.close());

  it('accepts a submission 1 ms before the deadline, refuses one 1 ms after, and still closes the round', async () => {
    clock.at = Date.parse('2026-03-01T08:00:00.000Z');
    const created = await app
      .get(GameService)
      .create(INSTRUCTOR, { scenarioId: 'tutorial', name: 'deadline', teams: ['A'] });
    const gameId = created.game.id;
    const team: Viewer = { tokenId: 't', role: 'TEAM', gameId, teamId: created.teams[0].team.id };
    expect((await app.get(RoundService).open(INSTRUCTOR, gameId, DEADLINE)).ok).toBe(true);
    const decisions = app.get(DecisionService);

    clock.at = Date.parse(DEADLINE) - 1;
    expect(await decisions.validate(team, gameId, { SELECTION: emptySelection() })).toMatchObject({
      kind: 'DecisionsValid',
    });
    const onTime = await decisions.submit(team, gameId, { SELECTION: emptySelection() });
    expect(onTime).toMatchObject({ kind: 'DecisionsAccepted' });

    clock.at = Date.parse(DEADLINE) + 1;
    const late = await decisions.submit(team, gameId, { SELECTION: emptySelection() });
    expect(late).toMatchObject({ kind: 'RoundNotOpen', errorCode: 'ROUND_CLOSED' });
    // a dry run after the deadline says what a submission would get
    expect(await decisions.validate(team, gameId, { SELECTION: emptySelection() })).toMatchObject({
      kind: 'RoundNotOpen',
      errorCode: 'ROUND_CLOSED',
    });
    // no closing job has run: the round is still OPEN in the database, and the refusal holds anyway
    expect((await app.get(RoundService).list(gameId))[0].status).toBe('OPEN');

    const closed = await new DeadlineService(app.get(RoundService), app.get(RoundQueueService)).tick();
    expect(closed).toBe(1);
    expect((await app.get(RoundService).list(gameId))[0].status).toBe('CLOSED');
  });

  it('moves, removes and refuses deadlines of the open round, and a moved deadline holds at once', async () => {
    clock.at = Date.parse('2026-03-02T08:00:00.000Z');
    const rounds = app.get(RoundService);
    const created = await app
      .get(GameService)
      .create(INSTRUCTOR, { scenarioId: 'tutorial', name: 'moved deadline', teams: ['A'] });
    const gameId = created.game.id;
    const team: Viewer = { tokenId: 't', role: 'TEAM', gameId, teamId: created.teams[0].team.id };
    expect(await rounds.setDeadline(INSTRUCTOR, gameId, '2026-03-02T12:00:00Z')).toMatchObject({
      ok: false,
      errorCode: 'NO_OPEN_ROUND',
    });
    expect((await rounds.open(INSTRUCTOR, gameId, '2026-03-02T12:00:00Z')).ok).toBe(true);
    await expect(rounds.setDeadline(INSTRUCTOR, gameId, '2026-03-01T12:00:00Z')).rejects.toThrow(/in the future/);
    const moved = await rounds.setDeadline(INSTRUCTOR, gameId, '2026-03-02T09:00:00Z');
    expect(moved.ok && moved.round.deadline).toBe('2026-03-02T09:00:00.000Z');
    const decisions = app.get(DecisionService);
    clock.at = Date.parse('2026-03-02T09:00:00.001Z');
    expect(await decisions.submit(team, gameId, { SELECTION: emptySelection() })).toMatchObject({
      errorCode: 'ROUND_CLOSED',
    });
    const removed = await rounds.setDeadline(INSTRUCTOR, gameId, null);
    expect(removed.ok && removed.round.deadline).toBeNull();
    expect(await decisions.submit(team, gameId, { SELECTION: emptySelection() })).toMatchObject({
      kind: 'DecisionsAccepted',
    });
  });
});
