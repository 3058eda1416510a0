import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ScenarioModel } from '../scenario/scenario.model';

export enum GameStatusEnum {
  CREATED = 'CREATED',
  RUNNING = 'RUNNING',
  FINISHED = 'FINISHED',
}
registerEnumType(GameStatusEnum, { name: 'GameStatus' });

export enum RoundStatusEnum {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(RoundStatusEnum, { name: 'RoundStatus' });

export enum BotStrategyEnum {
  RANDOM = 'RANDOM',
  COST_PLUS = 'COST_PLUS',
  ADAPTIVE = 'ADAPTIVE',
  VOLUME = 'VOLUME',
  PREMIUM_NICHE = 'PREMIUM_NICHE',
  ADS_HEAVY = 'ADS_HEAVY',
  WAREHOUSE = 'WAREHOUSE',
}
registerEnumType(BotStrategyEnum, {
  name: 'BotStrategy',
  description:
    'Built-in deterministic strategies of bot teams: RANDOM (naive), COST_PLUS (naive, fixed markup), ADAPTIVE (reads its results), and ADAPTIVE with a style: VOLUME, PREMIUM_NICHE, ADS_HEAVY, WAREHOUSE.',
});

@ObjectType()
export class TeamModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'Seat in the game (T01…), the id the engine and exports use.' }) code!: string;
  @Field() name!: string;
  @Field(() => ID) gameId!: string;
  @Field(() => BotStrategyEnum, {
    nullable: true,
    description: 'Set for a bot team: the strategy the server plays it with.',
  })
  botStrategy!: BotStrategyEnum | null;
}

@ObjectType()
export class SubmissionStatus {
  @Field(() => TeamModel) team!: TeamModel;
  @Field(() => Int) operations!: number;
  @Field(() => Int) selection!: number;
  @Field(() => Int) ads!: number;
  @Field(() => Int) fulfillment!: number;
}

@ObjectType()
export class RoundModel {
  @Field(() => ID) gameId!: string;
  @Field(() => Int) number!: number;
  @Field(() => RoundStatusEnum) status!: RoundStatusEnum;
  @Field() openedAt!: string;
  @Field(() => String, { nullable: true }) deadline!: string | null;
  @Field(() => String, { nullable: true }) closedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'sha256 of the canonical round outcome (after close).' })
  outcomeHash!: string | null;
}

@ObjectType()
export class GameModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() scenarioKey!: string;
  @Field(() => Int, { nullable: true, description: 'Hidden from teams.' }) seed!: number | null;
  @Field(() => GameStatusEnum) status!: GameStatusEnum;
  @Field(() => Int) currentRound!: number;
  @Field(() => Int) roundCount!: number;
  @Field() engineVersion!: string;
  @Field() createdAt!: string;
  @Field(() => Int, { nullable: true, description: 'Scoreboard frozen for teams after this round.' })
  freezeAfterRound!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Deadline policy: minutes a round opened without a deadline stays open (null: until closed).',
  })
  roundMinutes!: number | null;
}

@InputType()
export class CreateGameInput {
  @Field({ description: 'Scenario id, e.g. "eu-launch".' }) scenarioId!: string;
  @Field(() => Int, { nullable: true, description: 'Defaults to the newest stored version.' }) scenarioVersion?: number;
  @Field() name!: string;
  @Field(() => Int, { nullable: true, description: "Defaults to the scenario's seed." }) seed?: number;
  @Field(() => [String], { description: 'Team names, 1..1000 (with bots).' }) teams!: string[];
  @Field(() => Int, {
    nullable: true,
    description:
      'Deadline policy: a round opened without a deadline closes this many minutes later (1..40320). Absent: rounds stay open until closed.',
  })
  roundMinutes?: number | null;
  @Field(() => [BotSeatInput], { nullable: true, description: 'Bot teams, seated after the named teams (no tokens).' })
  bots?: BotSeatInput[];
}

@InputType()
export class BotSeatInput {
  @Field(() => BotStrategyEnum) strategy!: BotStrategyEnum;
  @Field(() => String, { nullable: true, description: 'Defaults to "<STRATEGY> bot <n>".' }) name?: string | null;
}

@ObjectType({ description: 'A team token, shown only once.' })
export class TeamCredential {
  @Field(() => TeamModel) team!: TeamModel;
  @Field() token!: string;
}

@ObjectType()
export class CreatedGame {
  @Field(() => GameModel) game!: GameModel;
  @Field(() => [TeamCredential], { description: 'Shown once: hand each team its token.' }) teams!: TeamCredential[];
  @Field({ description: 'A read-only GRADER token for this game, shown once.' }) graderToken!: string;
}

@ObjectType()
export class Me {
  @Field() role!: string;
  @Field(() => ID, { nullable: true }) gameId!: string | null;
  @Field(() => TeamModel, { nullable: true }) team!: TeamModel | null;
}

@ObjectType({ description: 'What the team holds at the start of the open round.' })
export class TeamStatus {
  @Field(() => Float) cashCents!: number;
  @Field(() => Float) serviceScore!: number;
  @Field(() => [String]) badges!: string[];
  @Field(() => [StockLine]) stock!: StockLine[];
  @Field(() => [StockLine], { description: 'Purchases and transfers on their way (location, arrival round).' })
  pipeline!: StockLine[];
}

@ObjectType()
export class StockLine {
  @Field({ description: 'HOME or a market code (overseas warehouse).' }) location!: string;
  @Field() product!: string;
  @Field(() => Int) units!: number;
  @Field(() => Int, { nullable: true }) arrivesRound?: number;
}

export { ScenarioModel };
