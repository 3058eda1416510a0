import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { DatabaseService } from '../database/database.service';
import { MODULE_ORDER } from '../engine';
import type { ModuleName } from '../engine/types';
import { GameService } from '../game/game.service';
import { DecisionSetEntity } from './decision-set.entity';
import { latestRows } from './latest-decisions';

/** Reads stored decisions: a team's own counting decisions, and the instructor's progress view. */
@Injectable()
export class DecisionQueriesService {
  constructor(
    private readonly db: DatabaseService,
    private readonly games: GameService,
  ) {}

  /** The counting decisions of the calling team in a round (default: the current one). */
  async latestOfViewer(viewer: Viewer, round?: number): Promise<DecisionSetEntity[]> {
    const game = await this.games.get(viewer, viewer.gameId as string);
    return this.latest(viewer.teamId as string, game.id, round ?? game.currentRound);
  }

  /** The counting (latest) decisions of a team in a round, per module, in module order. */
  async latest(teamId: string, gameId: string, round: number): Promise<DecisionSetEntity[]> {
    const rows = await this.db.read((em) =>
      em.find(DecisionSetEntity, { where: { gameId, teamId, roundNumber: round } }),
    );
    return latestRows(rows).sort((a, b) => MODULE_ORDER.indexOf(a.module) - MODULE_ORDER.indexOf(b.module));
  }

  /** Number of submissions per team and module in a round (instructor progress view). */
  async progress(gameId: string, round: number): Promise<Map<string, Record<ModuleName, number>>> {
    const rows = await this.db.read((em) =>
      em.find(DecisionSetEntity, { where: { gameId, roundNumber: round }, select: ['teamId', 'module', 'version'] }),
    );
    const out = new Map<string, Record<ModuleName, number>>();
    for (const r of latestRows(rows)) {
      const rec = out.get(r.teamId) ?? { OPERATIONS: 0, SELECTION: 0, ADS: 0, FULFILLMENT: 0 };
      rec[r.module] = r.version;
      out.set(r.teamId, rec);
    }
    return out;
  }
}
