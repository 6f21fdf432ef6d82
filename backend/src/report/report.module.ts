import { Module } from '@nestjs/common';
import { CoverageModule } from '../coverage/coverage.module';
import { NetworkModule } from '../network/network.module';
import { WorkPackagesModule } from '../work-packages/work-packages.module';
import { DesignReportResolver } from './design-report.resolver';
import { DesignReportService } from './design-report.service';

/** The printable design report's data (issue 13); the export endpoint reads scopes through DesignReportService too. */
@Module({ imports: [CoverageModule, NetworkModule, WorkPackagesModule], providers: [DesignReportService, DesignReportResolver], exports: [DesignReportService] })
export class ReportModule {}
