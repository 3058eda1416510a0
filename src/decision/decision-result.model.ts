import { Field, Int, ObjectType, createUnionType } from '@nestjs/graphql';
import { ModuleEnum } from '../scenario/scenario.model';

@ObjectType({ description: 'One problem in a decision: the module, a constant code and the field path.' })
export class DecisionIssue {
  @Field(() => ModuleEnum) module!: ModuleEnum;
  @Field({ description: 'e.g. OUT_OF_RANGE, UNKNOWN_PRODUCT, MODULE_DISABLED' }) code!: string;
  @Field({ description: 'Path inside the module input, e.g. prices[2].priceCents' }) path!: string;
  @Field() message!: string;
}

@ObjectType()
export class ModuleVersion {
  @Field(() => ModuleEnum) module!: ModuleEnum;
  @Field(() => Int, { description: 'Submission number of this module in this round; the highest counts.' })
  version!: number;
}

@ObjectType({ description: 'The decisions were stored; they count unless resubmitted before the round closes.' })
export class DecisionsAccepted {
  @Field() gameId!: string;
  @Field(() => Int) round!: number;
  @Field(() => [ModuleVersion]) modules!: ModuleVersion[];
}

@ObjectType({ description: 'validateDecisions: the decisions would be accepted (nothing was stored).' })
export class DecisionsValid {
  @Field() gameId!: string;
  @Field(() => Int) round!: number;
  @Field(() => [ModuleEnum]) modules!: ModuleEnum[];
}

@ObjectType({ description: 'Nothing was stored: the problems are listed (the first 50; moreErrors counts the rest).' })
export class DecisionsRejected {
  @Field({ description: 'INVALID_DECISIONS or NO_MODULES' }) errorCode!: string;
  @Field() message!: string;
  @Field(() => [DecisionIssue]) errors!: DecisionIssue[];
  @Field(() => Int, { description: 'How many more problems were found than are listed in errors.' })
  moreErrors!: number;
}

@ObjectType({ description: 'No round is open for decisions (closed, not yet opened, or the game is over).' })
export class RoundNotOpen {
  @Field({ description: 'ROUND_CLOSED, NO_OPEN_ROUND or GAME_FINISHED' }) errorCode!: string;
  @Field() message!: string;
}

/** The member of each result union is named by the answer's `kind` (DecisionOutcome). */
export const SubmitDecisionsResult = createUnionType({
  name: 'SubmitDecisionsResult',
  types: () => [DecisionsAccepted, DecisionsRejected, RoundNotOpen] as const,
  resolveType: (v: { kind: string }) => v.kind,
});

export const ValidateDecisionsResult = createUnionType({
  name: 'ValidateDecisionsResult',
  types: () => [DecisionsValid, DecisionsRejected, RoundNotOpen] as const,
  resolveType: (v: { kind: string }) => v.kind,
});
