import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Viewer } from '../auth/viewer';
import { ImportScenarioResult, ScenarioFormat, ScenarioModel, ScenarioValidation } from './scenario.model';
import { toScenarioModel } from './scenario.mapper';
import { ScenarioStoreService } from './scenario-store.service';

export const MAX_SCENARIO_SOURCE = 2_000_000;

@Resolver(() => ScenarioModel)
export class ScenarioResolver {
  constructor(private readonly store: ScenarioStoreService) {}

  @Query(() => [ScenarioModel], { description: 'Every stored scenario version, newest version first per id.' })
  @Roles('INSTRUCTOR', 'GRADER', 'TEAM')
  async scenarios(): Promise<ScenarioModel[]> {
    return (await this.store.list()).map((e) => toScenarioModel(e, this.store.content(e)));
  }

  @Query(() => ScenarioModel, { description: 'A scenario by id (newest version unless one is given).' })
  @Roles('INSTRUCTOR', 'GRADER', 'TEAM')
  async scenario(
    @Args('id') id: string,
    @Args('version', { type: () => Int, nullable: true }) version?: number,
  ): Promise<ScenarioModel> {
    const e = await this.store.find(id, version ?? undefined);
    return toScenarioModel(e, this.store.content(e));
  }

  /** A game created without a seed plays the scenario's seed: teams must not learn it here either. */
  @ResolveField(() => Int, { nullable: true })
  defaultSeed(@CurrentViewer() viewer: Viewer, @Parent() scenario: ScenarioModel): number | null {
    return viewer.role === 'TEAM' ? null : scenario.defaultSeed;
  }

  @Query(() => ScenarioValidation, {
    description:
      'Check a scenario file as importScenario would (errors and warnings at line and column), storing nothing.',
  })
  @Roles('INSTRUCTOR')
  async validateScenario(
    @Args('source') source: string,
    @Args('format', { type: () => ScenarioFormat, defaultValue: ScenarioFormat.YAML }) format: ScenarioFormat,
  ): Promise<ScenarioValidation> {
    if (source.length > MAX_SCENARIO_SOURCE) {
      const tooLarge = {
        file: '<import>',
        line: 1,
        column: 1,
        path: '',
        message: `source is larger than ${MAX_SCENARIO_SOURCE} characters`,
      };
      return { ok: false, errors: [tooLarge], warnings: [] };
    }
    const r = await this.store.validate(source, format === ScenarioFormat.JSON ? 'json' : 'yaml');
    return r.ok
      ? { ok: true, key: `${r.record.id}@${r.record.version}`, errors: [], warnings: r.warnings }
      : { ok: false, errors: r.errors, warnings: [] };
  }

  @Mutation(() => ImportScenarioResult, {
    description: 'Validate and store a scenario file; every error has file, line, column and path.',
  })
  @Roles('INSTRUCTOR')
  async importScenario(
    @Args('source') source: string,
    @Args('format', { type: () => ScenarioFormat, defaultValue: ScenarioFormat.YAML }) format: ScenarioFormat,
  ): Promise<typeof ImportScenarioResult> {
    if (source.length > MAX_SCENARIO_SOURCE) {
      return {
        errorCode: 'SCENARIO_TOO_LARGE',
        message: `source is larger than ${MAX_SCENARIO_SOURCE} characters`,
        errors: [],
      };
    }
    const r = await this.store.import(source, format === ScenarioFormat.JSON ? 'json' : 'yaml', 'IMPORTED');
    if (!r.ok) return { errorCode: r.errorCode, message: r.message, errors: r.errors };
    return {
      scenario: toScenarioModel(r.entity, this.store.content(r.entity)),
      created: r.created,
      warnings: r.warnings,
    };
  }
}
