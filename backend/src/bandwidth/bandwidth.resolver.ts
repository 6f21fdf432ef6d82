import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { ANALYSIS_COST } from '../common/graphql/query-costs';
import { badInput } from '../common/errors/vigie-errors';
import { CameraSelectionEnum } from '../coverage/dto/coverage.types';
import type { CameraSelection } from '../network/network-loader';
import { BandwidthReport } from './dto/bandwidth.types';
import { BandwidthService, MAX_LINKS } from './bandwidth.service';

@Resolver()
export class BandwidthResolver {
  constructor(private readonly bandwidth: BandwidthService) {}

  @Query(() => BandwidthReport, {
    complexity: ANALYSIS_COST.bandwidthReport,
    description:
      'Bandwidth and storage sizing: each camera\'s stream from its model (resolution, codec), the profile\'s frame rate and its scene activity, day and night; ' +
      'storage at the control centre for the retention period (now and as planned, with RAID overhead); the traffic of every camera link, switch uplink, ' +
      'fiber run and control-centre ingest against capacity, over-subscribed links flagged. NOT_FOUND for an unknown profile.',
  })
  bandwidthReport(
    @Args('recordingProfileId', { type: () => ID, nullable: true, description: 'The recording profile (default: the first stored by code, else the defaults).' })
    recordingProfileId: string | null,
    @Args('cameras', { type: () => CameraSelectionEnum, nullable: true, defaultValue: 'planned', description: 'Which cameras and network the link loads count (default planned).' })
    cameras: CameraSelection,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 100, description: `Links listed besides the over-subscribed ones (1 to ${MAX_LINKS}, default 100).` })
    limit: number,
  ): Promise<BandwidthReport> {
    const count = limit ?? 100;
    if (!Number.isInteger(count) || count < 1 || count > MAX_LINKS) throw badInput(`limit must be a whole number from 1 to ${MAX_LINKS}; got ${count}.`, { field: 'limit' });
    return this.bandwidth.bandwidthReport(recordingProfileId, cameras ?? 'planned', count);
  }
}
