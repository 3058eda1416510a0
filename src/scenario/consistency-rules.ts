import { KPI_NAMES, unknownKpiMessage } from './kpi-names';
import type { RuleInput } from './rule-input';
import type { PathIssue } from './scenario-issue';
import { MODULES } from './scenario.schema';

const TOLERANCE = 0.001;

/** Sums, orders and ranges that span several fields. */
export function consistencyIssues(input: RuleInput): PathIssue[] {
  return [
    ...logisticsOrder(input),
    ...categoryBands(input),
    ...scoringIssues(input),
    ...policyIssues(input),
    ...modelIssues(input),
  ];
}

function logisticsOrder(input: RuleInput): PathIssue[] {
  return input.logistics
    .filter(({ item: { deliveryDays: d } }) => !(d.min <= d.mode && d.mode <= d.max))
    .map(({ index, item: { deliveryDays: d } }) => ({
      path: ['logistics', index, 'deliveryDays'],
      message: `deliveryDays must satisfy min <= mode <= max (got ${d.min}, ${d.mode}, ${d.max})`,
    }));
}

function categoryBands(input: RuleInput): PathIssue[] {
  return input.categories
    .filter(({ item }) => item.affiliateBandBps.min > item.affiliateBandBps.max)
    .map(({ index, item }) => ({
      path: ['categories', index, 'affiliateBandBps'],
      message: `affiliateBandBps.min (${item.affiliateBandBps.min}) is above max (${item.affiliateBandBps.max})`,
    }));
}

function scoringIssues(input: RuleInput): PathIssue[] {
  const scoring = input.scoring;
  if (!scoring) return [];
  const issues: PathIssue[] = [];
  const weightSum = MODULES.reduce((sum, module) => sum + scoring.weights[module], 0);
  if (Math.abs(weightSum - 1) > TOLERANCE) {
    issues.push({ path: ['scoring', 'weights'], message: `module weights add up to ${round(weightSum)}, not 1` });
  }
  for (const module of MODULES) {
    const bands = scoring.bands[module];
    const points = bands.reduce((sum, band) => sum + band.points, 0);
    if (Math.abs(points - 100) > TOLERANCE) {
      issues.push({
        path: ['scoring', 'bands', module],
        message: `band points of ${module} add up to ${round(points)}, not 100`,
      });
    }
    bands.forEach((band, index) => {
      const at = ['scoring', 'bands', module, index];
      if (!KPI_NAMES[module].includes(band.kpi))
        issues.push({ path: [...at, 'kpi'], message: unknownKpiMessage(module, band.kpi) });
      if (band.zeroAt === band.fullAt)
        issues.push({ path: [...at, 'fullAt'], message: 'zeroAt and fullAt must differ' });
    });
  }
  return issues;
}

function policyIssues(input: RuleInput): PathIssue[] {
  const { policies, rounds } = input;
  if (!policies) return [];
  const issues: PathIssue[] = [];
  const seen = new Map<string, number>();
  policies.badges.forEach((badge, index) => {
    const at = ['policies', 'badges', index];
    if (rounds && badge.afterRound > rounds.count) {
      issues.push({
        path: [...at, 'afterRound'],
        message: `afterRound ${badge.afterRound} is beyond rounds.count (${rounds.count})`,
      });
    }
    const first = seen.get(badge.id);
    if (first !== undefined)
      issues.push({ path: [...at, 'id'], message: `duplicate id "${badge.id}" (first at policies.badges[${first}])` });
    else seen.set(badge.id, index);
  });
  return issues;
}

function modelIssues(input: RuleInput): PathIssue[] {
  const model = input.model;
  if (!model) return [];
  const issues: PathIssue[] = [];
  const w = model.quality.weights;
  const sum = w.localised + w.images + w.attributes + w.title;
  if (Math.abs(sum - 1) > TOLERANCE)
    issues.push({ path: ['model', 'quality', 'weights'], message: `quality weights add up to ${round(sum)}, not 1` });
  if (model.quality.imagesMin > model.quality.imagesIdeal) {
    issues.push({ path: ['model', 'quality', 'imagesMin'], message: 'imagesMin is above imagesIdeal' });
  }
  model.search.adSlots.forEach((slot, index) => {
    if (slot > model.search.positions)
      issues.push({
        path: ['model', 'search', 'adSlots', index],
        message: `ad slot ${slot} is beyond search.positions (${model.search.positions})`,
      });
  });
  return issues;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
