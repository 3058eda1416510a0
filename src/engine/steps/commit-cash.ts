/**
 * Step 2: what a team commits before the market opens, paid from the cash
 * it has — never more.
 *
 * Order (the defined order of cuts when cash runs short):
 *  1. stock ordered earlier arrives (home or overseas warehouse);
 *  2. fixed costs of the service level and storefront are charged (they
 *     cannot be cut; if they overdraw, the overdraft bears interest at the
 *     end of the round);
 *  3. purchases, by product id, each cut to the units the remaining cash
 *     pays for (dropped below the product's minimum order): PURCHASE_CUT;
 *  4. warehouse transfers, by market and product, cut to the home stock
 *     (TRANSFER_CUT) and to the cash for their freight (TRANSFER_CASH_CUT);
 *  5. the round's ad budget (daily budget × round days), cut to the cash
 *     left (ADS_BUDGET_CUT).
 * Every cut is recorded in the team's adjustments with its reason.
 */
import { affordableUnits } from '../operations/inventory';
import { roundBudget } from '../ads/pacing';
import { warehouseService } from '../market/scenario-index';
import { compareText } from '../compare-text';
import { addStock, HOME, stockOf, type RoundContext, type TeamCtx } from './round-context';

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

function receiveArrivals(ctx: RoundContext, team: TeamCtx): void {
  const s = team.state;
  const arrived = s.pipeline.filter((p) => p.arrivesRound <= ctx.round);
  s.pipeline = s.pipeline.filter((p) => p.arrivesRound > ctx.round);
  for (const p of arrived) addStock(s, p.location, p.product, p.units);
}

function chargeFixedCosts(ctx: RoundContext, team: TeamCtx): void {
  const model = ctx.scenario.model;
  team.ledger.add('SERVICE', -model.operations.serviceLevels[team.decisions.OPERATIONS.serviceLevel].costCents);
  team.ledger.add('STOREFRONT', -model.quality.storefront[team.decisions.SELECTION.storefront].costCents);
}

function buyStock(ctx: RoundContext, team: TeamCtx, cash: () => number): void {
  const purchases = [...team.decisions.OPERATIONS.purchases].sort((a, b) => compareText(a.product, b.product));
  for (const p of purchases) {
    const product = ctx.ix.products.get(p.product);
    if (!product || p.units <= 0) continue;
    const units = affordableUnits(p.units, product.unitCostCents, cash(), product.minOrderUnits);
    if (units < p.units) {
      team.adjustments.push({
        code: 'PURCHASE_CUT',
        path: `purchases.${p.product}`,
        message: `cash ${dollars(Math.max(0, cash()))} paid for ${units} of ${p.units} units (minimum order ${product.minOrderUnits})`,
      });
    }
    if (units === 0) continue;
    team.ledger.add('PURCHASES', -units * product.unitCostCents);
    if (product.leadTimeRounds === 0) addStock(team.state, HOME, product.id, units);
    else
      team.state.pipeline.push({
        product: product.id,
        units,
        location: HOME,
        arrivesRound: ctx.round + product.leadTimeRounds,
      });
  }
}

function moveStock(ctx: RoundContext, team: TeamCtx, cash: () => number): void {
  const s = team.state;
  const transfers = [...team.decisions.FULFILLMENT.transfers].sort(
    (a, b) => compareText(a.market, b.market) || compareText(a.product, b.product),
  );
  for (const t of transfers) {
    const product = ctx.ix.products.get(t.product);
    const wh = warehouseService(ctx.ix, t.market);
    if (!product || !wh || t.units <= 0) continue;
    const path = `transfers.${t.product}@${t.market}`;
    let units = Math.min(t.units, stockOf(s, HOME, t.product));
    if (units < t.units) {
      team.adjustments.push({ code: 'TRANSFER_CUT', path, message: `home stock allowed ${units} of ${t.units} units` });
    }
    const perUnit = (product.weightGrams / 1000) * wh.transferPerKgCents;
    const affordable = perUnit > 0 ? Math.floor(Math.max(0, cash()) / perUnit) : units;
    if (affordable < units) {
      team.adjustments.push({
        code: 'TRANSFER_CASH_CUT',
        path,
        message: `cash ${dollars(Math.max(0, cash()))} paid the freight of ${affordable} of ${units} units`,
      });
      units = affordable;
    }
    if (units === 0) continue;
    addStock(s, HOME, t.product, -units);
    s.pipeline.push({ product: t.product, units, location: t.market, arrivesRound: ctx.round + 1 });
    team.ledger.add('TRANSFERS', -Math.round(units * perUnit));
  }
  s.pipeline.sort(
    (a, b) =>
      a.arrivesRound - b.arrivesRound || compareText(a.location, b.location) || compareText(a.product, b.product),
  );
}

function setAdBudget(ctx: RoundContext, team: TeamCtx, cash: () => number): void {
  const wanted = roundBudget(team.decisions.ADS.dailyBudgetCents, ctx.scenario.rounds.days);
  const left = Math.max(0, cash());
  team.adBudgetCents = Math.min(wanted, left);
  if (team.adBudgetCents < wanted) {
    team.adjustments.push({
      code: 'ADS_BUDGET_CUT',
      path: 'ads.dailyBudgetCents',
      message: `cash ${dollars(left)} allowed an ad budget of ${dollars(team.adBudgetCents)} of ${dollars(wanted)}`,
    });
  }
}

/** Step 2 for one team (see the file comment for the order of cuts). */
export function commitCash(ctx: RoundContext, team: TeamCtx): void {
  const cash = () => team.state.cashCents + team.ledger.total();
  receiveArrivals(ctx, team);
  chargeFixedCosts(ctx, team);
  buyStock(ctx, team, cash);
  moveStock(ctx, team, cash);
  setAdBudget(ctx, team, cash);
  let available = 0;
  const expected = team.state.expectedStock ?? team.state.stock;
  for (const loc of Object.keys(expected)) for (const p of Object.keys(expected[loc])) available += expected[loc][p];
  team.availableUnits = available;
}
