import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { VigieError } from '../common/errors/vigie-errors';
import { ASSET_UPDATE_RULES } from '../common/asset-update-rules';
import { currentActor } from '../common/request-context';
import type { StatusChange, StatusChangeGate } from '../common/status-change-gate';
import type { AssetStatus } from '../core/domain';
import { isUuid } from '../common/uuid';
import { NetworkService } from '../network/network.service';

/** Statuses a fiber run on the camera's path must have for the path to count: it is in the ground. */
const BUILT_STATUSES: readonly AssetStatus[] = ['installed', 'commissioned'];

export type CommissioningRequirement = 'accepted_as_built' | 'photo' | 'network_path' | 'power' | 'path_built';

export interface MissingRequirement {
  requirement: CommissioningRequirement;
  message: string;
}

/**
 * Commissioning a camera (engineers and admins) needs: its current as-built record accepted, at least
 * one photo, a fiber path to the control centre through powered nodes whose fiber runs are installed,
 * and power. A refusal is BAD_USER_INPUT with reason COMMISSIONING_REQUIREMENTS_MISSING and the list.
 * Not checked: a camera back from out_of_service (a repair: it was commissioned before), a camera
 * created as existing (in service before the programme), and writes outside a request's API
 * (the demo seeder inserts by SQL).
 */
@Injectable()
export class CommissioningRule implements StatusChangeGate {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(NetworkService) private readonly network: NetworkService,
  ) {}

  async beforeStatusChange(change: StatusChange): Promise<void> {
    if (!this.applies(change)) return;
    // Contractors and maintenance teams are refused (or exempt) by their field rules, checked in the transaction.
    const actor = currentActor();
    if (actor && ASSET_UPDATE_RULES[actor.role]) return;
    let from: AssetStatus | null = null;
    let existing = change.existing ?? false;
    if (change.id) {
      if (!isUuid(change.id)) return;
      const [row] = await this.dataSource.query('SELECT status, existing FROM camera WHERE id = $1', [change.id]);
      if (!row) return; // NOT_FOUND comes from the update itself.
      from = row.status;
      existing = row.existing;
    }
    if (this.exempt(from, existing)) return;
    const missing = [...(await this.missingRecords(this.dataSource.manager, change.id)), ...(change.id ? await this.missingNetwork(change.id) : [])];
    if (missing.length) throw refusal(missing);
  }

  async withinStatusChange(manager: EntityManager, change: StatusChange & { from: AssetStatus | null }): Promise<void> {
    if (!this.applies(change) || this.exempt(change.from, change.existing ?? false)) return;
    const missing = await this.missingRecords(manager, change.id);
    if (missing.length) throw refusal(missing);
  }

  /** What is missing to commission this camera now (empty: it may be commissioned). */
  async missingFor(cameraId: string): Promise<MissingRequirement[]> {
    return [...(await this.missingRecords(this.dataSource.manager, cameraId)), ...(await this.missingNetwork(cameraId))];
  }

  private applies(change: StatusChange): boolean {
    return change.typeName === 'Camera' && change.to === 'commissioned';
  }

  private exempt(from: AssetStatus | null, existing: boolean): boolean {
    return from === 'commissioned' || from === 'out_of_service' || (from === null && existing);
  }

  private async missingRecords(manager: EntityManager, cameraId: string | null): Promise<MissingRequirement[]> {
    const missing: MissingRequirement[] = [];
    const [facts] = cameraId
      ? await manager.query(
          `SELECT (SELECT acceptance_state FROM camera_as_built WHERE camera_id = $1 AND current) AS state,
                  EXISTS (SELECT 1 FROM evidence_photo WHERE asset_type = 'camera' AND asset_id = $1) AS photo`,
          [cameraId],
        )
      : [{ state: null, photo: false }];
    if (facts.state !== 'accepted') {
      missing.push({
        requirement: 'accepted_as_built',
        message: facts.state ? `its as-built record is ${String(facts.state).replace('_', ' ')}, not accepted` : 'no as-built record (heading, tilt, height, position measured on site)',
      });
    }
    if (!facts.photo) missing.push({ requirement: 'photo', message: 'no photo of the installed camera' });
    return missing;
  }

  private async missingNetwork(cameraId: string): Promise<MissingRequirement[]> {
    const path = await this.network.cameraNetworkPath(cameraId, 'planned');
    const missing: MissingRequirement[] = [];
    if (!path.connected) {
      const unpowered = path.cutOffByUnpoweredNetworkNodes.map((node) => node.code ?? node.id);
      missing.push({
        requirement: 'network_path',
        message: unpowered.length ? `no network path to the control centre (cut off by unpowered ${unpowered.join(', ')})` : 'no network path to the control centre',
      });
    } else {
      const unbuilt = path.fiberRuns.filter((run) => !BUILT_STATUSES.includes(run.status)).map((run) => `${run.code} (${run.status})`);
      if (unbuilt.length) missing.push({ requirement: 'path_built', message: `fiber runs on its path not installed yet: ${unbuilt.join(', ')}` });
    }
    if (!path.powered) missing.push({ requirement: 'power', message: 'no power' });
    return missing;
  }
}

function refusal(missing: MissingRequirement[]): VigieError {
  return new VigieError('BAD_USER_INPUT', `The camera cannot be commissioned yet: ${missing.map((m) => m.message).join('; ')}.`, {
    reason: 'COMMISSIONING_REQUIREMENTS_MISSING',
    missing: missing.map((m) => m.requirement),
  });
}
