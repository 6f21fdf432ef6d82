import { graphqlRequest } from '../api/graphqlClient';
import { graphql } from '../gql';
import type { DesignReportQuery } from '../gql/graphql';
import type { ReportRoute } from './reportRoute';

export type DesignReportData = DesignReportQuery['designReport'];

const DESIGN_REPORT = graphql(`
  query DesignReport($scope: ReportScopeInput!) {
    designReport(scope: $scope) {
      deploymentName generatedAt scopeKind scopeId scopeCode scopeName scopeArea
      blackSpots {
        blackSpot { id code name priority requiredLevel category boundary }
        coverage { requiredLevel areaSquareMeters coveredAreaSquareMeters coveredFraction uncovered contributingCameraIds }
      }
      cameras {
        id code name location status existing headingDegrees tiltDegrees mountHeightMeters focalLengthMm horizontalFieldOfViewDegrees
        pole { id code kind }
        model { id code name kind manufacturer }
        coverage { level area areaSquareMeters }
      }
      networkPaths {
        cameraId cameraCode connected lengthMeters linkLengthMeters opticalLossDb attenuationLossDb splices spliceLossDb connectorLossDb
        budgetDb marginDb withinBudget powered poweredByDay upsAutonomyMinutes
        elements { kind code }
        linkTerminatesAt { kind code }
        powerSource { code }
        darkByDay { from to }
      }
      coverageByLevel { level blackSpotCount areaSquareMeters coveredAreaSquareMeters uncoveredAreaSquareMeters coveredFraction priorityWeightedCoveredFraction fullyCoveredCount }
      bill {
        lines { part category item unit quantity unitCostMad totalMad }
        existing { category item unit quantity }
        supplyBeforeTaxMad installationBeforeTaxMad totalBeforeTaxMad vatMad totalWithTaxMad
      }
      budgetBeforeTaxMad budgetUsedFraction vatRate
      doriLadder { level pixelsPerMeter targetHeightMeters }
      unitCosts { parameter item valueMad }
    }
  }
`);

export async function fetchDesignReport(scope: ReportRoute['scope']): Promise<DesignReportData> {
  const data = await graphqlRequest(DESIGN_REPORT, { scope: { kind: scope.kind, id: scope.id } });
  return data.designReport;
}

const REPORT_BUILDINGS = graphql(`
  query ReportBuildings($bbox: [Float!]) {
    buildings(filter: { bbox: $bbox }, first: 1000) { nodes { ...MapBuilding } }
  }
`);

/** Buildings around the report's black spots (one page: the offline basemap's background). */
export async function fetchReportBuildings(bbox: [number, number, number, number]) {
  const data = await graphqlRequest(REPORT_BUILDINGS, { bbox });
  return data.buildings.nodes;
}
