import { createUnionType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DecisionsRejected } from '../decision/decision-result.model';
import { TeamModel } from '../game/game.model';
import { TeamReport } from '../report/report.model';
import { ModuleEnum } from '../scenario/scenario.model';

@ObjectType({
  description:
    "A closed round replayed with some of one team's decisions changed (rivals, start state and seed unchanged), beside the real result. Nothing is stored.",
})
export class WhatIfReport {
  @Field(() => ID) gameId!: string;
  @Field(() => Int) round!: number;
  @Field(() => TeamModel) team!: TeamModel;
  @Field(() => [ModuleEnum], { description: 'The modules whose decisions were replaced.' })
  changedModules!: ModuleEnum[];
  @Field(() => TeamReport, { description: 'The report the team got.' }) real!: TeamReport;
  @Field(() => TeamReport, { description: 'The report it would have got with the changed decisions.' })
  whatIf!: TeamReport;
  @Field(() => Float, { description: 'whatIf.total − real.total (points of the weighted total, 0..100 scale).' })
  totalDelta!: number;
  @Field(() => Float, { description: 'whatIf.cashEndCents − real.cashEndCents.' }) cashEndDeltaCents!: number;
}

@ObjectType({ description: 'The round cannot be replayed: ROUND_NOT_CLOSED or ENGINE_CHANGED.' })
export class WhatIfUnavailable {
  @Field({ description: 'ROUND_NOT_CLOSED or ENGINE_CHANGED' }) errorCode!: string;
  @Field() message!: string;
}

/** The member is named by the answer's `kind` (WhatIfOutcome). */
export const WhatIfResult = createUnionType({
  name: 'WhatIfResult',
  types: () => [WhatIfReport, DecisionsRejected, WhatIfUnavailable] as const,
  resolveType: (v: { kind: string }) => v.kind,
});
