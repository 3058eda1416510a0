import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';

export enum ServiceLevel {
  BASIC = 'BASIC',
  STANDARD = 'STANDARD',
  PREMIUM = 'PREMIUM',
}
export enum Storefront {
  BASIC = 'BASIC',
  DECORATED = 'DECORATED',
  FLAGSHIP = 'FLAGSHIP',
}
export enum Pacing {
  EVEN = 'EVEN',
  ASAP = 'ASAP',
}
export enum Packaging {
  STANDARD = 'STANDARD',
  COMPACT = 'COMPACT',
  PROTECTIVE = 'PROTECTIVE',
}
registerEnumType(ServiceLevel, {
  name: 'ServiceLevel',
  description: 'Customer-service level (cost per round, fewer disputes, better stars).',
});
registerEnumType(Storefront, {
  name: 'Storefront',
  description: 'Store decoration (cost per round, listing-quality bonus).',
});
registerEnumType(Pacing, { name: 'Pacing', description: 'Ad budget pacing over the ticks of a round.' });
registerEnumType(Packaging, { name: 'Packaging', description: 'Packaging: weight, volume and damage trade-offs.' });

@InputType()
export class PriceInput {
  @Field() product!: string;
  @Field() market!: string;
  @Field(() => Int, { description: 'List price in US cents.' }) priceCents!: number;
  @Field(() => Int, { description: 'Promotion discount in basis points (1000 = 10 %).', defaultValue: 0 })
  discountBps!: number;
}

@InputType()
export class PurchaseInput {
  @Field() product!: string;
  @Field(() => Int) units!: number;
}

@InputType({ description: '基础运营 — prices, promotions, stock purchases, customer service.' })
export class OperationsDecisionInput {
  @Field(() => [PriceInput], { defaultValue: [] }) prices!: PriceInput[];
  @Field(() => [PurchaseInput], { defaultValue: [] }) purchases!: PurchaseInput[];
  @Field(() => ServiceLevel, { defaultValue: ServiceLevel.BASIC }) serviceLevel!: ServiceLevel;
}

@InputType()
export class ListingInput {
  @Field() product!: string;
  @Field() market!: string;
  @Field(() => [String], { description: 'Keyword ids of this market used in the title.', defaultValue: [] })
  titleKeywords!: string[];
  @Field({ description: 'Listing language, e.g. "es"; localised when it is the market language.' }) language!: string;
  @Field(() => Int, { description: 'Number of main images (6–8 is the norm).' }) images!: number;
  @Field(() => Int, { description: "Attributes filled in, out of the product's attributes." })
  attributesFilled!: number;
}

@InputType({ description: '选品建站 — which products to list where, and the listing content.' })
export class SelectionDecisionInput {
  @Field(() => [ListingInput], { defaultValue: [] }) listings!: ListingInput[];
  @Field(() => Storefront, { defaultValue: Storefront.BASIC }) storefront!: Storefront;
}

@InputType()
export class BidInput {
  @Field() keyword!: string;
  @Field() product!: string;
  @Field(() => Int) bidCents!: number;
}

@InputType()
export class AffiliateInput {
  @Field() category!: string;
  @Field(() => Int, { description: 'Commission on completed affiliate orders, bps, within the category band.' })
  commissionBps!: number;
}

@InputType({ description: '广告投放 — keyword bids, budget and pacing, affiliate commission.' })
export class AdsDecisionInput {
  @Field(() => [BidInput], { defaultValue: [] }) bids!: BidInput[];
  @Field(() => Int, {
    description: "Daily budget in cents; the round budget is this × the round's days.",
    defaultValue: 0,
  })
  dailyBudgetCents!: number;
  @Field(() => Pacing, { defaultValue: Pacing.EVEN }) pacing!: Pacing;
  @Field(() => [AffiliateInput], { defaultValue: [] }) affiliate!: AffiliateInput[];
}

@InputType()
export class ServiceChoiceInput {
  @Field() market!: string;
  @Field({ description: 'Logistics service id of that market.' }) service!: string;
}

@InputType()
export class TransferInput {
  @Field() product!: string;
  @Field() market!: string;
  @Field(() => Int) units!: number;
}

@InputType({ description: '履约优化 — carrier per market, handling time, warehouse transfers, packaging.' })
export class FulfillmentDecisionInput {
  @Field(() => [ServiceChoiceInput], { defaultValue: [] }) services!: ServiceChoiceInput[];
  @Field(() => Int, { description: 'Days from order to hand-over to the carrier.' }) handlingDays!: number;
  @Field(() => [TransferInput], { defaultValue: [] }) transfers!: TransferInput[];
  @Field(() => Packaging, { defaultValue: Packaging.STANDARD }) packaging!: Packaging;
}

@InputType({
  description: 'Decisions of one or more modules for the open round. Each module given becomes a new version.',
})
export class SubmitDecisionsInput {
  @Field(() => ID, { nullable: true, description: 'Defaults to the game of the team token.' }) gameId?: string;
  @Field(() => OperationsDecisionInput, { nullable: true }) operations?: OperationsDecisionInput;
  @Field(() => SelectionDecisionInput, { nullable: true }) selection?: SelectionDecisionInput;
  @Field(() => AdsDecisionInput, { nullable: true }) ads?: AdsDecisionInput;
  @Field(() => FulfillmentDecisionInput, { nullable: true }) fulfillment?: FulfillmentDecisionInput;
}
