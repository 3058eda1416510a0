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
});
