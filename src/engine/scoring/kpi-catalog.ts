/**
 * Every KPI the engine reports: its module, unit, whether score bands may
 * use it, and a label and one-line definition in English and Chinese. The
 * API, the exports and the console take names and explanations from here.
 */
import type { ModuleName } from '../types';

/**
 * How a KPI's value reads: FRACTION (0.25 = 25 %), CENTS (US cents),
 * STARS (1..5), POINTS (0..100), COUNT, DAYS, RATIO (revenue per dollar).
 */
export type KpiUnit = 'FRACTION' | 'CENTS' | 'STARS' | 'POINTS' | 'COUNT' | 'DAYS' | 'RATIO';

export interface KpiInfo {
  id: string;
  module: ModuleName;
  unit: KpiUnit;
  /** Whether a score band may name it (the others are shown for information). */
  scored: boolean;
  label: { en: string; zh: string };
  definition: { en: string; zh: string };
}

type Row = [id: string, unit: KpiUnit, scored: boolean, en: string, zh: string, defEn: string, defZh: string];

const ROWS: Record<ModuleName, Row[]> = {
  OPERATIONS: [
    [
      'netMargin',
      'FRACTION',
      true,
      'Net margin',
      '净利润率',
      'Expected profit of the round ÷ expected net revenue (−100 % … 100 %).',
      '本轮预期利润 ÷ 预期净收入（−100%～100%）。',
    ],
    [
      'rating',
      'STARS',
      true,
      'Store rating',
      '店铺评分',
      'Average stars of all reviews so far, smoothed toward the prior rating.',
      '迄今所有评价的平均星级，向先验评分平滑。',
    ],
    [
      'serviceScore',
      'POINTS',
      true,
      'Service score',
      '服务分',
      "AliExpress-style service score 0–100 from the round's fulfilment, disputes and reviews.",
      '按本轮履约、纠纷与评价计算的服务分（0–100）。',
    ],
    [
      'inStockRate',
      'FRACTION',
      true,
      'In-stock rate',
      '有货率',
      'Share of expected orders that the stock on hand could serve.',
      '现有库存可满足的预期订单占比。',
    ],
    [
      'sellThrough',
      'FRACTION',
      true,
      'Sell-through',
      '动销率',
      'Units sold ÷ units on hand at the start of the round (scaled to the band period).',
      '本轮售出件数 ÷ 期初库存件数（按评分周期折算）。',
    ],
    [
      'priceFlags',
      'COUNT',
      true,
      'Price flags',
      '价格异常',
      'Listings flagged by the price-anomaly check (dumping).',
      '被价格异常检查标记（倾销）的商品数。',
    ],
    [
      'profitCents',
      'CENTS',
      false,
      'Profit',
      '利润',
      'Realised operating result minus cost of goods sold.',
      '实际经营结果减去销货成本。',
    ],
    [
      'expectedProfitCents',
      'CENTS',
      false,
      'Expected profit',
      '预期利润',
      'Profit the decisions were expected to make, before the luck of the draws.',
      '按决策预期的利润（不含随机波动）。',
    ],
    ['unitsSold', 'COUNT', false, 'Units sold', '售出件数', 'Units shipped this round.', '本轮发货件数。'],
  ],
  SELECTION: [
    [
      'listingQuality',
      'FRACTION',
      true,
      'Listing quality',
      '商品质量分',
      'Average content quality of the listings (language, images, attributes, keywords).',
      '商品内容质量平均分（语言、图片、属性、关键词）。',
    ],
    [
      'gmvCents',
      'CENTS',
      true,
      'GMV',
      '成交额',
      'Expected gross merchandise value of the round (scaled to the band period).',
      '本轮预期成交额（按评分周期折算）。',
    ],
    [
      'conversion',
      'FRACTION',
      true,
      'Conversion',
      '转化率',
      'Expected orders from search and ads ÷ expected clicks.',
      '搜索与广告的预期订单 ÷ 预期点击。',
    ],
    [
      'selectionFit',
      'FRACTION',
      true,
      'Selection fit',
      '选品契合度',
      "How close the listings' demand potential is to the best possible choice.",
      '所选商品的需求潜力与最佳选择的接近程度。',
    ],
    ['listings', 'COUNT', false, 'Listings', '在售商品数', 'Listings live this round.', '本轮在售商品数。'],
    ['impressions', 'COUNT', false, 'Impressions', '曝光量', 'Organic search impressions.', '自然搜索曝光次数。'],
    ['clicks', 'COUNT', false, 'Clicks', '点击量', 'Organic and paid clicks.', '自然与付费点击次数。'],
  ],
  ADS: [
    [
      'acos',
      'FRACTION',
      true,
      'ACoS',
      '广告成本销售比',
      'Expected ad spend ÷ expected ad revenue; not applicable without ad spend.',
      '预期广告花费 ÷ 预期广告销售额；无广告花费时不适用。',
    ],
    [
      'roas',
      'RATIO',
      true,
      'ROAS',
      '广告支出回报率',
      'Expected ad revenue per dollar of expected ad spend; not applicable without ad spend.',
      '每一美元预期广告花费带来的预期广告销售额；无广告花费时不适用。',
    ],
    [
      'budgetUse',
      'FRACTION',
      true,
      'Budget use',
      '预算使用率',
      'Expected ad spend ÷ the round budget; not applicable without a budget.',
      '预期广告花费 ÷ 本轮预算；无预算时不适用。',
    ],
    [
      'cpcToBid',
      'FRACTION',
      true,
      'CPC to bid',
      '点击成本/出价',
      'Average cost per click ÷ bid (second-price efficiency); not applicable without clicks.',
      '平均点击成本 ÷ 出价（次价效率）；无点击时不适用。',
    ],
    [
      'affiliateReturn',
      'RATIO',
      true,
      'Affiliate return',
      '联盟营销回报',
      'Expected revenue of affiliate orders per dollar of affiliate commission; not applicable without affiliates.',
      '每一美元联盟佣金带来的预期联盟订单销售额；未使用联盟营销时不适用。',
    ],
    ['adSpendCents', 'CENTS', false, 'Ad spend', '广告花费', 'Realised ad spend.', '实际广告花费。'],
    [
      'adRevenueCents',
      'CENTS',
      false,
      'Ad revenue',
      '广告销售额',
      'Realised revenue of ad orders.',
      '广告订单的实际销售额。',
    ],
    ['adClicks', 'COUNT', false, 'Ad clicks', '广告点击', 'Realised paid clicks.', '实际付费点击次数。'],
    [
      'affiliateOrders',
      'COUNT',
      false,
      'Affiliate orders',
      '联盟订单',
      'Realised affiliate orders.',
      '实际联盟订单数。',
    ],
  ],
  FULFILLMENT: [
    [
      'onTimeRate',
      'FRACTION',
      true,
      'On-time rate',
      '准时送达率',
      'Probability that a delivered parcel arrives within the promise, over the parcels shipped.',
      '已发包裹在承诺时效内送达的概率。',
    ],
    [
      'lateShipmentRate',
      'FRACTION',
      true,
      'Non-fulfilment rate',
      '未履约率',
      'Expected orders the stock could not serve ÷ expected orders.',
      '库存无法满足的预期订单 ÷ 预期订单。',
    ],
    [
      'disputeRate',
      'FRACTION',
      true,
      'Dispute rate',
      '纠纷率',
      'Expected disputes ÷ expected parcels.',
      '预期纠纷数 ÷ 预期包裹数。',
    ],
    [
      'lossRate',
      'FRACTION',
      true,
      'Loss rate',
      '丢件率',
      "The lanes' loss probability over the parcels shipped.",
      '所用物流线路的丢件概率。',
    ],
    [
      'logisticsCostShare',
      'FRACTION',
      true,
      'Logistics cost share',
      '物流成本占比',
      'Expected logistics and packaging cost ÷ expected revenue.',
      '预期物流与包装成本 ÷ 预期销售额。',
    ],
    ['parcels', 'COUNT', false, 'Parcels', '包裹数', 'Realised parcels shipped.', '实际发出的包裹数。'],
    [
      'averageDeliveryDays',
      'DAYS',
      false,
      'Delivery days',
      '平均送达天数',
      'Average handling plus carrier days of delivered parcels.',
      '已送达包裹的平均备货加运输天数。',
    ],
  ],
};

export const KPI_CATALOG: readonly KpiInfo[] = (Object.keys(ROWS) as ModuleName[]).flatMap((module) =>
  ROWS[module].map(([id, unit, scored, en, zh, defEn, defZh]) => ({
    id,
    module,
    unit,
    scored,
    label: { en, zh },
    definition: { en: defEn, zh: defZh },
  })),
);

const BY_KEY = new Map(KPI_CATALOG.map((k) => [`${k.module}.${k.id}`, k]));

/** The catalogue entry of a module's KPI, or undefined. */
export function kpiInfo(module: ModuleName, id: string): KpiInfo | undefined {
  return BY_KEY.get(`${module}.${id}`);
}

/** The KPIs of a module that score bands may use. */
export function scoredKpis(module: ModuleName): string[] {
  return KPI_CATALOG.filter((k) => k.module === module && k.scored).map((k) => k.id);
}
