import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { inputValidationPipe } from '../common/validation';
import { ANALYSIS_COST } from '../common/graphql/query-costs';
import { AcceptanceService } from './acceptance.service';
import { CameraAsBuilt } from './camera-as-built.entity';
import { CommissioningRule } from './commissioning-rule';
import { CameraAcceptance, RecordCameraAsBuiltInput, ReviewCameraAsBuiltInput } from './dto/acceptance.types';

const cameraIdArg = { type: () => ID, description: 'The camera.' } as const;

/** As-built records, their acceptance against the design, and what commissioning still needs. */
@Resolver()
export class AcceptanceResolver {
  constructor(
    private readonly acceptance: AcceptanceService,
    private readonly commissioning: CommissioningRule,
  ) {}

  @Query(() => CameraAsBuilt, { nullable: true, description: "A camera's current as-built record; null when none was recorded." })
  cameraAsBuilt(@Args('cameraId', cameraIdArg) cameraId: string): Promise<CameraAsBuilt | null> {
    return this.acceptance.current(cameraId);
  }

  @Query(() => [CameraAsBuilt], { description: "Every as-built record of a camera, newest first (the first is current)." })
  cameraAsBuiltHistory(@Args('cameraId', cameraIdArg) cameraId: string): Promise<CameraAsBuilt[]> {
    return this.acceptance.history(cameraId);
  }

  @Query(() => CameraAcceptance, {
    nullable: true,
    complexity: ANALYSIS_COST.cameraAcceptance,
    description: "The camera's current as-built record against its design as it is now (deviations, black spots, both coverages); null without a record.",
  })
  cameraAcceptance(@Args('cameraId', cameraIdArg) cameraId: string): Promise<CameraAcceptance | null> {
    return this.acceptance.acceptance(cameraId);
  }

  @Query(() => [String], {
    complexity: ANALYSIS_COST.cameraNetworkPath,
    description: 'What commissioning the camera still needs (accepted_as_built, photo, network_path, path_built, power); empty when it may be commissioned.',
  })
  async commissioningMissing(@Args('cameraId', cameraIdArg) cameraId: string): Promise<string[]> {
    return (await this.commissioning.missingFor(cameraId)).map((missing) => missing.requirement);
  }

  @Mutation(() => CameraAsBuilt, {
    description:
      "Records a camera as measured on site; it becomes the current record, pending or needs_correction (out of tolerance). Contractors: their organisation's cameras only.",
  })
  recordCameraAsBuilt(
    @Args('input', { type: () => RecordCameraAsBuiltInput }, inputValidationPipe(RecordCameraAsBuiltInput)) input: RecordCameraAsBuiltInput,
  ): Promise<CameraAsBuilt> {
    return this.acceptance.record(input);
  }

  @Mutation(() => CameraAsBuilt, { description: 'Accepts the current as-built record (a comment is required when it is out of tolerance).' })
  acceptCameraAsBuilt(
    @Args('input', { type: () => ReviewCameraAsBuiltInput }, inputValidationPipe(ReviewCameraAsBuiltInput)) input: ReviewCameraAsBuiltInput,
  ): Promise<CameraAsBuilt> {
    return this.acceptance.review(input, 'accepted');
  }

  @Mutation(() => CameraAsBuilt, { description: 'Sends the current as-built record back to the installer with a comment saying what to correct.' })
  sendBackCameraAsBuilt(
    @Args('input', { type: () => ReviewCameraAsBuiltInput }, inputValidationPipe(ReviewCameraAsBuiltInput)) input: ReviewCameraAsBuiltInput,
  ): Promise<CameraAsBuilt> {
    return this.acceptance.review(input, 'sent_back');
  }
}
