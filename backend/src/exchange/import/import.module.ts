import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module';
import { ImportController } from './import.controller';
import { ImportResolver } from './import.resolver';
import { ImportService } from './import.service';

/** Imports of GIS files into Vigie's types (issue 13): upload over HTTP, report, mapping and commit over GraphQL. */
@Module({
  imports: [AuthModule],
  controllers: [ImportController],
  providers: [ImportService, ImportResolver],
  exports: [ImportService],
})
export class ImportModule {}
