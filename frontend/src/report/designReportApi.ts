import { graphqlRequest } from '../api/graphqlClient';
import { graphql } from '../gql';
import type { DesignReportQuery, ReportBandwidthQuery, ReportNightQuery } from '../gql/graphql';
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
        model { id code name kind manufacturer irRangeMeters whiteLightRangeMeters }
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

export type ReportNight = ReportNightQuery['nightCoverage'];
export type ReportBandwidth = ReportBandwidthQuery['bandwidthReport'];

const REPORT_NIGHT = graphql(`
  query ReportNight {
    nightCoverage(cameras: planned) {
      night { from to minutes }
      camerasDarkAtNight { camera { id code } darkMinutes from to causes }
      camerasWithoutNightLight { id code }
      blackSpots { blackSpot { id } areaSquareMeters dayCoveredSquareMeters nightCoveredSquareMeters dayCoveredFraction nightCoveredFraction }
    }
  }
`);

const REPORT_BANDWIDTH = graphql(`
  query ReportBandwidth {
    bandwidthReport(cameras: planned, limit: 20) {
      recordingProfile { code name }
      settings { retentionDays recordingMode eventRecordingShare raidOverheadPercent framesPerSecond }
      now { cameraCount meanRecordedMbps netTerabytes rawTerabytes }
      planned { cameraCount meanRecordedMbps netTerabytes rawTerabytes }
      byModel { modelCode codec cameraCount dayMbps nightMbps totalMeanMbps }
      linkCount overSubscribedCount
      links { kind element { id code } terminatesAt { code } cameraCount loadMbps capacityMbps utilization overSubscribed }
      ingest { kind element { id code } cameraCount loadMbps capacityMbps utilization overSubscribed }
    }
  }
`);

/**
 * Night coverage and bandwidth of the planned design, asked apart from the report (each is an analysis
 * of its own cost); a failure leaves its section saying so instead of losing the whole report.
 */
export async function fetchReportNight(): Promise<ReportNight> {
  return (await graphqlRequest(REPORT_NIGHT, {})).nightCoverage;
}

export async function fetchReportBandwidth(): Promise<ReportBandwidth> {
  return (await graphqlRequest(REPORT_BANDWIDTH, {})).bandwidthReport;
}
