import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { CoverageStaleReason } from '../coverage.service';

export const CoverageStaleReasonEnum: Record<CoverageStaleReason, CoverageStaleReason> = {
  missing: 'missing',
  camera_changed: 'camera_changed',
  model_changed: 'model_changed',
  buildings_changed: 'buildings_changed',
  ladder_changed: 'ladder_changed',
  projection_changed: 'projection_changed',
  decommissioned_with_coverage: 'decommissioned_with_coverage',
  parameters_invalid: 'parameters_invalid',
};

registerEnumType(CoverageStaleReasonEnum, {
  name: 'CoverageStaleReason',
  description: 'Why a camera\'s stored coverage no longer matches the data it was computed from.',
  valuesMap: {
    missing: { description: 'The camera has no stored coverage.' },
    camera_changed: { description: 'The camera was changed since (its version differs).' },
    model_changed: { description: 'The camera\'s model was changed or replaced since.' },
    buildings_changed: { description: 'A building within the camera\'s reach was added, changed or removed since.' },
    ladder_changed: { description: 'The DORI ladder (pixel densities, target heights) is configured differently now.' },
    projection_changed: { description: 'The deployment\'s projected CRS is configured differently now.' },
    decommissioned_with_coverage: { description: 'The camera is decommissioned but still has stored coverage.' },
    parameters_invalid: { description: 'The camera\'s parameters do not fit its model (e.g. a focal length out of range): coverage cannot be computed.' },
  },
});

@ObjectType({ description: 'One camera whose stored coverage is not current, and why.' })
export class StaleCameraCoverage {
  @Field(() => ID, { description: 'The camera.' })
  cameraId: string;

  @Field({ description: 'The camera\'s code.' })
  cameraCode: string;

  @Field(() => [CoverageStaleReasonEnum], { description: 'Every reason found, in a fixed order.' })
  reasons: CoverageStaleReason[];
}

@ObjectType({ description: 'Whether the stored camera coverage matches the data it was computed from, for every camera.' })
export class CoverageFreshness {
  @Field(() => Int, { description: 'Cameras checked (all, decommissioned included).' })
  checkedCameraCount: number;

  @Field(() => Int, { description: 'Cameras whose stored coverage is current.' })
  currentCount: number;

  @Field(() => [StaleCameraCoverage], { description: 'Cameras whose stored coverage is not current; recomputeCoverage(cameraIds) repairs them.' })
  stale: StaleCameraCoverage[];

  @Field({ description: 'When the check ran.' })
  checkedAt: Date;
}
