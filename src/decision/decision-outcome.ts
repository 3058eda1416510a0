import { boundedMessage } from '../common/bounded-text';
import type { DecisionError, ModuleName } from '../engine/types';

/** The payload given for each module (absent or null: that module is not submitted). */
export type ModulePayloads = Partial<Record<ModuleName, unknown>>;

/** A problem of a decision, with the module it was found in. */
export type ModuleDecisionError = DecisionError & { module: ModuleName };

/**
 * What became of a submission or a dry run; `kind` names the member of the
 * GraphQL result union it is answered as.
 */
export type DecisionOutcome =
  | { kind: 'DecisionsAccepted'; gameId: string; round: number; modules: { module: ModuleName; version: number }[] }
  | { kind: 'DecisionsValid'; gameId: string; round: number; modules: ModuleName[] }
  | { kind: 'DecisionsRejected'; errorCode: string; message: string; errors: ModuleDecisionError[]; moreErrors: number }
  | { kind: 'RoundNotOpen'; errorCode: string; message: string };

/** The most problems one rejection lists; the rest are counted in `moreErrors`. */
export const MAX_DECISION_ERRORS = 50;

/**
 * A rejection of a decision set: nothing is stored. At most
 * MAX_DECISION_ERRORS problems are listed (in the order found, with how many
 * more there were), each message cut to a short echo of its input.
 */
export function rejected(errorCode: string, errors: ModuleDecisionError[], message?: string): DecisionOutcome {
  const shown = errors.slice(0, MAX_DECISION_ERRORS).map((e) => ({ ...e, message: boundedMessage(e.message) }));
  return {
    kind: 'DecisionsRejected',
    errorCode,
    message: message ?? `${errors.length} problem(s); nothing was stored`,
    errors: shown,
    moreErrors: errors.length - shown.length,
  };
}

/** A submission that passed every check: the canonical JSON of each module's decision, for round `round`. */
export interface CheckedSubmission {
  gameId: string;
  round: number;
  teamId: string;
  modules: { module: ModuleName; payload: string }[];
}

/** The refusal of a submission made to a round that closed after it was checked. */
export function closedBeforeStored(round: number): DecisionOutcome {
  return {
    kind: 'RoundNotOpen',
    errorCode: 'ROUND_CLOSED',
    message: `round ${round} closed before this submission was stored; nothing was stored`,
  };
}

/** The refusal of a submission that arrived at or after its round's deadline (the round may not be closed yet). */
export function arrivedAfterDeadline(round: number, deadline: string): DecisionOutcome {
  return {
    kind: 'RoundNotOpen',
    errorCode: 'ROUND_CLOSED',
    message: `round ${round} closed at its deadline ${deadline}; this submission arrived after it and nothing was stored`,
  };
}

/** The answer of a dry run whose decisions passed every check. */
export function validOutcome(checked: CheckedSubmission): DecisionOutcome {
  const { gameId, round } = checked;
  return { kind: 'DecisionsValid', gameId, round, modules: checked.modules.map((m) => m.module) };
}
