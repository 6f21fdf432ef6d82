import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module';
import { ReportModule } from '../../report/report.module';
import { ExportController } from './export.controller';
import { ExportService } from './export.service';

/** Layers, selections, zones and work packages out to GeoJSON, CSV, KML, zipped Shapefile and GeoPackage (issue 13). */
@Module({ imports: [AuthModule, ReportModule], controllers: [ExportController], providers: [ExportService], exports: [ExportService] })
export class ExportModule {}
