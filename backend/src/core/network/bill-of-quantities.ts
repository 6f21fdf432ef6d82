/**
 * Bill of quantities and cost: counts and lengths by type, unit costs in MAD (configuration), totals per
 * zone and overall, against a budget before tax (default: Fes tender 18/2025, 9,983,280 MAD), with VAT
 * shown separately. Unit cost defaults are illustrative placeholders, to be replaced by the tender's
 * price schedule.
 */
import type {
  AssetStatus,
  CableType,
  InstallMethod,
  NetworkNodeKind,
  PoleKind,
  PowerSourceKind,
} from '../domain';
import { lineLengthMeters } from './geodesy';
import type { NetworkElementKind, NetworkInput } from './network-types';

export const FES_TENDER_BUDGET_MAD_BEFORE_TAX = 9_983_280;
export const MOROCCO_VAT_RATE = 0.2;

export interface UnitCosts {
  cameraByModelMad: Record<string, number>;
  /** For a camera whose model has no price (reported in missingUnitCosts). */
  defaultCameraMad: number;
  poleByKindMad: Record<PoleKind, number>;
  /** For a pole with no kind. */
  defaultPoleMad: number;
  fiberCableMadPerMeterByType: Record<CableType, number>;
  fiberInstallMadPerMeterByMethod: Record<InstallMethod, number>;
  powerCableMadPerMeter: number;
  powerInstallMadPerMeterByMethod: Record<InstallMethod, number>;
  networkNodeByKindMad: Record<NetworkNodeKind, number>;
  powerSourceByKindMad: Record<PowerSourceKind, number>;
}

export interface ZoneMembership {
  zoneId: string;
  cameraIds?: readonly string[];
  poleIds?: readonly string[];
  networkNodeIds?: readonly string[];
  fiberRunIds?: readonly string[];
  powerFeedIds?: readonly string[];
  powerSourceIds?: readonly string[];
}

export interface BillOfQuantitiesOptions {
  /** Prices come from the caller's configuration (backend/src/network/unit-costs.ts): the core holds none. */
  unitCosts: UnitCosts;
  budgetMadBeforeTax?: number;
  vatRate?: number;
  zones?: readonly ZoneMembership[];
  /** Which statuses to count. Default: every status but decommissioned. */
  countedStatuses?: readonly AssetStatus[];
}

export type BillCategory = 'camera' | 'pole' | 'fiber' | 'power_cable' | 'network_node' | 'power_source';

export interface BillLine {
  category: BillCategory;
  /** e.g. camera model, pole kind, "sm_g652d / underground_duct". */
  item: string;
  unit: 'each' | 'm';
  quantity: number;
  unitCostMad: number;
  totalMad: number;
}

export interface BillSection {
  lines: BillLine[];
  totalBeforeTaxMad: number;
  vatMad: number;
  totalWithTaxMad: number;
}

export interface BillOfQuantities {
  zones: ({ zoneId: string } & BillSection)[];
  overall: BillSection;
  budget: {
    budgetBeforeTaxMad: number;
    remainingBeforeTaxMad: number;
    withinBudget: boolean;
    usedFraction: number;
  };
  vatRate: number;
  /** Camera models (and such) priced with a default because the configuration has no price. */
  missingUnitCosts: string[];
}

export const UNZONED = 'unzoned';

export function billOfQuantities(input: NetworkInput, options: BillOfQuantitiesOptions): BillOfQuantities {
  const costs = options.unitCosts;
  const vatRate = options.vatRate ?? MOROCCO_VAT_RATE;
  const budgetBeforeTaxMad = options.budgetMadBeforeTax ?? FES_TENDER_BUDGET_MAD_BEFORE_TAX;
  const counted = (status: AssetStatus | undefined) =>
    options.countedStatuses ? status !== undefined && options.countedStatuses.includes(status) : status !== 'decommissioned';

  const zoneOf = new Map<string, string>();
  const fields: [keyof ZoneMembership, NetworkElementKind][] = [
    ['cameraIds', 'camera'],
    ['poleIds', 'pole'],
    ['networkNodeIds', 'network_node'],
    ['fiberRunIds', 'fiber_run'],
    ['powerFeedIds', 'power_feed'],
    ['powerSourceIds', 'power_source'],
  ];
  for (const zone of options.zones ?? []) {
    for (const [field, kind] of fields) {
      for (const id of (zone[field] as readonly string[] | undefined) ?? []) zoneOf.set(`${kind}:${id}`, zone.zoneId);
    }
  }
  const zoneLines = new Map<string, Map<string, BillLine>>();
  const missing = new Set<string>();
  const add = (
    kind: NetworkElementKind,
    id: string,
    category: BillCategory,
    item: string,
    unit: 'each' | 'm',
    quantity: number,
    unitCostMad: number,
  ) => {
    const zoneId = zoneOf.get(`${kind}:${id}`) ?? UNZONED;
    let lines = zoneLines.get(zoneId);
    if (!lines) zoneLines.set(zoneId, (lines = new Map()));
    const key = `${category}|${item}|${unitCostMad}`;
    const line = lines.get(key);
    if (line) line.quantity += quantity;
    else lines.set(key, { category, item, unit, quantity, unitCostMad, totalMad: 0 });
  };

  for (const camera of input.cameras) {
    if (!counted(camera.status)) continue;
    const model = camera.model ?? 'unspecified model';
    let unitCost = costs.cameraByModelMad[model];
    if (unitCost === undefined) {
      missing.add(`camera model: ${model}`);
      unitCost = costs.defaultCameraMad;
    }
    add('camera', camera.id, 'camera', model, 'each', 1, unitCost);
  }
  for (const pole of input.poles) {
    if (!counted(pole.status)) continue;
    add('pole', pole.id, 'pole', pole.kind ?? 'unspecified kind', 'each', 1, pole.kind ? costs.poleByKindMad[pole.kind] : costs.defaultPoleMad);
  }
  for (const node of input.networkNodes) {
    if (!counted(node.status)) continue;
    add('network_node', node.id, 'network_node', node.kind, 'each', 1, costs.networkNodeByKindMad[node.kind]);
  }
  for (const source of input.powerSources) {
    if (!counted(source.status)) continue;
    add('power_source', source.id, 'power_source', source.kind, 'each', 1, costs.powerSourceByKindMad[source.kind]);
  }
  for (const run of input.fiberRuns) {
    if (!counted(run.status)) continue;
    const length = run.lengthMeters != null && run.lengthMeters > 0 ? run.lengthMeters : lineLengthMeters(run.path.coordinates);
    const unitCost = costs.fiberCableMadPerMeterByType[run.cableType] + costs.fiberInstallMadPerMeterByMethod[run.installMethod];
    add('fiber_run', run.id, 'fiber', `${run.cableType} / ${run.installMethod}`, 'm', length, unitCost);
  }
  for (const feed of input.powerFeeds) {
    if (!counted(feed.status)) continue;
    const length = feed.lengthMeters != null && feed.lengthMeters > 0 ? feed.lengthMeters : lineLengthMeters(feed.path.coordinates);
    const method = feed.installMethod ?? 'underground_duct';
    const unitCost = costs.powerCableMadPerMeter + costs.powerInstallMadPerMeterByMethod[method];
    add('power_feed', feed.id, 'power_cable', method, 'm', length, unitCost);
  }

  const section = (lines: BillLine[]): BillSection => {
    for (const line of lines) {
      if (line.unit === 'm') line.quantity = round(line.quantity, 1);
      line.totalMad = round(line.quantity * line.unitCostMad, 2);
    }
    lines.sort((a, b) => a.category.localeCompare(b.category) || a.item.localeCompare(b.item));
    const totalBeforeTaxMad = round(lines.reduce((sum, line) => sum + line.totalMad, 0), 2);
    const vatMad = round(totalBeforeTaxMad * vatRate, 2);
    return { lines, totalBeforeTaxMad, vatMad, totalWithTaxMad: round(totalBeforeTaxMad + vatMad, 2) };
  };
  const zones = [...zoneLines.entries()]
    .sort(([a], [b]) => (a === UNZONED ? 1 : b === UNZONED ? -1 : a.localeCompare(b)))
    .map(([zoneId, lines]) => ({ zoneId, ...section([...lines.values()]) }));
  const overallLines = new Map<string, BillLine>();
  for (const zone of zones) {
    for (const line of zone.lines) {
      const key = `${line.category}|${line.item}|${line.unitCostMad}`;
      const existing = overallLines.get(key);
      if (existing) existing.quantity += line.quantity;
      else overallLines.set(key, { ...line });
    }
  }
  const overall = section([...overallLines.values()]);
  return {
    zones,
    overall,
    budget: {
      budgetBeforeTaxMad,
      remainingBeforeTaxMad: round(budgetBeforeTaxMad - overall.totalBeforeTaxMad, 2),
      withinBudget: overall.totalBeforeTaxMad <= budgetBeforeTaxMad,
      usedFraction: budgetBeforeTaxMad > 0 ? overall.totalBeforeTaxMad / budgetBeforeTaxMad : Infinity,
    },
    vatRate,
    missingUnitCosts: [...missing].sort(),
  };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
