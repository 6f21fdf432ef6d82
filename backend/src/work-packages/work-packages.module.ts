import { Module } from '@nestjs/common';
import { WorkPackageFieldsResolver, WorkPackagesCrudResolver } from './work-packages.resolver';
import { WorkPackagesService } from './work-packages.service';

/** Work packages: a contractor's batch of installation work and its assets. */
@Module({ providers: [WorkPackagesService, WorkPackagesCrudResolver, WorkPackageFieldsResolver], exports: [WorkPackagesService] })
export class WorkPackagesModule {}
