import { Query, Resolver } from '@nestjs/graphql';
import { CoverageService, type CoverageFreshnessView } from './coverage.service';
import { CoverageFreshness } from './dto/coverage-freshness.types';
import { ANALYSIS_COST } from '../common/graphql/query-costs';

@Resolver()
export class CoverageFreshnessResolver {
  constructor(private readonly coverage: CoverageService) {}

  @Query(() => CoverageFreshness, {
    complexity: ANALYSIS_COST.coverageFreshness,
    description:
      'Checks every camera\'s stored coverage against its camera, model, the buildings in its reach and the configured DORI ladder and projection; lists the stale ones with reasons.',
  })
  coverageFreshness(): Promise<CoverageFreshnessView> {
    return this.coverage.coverageFreshness();
  }
}
