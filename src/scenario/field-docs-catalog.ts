/**
 * What each field of a scenario file means, with its unit: the top level,
 * rounds, include, the six collections, policies and scoring. Keys are
 * paths of the file format: `a.b` for a field, `[]` for the items of a
 * list, `*` for any one key. These texts are carried into
 * scenarios/scenario.schema.json (editors show them on hover) and
 * docs/scenarios.md follows the same paths.
 */
const NEW_ITEM = 'A new entry needs every field marked "new entries"; an override names the id and only what changes.';

export const CATALOG_FIELD_DOCS: Readonly<Record<string, string>> = {
  $schema: 'Path of this JSON Schema, for editors (ignored by the sandbox).',
  id: 'Scenario id: letters, digits, "_", "." and "-". Games name it; importing the same id with a higher version stores a new version beside the old.',
  version: 'Whole number ≥ 1. Raise it to store changed content under the same id; running games keep their version.',
  title: 'Title shown to everyone, in English (en) and Chinese (zh).',
  'title.en': 'English title.',
  'title.zh': 'Chinese title.',
  description: 'Free text shown with the scenario (up to 4,000 characters).',
  seed: 'Default seed of games created from this scenario (0 … 2³¹−1): same seed and decisions, same results.',

  rounds: 'How many rounds a game has, how long each stands for, and what is special about some of them.',
  'rounds.count': 'Rounds in a game (1–52).',
  'rounds.days':
    'Days one round stands for (1–90). Ad budgets are daily × days; KPI bands with perDays are scaled to it; demand figures are per round whatever its length.',
  'rounds.schedule':
    'Rounds that differ from the default (season 1, event 1, every module): list only those, by number.',
  'rounds.schedule[].number': 'Which round (1 … rounds.count).',
  'rounds.schedule[].label': 'Short name shown to teams, e.g. "11.11" (quote it in YAML, or it is read as a number).',
  'rounds.schedule[].season':
    'Seasonal multiplier of every market’s demand this round (1 = usual, 1.3 = +30 %): the time of year.',
  'rounds.schedule[].event':
    'Shopping-event multiplier of demand on top of season (11.11, Black Friday: 3–4; 1 = no event).',
  'rounds.schedule[].modules':
    'Modules teams decide this round (OPERATIONS, SELECTION, ADS, FULFILLMENT); a tutorial unlocks one per round. Others keep last round’s decision and are not scored.',
  'rounds.schedule[].adCompetition':
    'Competition for ad slots this round: multiplies competitor sellers’ bids and every keyword’s floor CPC (2 = twice the usual bidding). Default 1.',

  include:
    'What to take from the seed data (seeds/): markets by code, with their keywords, lanes and competitors; categories with all their products; single products. Without include, nothing is taken. New markets are not included: define them under markets.',
  'include.markets': 'Seed market codes to take (RU, ES, PL, FR, MY, TH), with their keywords, lanes and competitors.',
  'include.products': 'Seed product ids to take besides whole categories.',
  'include.categories': 'Seed category ids to take, each with all its seed products.',

  markets: `Markets: new ones, or overrides of included ones by code. ${NEW_ITEM} New entries: code, name, language, currency, demand, trendPerRound, priceSensitivity, buyerProtectionDays.`,
  'markets[].code': 'Market code, e.g. BR (two letters by custom). Keywords, lanes and competitors name it.',
  'markets[].language':
    'BCP-47 language of the market’s shoppers (es, pt-BR, ru): a listing in it counts as localised (betaLocalised, quality).',
  'markets[].currency': 'ISO 4217 code (BRL, EUR), shown to teams; money in the sandbox is in US cents everywhere.',
  'markets[].demand':
    'Shoppers per round per team of the class, by category id: a category missing or 0 has no shoppers here. Times teams in the game, season, event and trend gives the round’s shoppers.',
  'markets[].trendPerRound': 'Demand growth per round (1.02 = +2 % a round, 1 = flat).',
  'markets[].priceSensitivity':
    'Multiplies the choice model’s price coefficient here (1 = the model’s; 1.3 = shoppers 30 % more price-sensitive).',
  'markets[].buyerProtectionDays': 'Days of buyer protection (60; Russia 90), shown to teams.',
  'markets[].compliance': 'Compliant-pricing rules of the market (Russia); absent = none.',
  'markets[].compliance.maxDiscountBps':
    'Largest promotion discount allowed, in basis points (5000 = 50 %); larger is refused.',
  'markets[].compliance.minPriceBpsOfMedian':
    'Prices below this share of the product’s price centre are flagged as dumping at once, in basis points (6000 = 60 %).',

  categories: `Product categories: new ones, or overrides by id. ${NEW_ITEM} New entries: id, name, commissionBps, affiliateBandBps, nadRateBps.`,
  'categories[].id': 'Category id; products, keywords and markets[].demand name it.',
  'categories[].commissionBps': 'Platform commission on completed orders, in basis points (800 = 8 %).',
  'categories[].affiliateBandBps': 'Commission rates teams may offer affiliates in this category, in basis points.',
  'categories[].affiliateBandBps.min': 'Lowest affiliate commission, basis points.',
  'categories[].affiliateBandBps.max': 'Highest affiliate commission, basis points.',
  'categories[].nadRateBps':
    'Base share of orders claimed "not as described", in basis points; a listing’s quality lowers it (× (1 − quality)).',

  products: `Products teams can buy and list: new ones, or overrides by id. ${NEW_ITEM} New entries: id, name, category, unitCostCents, referencePriceCents, weightGrams, dimensionsCm, leadTimeRounds, appeal, attributes, minOrderUnits.`,
  'products[].id': 'Product id; keywords (relevance), competitors and decisions name it.',
  'products[].category': 'Category id of the product.',
  'products[].unitCostCents': 'Factory cost per unit in US cents (≥ 1); should be below the reference price.',
  'products[].referencePriceCents':
    'Typical retail price abroad in US cents: the anchor shoppers compare prices with, and the centre of the dumping check.',
  'products[].weightGrams': 'Shipping weight of one unit, grams.',
  'products[].dimensionsCm': 'Parcel size in centimetres (length, width, height), for volumetric weight.',
  'products[].dimensionsCm.l': 'Length, cm.',
  'products[].dimensionsCm.w': 'Width, cm.',
  'products[].dimensionsCm.h': 'Height, cm.',
  'products[].leadTimeRounds': 'Rounds between ordering stock and its arrival (0 = the same round).',
  'products[].appeal':
    'Intrinsic appeal 0–1: how attractive a result of this product is to click, and how readily affiliates pick it up.',
  'products[].attributes': 'Attributes a complete listing fills in (1–50); filling fewer lowers listing quality.',
  'products[].minOrderUnits': 'Smallest purchase order in units; smaller orders are refused or dropped.',

  keywords: `Search keywords of a market: new ones, or overrides by id. ${NEW_ITEM} New entries: id, market, text, gloss, category, searchVolume, floorCpcCents, relevance.`,
  'keywords[].id': 'Keyword id; competitor bids and team bids name it.',
  'keywords[].market': 'Market code whose shoppers search it.',
  'keywords[].text': 'The search words, in the market’s language; a listing title that contains them ranks better.',
  'keywords[].gloss': 'English meaning of text, for teams.',
  'keywords[].category': 'Category whose shoppers search it (the market must have demand for it).',
  'keywords[].searchVolume':
    'Relative search volume within (market, category): the category’s shoppers are split over its keywords in proportion.',
  'keywords[].floorCpcCents': 'Minimum bid per click for ads, US cents; a lower bid does not run (BELOW_FLOOR).',
  'keywords[].relevance':
    'Relevance 0–1 of the keyword to each product id: scales organic rank and ad quality; products not named are not shown for it.',

  competitors: `Competitor sellers (not teams) in a market: new ones, or overrides by id. ${NEW_ITEM} New entries: id, name, market, rating, reviews, listings.`,
  'competitors[].id': 'Competitor id.',
  'competitors[].name': 'Store name shown in rival listings.',
  'competitors[].market': 'Market code it sells in.',
  'competitors[].rating': 'Store rating 1–5 stars.',
  'competitors[].reviews': 'Number of reviews behind the rating.',
  'competitors[].listings': 'What it sells: one entry per product.',
  'competitors[].listings[].product': 'Product id.',
  'competitors[].listings[].priceCents': 'Price in US cents.',
  'competitors[].listings[].shippingCents': 'Shipping charged to the shopper on top of the price, US cents.',
  'competitors[].listings[].quality':
    'Listing quality 0–1 (as a team listing’s: localisation, images, attributes, title).',
  'competitors[].listings[].deliveryDays': 'Days from order to door it offers.',
  'competitors[].listings[].bids': 'Search-ad bids by keyword id, US cents per click (× the round’s adCompetition).',

  logistics: `Shipping lanes (carrier services) of a market: new ones, or overrides by id. ${NEW_ITEM} New entries: id, market, tier, name, deliveryDays, ratePerKgCents, perParcelCents, lossBps, damageBps, transferPerKgCents, storagePerUnitCents, firstOrdersFree. One lane per tier and market.`,
  'logistics[].id': 'Lane id; fulfilment decisions name it.',
  'logistics[].market': 'Market code it delivers to.',
  'logistics[].tier':
    'ECONOMY (20–45 days), STANDARD (10–18), PREMIUM (5–10) or WAREHOUSE (2–7, ships stock moved into the market’s overseas warehouse).',
  'logistics[].name': 'Carrier service name shown to teams.',
  'logistics[].deliveryDays':
    'Carrier days after hand-over, a triangular distribution (min ≤ mode ≤ max); handling days come on top. Shoppers compare mode days; the promise uses a quantile.',
  'logistics[].deliveryDays.min': 'Fastest carrier days.',
  'logistics[].deliveryDays.mode': 'Most common carrier days.',
  'logistics[].deliveryDays.max': 'Slowest carrier days.',
  'logistics[].ratePerKgCents': 'Freight per billable kg, US cents.',
  'logistics[].perParcelCents': 'Fee per parcel, US cents.',
  'logistics[].lossBps': 'Parcels lost, basis points (100 = 1 %).',
  'logistics[].damageBps': 'Parcels damaged, basis points (× the packaging’s damage factor).',
  'logistics[].transferPerKgCents':
    'WAREHOUSE lanes: cost per kg to move stock into the warehouse, US cents (0 otherwise).',
  'logistics[].storagePerUnitCents': 'WAREHOUSE lanes: storage per unit per round, US cents (0 otherwise).',
  'logistics[].firstOrdersFree':
    'The first N parcels of each team on this lane ship free (a programme offer; 0 = none).',

  '*[].remove': 'true removes the included entry with this id (or code) from the scenario.',
  '*[].name': 'Name shown to teams, in English (en) and Chinese (zh).',
  '*[].name.en': 'English name.',
  '*[].name.zh': 'Chinese name.',

  policies: 'Rules of the game: money, listings, absent teams, what teams may see, badges.',
  'policies.startingCashCents': 'Cash each team starts with, US cents (400000 = $4,000).',
  'policies.maxListings': 'Listings a team may have at once.',
  'policies.maxTitleKeywords': 'Keywords a listing title may hold; more is keyword stuffing (exposure cut).',
  'policies.listingLanguages':
    'Languages a listing may use besides each market’s own (BCP-47); default [en, zh]. Any other is refused.',
  'policies.absentTeam':
    'A module a team did not submit: CARRY_FORWARD (last round’s decision, without one-off purchases and transfers), NOTHING (empty decision), AUTOPILOT (a team that submitted nothing is played by the ADAPTIVE bot, flagged in exports).',
  'policies.visibility': 'When teams may see shared information: NEVER, AFTER_CLOSE (of each round) or AFTER_GAME.',
  'policies.visibility.marketReport': 'When teams may read a round’s market aggregates (shoppers, orders, CPC).',
  'policies.visibility.scoreboard': 'When teams may read the scoreboard (other teams’ totals).',
  'policies.visibility.rivalListings': 'When teams may read competitor prices and ranks per keyword.',
  'policies.badges': 'Badges awarded to the leading teams, each raising their organic search weight.',
  'policies.badges[].id': 'Badge id.',
  'policies.badges[].name': 'Badge name shown to teams, in English (en) and Chinese (zh).',
  'policies.badges[].name.en': 'English name.',
  'policies.badges[].name.zh': 'Chinese name.',
  'policies.badges[].searchWeight': 'Multiplier on the holder’s organic search score (1.15 = +15 %; 1 = honour only).',
  'policies.badges[].afterRound': 'Awarded after this round closes.',
  'policies.badges[].topN': 'To the top N teams by cumulative total.',

  scoring: 'How rounds are scored: module weights, KPI bands, loss aversion, luck replays.',
  'scoring.weights': 'Weight of each module in the round total; the four add up to 1.',
  'scoring.weights.*': 'Weight of this module (0–1).',
  'scoring.bands':
    'Per module, KPI bands: each gives 0 points at zeroAt, its points at fullAt, linear between; a module’s points add up to 100. KPIs: see the kpiCatalog query.',
  'scoring.bands.*': 'This module’s bands (replaces the default list when given).',
  'scoring.bands.*[].kpi': 'KPI name of this module (an unknown name is an error listing the valid ones).',
  'scoring.bands.*[].zeroAt': 'KPI value giving 0 points; above fullAt where lower is better.',
  'scoring.bands.*[].fullAt': 'KPI value giving full points.',
  'scoring.bands.*[].points': 'Points of the band (0–100).',
  'scoring.bands.*[].perDays':
    'Days the thresholds stand for (30 = a monthly target), scaled to rounds.days; absent = as written for any round.',
  'scoring.luck': 'The luck-adjusted score: each closed round replayed on other seeds with every decision fixed.',
  'scoring.lossAversion':
    'Loss factor: the round total × (1 − lossAversion × expected loss ÷ starting cash), never below 0; 2 zeroes a round that loses a quarter of the starting cash. 0 or absent: none.',
};
