import type { INestApplicationContext } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { GameService } from '../game/game.service';
import { RoundService } from '../round/round.service';
import { ScenarioStoreService } from '../scenario/scenario-store.service';

export const SYSTEM_INSTRUCTOR: Viewer = { tokenId: 'system', role: 'INSTRUCTOR', gameId: null, teamId: null };

export interface DemoGame {
  gameId: string;
  scenarioKey: string;
  teams: { code: string; name: string; token: string }[];
  graderToken: string;
}

/** Creates the demo game (three teams, round 1 open) unless a game exists already. */
export async function ensureDemoGame(app: INestApplicationContext, scenarioId = 'tutorial'): Promise<DemoGame | null> {
  const games = app.get(GameService);
  if ((await games.list(SYSTEM_INSTRUCTOR)).length > 0) return null;
  const store = app.get(ScenarioStoreService);
  const all = await store.list();
  const pick = all.find((s) => s.scenarioId === scenarioId) ?? all[0];
  if (!pick) return null;
  const created = await games.create(SYSTEM_INSTRUCTOR, {
    scenarioId: pick.scenarioId,
    scenarioVersion: pick.version,
    name: 'Demo game',
    teams: ['Red', 'Green', 'Blue'],
  });
  await app.get(RoundService).open(SYSTEM_INSTRUCTOR, created.game.id);
  return {
    gameId: created.game.id,
    scenarioKey: pick.key,
    teams: created.teams.map(({ team, token }) => ({ code: team.code, name: team.name, token })),
    graderToken: created.graderToken,
  };
}
