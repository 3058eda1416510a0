import { join } from 'node:path';
import {
  formatIssue,
  loadBundledScenarios,
  loadScenarioFile,
  packageRoot,
  ScenarioDataError,
} from '../../src/scenario/scenario-loader';

const root = packageRoot();

describe('bundled scenarios', () => {
  it('every bundled scenario validates', () => {
    try {
      const loaded = loadBundledScenarios(join(root, 'scenarios'), join(root, 'seeds'));
      expect(loaded.map((s) => s.scenario.id).sort()).toEqual(['eu-launch', 'rcep-sea', 'russia-peak', 'tutorial']);
    } catch (error) {
      if (error instanceof ScenarioDataError) throw new Error(error.issues.map(formatIssue).join('\n'));
      throw error;
    }
  });

  it('loads one file by path', () => {
    const result = loadScenarioFile(join(root, 'scenarios', 'tutorial.yaml'));
    if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
    expect(result.scenario.rounds.schedule.map((r) => r.modules.length)).toEqual([1, 2, 3, 4]);
  });
});
