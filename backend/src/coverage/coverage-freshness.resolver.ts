import { Query, Resolver } from '@nestjs/graphql';
import { CoverageService, type CoverageFreshnessView } from './coverage.service';
import { CoverageFreshness } from './dto/coverage-freshness.types';

@Resolver()
export class CoverageFreshnessResolver {
  constructor(private readonly coverage: CoverageService) {}

  @Query(() => CoverageFreshness, {
    description:
      'Checks every camera\'s stored coverage against its camera, model, the buildings in its reach and the configured DORI ladder and projection; lists the stale ones with reasons.',
  })
  coverageFreshness(): Promise<CoverageFreshnessView> {
    return this.coverage.coverageFreshness();
  }
}
