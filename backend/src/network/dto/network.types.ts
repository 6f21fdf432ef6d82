import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLScalarType } from 'graphql';
import type { LineString, MultiLineString, Point } from 'geojson';
import { GeoJSONLineString, GeoJSONPoint } from '../../common/graphql/geojson.scalars';
import { AssetStatusEnum, DoriLevelEnum, InstallMethodEnum, NetworkNodeKindEnum, CableTypeEnum } from '../../common/graphql/enums';
import type { AssetStatus, CableType, DoriLevel, InstallMethod, NetworkNodeKind } from '../../core/domain';
import { DESIGN_CHECK_KINDS, NETWORK_ELEMENT_KINDS, type DesignCheckKind, type NetworkElementKind } from '../../core/network';

export const NetworkElementKindEnum = Object.fromEntries(NETWORK_ELEMENT_KINDS.map((kind) => [kind, kind])) as {
  [K in NetworkElementKind]: K;
};
registerEnumType(NetworkElementKindEnum, {
  name: 'NetworkElementKind',
  description: 'A kind of network element that can fail or be counted.',
});

export const RouteStatusEnum = { found: 'found', no_route: 'no_route' } as const;
registerEnumType(RouteStatusEnum, { name: 'RouteStatus', description: 'Whether a route proposal found a route.' });

export const GeoJSONMultiLineString = new GraphQLScalarType({
  name: 'GeoJSONMultiLineString',
  description: 'A GeoJSON MultiLineString of [lon, lat] positions, EPSG:4326 (output only).',
  serialize: (value) => value,
});

@ObjectType({ description: 'A network element named by kind, id and code.' })
export class NetworkElementRef {
  @Field(() => NetworkElementKindEnum, { description: 'What kind of element it is.' })
  kind: NetworkElementKind;

  @Field(() => ID, { description: 'Its id.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Its code on drawings (null for unknown ids).' })
  code: string | null;
}

@ObjectType({ description: 'One fiber run on a camera path, in order from the camera.' })
export class PathFiberRun {
  @Field(() => ID, { description: 'Fiber run id.' }) id: string;
  @Field(() => String, { description: 'Fiber run code.' }) code: string;
  @Field(() => Float, { description: 'Length of the run, metres.' }) lengthMeters: number;
  @Field(() => CableTypeEnum, { description: 'Cable type.' }) cableType: CableType;
  @Field(() => InstallMethodEnum, { description: 'How it is laid.' }) installMethod: InstallMethod;
  @Field(() => AssetStatusEnum, { description: 'Life-cycle status.' }) status: AssetStatus;
  @Field(() => GeoJSONLineString, { description: 'The run route, to highlight on the map.' }) path: LineString;
}

@ObjectType({ description: 'One network node on a camera path, in order from the camera.' })
export class PathNetworkNode {
  @Field(() => ID, { description: 'Node id.' }) id: string;
  @Field(() => String, { description: 'Node code.' }) code: string;
  @Field(() => NetworkNodeKindEnum, { description: 'Node kind.' }) kind: NetworkNodeKind;
}

@ObjectType({ description: 'When a camera fed only by a switched street-lighting circuit is dark by day.' })
export class DarkByDayPeriod {
  @Field(() => String, { description: 'Start of the dark period, "HH:MM".' }) from: string;
  @Field(() => String, { description: 'End of the dark period, "HH:MM".' }) to: string;
  @Field(() => Int, { description: 'Start, minutes after midnight.' }) fromMinuteOfDay: number;
  @Field(() => Int, { description: 'End, minutes after midnight.' }) toMinuteOfDay: number;
  @Field(() => Float, { description: 'Dark minutes per day.' }) minutesPerDay: number;
  @Field(() => Float, { description: 'Dark hours per day.' }) hoursPerDay: number;
  @Field(() => Float, { description: 'UPS autonomy taken into account, minutes.' }) upsAutonomyMinutes: number;
  @Field(() => [NetworkElementRef], {
    description: 'Nodes of its fiber path that are dark by day and cut it off (empty when only its own supply is switched).',
  })
  networkNodes: NetworkElementRef[];
}

@ObjectType({ description: "A camera's fiber path to the control centre, its optical budget and its power." })
export class CameraNetworkPath {
  @Field(() => ID, { description: 'The camera.' }) cameraId: string;
  @Field(() => String, { description: 'Camera code.' }) cameraCode: string;
  @Field(() => Boolean, { description: 'True when a fiber path to the control centre exists (through powered nodes only).' }) connected: boolean;
  @Field(() => [NetworkElementRef], {
    description: 'When not connected only because nodes that draw power have none: those nodes, on the path it would take.',
  })
  cutOffByUnpoweredNetworkNodes: NetworkElementRef[];
  @Field(() => [NetworkElementRef], { description: 'Camera first, control centre last: runs, poles and nodes in order.' })
  elements: NetworkElementRef[];
  @Field(() => [PathFiberRun], { description: 'The fiber runs of the path, from the camera.' }) fiberRuns: PathFiberRun[];
  @Field(() => [PathNetworkNode], { description: 'The network nodes of the path, from the camera.' }) networkNodes: PathNetworkNode[];
  @Field(() => GeoJSONMultiLineString, { nullable: true, description: 'Every run path of the fiber path, to highlight.' })
  highlight: MultiLineString | null;
  @Field(() => Float, { nullable: true, description: 'Fiber length camera to control centre, metres.' }) lengthMeters: number | null;
  @Field(() => NetworkElementRef, { nullable: true, description: "Where the camera's optical link ends (first switch, or the control centre)." })
  linkTerminatesAt: NetworkElementRef | null;
  @Field(() => Float, { nullable: true, description: 'Fiber length of the optical link, metres.' }) linkLengthMeters: number | null;
  @Field(() => Float, { nullable: true, description: 'Estimated optical loss of the link: attenuation, splices, connectors (dB).' })
  opticalLossDb: number | null;
  @Field(() => Float, { nullable: true, description: 'Part of opticalLossDb from fiber attenuation over the link length (dB).' })
  attenuationLossDb: number | null;
  @Field(() => Int, { nullable: true, description: 'Splices on the optical link (poles and closures passed).' }) splices: number | null;
  @Field(() => Float, { nullable: true, description: 'Part of opticalLossDb from the splices (dB).' }) spliceLossDb: number | null;
  @Field(() => Float, { nullable: true, description: 'Part of opticalLossDb from the connectors at both ends (dB).' }) connectorLossDb: number | null;
  @Field(() => Float, { nullable: true, description: 'Optical power budget of the link (dB).' }) budgetDb: number | null;
  @Field(() => Float, { nullable: true, description: 'Budget minus loss (dB).' }) marginDb: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Margin at least the required safety margin (3 dB by default).' })
  withinBudget: boolean | null;
  @Field(() => Boolean, { description: 'Has a power path from a source.' }) powered: boolean;
  @Field(() => Boolean, { description: 'Powered even when street-lighting circuits are off.' }) poweredByDay: boolean;
  @Field(() => NetworkElementRef, { nullable: true, description: 'The power source feeding it.' }) powerSource: NetworkElementRef | null;
  @Field(() => [NetworkElementRef], { description: 'Power feeds from the camera back to the source.' }) powerFeeds: NetworkElementRef[];
  @Field(() => Float, { description: 'UPS autonomy at the camera or its pole, minutes.' }) upsAutonomyMinutes: number;
  @Field(() => DarkByDayPeriod, { nullable: true, description: 'When it is dark by day (null when it is not).' })
  darkByDay: DarkByDayPeriod | null;
}

@ObjectType({ description: 'A camera dark by day, with the period.' })
export class CameraDarkByDay {
  @Field(() => NetworkElementRef, { description: 'The camera.' }) camera: NetworkElementRef;
  @Field(() => DarkByDayPeriod, { description: 'When it is dark.' }) period: DarkByDayPeriod;
}

@ObjectType({ description: 'A node that draws power (switch, cabinet equipment) and has none: no fiber traffic passes it.' })
export class UnpoweredNetworkNodeEntry {
  @Field(() => NetworkElementRef, { description: 'The node.' }) node: NetworkElementRef;
  @Field(() => Float, { description: 'Power it draws, watts (recorded, or the default for its kind).' }) powerDrawWatts: number;
  @Field(() => [NetworkElementRef], { description: 'Cameras with no fiber path because of it (alone or with other unpowered nodes).' })
  camerasCutOff: NetworkElementRef[];
}

@ObjectType({ description: 'Power of a node that draws some.' })
export class NetworkNodePowerEntry {
  @Field(() => NetworkElementRef, { description: 'The node.' }) node: NetworkElementRef;
  @Field(() => Float, { description: 'Power it draws, watts (recorded, or the default for its kind); booked on its feeds and source.' })
  powerDrawWatts: number;
  @Field(() => Boolean, { description: 'Has a power path from a source.' }) powered: boolean;
  @Field(() => Boolean, { description: 'Powered even when street-lighting circuits are off.' }) poweredByDay: boolean;
  @Field(() => NetworkElementRef, { nullable: true, description: 'The power source feeding it.' }) powerSource: NetworkElementRef | null;
  @Field(() => [NetworkElementRef], { description: 'Power feeds from the node back to the source.' }) powerFeeds: NetworkElementRef[];
  @Field(() => DarkByDayPeriod, { nullable: true, description: 'When it is dark by day (null when it is not).' })
  darkByDay: DarkByDayPeriod | null;
}

@ObjectType({ description: 'A node dark by day, with the period.' })
export class NetworkNodeDarkByDay {
  @Field(() => NetworkElementRef, { description: 'The node.' }) node: NetworkElementRef;
  @Field(() => DarkByDayPeriod, { description: 'When it is dark.' }) period: DarkByDayPeriod;
}

@ObjectType({ description: 'Load on a power feed or source against its capacity.' })
export class PowerLoadEntry {
  @Field(() => NetworkElementRef, { description: 'The feed or source.' }) element: NetworkElementRef;
  @Field(() => Float, { description: 'Load booked on it, watts.' }) loadWatts: number;
  @Field(() => Float, { description: 'Capacity, watts.' }) capacityWatts: number;
  @Field(() => Float, { description: 'Load over capacity (1 = full).' }) utilization: number;
}

@ObjectType({ description: 'Strand use of a fiber run.' })
export class StrandUseEntry {
  @Field(() => NetworkElementRef, { description: 'The fiber run.' }) fiberRun: NetworkElementRef;
  @Field(() => Int, { description: 'Strands used by camera links and uplinks.' }) strandsUsed: number;
  @Field(() => Int, { description: 'Strands in the cable.' }) strandCount: number;
  @Field(() => Int, { description: 'Spare strands (negative when over-subscribed).' }) spareStrands: number;
}

@ObjectType({ description: 'Port use of a switch or the control centre.' })
export class PortUseEntry {
  @Field(() => NetworkElementRef, { description: 'The node.' }) node: NetworkElementRef;
  @Field(() => NetworkNodeKindEnum, { description: 'Node kind.' }) nodeKind: NetworkNodeKind;
  @Field(() => Int, { description: 'Ports used (camera links and uplinks).' }) portsUsed: number;
  @Field(() => Int, { nullable: true, description: 'Ports available (null when unknown).' }) portCount: number | null;
  @Field(() => Int, { nullable: true, description: 'Spare ports (null when unknown).' }) sparePorts: number | null;
}

@ObjectType({ description: 'A cable end without a recorded attachment that was joined to something near it.' })
export class SnappedEndEntry {
  @Field(() => NetworkElementRef, { description: 'The fiber run or power feed.' }) line: NetworkElementRef;
  @Field(() => String, { description: '"from" (first position) or "to" (last).' }) end: string;
  @Field(() => GeoJSONPoint, { description: 'Where the end is.' }) position: Point;
  @Field(() => String, { description: 'Kind of what it was joined to (an endpoint kind, or "junction" for other line ends).' })
  snappedToKind: string;
  @Field(() => String, { description: 'Id of what it was joined to (a junction id is made up per request).' }) snappedToId: string;
  @Field(() => String, { nullable: true, description: 'Code of what it was joined to.' }) snappedToCode: string | null;
  @Field(() => Float, { description: 'Gap bridged, metres.' }) distanceMeters: number;
}

@ObjectType({ description: 'A cable end attached to nothing usable.' })
export class DanglingEndEntry {
  @Field(() => NetworkElementRef, { description: 'The fiber run or power feed.' }) line: NetworkElementRef;
  @Field(() => String, { description: '"from" (first position) or "to" (last).' }) end: string;
  @Field(() => GeoJSONPoint, { description: 'Where the end is.' }) position: Point;
  @Field(() => String, {
    description: 'nothing_within_snapping_distance, unknown_reference, excluded_reference or reference_kind_not_allowed.',
  })
  reason: string;
}

@ObjectType({ description: 'How long the request took on the server, milliseconds.' })
export class NetworkTimings {
  @Field(() => Float, { description: 'Reading the network from PostGIS (only checking its data revision when fromCache).' })
  loadMilliseconds: number;
  @Field(() => Float, { description: 'Building the graphs (0 when fromCache).' }) buildMilliseconds: number;
  @Field(() => Boolean, { description: 'The network read for this data revision by an earlier request was used.' }) fromCache: boolean;
  @Field(() => Float, { description: 'The analysis itself.' }) analysisMilliseconds: number;
}

@ObjectType({ description: 'Health of the whole network: connectivity, power, capacity and drawing defects.' })
export class NetworkReport {
  @Field(() => Int, { description: 'Cameras counted (by the selection).' }) cameraCount: number;
  @Field(() => Int, { description: 'Cameras with a fiber path and power.' }) connectedAndPoweredCount: number;
  @Field(() => [NetworkElementRef], { description: 'Cameras with no fiber path to the control centre (through powered nodes).' })
  camerasWithoutFiberPath: NetworkElementRef[];
  @Field(() => [NetworkElementRef], { description: 'Cameras with no power path.' }) unpoweredCameras: NetworkElementRef[];
  @Field(() => [UnpoweredNetworkNodeEntry], { description: 'Nodes that draw power and have none, with the cameras they cut off.' })
  unpoweredNetworkNodes: UnpoweredNetworkNodeEntry[];
  @Field(() => [NetworkNodeDarkByDay], { description: 'Nodes dark by day (switched street lighting, UPS too short).' })
  networkNodesDarkByDay: NetworkNodeDarkByDay[];
  @Field(() => [NetworkNodePowerEntry], { description: 'Every node that draws power, with its supply.' })
  networkNodePower: NetworkNodePowerEntry[];
  @Field(() => [CameraDarkByDay], { description: 'Cameras dark by day (switched street lighting, UPS too short).' })
  camerasDarkByDay: CameraDarkByDay[];
  @Field(() => [NetworkElementRef], { description: 'Cameras whose optical link is over budget.' }) camerasOverOpticalBudget: NetworkElementRef[];
  @Field(() => [PowerLoadEntry], { description: 'Power feeds loaded beyond capacity.' }) overloadedPowerFeeds: PowerLoadEntry[];
  @Field(() => [PowerLoadEntry], { description: 'Power sources loaded beyond capacity.' }) overloadedPowerSources: PowerLoadEntry[];
  @Field(() => [StrandUseEntry], { description: 'Fiber runs with no spare strand.' }) fiberRunsWithoutSpareStrands: StrandUseEntry[];
  @Field(() => [PortUseEntry], { description: 'Port use of switches, the control centre and nodes with a port count.' })
  switchPortUse: PortUseEntry[];
  @Field(() => [SnappedEndEntry], { description: 'Cable ends joined by proximity (no recorded attachment).' }) snappedEnds: SnappedEndEntry[];
  @Field(() => [DanglingEndEntry], { description: 'Cable ends attached to nothing usable.' }) danglingEnds: DanglingEndEntry[];
  @Field(() => [NetworkElementRef], { description: 'Cameras whose pole is missing or excluded.' }) camerasWithUnknownPole: NetworkElementRef[];
  @Field(() => NetworkTimings, { description: 'Server timings.' }) timings: NetworkTimings;
}

@ObjectType({ description: 'A camera that goes dark in an outage, and why.' })
export class DarkCameraEntry {
  @Field(() => ID, { description: 'The camera.' }) cameraId: string;
  @Field(() => String, { description: 'Camera code.' }) code: string;
  @Field(() => Boolean, { description: 'It lost its fiber path.' }) lostFiber: boolean;
  @Field(() => Boolean, { description: 'It lost its power.' }) lostPower: boolean;
  @Field(() => Boolean, { description: 'It lost its fiber path through nodes left without power (it keeps one with them powered).' })
  lostFiberThroughUnpoweredNode: boolean;
}

@ObjectType({ description: 'A black spot as named in network results.' })
export class BlackSpotRef {
  @Field(() => ID, { description: 'Black spot id.' }) id: string;
  @Field(() => String, { description: 'Black spot code.' }) code: string;
  @Field(() => String, { description: 'Black spot name.' }) name: string;
  @Field(() => Int, { description: 'Priority 1 (low) to 5.' }) priority: number;
  @Field(() => DoriLevelEnum, { description: 'The level of detail it must be covered at.' }) requiredLevel: DoriLevel;
}

@ObjectType({ description: 'Coverage of one black spot lost in an outage, at its required level.' })
export class BlackSpotCoverageLossEntry {
  @Field(() => BlackSpotRef, { description: 'The black spot.' }) blackSpot: BlackSpotRef;
  @Field(() => Float, { description: 'Area of the black spot, square metres.' }) areaSquareMeters: number;
  @Field(() => Float, { description: 'Covered at the required level before the outage, square metres.' }) coveredBeforeSquareMeters: number;
  @Field(() => Float, { description: 'Covered at the required level during the outage, square metres.' }) coveredAfterSquareMeters: number;
  @Field(() => Float, { description: 'Coverage lost, square metres.' }) lostSquareMeters: number;
  @Field(() => Float, { description: 'Coverage lost, percent of the black spot area.' }) lostPercent: number;
  @Field(() => Float, { description: 'lostSquareMeters times the priority (1-5).' }) priorityWeightedLostSquareMeters: number;
  @Field(() => [ID], { description: 'Dark cameras that covered part of this black spot.' }) darkCameraIds: string[];
}

@ObjectType({ description: 'What an outage scenario darkens and how much black-spot coverage it costs.' })
export class OutageImpactResult {
  @Field(() => [ID], { description: 'Cameras live before and dark during the outage.' }) darkCameraIds: string[];
  @Field(() => [DarkCameraEntry], { description: 'The same cameras with their codes and what they lost.' }) darkCameras: DarkCameraEntry[];
  @Field(() => [NetworkElementRef], { description: 'Nodes that draw power and whose supply the outage cuts: no fiber traffic passes them. The failed elements themselves are not listed.' })
  unpoweredNetworkNodes: NetworkElementRef[];
  @Field(() => [BlackSpotCoverageLossEntry], { description: 'Black spots that lose coverage, largest weighted loss first.' })
  blackSpots: BlackSpotCoverageLossEntry[];
  @Field(() => Float, { description: 'Sum of lostSquareMeters.' }) totalLostSquareMeters: number;
  @Field(() => Float, { description: 'Sum of priorityWeightedLostSquareMeters.' }) totalPriorityWeightedLostSquareMeters: number;
  @Field(() => NetworkTimings, { description: 'Server timings.' }) timings: NetworkTimings;
}

@ObjectType({ description: 'An element whose failure alone cuts cameras off, with what it costs.' })
export class CriticalElementEntry {
  @Field(() => NetworkElementRef, { description: 'The element.' }) element: NetworkElementRef;
  @Field(() => Int, { description: 'Cameras that go dark when it alone fails.' }) camerasLost: number;
  @Field(() => Float, {
    description: 'Cameras lost weighted by the black spots they serve: each camera weighs 1 plus the priorities of the black spots it covers.',
  })
  weightedCamerasLost: number;
  @Field(() => [BlackSpotRef], { description: 'Black spots that drop below their required coverage when it alone fails.' })
  blackSpotsDropped: BlackSpotRef[];
}

@ObjectType({ description: "An element whose failure alone darkens cameras serving one black spot, and the spot's coverage it costs." })
export class BlackSpotFailureEntry {
  @Field(() => NetworkElementRef, { description: 'The element.' }) element: NetworkElementRef;
  @Field(() => [NetworkElementRef], { description: "The spot's serving cameras that go dark when it alone fails." }) camerasLost: NetworkElementRef[];
  @Field(() => Float, { description: 'Covered share (0..1) at the required level with every live serving camera.' }) coveredFractionBefore: number;
  @Field(() => Float, { description: 'Covered share (0..1) at the required level while it is down.' }) coveredFractionAfter: number;
  @Field(() => Float, { description: 'Coverage lost, square metres.' }) lostSquareMeters: number;
}

@ObjectType({ description: 'A proposed cable route along the streets.' })
export class RouteProposalResult {
  @Field(() => RouteStatusEnum, { description: 'found or no_route.' }) status: 'found' | 'no_route';
  @Field(() => String, { nullable: true, description: 'Why there is no route: no_targets, start_not_near_a_street, no_target_reachable, no_streets.' })
  reason: string | null;
  @Field(() => GeoJSONLineString, { nullable: true, description: 'The route, start to target.' }) path: LineString | null;
  @Field(() => Float, { nullable: true, description: 'Route length, metres.' }) lengthMeters: number | null;
  @Field(() => Float, { nullable: true, description: 'Part along street centre lines, metres.' }) streetLengthMeters: number | null;
  @Field(() => Float, { nullable: true, description: 'Access from start and target to their streets, metres.' }) accessLengthMeters: number | null;
  @Field(() => InstallMethodEnum, { nullable: true, description: 'Install method costed.' }) installMethod: InstallMethod | null;
  @Field(() => Float, { nullable: true, description: 'MAD per metre (cable and laying) before tax.' }) costMadPerMeter: number | null;
  @Field(() => Float, { nullable: true, description: 'Splicing and testing both ends of the new fiber run, MAD before tax (0 for a power route).' })
  splicingCostMad: number | null;
  @Field(() => Float, { nullable: true, description: 'Estimated cost before tax, MAD: length x costMadPerMeter + splicingCostMad, what the bill of quantities would charge for the new run.' })
  costMad: number | null;
  @Field(() => NetworkElementRef, { nullable: true, description: 'The node, feed or source reached.' }) target: NetworkElementRef | null;
  @Field(() => GeoJSONPoint, { nullable: true, description: 'Where the target is connected.' }) targetLocation: Point | null;
  @Field(() => Float, { nullable: true, description: 'Power the route was asked to carry, watts (power routes only).' }) requiredWatts: number | null;
}

@ObjectType({ description: 'One line of a bill of quantities.' })
export class BillLineEntry {
  @Field(() => String, { description: '"supply" (equipment and materials) or "installation" (labour and works).' }) part: string;
  @Field(() => String, {
    description:
      'Supply: camera, pole, camera_mount (on an existing pole), fiber, power_cable, network_node, power_source. Installation: ' +
      'camera_installation, pole_installation, camera_mount_installation, network_node_installation, fiber_laying, power_laying, fiber_splicing.',
  })
  category: string;
  @Field(() => String, { description: 'What is counted: camera model code or kind, pole kind, node kind, cable type, install method, "run end".' })
  item: string;
  @Field(() => String, { description: '"each", "m", or "end" (a fiber run end spliced; two per run).' }) unit: string;
  @Field(() => Float, { description: 'Quantity (metres rounded to 0.1).' }) quantity: number;
  @Field(() => Float, { description: 'Unit cost before tax, MAD.' }) unitCostMad: number;
  @Field(() => Float, { description: 'Line total before tax, MAD.' }) totalMad: number;
}

@ObjectType({ description: 'Existing assets of one type, re-used by the programme: counted or measured, not priced.' })
export class ExistingBillLineEntry {
  @Field(() => String, { description: 'camera, pole, network_node, power_source, fiber or power_cable.' }) category: string;
  @Field(() => String, { description: 'Camera model code, pole kind, node kind, source kind, cable type, or "low-voltage cable".' }) item: string;
  @Field(() => String, { description: '"each" or "m".' }) unit: string;
  @Field(() => Float, { description: 'Count, or metres rounded to 0.1.' }) quantity: number;
}

@ObjectType({ description: 'Lines and totals of one zone (or of everything).' })
export class BillSectionEntry {
  @Field(() => ID, { nullable: true, description: 'The zone (null for elements in no zone, and for the overall section).' }) zoneId: string | null;
  @Field(() => String, { nullable: true, description: 'Zone code.' }) zoneCode: string | null;
  @Field(() => String, { nullable: true, description: 'Zone name.' }) zoneName: string | null;
  @Field(() => [BillLineEntry], { description: 'Priced lines (the new works), supply first.' }) lines: BillLineEntry[];
  @Field(() => [ExistingBillLineEntry], {
    description: 'Existing assets, not priced and in no total (an existing pole that carries a new camera is priced for its camera mount in lines).',
  })
  existing: ExistingBillLineEntry[];
  @Field(() => Float, { description: 'Supply (equipment and materials) before tax, MAD.' }) supplyBeforeTaxMad: number;
  @Field(() => Float, { description: 'Installation (labour and works) before tax, MAD.' }) installationBeforeTaxMad: number;
  @Field(() => Float, { description: 'Total before tax, MAD.' }) totalBeforeTaxMad: number;
  @Field(() => Float, { description: 'VAT (TVA), MAD.' }) vatMad: number;
  @Field(() => Float, { description: 'Total with tax, MAD.' }) totalWithTaxMad: number;
}

@ObjectType({ description: 'Bill of quantities and cost against the budget.' })
export class BillOfQuantitiesResult {
  @Field(() => [BillSectionEntry], { description: 'Per zone (elements in no zone last, zoneId null).' }) zones: BillSectionEntry[];
  @Field(() => BillSectionEntry, { description: 'Everything.' }) overall: BillSectionEntry;
  @Field(() => Float, { description: 'VAT rate applied (0.2).' }) vatRate: number;
  @Field(() => Float, { description: 'Budget before tax, MAD.' }) budgetBeforeTaxMad: number;
  @Field(() => Float, { description: 'Budget minus overall total (new works) before tax, MAD.' }) remainingBeforeTaxMad: number;
  @Field(() => Boolean, { description: 'Overall total before tax within the budget.' }) withinBudget: boolean;
  @Field(() => Float, { description: 'Overall total over budget (1 = all of it).' }) usedFraction: number;
  @Field(() => [String], { description: 'Items priced with a default because no unit cost is known.' }) missingUnitCosts: string[];
}

export const DesignCheckKindEnum = Object.fromEntries(DESIGN_CHECK_KINDS.map((kind) => [kind, kind])) as { [K in DesignCheckKind]: K };
registerEnumType(DesignCheckKindEnum, {
  name: 'DesignCheckKind',
  description: 'Why a camera cannot work as designed.',
  valuesMap: {
    no_network_path: { description: 'No fiber path to a control centre at all.' },
    behind_unpowered_node: { description: 'A fiber path exists only through nodes (switches, cabinets) that have no power.' },
    no_power: { description: 'No power path from any source.' },
    dark_by_day: { description: 'Dark part of the day: fed (itself or a node of its path) through a switched street-lighting circuit, UPS too short.' },
    power_over_capacity: { description: 'A power feed or source on its supply path carries more than its capacity.' },
    fiber_over_capacity: { description: 'A fiber run on its path carries more links than it has strands.' },
    optical_budget_exceeded: { description: 'Its optical link leaves less than the required margin of the budget.' },
  },
});

@ObjectType({ description: 'One camera flagged by a design check, with the elements at fault.' })
export class DesignCheckFinding {
  @Field(() => NetworkElementRef, { description: 'The camera.' }) camera: NetworkElementRef;
  @Field(() => [NetworkElementRef], {
    description: 'The elements at fault: unpowered nodes, overloaded feeds and sources, full runs, the end of an over-budget link (empty for no path, no power).',
  })
  elements: NetworkElementRef[];
  @Field(() => String, { description: 'A short reason, in English (screens compose their own from kind and elements).' }) reason: string;
  @Field(() => DarkByDayPeriod, { nullable: true, description: 'For dark_by_day: when.' }) darkByDay: DarkByDayPeriod | null;
}

@ObjectType({ description: 'One design check: the cameras it flags.' })
export class DesignCheck {
  @Field(() => DesignCheckKindEnum, { description: 'Which check.' }) kind: DesignCheckKind;
  @Field(() => Int, { description: 'How many cameras it flags.' }) count: number;
  @Field(() => [DesignCheckFinding], { description: 'The cameras it flags, by code.' }) findings: DesignCheckFinding[];
}

@ObjectType({ description: 'A camera flagged by at least one design check (for map badges).' })
export class FlaggedCamera {
  @Field(() => ID, { description: 'Camera id.' }) id: string;
  @Field(() => String, { description: 'Camera code.' }) code: string;
  @Field(() => GeoJSONPoint, { description: 'Where the camera is.' }) location: Point;
  @Field(() => [DesignCheckKindEnum], { description: 'The checks that flag it, worst first.' }) kinds: DesignCheckKind[];
}

@ObjectType({ description: 'Where the design cannot work: every check with its count (zero included) and the flagged cameras.' })
export class DesignChecks {
  @Field(() => Int, { description: 'Cameras checked (by the selection).' }) cameraCount: number;
  @Field(() => Int, { description: 'Cameras flagged by at least one check.' }) flaggedCameraCount: number;
  @Field(() => [DesignCheck], { description: 'Every check, worst first, zero counts included.' }) checks: DesignCheck[];
  @Field(() => [FlaggedCamera], { description: 'Every flagged camera once, with its checks.' }) flaggedCameras: FlaggedCamera[];
}
