import { Args, Query, Resolver } from '@nestjs/graphql';
import { ANALYSIS_COST } from '../common/graphql/query-costs';
import { CameraSelectionEnum } from '../coverage/dto/coverage.types';
import type { CameraSelection } from '../network/network-loader';
import { NightCoverageReport } from './dto/night.types';
import { NightCoverageService } from './night-coverage.service';

const clockArg = (description: string) => ({ type: () => String, nullable: true, description }) as const;

@Resolver()
export class NightCoverageResolver {
  constructor(private readonly night: NightCoverageService) {}

  @Query(() => NightCoverageReport, {
    complexity: ANALYSIS_COST.nightCoverage,
    description:
      'Black-spot coverage by day and by night: at night each camera sees only as far as its infrared or white light, and cameras dark at night ' +
      '(switched street lighting off during the night as modelled, or a grid outage longer than their UPS) are left out.',
  })
  nightCoverage(
    @Args('cameras', { type: () => CameraSelectionEnum, nullable: true, defaultValue: 'planned', description: 'Which cameras count (default planned).' })
    cameras: CameraSelection,
    @Args('nightFrom', clockArg('Start of the night, "HH:MM" (default 18:00, the longest nights at Fès).')) nightFrom?: string | null,
    @Args('nightTo', clockArg('End of the night, "HH:MM" (default 07:00).')) nightTo?: string | null,
    @Args('gridOutageFrom', clockArg('Start of modelled grid outage hours, "HH:MM" (none by default).')) gridOutageFrom?: string | null,
    @Args('gridOutageTo', clockArg('End of modelled grid outage hours, "HH:MM".')) gridOutageTo?: string | null,
  ): Promise<NightCoverageReport> {
    return this.night.nightCoverage(cameras ?? 'planned', { nightFrom, nightTo, gridOutageFrom, gridOutageTo });
  }
}
