import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { Clock } from '../common/clock';
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
    private readonly clock: Clock,
  ) {}

  /** A dry run, judged like a submission arriving now (after the deadline it is refused as a submission would be). */
  validate(viewer: Viewer, gameId: string | undefined, payloads: ModulePayloads): Promise<DecisionOutcome> {
    return this.handle(viewer, gameId, payloads, this.clock.now(), false, false);
  }

  submit(viewer: Viewer, gameId: string | undefined, payloads: ModulePayloads): Promise<DecisionOutcome> {
    // a submission is judged against the deadline at the moment it arrived, not when it reaches the writer
    return this.handle(viewer, gameId, payloads, this.clock.now(), true, false);
  }

  private async handle(
    viewer: Viewer,
    gameId: string | undefined,
    payloads: ModulePayloads,
    arrivedAt: Date,
    store: boolean,
    fresh: boolean,
  ): Promise<DecisionOutcome> {
    const verdict = await this.validation.check(viewer, gameId, payloads, arrivedAt, fresh);
    const outcome = !verdict.ok
      ? verdict.outcome
      : store
        ? await this.writer.store(viewer, verdict.checked, arrivedAt)
        : validOutcome(verdict.checked);
    if (verdict.cached && outcome.kind !== 'DecisionsAccepted' && outcome.kind !== 'DecisionsValid') {
      this.rounds.forget(verdict.gameId);
      return this.handle(viewer, gameId, payloads, arrivedAt, store, true);
    }
    return outcome;
  }
}
