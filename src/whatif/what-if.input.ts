import { Field, InputType } from '@nestjs/graphql';
import {
  AdsDecisionInput,
  FulfillmentDecisionInput,
  OperationsDecisionInput,
  SelectionDecisionInput,
} from '../decision/decision.input';

@InputType({
  description:
    'The decisions of a what-if: each module given replaces the decision that counted in the round; a module not given stays as it was.',
})
export class WhatIfDecisionsInput {
  @Field(() => OperationsDecisionInput, { nullable: true }) operations?: OperationsDecisionInput;
  @Field(() => SelectionDecisionInput, { nullable: true }) selection?: SelectionDecisionInput;
  @Field(() => AdsDecisionInput, { nullable: true }) ads?: AdsDecisionInput;
  @Field(() => FulfillmentDecisionInput, { nullable: true }) fulfillment?: FulfillmentDecisionInput;
}
