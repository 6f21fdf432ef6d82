import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { createCrudResolver } from '../common/crud/crud.resolver';
import { inputValidationPipe } from '../common/validation';
import { CreateWorkPackageInput, UpdateWorkPackageInput, WorkPackageAssetsInput, WorkPackageFilter } from './dto/work-package.inputs';
import { WorkPackageAssetEntry } from './dto/work-package.types';
import { WorkPackage } from './work-package.entity';
import { WorkPackagesService } from './work-packages.service';

export const WorkPackagesCrudResolver = createCrudResolver({
  entity: WorkPackage,
  typeName: 'WorkPackage',
  createInput: CreateWorkPackageInput,
  updateInput: UpdateWorkPackageInput,
  filterInput: WorkPackageFilter,
  service: WorkPackagesService,
});

@Resolver(() => WorkPackage)
export class WorkPackageFieldsResolver {
  constructor(private readonly service: WorkPackagesService) {}

  @ResolveField(() => [WorkPackageAssetEntry], { description: 'Its assets, by code.' })
  assets(@Parent() workPackage: WorkPackage): Promise<WorkPackageAssetEntry[]> {
    return this.service.assets(workPackage.id);
  }

  @ResolveField(() => Int, { description: 'How many assets it has.' })
  async assetCount(@Parent() workPackage: WorkPackage): Promise<number> {
    return (await this.service.assetCounts([workPackage.id])).get(workPackage.id) ?? 0;
  }

  @Mutation(() => WorkPackage, {
    description:
      'Adds assets to an open work package (by ids, area or zone) and assigns them to its organisation; CONFLICT when one is already in another open package.',
  })
  addWorkPackageAssets(@Args('input', { type: () => WorkPackageAssetsInput }, inputValidationPipe(WorkPackageAssetsInput)) input: WorkPackageAssetsInput): Promise<WorkPackage> {
    return this.service.addAssets(input);
  }

  @Mutation(() => WorkPackage, { description: 'Removes assets from a work package (by ids, area or zone) and takes back their assignment to its organisation.' })
  removeWorkPackageAssets(@Args('input', { type: () => WorkPackageAssetsInput }, inputValidationPipe(WorkPackageAssetsInput)) input: WorkPackageAssetsInput): Promise<WorkPackage> {
    return this.service.removeAssets(input);
  }
}
