import { Args, Query, Resolver } from '@nestjs/graphql';
import { ANALYSIS_COST } from '../common/graphql/query-costs';
import { inputValidationPipe } from '../common/validation';
import { DesignReportService } from './design-report.service';
import { DesignReport, ReportScopeInput } from './design-report.types';

@Resolver()
export class DesignReportResolver {
  constructor(private readonly reports: DesignReportService) {}

  @Query(() => DesignReport, {
    complexity: ANALYSIS_COST.designReport,
    description:
      'The design report of the city, a zone or a work package: black spots and their coverage, camera schedule, network paths and optical budgets, bill against the budget, assumptions. NOT_FOUND for an unknown zone or package.',
  })
  designReport(
    @Args('scope', { type: () => ReportScopeInput, description: 'What the report covers.' }, inputValidationPipe(ReportScopeInput)) scope: ReportScopeInput,
  ): Promise<DesignReport> {
    return this.reports.designReport(scope);
  }
}
