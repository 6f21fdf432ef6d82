import type { DataSource } from 'typeorm';
import type { Point } from 'geojson';
import type { FaultAssetType, FaultCategory, FaultChannel, FaultResolution, FaultState } from '../core/maintenance';
import { NetworkService } from '../network/network.service';
import { CoverageService } from '../coverage/coverage.service';
import { loadFaultPolicy } from './fault-policy';
import { FaultsService, type LoadedFault } from './faults.service';
import { Fault } from './fault.entity';
import { FaultEvent } from './fault-event.entity';
import { FaultCamera } from './fault-camera.entity';
import { seededRandom } from '../core/seeded-random';

const HOUR_MS = 3_600_000;


type Step =
  | { kind: 'state'; state: FaultState; resolution?: FaultResolution; newSerial?: string; note?: string }
  | { kind: 'assign' }
  | { kind: 'comment'; text: string };

interface PlannedFault {
  /** Hours before the seed when it was logged. */
  loggedHoursAgo: number;
  asset: { type: FaultAssetType; code: string } | null;
  /** For a fault at a point: metres east/north of the asset code's position. */
  nearCode?: string;
  category: FaultCategory;
  channel: FaultChannel;
  description: string;
  reporterName: string | null;
  /** Hours after logging. */
  steps: { afterHours: number; step: Step }[];
}

const CAMERAS = ['CAM-PFL-01', 'CAM-PFL-02', 'CAM-PFL-03', 'CAM-PFL-04', 'CAM-PFL-05', 'CAM-PFL-06', 'CAM-PFL-07'];
const POLES = ['POLE-0056', 'POLE-0057', 'POLE-0058', 'POLE-0060', 'POLE-0061', 'POLE-0062', 'POLE-0064'];
const RUNS = ['FR-0062', 'FR-0063', 'FR-0064', 'FR-0065', 'FR-0066', 'FR-0067', 'FR-0068'];
const FEEDS = ['PF-0064', 'PF-0066', 'PF-0067', 'PF-0069', 'PF-0070', 'PF-0072', 'PF-0073'];

const WORDS: Partial<Record<FaultCategory, string[]>> = {
  no_image: ['Pas d\'image au centre de contrôle depuis 6 h.', 'Flux vidéo perdu, caméra ne répond plus au ping.'],
  image_degraded: ['Image floue, dôme sali par la poussière.', 'Image striée la nuit, IR défaillant.'],
  camera_moved_or_obstructed: ['Caméra tournée vers le mur après le vent.', 'Branche d\'arbre devant l\'objectif.'],
  vandalism: ['Boîtier forcé, câbles arrachés.', 'Dôme cassé par un jet de pierre.'],
  power: ['Coupure d\'alimentation sur le départ, disjoncteur déclenché.', 'Câble d\'alimentation endommagé par des travaux.'],
  fiber_cut: ['Fibre sectionnée par une pelleteuse (travaux RADEEF).', 'Perte de lien, atténuation anormale sur le tronçon.'],
  other: ['Poteau penché après un choc de véhicule.'],
};

/**
 * About six months of plausible faults on the commissioned part of the demo (Place Florence): camera
 * faults of every kind, power and fiber cuts, a few at a point, some reopened, most closed, four still
 * open (one holding a camera out of service and overdue). Deterministic but for the anchor (the seed time).
 */
function plan(): PlannedFault[] {
  const random = seededRandom(20261207);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const between = (min: number, max: number) => min + random() * (max - min);
  const faults: PlannedFault[] = [];
  for (let index = 0; index < 22; index++) {
    const roll = random();
    // Twice in the period the whole of Place Florence went dark: the trunk from the control centre, the cabinet's feed.
    const [type, code, category]: [FaultAssetType, string, FaultCategory] =
      index === 4 ? ['fiber_run', 'FR-0001', 'fiber_cut']
      : index === 15 ? ['power_feed', 'PF-0009', 'power']
      : roll < 0.45 ? ['camera', pick(CAMERAS), pick(['no_image', 'image_degraded', 'camera_moved_or_obstructed', 'vandalism'] as const)]
      : roll < 0.65 ? ['power_feed', pick(FEEDS), 'power']
      : roll < 0.82 ? ['fiber_run', pick(RUNS), 'fiber_cut']
      : ['pole', pick(POLES), pick(['vandalism', 'other'] as const)];
    const steps: PlannedFault['steps'] = [];
    let at = between(0.2, 5);
    steps.push({ afterHours: at, step: { kind: 'state', state: 'acknowledged' } });
    steps.push({ afterHours: at + 0.1, step: { kind: 'assign' } });
    at += between(0.5, 14);
    steps.push({ afterHours: at, step: { kind: 'state', state: 'in_progress' } });
    if (random() < 0.4) steps.push({ afterHours: at + between(0.2, 2), step: { kind: 'comment', text: pick(['Équipe sur place.', 'Nacelle nécessaire, prévue demain.', 'Pièce commandée chez le fournisseur.']) } });
    at += between(2, category === 'fiber_cut' ? 90 : 50);
    const resolution = pick(['repaired', 'repaired', 'replaced_part', 'replaced_asset', 'no_fault_found'] as const);
    steps.push({
      afterHours: at,
      step: { kind: 'state', state: 'resolved', resolution, newSerial: resolution === 'replaced_asset' ? `SN-${100000 + Math.floor(random() * 900000)}` : undefined },
    });
    if (random() < 0.15) {
      at += between(12, 60);
      steps.push({ afterHours: at, step: { kind: 'state', state: 'open', note: 'Le défaut est revenu.' } });
      at += between(4, 30);
      steps.push({ afterHours: at, step: { kind: 'state', state: 'resolved', resolution: 'replaced_part' } });
    }
    steps.push({ afterHours: at + between(24, 120), step: { kind: 'state', state: 'closed' } });
    faults.push({
      // At least 20 days ago: the whole history is over by the seed time.
      loggedHoursAgo: between(20, 180) * 24,
      asset: { type, code },
      category,
      channel: pick(['control_centre', 'control_centre', 'field_team', 'automatic'] as const),
      description: pick(WORDS[category] ?? WORDS.other!),
      reporterName: random() < 0.5 ? pick(['Opérateur CSU', 'Patrouille police', 'Équipe terrain B']) : null,
      steps,
    });
  }
  // Still open at the seed time.
  faults.push(
    {
      loggedHoursAgo: 100, asset: { type: 'camera', code: 'CAM-PFL-05' }, category: 'vandalism', channel: 'field_team',
      description: 'Dôme brisé, caméra arrachée de son support.', reporterName: 'Patrouille police',
      steps: [
        { afterHours: 1, step: { kind: 'state', state: 'acknowledged' } },
        { afterHours: 1.1, step: { kind: 'assign' } },
        { afterHours: 20, step: { kind: 'state', state: 'in_progress' } },
        { afterHours: 22, step: { kind: 'comment', text: 'Caméra de remplacement en commande.' } },
      ],
    },
    {
      loggedHoursAgo: 30, asset: { type: 'camera', code: 'CAM-PFL-03' }, category: 'image_degraded', channel: 'automatic',
      description: 'Contraste anormal détecté par l\'analyse vidéo.', reporterName: null, steps: [],
    },
    {
      loggedHoursAgo: 6, asset: { type: 'pole', code: 'POLE-0061' }, category: 'other', channel: 'control_centre',
      description: 'Poteau heurté par un camion, à vérifier.', reporterName: 'Opérateur CSU',
      steps: [{ afterHours: 1, step: { kind: 'state', state: 'acknowledged' } }],
    },
    {
      loggedHoursAgo: 2, asset: null, nearCode: 'POLE-0058', category: 'other', channel: 'field_team',
      description: 'Câble pendant au-dessus de la chaussée, origine inconnue.', reporterName: 'Équipe terrain B', steps: [],
    },
  );
  return faults;
}

const TABLE: Record<FaultAssetType, string> = {
  camera: 'camera', pole: 'pole', network_node: 'network_node', fiber_run: 'fiber_run', power_feed: 'power_feed', power_source: 'power_source',
};

/**
 * Closed faults (the history) are assessed by the real outage analysis (priority, darkened cameras,
 * black-spot losses) and written with their dated history in one transaction: they are over, so no
 * camera status moves. The faults still open are played through the FaultsService in time order, so
 * their cameras are held out of service as for any logged fault, audited. Returns how many faults were
 * written; none when the demo's commissioned assets are not there.
 */
export async function seedDemoFaults(dataSource: DataSource, projectedSrid: number, nowMs = Date.now()): Promise<number> {
  const service = new FaultsService(
    dataSource, new NetworkService(dataSource, { projectedSrid }), new CoverageService(dataSource, { projectedSrid }), loadFaultPolicy({}),
  );
  const idOf = async (type: FaultAssetType, code: string): Promise<string | null> =>
    (await dataSource.query(`SELECT id FROM ${TABLE[type]} WHERE code = $1`, [code]))[0]?.id ?? null;
  const [team] = await dataSource.query(`SELECT id FROM organisation WHERE kind = 'maintenance_team' ORDER BY name LIMIT 1`);
  const anchor = Math.floor(nowMs / HOUR_MS) * HOUR_MS;
  const planned = plan();
  const inputOf = async (fault: PlannedFault) => {
    const assetId = fault.asset ? await idOf(fault.asset.type, fault.asset.code) : null;
    if (fault.asset && !assetId) return null;
    let location: Point | null = null;
    if (!fault.asset) {
      const [row] = await dataSource.query('SELECT ST_X(location) + 0.0002 AS lon, ST_Y(location) + 0.0001 AS lat FROM pole WHERE code = $1', [fault.nearCode]);
      if (!row) return null;
      location = { type: 'Point', coordinates: [Number(row.lon), Number(row.lat)] };
    }
    return {
      assetType: fault.asset?.type ?? null, assetId, location, category: fault.category, channel: fault.channel,
      description: fault.description, reporterName: fault.reporterName,
    };
  };

  const history = planned.filter((fault) => fault.steps.some(({ step }) => step.kind === 'state' && step.state === 'closed'));
  const open = planned.filter((fault) => !history.includes(fault));
  const assessed: {
    fault: PlannedFault;
    input: NonNullable<Awaited<ReturnType<typeof inputOf>>>;
    assessment: Awaited<ReturnType<FaultsService['assess']>>;
  }[] = [];
  for (const fault of history) {
    const input = await inputOf(fault);
    if (!input) return 0;
    assessed.push({ fault, input, assessment: await service.assess(input) });
  }
  await dataSource.transaction(async (manager) => {
    for (const { fault, input, assessment } of assessed) {
      const loggedAt = anchor - fault.loggedHoursAgo * HOUR_MS;
      const at = (afterHours: number) => new Date(loggedAt + afterHours * HOUR_MS);
      let state: FaultState = 'open';
      let resolution: FaultResolution | null = null;
      let newSerial: string | null = null;
      let resolvedAt: Date | null = null;
      const events: Partial<FaultEvent>[] = [{ kind: 'logged', toState: 'open', at: at(0) }];
      for (const { afterHours, step } of fault.steps) {
        if (step.kind === 'state') {
          events.push({ kind: 'state_changed', fromState: state, toState: step.state, at: at(afterHours), comment: step.note ?? null });
          state = step.state;
          if (step.state === 'resolved') {
            resolution = step.resolution ?? 'repaired';
            newSerial = step.newSerial ?? null;
            resolvedAt = at(afterHours);
          }
        } else if (step.kind === 'assign') {
          if (team) events.push({ kind: 'assigned', at: at(afterHours) });
        } else {
          events.push({ kind: 'commented', comment: step.text, at: at(afterHours) });
        }
      }
      const saved = await manager.save(
        manager.create(Fault, {
          assetType: input.assetType, assetId: input.assetId, location: assessment.location, category: input.category,
          description: assessment.description, channel: input.channel, reporterName: input.reporterName, reportedAt: at(0),
          state, darkens: assessment.darkens, priority: assessment.suggested, suggestedPriority: assessment.suggested, impact: assessment.impact,
          assignedOrganisationId: team?.id ?? null, resolution, newSerial, resolvedAt,
        }),
      );
      await manager.insert(FaultEvent, events.map((event) => ({ ...event, faultId: saved.id })));
      if (assessment.darkened.length) {
        await manager.insert(FaultCamera, assessment.darkened.map((cameraId) => ({ faultId: saved.id, cameraId, restoreStatus: 'commissioned' as const })));
      }
    }
  });

  // The open ones, through the service in time order (cameras held, audited), then dated.
  const actions: { atMs: number; fault: PlannedFault; step: Step | null }[] = [];
  for (const fault of open) {
    const loggedAt = anchor - fault.loggedHoursAgo * HOUR_MS;
    actions.push({ atMs: loggedAt, fault, step: null });
    for (const { afterHours, step } of fault.steps) actions.push({ atMs: loggedAt + afterHours * HOUR_MS, fault, step });
  }
  actions.sort((a, b) => a.atMs - b.atMs);
  const logged = new Map<PlannedFault, LoadedFault>();
  for (const action of actions) {
    const [{ last }] = await dataSource.query('SELECT coalesce(max(id), 0) AS last FROM fault_event');
    let fault = logged.get(action.fault);
    if (!action.step) {
      const input = await inputOf(action.fault);
      if (!input) return 0;
      fault = await service.log(input);
      await dataSource.query('UPDATE fault SET reported_at = $2 WHERE id = $1', [fault.id, new Date(action.atMs)]);
    } else if (fault && action.step.kind === 'state') {
      fault = await service.changeState({ id: fault.id, version: fault.version, state: action.step.state, note: action.step.note });
    } else if (fault && action.step.kind === 'assign' && team) {
      fault = await service.update({ id: fault.id, version: fault.version, assignedOrganisationId: team.id });
    } else if (fault && action.step.kind === 'comment') {
      await service.comment(fault.id, action.step.text);
    }
    if (fault) {
      logged.set(action.fault, fault);
      await dataSource.query('UPDATE fault_event SET at = $3 WHERE fault_id = $1 AND id > $2', [fault.id, last, new Date(action.atMs)]);
    }
  }
  return history.length + logged.size;
}
