import type { DataSource } from 'typeorm';
import { runWithRequestContext, type Actor } from '../common/request-context';
import { createUtmProjectionFor } from '../core/geometry/projection';
import { generatedPhoto } from '../evidence/generated-photo';
import type { EvidenceService } from '../evidence/evidence.service';
import type { AcceptanceService } from './acceptance.service';

/**
 * What the demo's installers measured and photographed (Fès demo, after the assets and their status
 * history are seeded): as-built records judged by the acceptance service against the design, with
 * photos generated deterministically (sharp, EXIF time and GPS) and attached to the camera's
 * "installed" step. So that acceptance says something out of the box: Place Florence's CAM-PFL-01
 * accepted (commissioned); Bab Boujloud's installed ones waiting for review, two of them out of tolerance
 * (turned 14 degrees; set 8 m off and 1 m low, its photo taken 120 m away), one sent back.
 */
interface DemoMeasurement {
  code: string;
  /** Added to the design: degrees clockwise, metres east and north, metres up. */
  headingOffsetDegrees: number;
  eastMeters: number;
  northMeters: number;
  heightOffsetMeters: number;
  /** Where the photo was taken, metres from the camera (north). */
  photoOffsetMeters: number;
  review: 'accepted' | 'sent_back' | null;
  reviewComment?: string;
  colour: string;
}

const MEASUREMENTS: DemoMeasurement[] = [
  { code: 'CAM-PFL-01', headingOffsetDegrees: 1.5, eastMeters: 0.4, northMeters: -0.3, heightOffsetMeters: 0.1, photoOffsetMeters: 6, review: 'accepted', colour: '#5b7083' },
  { code: 'CAM-BBJ-01', headingOffsetDegrees: 2, eastMeters: 0.8, northMeters: 0.5, heightOffsetMeters: 0.2, photoOffsetMeters: 7, review: null, colour: '#7b5b83' },
  { code: 'CAM-BBJ-02', headingOffsetDegrees: 14, eastMeters: 0.5, northMeters: 0, heightOffsetMeters: 0, photoOffsetMeters: 12, review: null, colour: '#83605b' },
  { code: 'CAM-BBJ-03', headingOffsetDegrees: -3, eastMeters: 6, northMeters: -5, heightOffsetMeters: -1, photoOffsetMeters: 120, review: null, colour: '#5b8380' },
  {
    code: 'CAM-BBJ-04', headingOffsetDegrees: 9, eastMeters: 1, northMeters: 1, heightOffsetMeters: 0, photoOffsetMeters: 10, review: 'sent_back',
    reviewComment: 'Réorienter vers la porte (cap prévu), puis reprendre la mesure.', colour: '#6b6b8a',
  },
];

export interface DemoAcceptanceServices {
  dataSource: DataSource;
  evidence: EvidenceService;
  acceptance: AcceptanceService;
}

/** Seeds the demo's photos and as-built records; returns how many of each. Skipped (zeros) when a camera already has one. */
export async function seedDemoAcceptance({ dataSource, evidence, acceptance }: DemoAcceptanceServices): Promise<Record<string, number>> {
  const counts = { evidence_photo: 0, camera_as_built: 0 };
  const [{ existing }] = await dataSource.query('SELECT count(*)::int AS existing FROM camera_as_built');
  if (existing > 0) return counts;
  const actorOf = async (email: string, role: Actor['role']): Promise<Actor | null> => {
    const [row] = await dataSource.query('SELECT id, organisation_id FROM app_user WHERE email = $1', [email]);
    return row ? { userId: row.id, email, role, organisationId: row.organisation_id } : null;
  };
  const system: Actor = { userId: null, email: null, role: 'engineer', organisationId: null };
  const engineer = (await actorOf('engineer@vigie.demo', 'engineer')) ?? system;
  const contractor = await actorOf('contractor@vigie.demo', 'contractor');
  for (const measurement of MEASUREMENTS) {
    const [camera] = await dataSource.query(
      `SELECT c.id, c.heading_degrees, c.tilt_degrees, c.mount_height_meters, c.assigned_organisation_id,
              ST_X(c.location) AS lon, ST_Y(c.location) AS lat, s.id AS step_id, s.occurred_at
         FROM camera c LEFT JOIN LATERAL (
           SELECT id, occurred_at FROM asset_status_step WHERE asset_type = 'camera' AND asset_id = c.id AND to_status = 'installed'
            ORDER BY occurred_at DESC LIMIT 1) s ON TRUE
        WHERE c.code = $1`,
      [measurement.code],
    );
    if (!camera) continue;
    // Atlas's cameras by the demo contractor account; Sebou's (no demo account) by the engineer on site.
    const installer = contractor && contractor.organisationId === camera.assigned_organisation_id ? contractor : engineer;
    const designed: [number, number] = [Number(camera.lon), Number(camera.lat)];
    const projection = createUtmProjectionFor(designed);
    const metres = projection.toMeters(designed);
    const offset = (east: number, north: number) => projection.toLonLat({ x: metres.x + east, y: metres.y + north });
    const moved = offset(measurement.eastMeters, measurement.northMeters);
    const installedAt = camera.occurred_at ? new Date(camera.occurred_at) : new Date();
    // The photo: taken at the installation, in Morocco's time (UTC+1), where the installer stood.
    const local = new Date(installedAt.getTime() + 3_600_000).toISOString().slice(0, 19).replace('T', ' ').replace(/-/g, ':');
    const photo = await generatedPhoto({
      width: 800, height: 600, colour: measurement.colour,
      gps: offset(0, measurement.photoOffsetMeters), takenAt: { local, offset: '+01:00' },
    });
    await evidence.upload(installer, {
      assetType: 'camera', assetId: camera.id, stepId: camera.step_id ?? null, fileName: `${measurement.code}-pose.jpg`, declaredType: 'image/jpeg', body: photo,
    });
    counts.evidence_photo++;
    const record = await runWithRequestContext({ actor: installer, clientAddress: null }, () => acceptance.record({
      cameraId: camera.id,
      location: { type: 'Point', coordinates: moved },
      headingDegrees: (((Number(camera.heading_degrees) + measurement.headingOffsetDegrees) % 360) + 360) % 360,
      tiltDegrees: Number(camera.tilt_degrees),
      mountHeightMeters: Number(camera.mount_height_meters) + measurement.heightOffsetMeters,
      serialNumber: `FES-${measurement.code.slice(4)}-2026`,
      comment: null,
      measuredAt: new Date(installedAt.getTime() + 3_600_000).toISOString(),
    }));
    counts.camera_as_built++;
    if (measurement.review) {
      const comment = measurement.reviewComment ?? (record.acceptanceState === 'needs_correction' ? 'Écart accepté sur place.' : null);
      await runWithRequestContext({ actor: engineer, clientAddress: null }, () => acceptance.review({ id: record.id, version: record.version, comment }, measurement.review!));
    }
  }
  return counts;
}
