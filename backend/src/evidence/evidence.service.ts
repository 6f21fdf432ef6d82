import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { VIGIE_CONFIG, type VigieConfig } from '../config/vigie-config';
import { badInput, forbidden, notFound } from '../common/errors/vigie-errors';
import { translateDatabaseError } from '../common/crud/crud.service';
import { recordAudit } from '../common/audit/audit-writer';
import type { Actor } from '../common/request-context';
import { isUuid } from '../common/uuid';
import { PHYSICAL_ASSET_TABLES } from '../common/physical-asset-tables';
import { displayNameOf } from '../core/evidence/photo-facts';
import { EVIDENCE_ASSET_TYPES, EvidencePhoto, type EvidenceAssetType, type EvidenceContentType } from './evidence-photo.entity';
import { EVIDENCE_STORAGE, evidenceKeys, type EvidenceStorage } from './evidence-storage';
import { inspectPhoto } from './photo-inspection';

/** Each asset table and its geometry column (the distance of a photo is measured to it); a fault's is where it was logged. */
const ASSET_GEOMETRY: Record<EvidenceAssetType, { table: string; column: string; typeName: string }> = {
  ...(Object.fromEntries(
    Object.entries(PHYSICAL_ASSET_TABLES).map(([kind, { table, geometry, typeName }]) => [kind, { table, column: geometry, typeName }]),
  ) as Record<Exclude<EvidenceAssetType, 'fault'>, { table: string; column: string; typeName: string }>),
  fault: { table: 'fault', column: 'location', typeName: 'Fault' },
};

/** How the row checked for access is read: a fault has no code (it is named by its id) and is its reporter's too. */
const ACCESS_ROW_SQL = (table: string) =>
  table === 'fault'
    ? `SELECT id, 'fault ' || left(id::text, 8) AS code, assigned_organisation_id AS "assignedOrganisationId", reported_by_user_id AS "reportedByUserId" FROM fault WHERE id = $1`
    : `SELECT id, code, assigned_organisation_id AS "assignedOrganisationId" FROM "${table}" WHERE id = $1`;

interface AssetRow {
  id: string;
  code: string;
  assignedOrganisationId: string | null;
  /** Faults only: who logged it (a contractor's field team may document what it reported). */
  reportedByUserId?: string | null;
}

export interface PhotoUpload {
  assetType: string;
  assetId: string;
  stepId?: string | null;
  fileName?: string | null;
  declaredType: EvidenceContentType;
  body: Buffer;
}

/**
 * Evidence photos: who may attach, read and remove them, the checks on upload, and the bytes in the
 * evidence storage (one copy per content hash; removed when no photo row uses it any more).
 * Access: admins and engineers anywhere; maintenance teams on any asset (faults are anywhere);
 * contractors only on assets assigned to their organisation; viewers never.
 */
@Injectable()
export class EvidenceService {
  private readonly logger = new Logger('Evidence');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(VIGIE_CONFIG) private readonly config: VigieConfig,
    @Inject(EVIDENCE_STORAGE) readonly storage: EvidenceStorage,
  ) {}

  get maxPhotoBytes(): number {
    return this.config.evidence.maxPhotoBytes;
  }

  /** The asset, if this actor may see and attach evidence to it; NOT_FOUND / FORBIDDEN otherwise. */
  async accessibleAsset(actor: Actor, assetType: string, assetId: string, manager: EntityManager = this.dataSource.manager): Promise<AssetRow> {
    if (!(EVIDENCE_ASSET_TYPES as readonly string[]).includes(assetType)) {
      throw badInput(`assetType must be one of ${EVIDENCE_ASSET_TYPES.join(', ')}; got "${assetType}".`, { field: 'assetType' });
    }
    const { table, typeName } = ASSET_GEOMETRY[assetType as EvidenceAssetType];
    const [row] = isUuid(assetId) ? await manager.query(ACCESS_ROW_SQL(table), [assetId]) : [];
    if (!row) throw notFound(typeName, assetId);
    this.checkAccess(actor, row, typeName);
    return row;
  }

  private checkAccess(actor: Actor, asset: AssetRow, typeName: string): void {
    if (actor.role === 'admin' || actor.role === 'engineer' || actor.role === 'maintenance') return;
    if (actor.role === 'contractor' && actor.organisationId && asset.assignedOrganisationId === actor.organisationId) return;
    if (actor.role === 'contractor' && asset.reportedByUserId && asset.reportedByUserId === actor.userId) return;
    throw forbidden(`${typeName} ${asset.code} is not assigned to your organisation: its evidence is not yours to see or add.`, { role: actor.role });
  }

  /**
   * Checks and stores one photo. The same content on the same asset is one photo: sent again (a phone
   * retrying), the existing record comes back and `created` is false.
   */
  async upload(actor: Actor, upload: PhotoUpload): Promise<{ photo: EvidencePhoto; created: boolean }> {
    // A fault's steps are its history entries (numbered); an asset's are lifecycle steps (uuid).
    if (upload.stepId && upload.assetType === 'fault' && !/^[1-9]\d{0,17}$/.test(upload.stepId)) throw badInput('stepId must be the id of an entry of the fault\'s history.', { field: 'stepId' });
    if (upload.stepId && upload.assetType !== 'fault' && !isUuid(upload.stepId)) throw badInput('stepId must be a uuid.', { field: 'stepId' });
    await this.accessibleAsset(actor, upload.assetType, upload.assetId);
    const inspected = await inspectPhoto(upload.body, upload.declaredType);
    const keys = evidenceKeys(inspected.contentHash);
    // Bytes first, then the row: a failed write leaves at worst an unreferenced blob, never a row without bytes.
    if (!(await this.storage.exists(keys.original))) await this.storage.put(keys.original, upload.body, inspected.contentType);
    if (!(await this.storage.exists(keys.thumbnail))) await this.storage.put(keys.thumbnail, inspected.thumbnail, 'image/webp');
    const assetType = upload.assetType as EvidenceAssetType;
    const { table, column } = ASSET_GEOMETRY[assetType];
    const srid = this.config.projectedSrid;
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.accessibleAsset(actor, assetType, upload.assetId, manager);
        let faultEventId: string | null = null;
        if (upload.stepId && assetType === 'fault') {
          // A fault's steps are the entries of its history (faults/): logging, state changes, comments.
          const [event] = await manager.query('SELECT 1 FROM fault_event WHERE id = $1 AND fault_id = $2', [upload.stepId, upload.assetId]);
          if (!event) throw badInput(`stepId ${upload.stepId} is not an entry of this fault's history.`, { field: 'stepId' });
          faultEventId = upload.stepId;
        } else if (upload.stepId) {
          // A step of this asset's lifecycle (installation/): a photo documents the asset it shows.
          const [step] = await manager.query('SELECT 1 FROM asset_status_step WHERE id = $1 AND asset_type::text = $2 AND asset_id = $3', [upload.stepId, assetType, upload.assetId]);
          if (!step) throw badInput(`stepId ${upload.stepId} is not a lifecycle step of this ${assetType.replaceAll('_', ' ')}.`, { field: 'stepId' });
        }
        const existing = await manager.findOne(EvidencePhoto, { where: { assetType, assetId: upload.assetId, contentHash: inspected.contentHash } });
        if (existing) return { photo: existing, created: false };
        let distance: number | null = null;
        if (inspected.position) {
          const [{ meters }] = await manager.query(
            `SELECT ST_Distance(ST_Transform("${column}", ${Number(srid)}), ST_Transform(ST_SetSRID(ST_MakePoint($2, $3), 4326), ${Number(srid)})) AS meters
               FROM "${table}" WHERE id = $1`,
            [upload.assetId, inspected.position[0], inspected.position[1]],
          );
          distance = Math.round(Number(meters) * 100) / 100;
        }
        const saved = await manager.save(
          manager.create(EvidencePhoto, {
            assetType,
            assetId: upload.assetId,
            stepId: assetType === 'fault' ? null : (upload.stepId ?? null),
            faultEventId,
            contentHash: inspected.contentHash,
            contentType: inspected.contentType,
            sizeBytes: inspected.sizeBytes,
            widthPixels: inspected.widthPixels,
            heightPixels: inspected.heightPixels,
            displayName: displayNameOf(upload.fileName),
            takenAtLocal: inspected.takenAt?.local ?? null,
            takenAtOffset: inspected.takenAt?.offset ?? null,
            takenAt: inspected.takenAt?.at ?? null,
            position: inspected.position ? { type: 'Point', coordinates: inspected.position } : null,
            distanceFromAssetMeters: distance,
            farFromAsset: distance !== null && distance > this.config.evidence.maxDistanceMeters,
            uploadedByUserId: actor.userId,
          }),
        );
        const photo = await manager.findOneOrFail(EvidencePhoto, { where: { id: saved.id } });
        await recordAudit(manager, { action: 'create', entityType: 'EvidencePhoto', entityId: photo.id, before: null, after: photo }, actor);
        return { photo, created: true };
      });
    } catch (error) {
      throw translateDatabaseError(error, 'EvidencePhoto');
    }
  }

  async list(actor: Actor, assetType: string, assetId: string): Promise<EvidencePhoto[]> {
    await this.accessibleAsset(actor, assetType, assetId);
    return this.dataSource.manager.find(EvidencePhoto, {
      where: { assetType: assetType as EvidenceAssetType, assetId },
      order: { uploadedAt: 'DESC', id: 'ASC' },
    });
  }

  /** One photo, if this actor may see its asset. */
  async findOne(actor: Actor, id: string): Promise<EvidencePhoto> {
    const photo = isUuid(id) ? await this.dataSource.manager.findOne(EvidencePhoto, { where: { id } }) : null;
    if (!photo) throw notFound('EvidencePhoto', id);
    await this.accessibleAsset(actor, photo.assetType, photo.assetId);
    return photo;
  }

  /** The bytes of a photo's original or thumbnail, with its content type. */
  async content(actor: Actor, id: string, variant: 'original' | 'thumbnail'): Promise<{ body: Buffer; contentType: string; photo: EvidencePhoto }> {
    const photo = await this.findOne(actor, id);
    const keys = evidenceKeys(photo.contentHash);
    const body = await this.storage.get(variant === 'original' ? keys.original : keys.thumbnail);
    if (!body) throw notFound(`EvidencePhoto ${variant}`, id);
    return { body, contentType: variant === 'original' ? photo.contentType : 'image/webp', photo };
  }

  /**
   * Removes a photo: engineers and admins any; others only the photos they uploaded themselves, on
   * assets they may see. The bytes go when no other photo row holds the same content.
   */
  async delete(actor: Actor, id: string): Promise<string> {
    const hash = await this.dataSource.transaction(async (manager) => {
      const photo = isUuid(id) ? await manager.findOne(EvidencePhoto, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!photo) throw notFound('EvidencePhoto', id);
      await this.accessibleAsset(actor, photo.assetType, photo.assetId, manager);
      if (actor.role !== 'admin' && actor.role !== 'engineer' && photo.uploadedByUserId !== actor.userId) {
        throw forbidden('Only who uploaded a photo (or an engineer) may remove it.', { role: actor.role });
      }
      await manager.delete(EvidencePhoto, { id });
      await recordAudit(manager, { action: 'delete', entityType: 'EvidencePhoto', entityId: id, before: photo, after: null }, actor);
      const [{ others }] = await manager.query('SELECT count(*)::int AS others FROM evidence_photo WHERE content_hash = $1', [photo.contentHash]);
      return others === 0 ? photo.contentHash : null;
    });
    if (hash) {
      const keys = evidenceKeys(hash);
      try {
        await this.storage.delete(keys.original);
        await this.storage.delete(keys.thumbnail);
      } catch (error) {
        // The row is gone; an orphan blob is harmless and is logged for the operator.
        this.logger.warn(`Photo ${id} removed but its bytes could not be: ${(error as Error).message}`);
      }
    }
    return id;
  }
}
