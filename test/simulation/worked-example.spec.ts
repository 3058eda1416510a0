import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSimulation } from '../../src/cli/simulate.command';
import { withHeadless } from '../../src/cli/headless';
import { DatabaseService } from '../../src/database/database.service';
import type { RoundOutcome } from '../../src/engine';
import { RoundEntity } from '../../src/round/round.entity';
import { workedExample } from '../support/worked-example';

/**
 * The worked example of docs/scenarios.md played as `sandbox simulate
 * --scenario FILE` plays it: the file imported into a database, then a
 * whole season of bot teams through the server's services.
 */
describe('sandbox simulate --scenario with the worked example of docs/scenarios.md', () => {
  const dir = mkdtempSync(join(tmpdir(), 'worked-example-'));
  const file = join(dir, 'latam-pets.yaml');
  const databaseUrl = `sqlite:${join(dir, 'sandbox.sqlite')}`;
  writeFileSync(file, workedExample());
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('plays every round, and bot teams sell in both new markets and the new category', async () => {
    const result = await runSimulation({ scenario: file, bots: 'ADAPTIVE:2,COST_PLUS:1,VOLUME:1', databaseUrl });
    expect(result.scenario).toBe('latam-pets@1');
    expect(result.rounds).toBe(6);
    expect(result.scoreboard).toHaveLength(4);

    const outcomes = await withHeadless(
      (app) =>
        app
          .get(DatabaseService)
          .read((em) => em.find(RoundEntity, { where: { gameId: result.gameId }, order: { number: 'ASC' } })),
      { databaseUrl },
    );
    expect(outcomes.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
    const listings = outcomes.flatMap((r) =>
      (JSON.parse(r.outcome ?? '{"teams":[]}') as RoundOutcome).teams.flatMap((t) => t.listings),
    );
    const orders = (pick: (l: (typeof listings)[number]) => boolean) =>
      listings.filter(pick).reduce((sum, l) => sum + l.orders, 0);
    expect(orders((l) => l.market === 'BR')).toBeGreaterThan(50);
    expect(orders((l) => l.market === 'MX')).toBeGreaterThan(50);
    expect(orders((l) => l.product.startsWith('pet-'))).toBeGreaterThan(50);
  });
});
