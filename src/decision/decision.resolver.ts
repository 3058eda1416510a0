import { Args, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Viewer } from '../auth/viewer';
import { ModuleEnum } from '../scenario/scenario.model';
import { SubmitDecisionsResult, ValidateDecisionsResult } from './decision-result.model';
import { SubmitDecisionsInput } from './decision.input';
import type { DecisionOutcome, ModulePayloads } from './decision-outcome';
import { DecisionQueriesService } from './decision-queries.service';
import { DecisionService } from './decision.service';

@ObjectType({ description: 'A stored decision of the calling team.' })
export class StoredDecision {
  @Field(() => ModuleEnum) module!: ModuleEnum;
  @Field(() => Int) round!: number;
  @Field(() => Int) version!: number;
  @Field() submittedAt!: string;
  @Field({ description: 'The decision as stored (canonical JSON).' }) payload!: string;
}

function payloadsOf(input: SubmitDecisionsInput): ModulePayloads {
  return { OPERATIONS: input.operations, SELECTION: input.selection, ADS: input.ads, FULFILLMENT: input.fulfillment };
}

/** The GraphQL answer of an outcome; its `kind` names the union member. */
function toResult(o: DecisionOutcome): object {
  switch (o.kind) {
    case 'DecisionsAccepted':
      return { ...o, modules: o.modules.map((m) => ({ module: ModuleEnum[m.module], version: m.version })) };
    case 'DecisionsValid':
      return { ...o, modules: o.modules.map((m) => ModuleEnum[m]) };
    case 'DecisionsRejected':
      return { ...o, errors: o.errors.map((e) => ({ ...e, module: ModuleEnum[e.module] })) };
    case 'RoundNotOpen':
      return o;
  }
}

@Resolver()
export class DecisionResolver {
  constructor(
    private readonly decisions: DecisionService,
    private readonly queries: DecisionQueriesService,
  ) {}

  @Mutation(() => SubmitDecisionsResult, {
    description:
      'Store decisions for the open round (team tokens). Each module given becomes a new version; all or nothing.',
  })
  @Roles('TEAM')
  async submitDecisions(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SubmitDecisionsInput,
  ): Promise<typeof SubmitDecisionsResult> {
    return toResult(
      await this.decisions.submit(viewer, input.gameId ?? undefined, payloadsOf(input)),
    ) as typeof SubmitDecisionsResult;
  }

  @Mutation(() => ValidateDecisionsResult, {
    description: 'Dry run of submitDecisions with the same checks; stores nothing.',
  })
  @Roles('TEAM')
  async validateDecisions(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SubmitDecisionsInput,
  ): Promise<typeof ValidateDecisionsResult> {
    return toResult(
      await this.decisions.validate(viewer, input.gameId ?? undefined, payloadsOf(input)),
    ) as typeof ValidateDecisionsResult;
  }

  @Query(() => [StoredDecision], {
    description: 'The counting (latest) decisions of the calling team in a round (default: the current round).',
  })
  @Roles('TEAM')
  async myDecisions(
    @CurrentViewer() viewer: Viewer,
    @Args('round', { type: () => Int, nullable: true }) round?: number | null,
  ): Promise<StoredDecision[]> {
    const rows = await this.queries.latestOfViewer(viewer, round ?? undefined);
    return rows.map((r) => ({
      module: ModuleEnum[r.module],
      round: r.roundNumber,
      version: r.version,
      submittedAt: r.submittedAt,
      payload: r.payload,
    }));
  }
}
