/**
 * Bill of quantities and cost: counts and lengths by type, unit costs in MAD (configuration), totals per
 * zone and overall, against a budget before tax (default: Fes tender 18/2025, 9,983,280 MAD), with VAT
 * shown separately. Each line is either supply (equipment and materials) or installation (labour and
 * works): cameras by kind, poles by kind, nodes by kind, metres of fiber and of power cable by install
 * method (trench and duct, aerial, facade), splicing per fiber run end. The core holds no prices: they
 * come from the caller's single price list.
 *
 * Existing assets (flagged `existing`: a utility's transformer, a street light, a fiber cable in place)
 * are not priced: each section lists them apart, counted or measured by type, so that the engineer sees
 * what the programme re-uses, and the totals and the budget comparison are those of the new works.
 * One exception follows from what a pole is here (the support a camera is mounted on): an existing pole
 * that carries a new camera still needs the camera mount (bracket and junction box, and setting them),
 * priced once per pole as `camera_mount` and `camera_mount_installation`; the pole itself is listed as
 * existing. An existing camera is not priced either (re-used as it is).
 */
import type {
  AssetStatus,
  CableType,
  CameraKind,
  InstallMethod,
  NetworkNodeKind,
  PoleKind,
  PowerSourceKind,
} from '../domain';
import type { NetworkElementKind, NetworkInput } from './network-types';
import type { MetricPolicy } from '../geometry/metric';
import { recordedOrMeasuredLength } from './cable-length';

export const FES_TENDER_BUDGET_MAD_BEFORE_TAX = 9_983_280;
export const MOROCCO_VAT_RATE = 0.2;
/** A fiber run has two ends, each spliced (and so does a proposed route: see proposeFiberRoute). */
export const FIBER_RUN_ENDS = 2;

export interface UnitCosts {
  // ---- Supply: equipment and materials.
  cameraByModelMad: Record<string, number>;
  /** For a camera whose model has no price (reported in missingUnitCosts). */
  defaultCameraMad: number;
  /** Pole materials (bracket and box, or a new pole with its anchor cage and earthing kit). */
  poleByKindMad: Record<PoleKind, number>;
  /** For a pole with no kind. */
  defaultPoleMad: number;
  /**
   * The camera mount (bracket and junction box) on an existing support, by its kind: all that an
   * existing pole costs, and only when a new camera goes on it. (A pole without a kind: street_light.)
   */
  existingPoleMountByKindMad: Record<PoleKind, number>;
  fiberCableMadPerMeterByType: Record<CableType, number>;
  powerCableMadPerMeter: number;
  /** Node equipment (control centre fit-out, cabinet, switch, closure). */
  networkNodeByKindMad: Record<NetworkNodeKind, number>;
  /** A new supply point, connection works included (done by the utility). */
  powerSourceByKindMad: Record<PowerSourceKind, number>;
  // ---- Installation: labour and works.
  /** Mounting, cabling, aiming and configuring one camera, by kind (fixed bullet, fixed dome, PTZ). */
  cameraInstallationByKindMad: Record<CameraKind, number>;
  /** Setting a bracket on an existing pole, or erecting a new one (foundation, crane, earthing), by kind. */
  poleInstallationByKindMad: Record<PoleKind, number>;
  /** For a pole with no kind. */
  defaultPoleInstallationMad: number;
  /** Setting the camera mount on an existing support, by its kind. */
  existingPoleMountInstallationByKindMad: Record<PoleKind, number>;
  /** Installing and commissioning a node, by kind. */
  networkNodeInstallationByKindMad: Record<NetworkNodeKind, number>;
  /** Laying fiber per metre by install method: trench, ducts and reinstatement; aerial on poles; facade. */
  fiberInstallMadPerMeterByMethod: Record<InstallMethod, number>;
  /** Laying power cable per metre by install method. */
  powerInstallMadPerMeterByMethod: Record<InstallMethod, number>;
  /** Fusion splicing and testing one end of a fiber run (every run has two ends). */
  fiberSplicingMadPerRunEnd: number;
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
  /** The deployment's metric policy, for a cable whose length is not recorded. */
  metric: MetricPolicy;
  /** Prices come from the caller's configuration (backend/src/network/unit-costs.ts): the core holds none. */
  unitCosts: UnitCosts;
  budgetMadBeforeTax?: number;
  vatRate?: number;
  zones?: readonly ZoneMembership[];
  /** Which statuses to count. Default: every status but decommissioned. */
  countedStatuses?: readonly AssetStatus[];
}

/** Supply (equipment and materials) or installation (labour and works). */
export type BillPart = 'supply' | 'installation';

export type BillCategory =
  | 'camera'
  | 'pole'
  | 'fiber'
  | 'power_cable'
  | 'network_node'
  | 'power_source'
  | 'camera_mount'
  | 'camera_installation'
  | 'pole_installation'
  | 'camera_mount_installation'
  | 'network_node_installation'
  | 'fiber_laying'
  | 'power_laying'
  | 'fiber_splicing';

export interface BillLine {
  part: BillPart;
  category: BillCategory;
  /** e.g. camera model, pole kind, cable type, install method. */
  item: string;
  /** 'end': a fiber run end spliced. */
  unit: 'each' | 'm' | 'end';
  quantity: number;
  unitCostMad: number;
  totalMad: number;
}

/** What an existing asset is counted as (not priced). */
export type ExistingCategory = 'camera' | 'pole' | 'network_node' | 'power_source' | 'fiber' | 'power_cable';

/** Existing assets of one type, re-used by the programme: counted or measured, not priced. */
export interface ExistingLine {
  category: ExistingCategory;
  /** Camera model, pole kind, node kind, source kind, cable type, 'low-voltage cable'. */
  item: string;
  unit: 'each' | 'm';
  quantity: number;
}

export interface BillSection {
  /** Priced lines: the new works. */
  lines: BillLine[];
  /** Existing assets, not priced (in no total). */
  existing: ExistingLine[];
  /** Equipment and materials, before tax. */
  supplyBeforeTaxMad: number;
  /** Labour and works, before tax. */
  installationBeforeTaxMad: number;
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
  const zoneSections = new Map<string, { lines: Map<string, BillLine>; existing: Map<string, ExistingLine> }>();
  const sectionOf = (kind: NetworkElementKind, id: string) => {
    const zoneId = zoneOf.get(`${kind}:${id}`) ?? UNZONED;
    let section = zoneSections.get(zoneId);
    if (!section) zoneSections.set(zoneId, (section = { lines: new Map(), existing: new Map() }));
    return section;
  };
  const missing = new Set<string>();
  const add = (
    kind: NetworkElementKind,
    id: string,
    part: BillPart,
    category: BillCategory,
    item: string,
    unit: BillLine['unit'],
    quantity: number,
    unitCostMad: number,
  ) => accumulate(sectionOf(kind, id).lines, { part, category, item, unit, quantity, unitCostMad, totalMad: 0 });
  const addExisting = (kind: NetworkElementKind, id: string, category: ExistingCategory, item: string, unit: ExistingLine['unit'], quantity: number) =>
    accumulate(sectionOf(kind, id).existing, { category, item, unit, quantity });

  /** Existing poles that carry a new camera: they need its mount. */
  const polesWithNewCamera = new Set<string>();
  for (const camera of input.cameras) {
    if (!counted(camera.status)) continue;
    const model = camera.model ?? 'unspecified model';
    if (camera.existing) {
      addExisting('camera', camera.id, 'camera', model, 'each', 1);
      continue;
    }
    if (camera.poleId) polesWithNewCamera.add(camera.poleId);
    let unitCost = costs.cameraByModelMad[model];
    if (unitCost === undefined) {
      missing.add(`camera model: ${model}`);
      unitCost = costs.defaultCameraMad;
    }
    add('camera', camera.id, 'supply', 'camera', model, 'each', 1, unitCost);
    // A camera whose kind is unknown is installed at the fixed-camera price (and reported).
    const kind: CameraKind = camera.kind ?? 'fixed_bullet';
    if (!camera.kind) missing.add(`camera kind of ${model} (installation priced as fixed_bullet)`);
    add('camera', camera.id, 'installation', 'camera_installation', kind, 'each', 1, costs.cameraInstallationByKindMad[kind]);
  }
  for (const pole of input.poles) {
    if (!counted(pole.status)) continue;
    const item = pole.kind ?? 'unspecified kind';
    if (pole.existing) {
      addExisting('pole', pole.id, 'pole', item, 'each', 1);
      if (!polesWithNewCamera.has(pole.id)) continue;
      const mountKind: PoleKind = pole.kind ?? 'street_light';
      if (!pole.kind) missing.add('kind of an existing pole (camera mount priced as on a street_light)');
      add('pole', pole.id, 'supply', 'camera_mount', mountKind, 'each', 1, costs.existingPoleMountByKindMad[mountKind]);
      add('pole', pole.id, 'installation', 'camera_mount_installation', mountKind, 'each', 1, costs.existingPoleMountInstallationByKindMad[mountKind]);
      continue;
    }
    add('pole', pole.id, 'supply', 'pole', item, 'each', 1, pole.kind ? costs.poleByKindMad[pole.kind] : costs.defaultPoleMad);
    add('pole', pole.id, 'installation', 'pole_installation', item, 'each', 1,
      pole.kind ? costs.poleInstallationByKindMad[pole.kind] : costs.defaultPoleInstallationMad);
  }
  for (const node of input.networkNodes) {
    if (!counted(node.status)) continue;
    if (node.existing) {
      addExisting('network_node', node.id, 'network_node', node.kind, 'each', 1);
      continue;
    }
    add('network_node', node.id, 'supply', 'network_node', node.kind, 'each', 1, costs.networkNodeByKindMad[node.kind]);
    add('network_node', node.id, 'installation', 'network_node_installation', node.kind, 'each', 1, costs.networkNodeInstallationByKindMad[node.kind]);
  }
  for (const source of input.powerSources) {
    if (!counted(source.status)) continue;
    if (source.existing) addExisting('power_source', source.id, 'power_source', source.kind, 'each', 1);
    else add('power_source', source.id, 'supply', 'power_source', source.kind, 'each', 1, costs.powerSourceByKindMad[source.kind]);
  }
  for (const run of input.fiberRuns) {
    if (!counted(run.status)) continue;
    const length = recordedOrMeasuredLength(run, options.metric);
    if (run.existing) {
      addExisting('fiber_run', run.id, 'fiber', run.cableType, 'm', length);
      continue;
    }
    add('fiber_run', run.id, 'supply', 'fiber', run.cableType, 'm', length, costs.fiberCableMadPerMeterByType[run.cableType]);
    add('fiber_run', run.id, 'installation', 'fiber_laying', run.installMethod, 'm', length, costs.fiberInstallMadPerMeterByMethod[run.installMethod]);
    add('fiber_run', run.id, 'installation', 'fiber_splicing', 'run end', 'end', FIBER_RUN_ENDS, costs.fiberSplicingMadPerRunEnd);
  }
  for (const feed of input.powerFeeds) {
    if (!counted(feed.status)) continue;
    const length = recordedOrMeasuredLength(feed, options.metric);
    if (feed.existing) {
      addExisting('power_feed', feed.id, 'power_cable', LOW_VOLTAGE_CABLE, 'm', length);
      continue;
    }
    const method = feed.installMethod ?? 'underground_duct';
    add('power_feed', feed.id, 'supply', 'power_cable', LOW_VOLTAGE_CABLE, 'm', length, costs.powerCableMadPerMeter);
    add('power_feed', feed.id, 'installation', 'power_laying', method, 'm', length, costs.powerInstallMadPerMeterByMethod[method]);
  }

  const section = (lines: BillLine[], existing: ExistingLine[]): BillSection => {
    for (const line of lines) {
      if (line.unit === 'm') line.quantity = round(line.quantity, 1);
      line.totalMad = round(line.quantity * line.unitCostMad, 2);
    }
    lines.sort((a, b) => b.part.localeCompare(a.part) || a.category.localeCompare(b.category) || a.item.localeCompare(b.item));
    for (const line of existing) if (line.unit === 'm') line.quantity = round(line.quantity, 1);
    existing.sort((a, b) => a.category.localeCompare(b.category) || a.item.localeCompare(b.item));
    const sum = (part: BillPart | null) =>
      round(lines.reduce((total, line) => (part === null || line.part === part ? total + line.totalMad : total), 0), 2);
    const totalBeforeTaxMad = sum(null);
    const vatMad = round(totalBeforeTaxMad * vatRate, 2);
    return {
      lines,
      existing,
      supplyBeforeTaxMad: sum('supply'),
      installationBeforeTaxMad: sum('installation'),
      totalBeforeTaxMad,
      vatMad,
      totalWithTaxMad: round(totalBeforeTaxMad + vatMad, 2),
    };
  };
  const zones = [...zoneSections.entries()]
    .sort(([a], [b]) => (a === UNZONED ? 1 : b === UNZONED ? -1 : a.localeCompare(b)))
    .map(([zoneId, zone]) => ({ zoneId, ...section([...zone.lines.values()], [...zone.existing.values()]) }));
  const overallLines = new Map<string, BillLine>();
  const overallExisting = new Map<string, ExistingLine>();
  for (const zone of zones) {
    for (const line of zone.lines) accumulate(overallLines, line);
    for (const line of zone.existing) accumulate(overallExisting, line);
  }
  const overall = section([...overallLines.values()], [...overallExisting.values()]);
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

const LOW_VOLTAGE_CABLE = 'low-voltage cable';

/** Adds a line to the one of the same kind (and price) already there, or keeps a copy of it. */
function accumulate<L extends { category: string; item: string; quantity: number; part?: BillPart; unitCostMad?: number }>(
  lines: Map<string, L>,
  line: L,
): void {
  const key = `${line.part ?? 'existing'}|${line.category}|${line.item}|${line.unitCostMad ?? ''}`;
  const found = lines.get(key);
  if (found) found.quantity += line.quantity;
  else lines.set(key, { ...line });
}

/** The recorded length when there is one, else the path measured. */

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
