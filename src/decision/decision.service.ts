import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { type DecisionOutcome, type ModulePayloads, validOutcome } from './decision-outcome';
import { DecisionValidationService } from './decision-validation.service';
import { RoundStateService } from './round-state.service';
import { SubmissionWriterService } from './submission-writer.service';

/**
 * A team's dry runs and submissions: validation, then (for a submission) the
 * writer. A refusal that rests on cached round state is decided again on
 * fresh data (another instance may have opened, closed or replaced the round).
 */
@Injectable()
export class DecisionService {
  constructor(
    private readonly validation: DecisionValidationService,
    private readonly writer: SubmissionWriterService,
    private readonly rounds: RoundStateService,
  ) {}

  validate(viewer: Viewer, gameId: string | undefined, payloads: ModulePayloads): Promise<DecisionOutcome> {
    return this.handle(viewer, gameId, payloads, false, false);
  }

  submit(viewer: Viewer, gameId: string | undefined, payloads: ModulePayloads): Promise<DecisionOutcome> {
    return this.handle(viewer, gameId, payloads, true, false);
  }

  private async handle(
    viewer: Viewer,
    gameId: string | undefined,
    payloads: ModulePayloads,
    store: boolean,
    fresh: boolean,
  ): Promise<DecisionOutcome> {
    const verdict = await this.validation.check(viewer, gameId, payloads, fresh);
    const outcome = !verdict.ok
      ? verdict.outcome
      : store
        ? await this.writer.store(viewer, verdict.checked)
        : validOutcome(verdict.checked);
    if (verdict.cached && outcome.kind !== 'DecisionsAccepted' && outcome.kind !== 'DecisionsValid') {
      this.rounds.forget(verdict.gameId);
      return this.handle(viewer, gameId, payloads, store, true);
    }
    return outcome;
  }
}
