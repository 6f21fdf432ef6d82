import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { unauthenticated } from '../common/errors/vigie-errors';
import { currentActor, type Actor } from '../common/request-context';
import { EvidencePhoto, EvidenceAssetTypeEnum, type EvidenceAssetType } from './evidence-photo.entity';
import { EvidenceService } from './evidence.service';

function actor(): Actor {
  const found = currentActor();
  if (!found) throw unauthenticated();
  return found;
}

/** Evidence photo records (the bytes travel over /api/evidence: see EvidenceController). */
@Resolver()
export class EvidenceResolver {
  constructor(private readonly evidence: EvidenceService) {}

  @Query(() => [EvidencePhoto], { description: "An asset's photos, newest first. Contractors: their organisation's assets only." })
  evidencePhotos(
    @Args('assetType', { type: () => EvidenceAssetTypeEnum, description: 'The kind of asset.' }) assetType: EvidenceAssetType,
    @Args('assetId', { type: () => ID, description: 'The asset.' }) assetId: string,
  ): Promise<EvidencePhoto[]> {
    return this.evidence.list(actor(), assetType, assetId);
  }

  @Query(() => EvidencePhoto, { description: 'One photo record; NOT_FOUND for an unknown id.' })
  evidencePhoto(@Args('id', { type: () => ID, description: 'The photo.' }) id: string): Promise<EvidencePhoto> {
    return this.evidence.findOne(actor(), id);
  }

  @Mutation(() => ID, { description: 'Removes a photo (engineers any; others only their own uploads); returns its id. Audited.' })
  deleteEvidencePhoto(@Args('id', { type: () => ID, description: 'The photo.' }) id: string): Promise<string> {
    return this.evidence.delete(actor(), id);
  }
}
