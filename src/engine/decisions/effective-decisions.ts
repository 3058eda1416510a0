/** Which decisions are in force for a team this round (absent-team policy, disabled modules). */
import type { Scenario } from '../../scenario/scenario.schema';
import type {
  AdsDecision,
  FulfillmentDecision,
  ModuleDecisions,
  ModuleName,
  OperationsDecision,
  SelectionDecision,
} from '../types';
import { MODULE_ORDER } from '../market/modules';
import { moduleEnabled } from '../market/scenario-index';
import { checkDecision } from './check-decision';
import { carryForward, emptyAds, emptyFulfillment, emptyOperations, emptySelection } from './empty-decision';

export interface EffectiveDecisions {
  OPERATIONS: OperationsDecision;
  SELECTION: SelectionDecision;
  ADS: AdsDecision;
  FULFILLMENT: FulfillmentDecision;
}

/**
 * Per module: a valid submission for an enabled module counts. An enabled
 * module without a valid submission is absent: CARRY_FORWARD (and AUTOPILOT,
 * whose silent teams the server hands to a bot) uses last
 * round's decision (one-off purchases and transfers dropped), NOTHING the
 * empty decision. A module not enabled this round always uses last round's
 * carried decision or the empty one, and is not reported absent.
 */
export function effectiveDecisions(
  scenario: Scenario,
  round: number,
  submitted: ModuleDecisions | undefined,
  last: ModuleDecisions,
): { decisions: EffectiveDecisions; absent: ModuleName[] } {
  const carried = carryForward(last);
  const absent: ModuleName[] = [];
  const pick = <M extends ModuleName>(m: M): ModuleDecisions[M] | undefined => {
    const enabled = moduleEnabled(scenario, round, m);
    if (enabled && submitted && submitted[m] !== undefined) {
      const check = checkDecision(scenario, m, submitted[m], round);
      if (check.ok) return check.value as ModuleDecisions[M];
    }
    if (!enabled) return carried[m];
    absent.push(m);
    return scenario.policies.absentTeam === 'NOTHING' ? undefined : carried[m];
  };
  const decisions: EffectiveDecisions = {
    OPERATIONS: pick('OPERATIONS') ?? emptyOperations(),
    SELECTION: pick('SELECTION') ?? emptySelection(),
    ADS: pick('ADS') ?? emptyAds(),
    FULFILLMENT: pick('FULFILLMENT') ?? emptyFulfillment(scenario.model.fulfillment.shipWithinDays),
  };
  absent.sort((a, b) => MODULE_ORDER.indexOf(a) - MODULE_ORDER.indexOf(b));
  return { decisions, absent };
}
