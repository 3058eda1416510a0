/**
 * What each coefficient of the market model (`model:` of a scenario file,
 * defaults in seeds/model.yaml) means, with its unit. Paths as in
 * field-docs-catalog.ts; docs/model.md gives the formulas they enter.
 */
export const MODEL_FIELD_DOCS: Readonly<Record<string, string>> = {
  model:
    'Coefficients of the market model; give only those you change (the rest come from seeds/model.yaml). Formulas: docs/model.md.',
  'model.demand': 'Randomness of demand.',
  'model.demand.noiseSigma': 'σ of the log-normal noise on each round’s shoppers per market and category (0 = none).',

  'model.choice':
    'The shopper’s choice (multinomial logit against not buying): utility terms of a listing. Plain decimals.',
  'model.choice.noPurchase': 'Utility of not buying; higher = fewer shoppers buy at all.',
  'model.choice.alpha': 'Base utility of any listing.',
  'model.choice.betaPrice':
    'Price coefficient: utility lost per unit of ln(price ÷ reference price), × the market’s priceSensitivity.',
  'model.choice.betaRating': 'Utility per star of rating above reviews.priorMean.',
  'model.choice.betaReviews': 'Utility per unit of ln(1 + number of reviews).',
  'model.choice.betaDays':
    'Utility lost per day of delivery (handling + typical carrier days); about 0.031 × betaPrice, so one day ≈ a 3 % discount.',
  'model.choice.betaDaysLate': 'Extra utility lost per day beyond lateAfterDays.',
  'model.choice.lateAfterDays': 'Days after which each further day costs betaDaysLate as well.',
  'model.choice.betaQuality': 'Utility per unit of listing quality (0–1).',
  'model.choice.betaLocalised': 'Utility of a listing in the market’s own language.',
  'model.choice.betaPromo': 'Utility of a running promotion discount (besides its lower price).',

  'model.search': 'Search results: click shares by position, ad slots, what ranks organic results.',
  'model.search.positionCtr': 'Click share of organic positions 1, 2, … (fractions; normalised to position 1).',
  'model.search.tailDecay': 'Click share kept per position past the positionCtr table (0–1).',
  'model.search.positions': 'Result positions a shopper may scroll to.',
  'model.search.adSlots': 'Result positions (1-based) that hold ads, e.g. [5, 12, 20, 28, 36].',
  'model.search.weights':
    'Organic score = product of factors, each raised to its weight here (0 = the factor does not count).',
  'model.search.weights.relevance': 'Weight of keyword relevance.',
  'model.search.weights.quality': 'Weight of listing quality.',
  'model.search.weights.rating': 'Weight of rating ÷ 5.',
  'model.search.weights.conversion': 'Weight of the listing’s smoothed conversion history.',
  'model.search.weights.service': 'Weight of the store’s service score ÷ 100.',
  'model.search.weights.price': 'Weight of price competitiveness, reference ÷ (reference + price).',
  'model.search.baseAttractiveness': 'Probability 0–1 of clicking a result that is examined (× the product’s appeal).',
  'model.search.viewDecay': 'Share of shoppers who scroll on from one position to the next (0–1).',
  'model.search.rankNoise':
    'Personalisation: σ of per-shopper noise on a listing’s log organic score (0 = everyone sees the same order).',

  'model.quality': 'Listing quality (0–1): a weighted sum of localisation, images, attributes and title keywords.',
  'model.quality.imagesMin': 'Images below which the image score is cut further.',
  'model.quality.imagesIdeal': 'Images giving the full image score (no gain past it).',
  'model.quality.weights': 'Weights of the quality components.',
  'model.quality.weights.localised': 'Weight of writing the listing in the market’s language.',
  'model.quality.weights.images': 'Weight of the image score.',
  'model.quality.weights.attributes': 'Weight of attributes filled ÷ the product’s attributes.',
  'model.quality.weights.title': 'Weight of relevant title keywords ÷ policies.maxTitleKeywords.',
  'model.quality.storefront': 'Storefront levels (BASIC, DECORATED, FLAGSHIP): cost per round and quality bonus.',
  'model.quality.storefront.*.costCents': 'Cost per round of this storefront level, US cents.',
  'model.quality.storefront.*.qualityBonus': 'Added to every listing’s quality (capped at 1).',

  'model.ads': 'Search-ad auctions.',
  'model.ads.ticks': 'Auctions per round (budget pacing steps).',
  'model.ads.minQuality': 'Lowest quality score (relevance × quality × rating ÷ 5) an ad may run with.',
  'model.ads.adClickFactor': 'Clicks of an ad relative to an organic result at the same position.',

  'model.affiliate': 'Affiliate orders.',
  'model.affiliate.ordersPerPercent':
    'Expected affiliate orders per round per listing at 1 % commission and appeal 1 (× the round’s demand multiplier).',
  'model.affiliate.elasticity': 'Exponent of the commission percentage (below 1: diminishing returns).',

  'model.reviews': 'Reviews and ratings.',
  'model.reviews.reviewProbability': 'Share of buyers who leave a review (0–1).',
  'model.reviews.priorMean': 'Stars a listing without reviews is assumed to have (Bayesian prior).',
  'model.reviews.priorWeight': 'Weight of the prior, in reviews.',
  'model.reviews.baseStars': 'Stars of a review before penalties and bonuses.',
  'model.reviews.latePenalty': 'Stars taken off for a late parcel.',
  'model.reviews.lostPenalty': 'Stars taken off for a lost parcel.',
  'model.reviews.nadPenalty': 'Stars taken off for a parcel not as described.',
  'model.reviews.qualityBonus': 'Stars added × listing quality.',

  'model.risk': 'Price-anomaly (dumping) and keyword-stuffing control.',
  'model.risk.zThreshold': 'A price is flagged when its modified z-score is below −zThreshold (3.5).',
  'model.risk.dumpingExposure': 'Share of shoppers a dumped listing is still shown to (0–1); it also loses its ads.',
  'model.risk.stuffingExposure': 'Share of shoppers a listing with too many title keywords is shown to (0–1).',
  'model.risk.minMadBps': 'Floor of the price spread (MAD), in basis points of the price centre.',

  'model.operations': 'Store operations.',
  'model.operations.holdingCostBps': 'Cost per round of stock left over, in basis points of its unit cost.',
  'model.operations.serviceLevels': 'Customer-service levels (BASIC, STANDARD, PREMIUM).',
  'model.operations.serviceLevels.*.costCents': 'Cost per round of this service level, US cents.',
  'model.operations.serviceLevels.*.disputeFactor': 'Multiplies the disputes the store’s problems open.',
  'model.operations.serviceLevels.*.starBonus': 'Stars added to every review.',

  'model.fulfillment': 'Shipping: hand-over, packaging, the delivery promise.',
  'model.fulfillment.shipWithinDays': 'Orders not handed over within this many days are cancelled.',
  'model.fulfillment.packaging': 'Packaging options (STANDARD, COMPACT, PROTECTIVE).',
  'model.fulfillment.packaging.*.costCents': 'Cost per parcel, US cents.',
  'model.fulfillment.packaging.*.extraGrams': 'Grams the packaging adds to each parcel.',
  'model.fulfillment.packaging.*.damageFactor': 'Multiplies the lane’s damage rate.',
  'model.fulfillment.packaging.*.volumeFactor': 'Multiplies the parcel volume for volumetric weight.',
  'model.fulfillment.lateDisputeBps': 'Share of late parcels whose buyer opens a dispute, basis points.',
  'model.fulfillment.promise':
    'The delivery promise shown to shoppers, the same for every seller of a lane: carrier days at a quantile + a handling allowance. A parcel is late when handling + carrier days exceed it.',
  'model.fulfillment.promise.carrierQuantile': 'Quantile of the lane’s carrier days (0.97 = 97 % of parcels within).',
  'model.fulfillment.promise.handlingAllowanceDays': 'Handling days the promise allows for.',
  'model.fulfillment.warehouseHandlingDays': 'Handling days of orders shipped from an overseas warehouse.',
  'model.fulfillment.volumetricDivisor': 'Volumetric weight in kg = L × W × H (cm) ÷ this.',
  'model.fulfillment.minBillableGrams': 'Smallest billable weight of a parcel, grams.',

  'model.finance': 'Money.',
  'model.finance.overdraftInterestBps': 'Interest per round on a negative cash balance, basis points of the overdraft.',

  'model.serviceScore':
    'The store’s service score (0–100): points per component; rate components lose their points linearly until zeroAtRate.',
  'model.serviceScore.positiveStars': 'Reviews of at least this many stars count as positive.',
  'model.serviceScore.*': 'One component of the service score.',
  'model.serviceScore.*.points': 'Points of this component.',
  'model.serviceScore.*.zeroAtRate': 'Rate (0–1) at which this component gives 0 points.',
};
