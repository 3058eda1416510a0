/**
 * A small but realistic scenario for the engine's tests, with a `model`
 * block calibrated on DOMAIN.md (conversion per click 1–4 %, ad CTR under
 * 1 %, CPC $0.05–0.40). Bundled scenarios may copy the model block.
 */
import type { Scenario } from '../../scenario/scenario.schema';

const text = (en: string, zh: string) => ({ en, zh });

export function fixtureModel(): Scenario['model'] {
  return {
    demand: { noiseSigma: 0.15 },
    choice: {
      noPurchase: 0,
      alpha: -3.6,
      betaPrice: 2.2,
      betaRating: 0.8,
      betaReviews: 0.08,
      betaDays: 0.068,
      betaDaysLate: 0.04,
      lateAfterDays: 7,
      betaQuality: 1.0,
      betaLocalised: 0.5,
      betaPromo: 0.15,
    },
    search: {
      positionCtr: [0.423, 0.119, 0.084, 0.06, 0.049, 0.04, 0.034, 0.03, 0.028, 0.03],
      tailDecay: 0.92,
      positions: 60,
      adSlots: [5, 12, 20, 28, 36],
      weights: { relevance: 1, quality: 1, rating: 1, conversion: 0.5, service: 0.5, price: 1 },
      baseAttractiveness: 0.35,
    },
    quality: {
      imagesMin: 3,
      imagesIdeal: 8,
      weights: { localised: 0.3, images: 0.25, attributes: 0.25, title: 0.2 },
      storefront: {
        BASIC: { costCents: 0, qualityBonus: 0 },
        DECORATED: { costCents: 2000, qualityBonus: 0.04 },
        FLAGSHIP: { costCents: 8000, qualityBonus: 0.08 },
      },
    },
    ads: { ticks: 24, minQuality: 0.15, adClickFactor: 0.8 },
    affiliate: { ordersPerPercent: 0.6, elasticity: 0.7 },
    reviews: {
      reviewProbability: 0.2,
      priorMean: 4.5,
      priorWeight: 10,
      baseStars: 4.6,
      latePenalty: 1.0,
      lostPenalty: 3.0,
      nadPenalty: 2.5,
      qualityBonus: 0.3,
    },
    risk: { zThreshold: 3.5, dumpingExposure: 0.3, stuffingExposure: 0.5 },
    operations: {
      holdingCostBps: 200,
      serviceLevels: {
        BASIC: { costCents: 0, disputeFactor: 1.2, starBonus: 0 },
        STANDARD: { costCents: 3000, disputeFactor: 1.0, starBonus: 0.1 },
        PREMIUM: { costCents: 10000, disputeFactor: 0.7, starBonus: 0.2 },
      },
    },
    fulfillment: {
      shipWithinDays: 7,
      packaging: {
        STANDARD: { costCents: 10, extraGrams: 50, damageFactor: 1, volumeFactor: 1 },
        COMPACT: { costCents: 6, extraGrams: 20, damageFactor: 1.6, volumeFactor: 0.8 },
        PROTECTIVE: { costCents: 30, extraGrams: 120, damageFactor: 0.4, volumeFactor: 1.25 },
      },
      lateDisputeBps: 2000,
      volumetricDivisor: 5000,
      minBillableGrams: 50,
    },
    serviceScore: {
      positiveStars: 4,
      nonFulfilment: { points: 5, zeroAtRate: 0.1 },
      notReceivedDisputes: { points: 5, zeroAtRate: 0.05 },
      nadDisputes: { points: 10, zeroAtRate: 0.05 },
      nadArbitration: { points: 15, zeroAtRate: 0.02 },
      positiveReviews: { points: 10 },
      asDescribed: { points: 30 },
      service: { points: 15 },
      logistics: { points: 10 },
    },
  };
}

function lanes(market: string, economyRate: number): Scenario['logistics'] {
  return [
    { id: `${market}-eco`, market, tier: 'ECONOMY', name: `${market} economy line`, deliveryDays: { min: 20, mode: 28, max: 45 }, ratePerKgCents: economyRate, perParcelCents: 50, lossBps: 250, damageBps: 150, transferPerKgCents: 0, storagePerUnitCents: 0, firstOrdersFree: 0 },
    { id: `${market}-std`, market, tier: 'STANDARD', name: `${market} standard line`, deliveryDays: { min: 10, mode: 14, max: 18 }, ratePerKgCents: 210, perParcelCents: 180, lossBps: 100, damageBps: 80, transferPerKgCents: 0, storagePerUnitCents: 0, firstOrdersFree: 10 },
    { id: `${market}-prm`, market, tier: 'PREMIUM', name: `${market} premium line`, deliveryDays: { min: 5, mode: 7, max: 10 }, ratePerKgCents: 900, perParcelCents: 500, lossBps: 30, damageBps: 30, transferPerKgCents: 0, storagePerUnitCents: 0, firstOrdersFree: 0 },
    { id: `${market}-wh`, market, tier: 'WAREHOUSE', name: `${market} overseas warehouse`, deliveryDays: { min: 2, mode: 3, max: 7 }, ratePerKgCents: 120, perParcelCents: 150, lossBps: 20, damageBps: 20, transferPerKgCents: 180, storagePerUnitCents: 4, firstOrdersFree: 0 },
  ];
}

export function fixtureScenario(): Scenario {
  const markets: Scenario['markets'] = [
    { code: 'ES', name: text('Spain', '西班牙'), language: 'es', currency: 'EUR', demand: { socks: 400, phone: 300 }, trendPerRound: 1.02, priceSensitivity: 1.0, buyerProtectionDays: 60 },
    { code: 'PL', name: text('Poland', '波兰'), language: 'pl', currency: 'PLN', demand: { socks: 300, phone: 350 }, trendPerRound: 1.03, priceSensitivity: 1.1, buyerProtectionDays: 60 },
    { code: 'RU', name: text('Russia', '俄罗斯'), language: 'ru', currency: 'RUB', demand: { socks: 500, phone: 400 }, trendPerRound: 1.01, priceSensitivity: 1.2, buyerProtectionDays: 90, compliance: { maxDiscountBps: 5000, minPriceBpsOfMedian: 4000 } },
  ];
  const products: Scenario['products'] = [
    { id: 'sock-wool', name: text('Merino wool socks', '美利奴羊毛袜'), category: 'socks', unitCostCents: 180, referencePriceCents: 899, weightGrams: 80, dimensionsCm: { l: 20, w: 10, h: 3 }, leadTimeRounds: 0, appeal: 0.7, attributes: 10, minOrderUnits: 50 },
    { id: 'sock-cotton', name: text('Cotton crew socks 5-pack', '棉质中筒袜五双装'), category: 'socks', unitCostCents: 220, referencePriceCents: 1099, weightGrams: 250, dimensionsCm: { l: 25, w: 15, h: 5 }, leadTimeRounds: 1, appeal: 0.6, attributes: 8, minOrderUnits: 100 },
    { id: 'sock-compress', name: text('Compression socks', '压缩袜'), category: 'socks', unitCostCents: 300, referencePriceCents: 1499, weightGrams: 90, dimensionsCm: { l: 22, w: 10, h: 3 }, leadTimeRounds: 0, appeal: 0.5, attributes: 12, minOrderUnits: 50 },
    { id: 'phone-case', name: text('Silicone phone case', '硅胶手机壳'), category: 'phone', unitCostCents: 90, referencePriceCents: 699, weightGrams: 40, dimensionsCm: { l: 17, w: 9, h: 2 }, leadTimeRounds: 0, appeal: 0.65, attributes: 9, minOrderUnits: 100 },
    { id: 'phone-cable', name: text('Braided USB-C cable', '编织USB-C数据线'), category: 'phone', unitCostCents: 120, referencePriceCents: 799, weightGrams: 60, dimensionsCm: { l: 12, w: 8, h: 3 }, leadTimeRounds: 0, appeal: 0.6, attributes: 8, minOrderUnits: 100 },
    { id: 'phone-earbuds', name: text('Wireless earbuds', '无线耳机'), category: 'phone', unitCostCents: 850, referencePriceCents: 2999, weightGrams: 120, dimensionsCm: { l: 10, w: 8, h: 4 }, leadTimeRounds: 1, appeal: 0.8, attributes: 15, minOrderUnits: 20 },
  ];
  const sockRel = (a: number, b: number, c: number) => ({ 'sock-wool': a, 'sock-cotton': b, 'sock-compress': c });
  const phoneRel = (a: number, b: number, c: number) => ({ 'phone-case': a, 'phone-cable': b, 'phone-earbuds': c });
  const kw = (market: string, id: string, t: string, gloss: string, category: string, searchVolume: number, floorCpcCents: number, relevance: Record<string, number>) => ({
    id: `${market.toLowerCase()}-${id}`, market, text: t, gloss, category, searchVolume, floorCpcCents, relevance,
  });
  const keywords: Scenario['keywords'] = [
    kw('ES', 'calcetines', 'calcetines', 'socks', 'socks', 1000, 5, sockRel(0.8, 0.8, 0.7)),
    kw('ES', 'lana', 'calcetines de lana', 'wool socks', 'socks', 300, 8, sockRel(1, 0.2, 0.2)),
    kw('ES', 'compresion', 'medias de compresión', 'compression socks', 'socks', 200, 10, sockRel(0.1, 0, 1)),
    kw('ES', 'funda', 'funda móvil', 'phone case', 'phone', 800, 6, phoneRel(1, 0, 0)),
    kw('ES', 'cable', 'cable usb c', 'usb c cable', 'phone', 500, 6, phoneRel(0, 1, 0.1)),
    kw('ES', 'auriculares', 'auriculares inalámbricos', 'wireless earbuds', 'phone', 700, 15, phoneRel(0, 0.1, 1)),
    kw('PL', 'skarpety', 'skarpety', 'socks', 'socks', 1000, 5, sockRel(0.8, 0.8, 0.7)),
    kw('PL', 'welniane', 'skarpety wełniane', 'wool socks', 'socks', 250, 7, sockRel(1, 0.2, 0.2)),
    kw('PL', 'etui', 'etui na telefon', 'phone case', 'phone', 700, 5, phoneRel(1, 0, 0)),
    kw('PL', 'sluchawki', 'słuchawki bezprzewodowe', 'wireless earbuds', 'phone', 600, 12, phoneRel(0, 0.1, 1)),
    kw('RU', 'noski', 'носки', 'socks', 'socks', 1200, 4, sockRel(0.8, 0.8, 0.7)),
    kw('RU', 'kompress', 'компрессионные носки', 'compression socks', 'socks', 300, 8, sockRel(0.1, 0, 1)),
    kw('RU', 'chekhol', 'чехол для телефона', 'phone case', 'phone', 900, 5, phoneRel(1, 0, 0)),
    kw('RU', 'kabel', 'кабель type-c', 'usb c cable', 'phone', 600, 5, phoneRel(0, 1, 0.1)),
    kw('RU', 'naushniki', 'беспроводные наушники', 'wireless earbuds', 'phone', 800, 12, phoneRel(0, 0.1, 1)),
  ];
  const competitors: Scenario['competitors'] = [
    { id: 'es-sockhouse', name: 'SockHouse', market: 'ES', rating: 4.7, reviews: 3200, listings: [
      { product: 'sock-wool', priceCents: 949, shippingCents: 0, quality: 0.85, deliveryDays: 12, bids: { 'es-calcetines': 12, 'es-lana': 15 } },
      { product: 'sock-cotton', priceCents: 1049, shippingCents: 0, quality: 0.8, deliveryDays: 12, bids: {} },
    ] },
    { id: 'es-gadget', name: 'GadgetPro', market: 'ES', rating: 4.6, reviews: 5400, listings: [
      { product: 'phone-case', priceCents: 649, shippingCents: 0, quality: 0.8, deliveryDays: 10, bids: { 'es-funda': 10 } },
      { product: 'phone-earbuds', priceCents: 3199, shippingCents: 0, quality: 0.85, deliveryDays: 9, bids: { 'es-auriculares': 30 } },
    ] },
    { id: 'pl-mix', name: 'MixStore', market: 'PL', rating: 4.5, reviews: 1800, listings: [
      { product: 'sock-wool', priceCents: 899, shippingCents: 100, quality: 0.75, deliveryDays: 14, bids: { 'pl-skarpety': 8 } },
      { product: 'phone-case', priceCents: 699, shippingCents: 0, quality: 0.7, deliveryDays: 14, bids: { 'pl-etui': 8 } },
      { product: 'phone-earbuds', priceCents: 2899, shippingCents: 0, quality: 0.8, deliveryDays: 12, bids: { 'pl-sluchawki': 25 } },
    ] },
    { id: 'ru-bigshop', name: 'BigShop', market: 'RU', rating: 4.8, reviews: 12000, listings: [
      { product: 'sock-cotton', priceCents: 999, shippingCents: 0, quality: 0.85, deliveryDays: 11, bids: { 'ru-noski': 9 } },
      { product: 'phone-cable', priceCents: 749, shippingCents: 0, quality: 0.8, deliveryDays: 11, bids: { 'ru-kabel': 8 } },
      { product: 'phone-earbuds', priceCents: 2999, shippingCents: 0, quality: 0.85, deliveryDays: 10, bids: { 'ru-naushniki': 28 } },
    ] },
  ];
  return {
    id: 'fixture',
    version: 1,
    title: text('Engine fixture', '引擎测试场景'),
    seed: 20240611,
    rounds: {
      count: 6,
      days: 7,
      schedule: [
        { number: 1, label: 'Opening', season: 1, event: 1, modules: ['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT'] },
        { number: 2, season: 1.05, event: 1, modules: ['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT'] },
        { number: 3, season: 1.1, event: 1, modules: ['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT'] },
        { number: 4, label: '11.11', season: 1.2, event: 3.5, modules: ['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT'] },
        { number: 5, season: 1.1, event: 1, modules: ['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT'] },
        { number: 6, label: 'Black Friday', season: 1.2, event: 3, modules: ['OPERATIONS', 'SELECTION', 'ADS', 'FULFILLMENT'] },
      ],
    },
    markets,
    categories: [
      { id: 'socks', name: text('Socks & hosiery', '袜子'), commissionBps: 800, affiliateBandBps: { min: 300, max: 1500 }, nadRateBps: 150 },
      { id: 'phone', name: text('Phone accessories', '手机配件'), commissionBps: 500, affiliateBandBps: { min: 100, max: 1000 }, nadRateBps: 250 },
    ],
    products,
    keywords,
    competitors,
    logistics: [...lanes('ES', 110), ...lanes('PL', 100), ...lanes('RU', 120)],
    model: fixtureModel(),
    scoring: {
      weights: { OPERATIONS: 0.3, SELECTION: 0.25, ADS: 0.2, FULFILLMENT: 0.25 },
      bands: {
        OPERATIONS: [
          { kpi: 'netMargin', zeroAt: 0, fullAt: 0.2, points: 30 },
          { kpi: 'rating', zeroAt: 4.0, fullAt: 4.8, points: 20 },
          { kpi: 'serviceScore', zeroAt: 60, fullAt: 90, points: 20 },
          { kpi: 'inStockRate', zeroAt: 0.7, fullAt: 0.95, points: 15 },
          { kpi: 'priceFlags', zeroAt: 3, fullAt: 0, points: 15 },
        ],
        SELECTION: [
          { kpi: 'listingQuality', zeroAt: 0.4, fullAt: 0.9, points: 30 },
          { kpi: 'gmvCents', zeroAt: 0, fullAt: 300000, points: 30 },
          { kpi: 'conversion', zeroAt: 0.005, fullAt: 0.03, points: 20 },
          { kpi: 'selectionFit', zeroAt: 0.3, fullAt: 0.9, points: 20 },
        ],
        ADS: [
          { kpi: 'acos', zeroAt: 0.6, fullAt: 0.2, points: 30 },
          { kpi: 'roas', zeroAt: 1, fullAt: 5, points: 20 },
          { kpi: 'budgetUse', zeroAt: 0.3, fullAt: 0.9, points: 20 },
          { kpi: 'cpcToBid', zeroAt: 1, fullAt: 0.6, points: 15 },
          { kpi: 'affiliateShare', zeroAt: 0.15, fullAt: 0.03, points: 15 },
        ],
        FULFILLMENT: [
          { kpi: 'onTimeRate', zeroAt: 0.7, fullAt: 0.97, points: 30 },
          { kpi: 'lateShipmentRate', zeroAt: 0.1, fullAt: 0.04, points: 15 },
          { kpi: 'disputeRate', zeroAt: 0.05, fullAt: 0.01, points: 20 },
          { kpi: 'lossRate', zeroAt: 0.03, fullAt: 0.01, points: 15 },
          { kpi: 'logisticsCostShare', zeroAt: 0.35, fullAt: 0.15, points: 20 },
        ],
      },
    },
    policies: {
      startingCashCents: 500000,
      maxListings: 20,
      maxTitleKeywords: 5,
      absentTeam: 'CARRY_FORWARD',
      visibility: { marketReport: 'AFTER_CLOSE', scoreboard: 'AFTER_CLOSE', rivalListings: 'AFTER_GAME' },
      badges: [{ id: 'finalist', name: text('Digital trade pick', '数贸优选'), searchWeight: 1.15, afterRound: 3, topN: 3 }],
    },
  };
}
