import { Module } from '@nestjs/common';
import { OrganisationsCrudResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({ providers: [OrganisationsService, OrganisationsCrudResolver], exports: [OrganisationsService] })
export class OrganisationsModule {}
