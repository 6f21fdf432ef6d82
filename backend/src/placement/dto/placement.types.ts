import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { LineString, MultiPolygon, Point } from 'geojson';
import { GeoJSONLineString, GeoJSONPoint, GeoJSONPolygonal } from '../../common/graphql/geojson.scalars';

export const PLACEMENT_RUN_STATES = ['loading', 'running', 'done', 'cancelled', 'failed'] as const;
export type PlacementRunState = (typeof PLACEMENT_RUN_STATES)[number];
export enum PlacementRunStateEnum {
  loading = 'loading',
  running = 'running',
  done = 'done',
  cancelled = 'cancelled',
  failed = 'failed',
}
registerEnumType(PlacementRunStateEnum, {
  name: 'PlacementRunState',
  description: 'loading: reading the design and pricing connections; running: the optimiser; done; cancelled (what was chosen so far is kept); failed.',
});

@InputType({ description: 'What the optimiser serves and with what: the scope (black spots, a zone, or all), a budget or a number of cameras, models, new poles.' })
export class PlacementRunInput {
  @Field(() => [ID], { nullable: true, description: 'Serve these black spots (not with zoneId). Neither: every black spot.' })
  blackSpotIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Serve the black spots of this zone (not with blackSpotIds).' })
  zoneId?: string | null;

  @Field(() => Float, { nullable: true, description: 'Budget for the new cameras, MAD before tax: camera, mount and connection (1 to 1e9). Required unless maxCameras is given.' })
  budgetMad?: number | null;

  @Field(() => Int, { nullable: true, description: 'Most new cameras (1 to 500). Required unless budgetMad is given.' })
  maxCameras?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Camera models the optimiser may propose (default: the whole catalogue).' })
  modelIds?: string[] | null;

  @Field(() => [GeoJSONLineString], {
    nullable: true,
    description: 'Walls drawn by the engineer where cameras may be fixed (up to 200 lines, 20 km in all): candidate wall brackets every wallSpacingMeters along each, facing the side of the nearest black spot.',
  })
  walls?: LineString[] | null;

  @Field(() => Float, { nullable: true, description: 'Spacing of the candidate brackets along the drawn walls, metres (2 to 200, default 10).' })
  wallSpacingMeters?: number | null;

  @Field(() => Float, { nullable: true, description: 'Height of a camera on a drawn wall, metres (2 to 30, default 5).' })
  wallMountHeightMeters?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Allow new camera poles along the streets (default false).' })
  allowNewPoles?: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Spacing of the candidate new poles along the streets, metres (10 to 500, default 30).' })
  newPoleSpacingMeters?: number | null;

  @Field(() => Float, { nullable: true, description: 'Farthest a candidate mount may stand from a black spot, metres (20 to 500, default 120).' })
  reachMeters?: number | null;

  @Field(() => Float, { nullable: true, description: 'Heading step of the candidates, degrees (5 to 90, default 22.5), refined around the best.' })
  headingStepDegrees?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Serve the black spots by night (default false: by day): each camera, existing or proposed, counts only within its infrared or white-light range, and the design cameras dark during the night (switched lighting circuits) count for nothing.',
  })
  night?: boolean | null;
}

@InputType({ description: 'Proposals of a finished run to make planned cameras.' })
export class AcceptPlacementInput {
  @Field(() => ID, { description: 'The run.' })
  runId: string;

  @Field(() => [Int], { nullable: true, description: 'Indexes of the proposals to accept (default: all of them).' })
  proposalIndexes?: number[] | null;
}

@ObjectType({ description: 'A connection a proposal needs: a new cable along the streets, or none when the mount already has it.' })
export class PlacementRouteView {
  @Field(() => Boolean, { description: 'The mount already has this connection: nothing to build.' })
  alreadyConnected: boolean;

  @Field(() => GeoJSONLineString, { nullable: true, description: 'The route along the streets (null when already connected).' })
  path: LineString | null;

  @Field(() => Float, { description: 'Length of the route, metres.' })
  lengthMeters: number;

  @Field(() => Float, { description: 'Metres of it pulled through ducts already in the street (priced existing_duct).' })
  ductMeters: number;

  @Field(() => Float, { description: 'Cost of the cable and its laying (and splicing for fiber), MAD before tax.' })
  costMad: number;

  @Field(() => String, { nullable: true, description: 'Code of the node, feed or source it connects to.' })
  targetCode: string | null;
}

@ObjectType({ description: 'What a proposal covers of one black spot at its required level.' })
export class PlacementSpotGainView {
  @Field(() => ID, { description: 'The black spot.' })
  blackSpotId: string;

  @Field(() => String, { description: 'Its code.' })
  code: string;

  @Field(() => String, { description: 'Its name.' })
  name: string;

  @Field(() => Float, { description: 'Area this camera covers at the required level, m².' })
  coveredSquareMeters: number;

  @Field(() => Float, { description: 'Area only this camera covers (no other camera, existing or proposed), m².' })
  exclusiveSquareMeters: number;
}

@ObjectType({ description: 'One proposed camera: where, which model, how aimed, what it costs and covers.' })
export class PlacementProposalView {
  @Field(() => Int, { description: 'Its index in the run (what acceptPlacementProposals takes).' })
  index: number;

  @Field(() => String, { description: 'Mount kind: existing_pole, street_light, wall or new_pole.' })
  mountKind: string;

  @Field(() => ID, { nullable: true, description: 'The existing pole it goes on (null for a new pole).' })
  poleId: string | null;

  @Field(() => String, { nullable: true, description: 'Code of that pole.' })
  poleCode: string | null;

  @Field(() => Boolean, { description: 'A new support is made for it when accepted: a camera pole along a street, or a bracket on a drawn wall (mountKind wall).' })
  newPole: boolean;

  @Field(() => Float, { nullable: true, description: 'Height of the new support, metres (null on an existing one).' })
  newPoleHeightMeters: number | null;

  @Field(() => GeoJSONPoint, { description: 'Where the camera goes.' })
  location: Point;

  @Field(() => ID, { description: 'The camera model.' })
  modelId: string;

  @Field(() => String, { description: 'Model code.' })
  modelCode: string;

  @Field(() => String, { description: 'Model name.' })
  modelName: string;

  @Field(() => Float, { description: 'Degrees clockwise from north.' })
  headingDegrees: number;

  @Field(() => Float, { description: 'Degrees below the horizon.' })
  tiltDegrees: number;

  @Field(() => Float, { description: 'Lens height above ground, metres.' })
  mountHeightMeters: number;

  @Field(() => Float, { nullable: true, description: 'Focal length to set (varifocal lenses), mm.' })
  focalLengthMm: number | null;

  @Field(() => Float, { nullable: true, description: 'A PTZ: the zoom of its guard position (1 = widest), kept as its "Guard" preset when accepted; null for a fixed camera.' })
  zoomFactor: number | null;

  @Field(() => Float, { description: 'Horizontal field of view, degrees.' })
  horizontalFieldOfViewDegrees: number;

  @Field(() => Float, { description: 'Camera supply and installation, MAD.' })
  cameraCostMad: number;

  @Field(() => Float, { description: 'Mount (bracket, or the new pole), MAD; 0 when paid by another proposal on it.' })
  mountCostMad: number;

  @Field(() => Float, { description: 'Fiber and power connection, MAD; 0 when paid by another proposal on it.' })
  connectionCostMad: number;

  @Field(() => Float, { description: 'All of it, MAD before tax.' })
  totalCostMad: number;

  @Field(() => Float, { description: 'Priority-weighted area (m² x priority) this camera alone adds.' })
  marginalObjective: number;

  @Field(() => [PlacementSpotGainView], { description: 'The black spots it serves.' })
  blackSpots: PlacementSpotGainView[];

  @Field(() => GeoJSONPolygonal, { nullable: true, description: 'Its coverage at the finest required level it reaches.' })
  coverage: MultiPolygon | null;

  @Field(() => String, { nullable: true, description: 'The DORI level of that coverage.' })
  coverageLevel: string | null;

  @Field(() => PlacementRouteView, { description: 'Fiber to the nearest node with a free port.' })
  fiber: PlacementRouteView;

  @Field(() => PlacementRouteView, { description: 'Power to the nearest feed or source with spare capacity.' })
  power: PlacementRouteView;

  @Field(() => Boolean, { description: 'Accepted already (a planned camera).' })
  accepted: boolean;

  @Field(() => ID, { nullable: true, description: 'The planned camera made from it, once accepted.' })
  cameraId: string | null;
}

@ObjectType({ description: 'A black spot\'s coverage at its required level, before and after the proposals.' })
export class PlacementSpotResultView {
  @Field(() => ID, { description: 'The black spot.' })
  blackSpotId: string;

  @Field(() => String, { description: 'Its code.' })
  code: string;

  @Field(() => String, { description: 'Its name.' })
  name: string;

  @Field(() => Int, { description: 'Its priority 1-5.' })
  priority: number;

  @Field(() => String, { description: 'Its required DORI level.' })
  requiredLevel: string;

  @Field(() => Float, { description: 'Its area, m².' })
  areaSquareMeters: number;

  @Field(() => Float, { description: 'Covered share before, 0..1.' })
  coveredFractionBefore: number;

  @Field(() => Float, { description: 'Covered share with every proposal, 0..1.' })
  coveredFractionAfter: number;
}

@ObjectType({ description: 'The optimiser\'s answer.' })
export class PlacementResultView {
  @Field(() => [PlacementProposalView], { description: 'Proposed cameras, in the order chosen.' })
  proposals: PlacementProposalView[];

  @Field(() => [PlacementSpotResultView], { description: 'Black spots of the scope, before and after.' })
  blackSpots: PlacementSpotResultView[];

  @Field(() => Float, { description: 'Priority-weighted covered area before, m² x priority.' })
  objectiveBefore: number;

  @Field(() => Float, { description: 'Priority-weighted covered area after, m² x priority.' })
  objectiveAfter: number;

  @Field(() => Float, { description: 'Priority-weighted area of the scope, m² x priority.' })
  objectiveTotal: number;

  @Field(() => Float, { description: 'Cost of all proposals, MAD before tax.' })
  spentMad: number;

  @Field(() => String, { description: 'Why it stopped: budget, max_cameras, no_gain or cancelled.' })
  stoppedReason: string;

  @Field(() => Int, { description: 'Candidate mounts considered.' })
  candidateMounts: number;

  @Field(() => Int, { description: 'Candidate mounts left out: no fiber or power route reaches them.' })
  mountsWithoutConnection: number;

  @Field(() => Int, { description: 'Candidate cameras (mount x model x lens x tilt x heading).' })
  candidates: number;

  @Field(() => Float, { description: 'Time computing coverage, ms.' })
  coverageMilliseconds: number;

  @Field(() => Float, { description: 'Time optimising, ms.' })
  optimiseMilliseconds: number;
}

@ObjectType({ description: 'A run of the placement optimiser (kept in the serving process for an hour).' })
export class PlacementRun {
  @Field(() => ID, { description: 'Run id.' })
  id: string;

  @Field(() => PlacementRunStateEnum, { description: 'Where it is.' })
  state: PlacementRunState;

  @Field(() => String, { nullable: true, description: 'Phase of the optimiser: coverage, greedy, improve, explain.' })
  phase: string | null;

  @Field(() => Float, { description: 'Progress 0..1.' })
  progressFraction: number;

  @Field(() => Int, { description: 'Proposals chosen so far.' })
  proposalCount: number;

  @Field(() => Float, { nullable: true, description: 'The budget asked, MAD.' })
  budgetMad: number | null;

  @Field(() => Int, { nullable: true, description: 'The number of cameras asked.' })
  maxCameras: number | null;

  @Field(() => Boolean, { description: 'True when the run serves night coverage (infrared and white-light ranges), false by day.' })
  night: boolean;

  @Field(() => String, { nullable: true, description: 'Why it failed.' })
  error: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it started.' })
  startedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it ended.' })
  finishedAt: Date | null;

  @Field(() => PlacementResultView, { nullable: true, description: 'The answer, once done (or what was chosen before a cancel).' })
  result: PlacementResultView | null;
}

@ObjectType({ description: 'Proposals made planned cameras (and new poles), one change set.' })
export class PlacementAcceptResult {
  @Field(() => ID, { nullable: true, description: 'The change set: undoChangeSet(id) takes it all back.' })
  changeSetId: string | null;

  @Field(() => [ID], { description: 'The planned cameras made.' })
  cameraIds: string[];

  @Field(() => [ID], { description: 'The new poles made.' })
  poleIds: string[];

  @Field(() => PlacementRun, { description: 'The run, with its proposals marked accepted.' })
  run: PlacementRun;
}
