import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userMessage } from '../api/errors';
import { PhotoCapture } from '../evidence/PhotoCapture';
import { usePhotoObjectUrl } from '../evidence/usePhotoObjectUrl';
import { formatDate } from '../i18n/format';
import type { FaultTicket } from './faultsApi';
import { assignFault, fetchAssignees, fetchFaultPhotos, uploadFaultPhoto, type FaultAssigneeTeam, type FaultPhoto } from './maintenanceApi';
import './maintenanceMessages';
import './maintenance.css';

/** Who assigns faults (and may list the teams to assign to). */
export const FAULT_MANAGER_ROLES: readonly string[] = ['admin', 'engineer', 'maintenance'];

/** One write at a time from a ticket's section: busy while it runs, its refusal shown. */
function useBusyAction(): { busy: boolean; error: string | null; setError: (message: string | null) => void; run: (work: () => Promise<unknown>) => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(userMessage(failure).message);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}

/**
 * Who the ticket is assigned to: managers pick a team (organisation) and a person of it (a person's
 * own team is taken with them); others see whether it is their organisation's.
 */
export function FaultAssignment({ fault, role, organisationId, onAssigned }: {
  fault: Pick<FaultTicket, 'id' | 'version' | 'assignedOrganisationId' | 'assignedUserId'>;
  role: string | undefined;
  organisationId: string | undefined;
  onAssigned: () => Promise<void> | void;
}) {
  const { t } = useTranslation();
  const manager = role !== undefined && FAULT_MANAGER_ROLES.includes(role);
  const [teams, setTeams] = useState<FaultAssigneeTeam[] | null>(null);
  const [team, setTeam] = useState(fault.assignedOrganisationId ?? '');
  const [person, setPerson] = useState(fault.assignedUserId ?? '');
  const { busy, error, setError, run } = useBusyAction();

  useEffect(() => {
    if (!manager) return;
    const controller = new AbortController();
    fetchAssignees(controller.signal).then(setTeams).catch((failure) => { if (!controller.signal.aborted) setError(userMessage(failure).message); });
    return () => controller.abort();
  }, [manager, setError]);
  useEffect(() => {
    setTeam(fault.assignedOrganisationId ?? '');
    setPerson(fault.assignedUserId ?? '');
  }, [fault.assignedOrganisationId, fault.assignedUserId]);

  if (!manager) {
    if (!fault.assignedOrganisationId) return <p className="muted" data-testid="fault-assignment">{t('maintenance.unassigned')}</p>;
    return (
      <p className="muted" data-testid="fault-assignment">
        {fault.assignedOrganisationId === organisationId ? t('maintenance.assignedToYourTeam') : t('maintenance.assignedElsewhere')}
      </p>
    );
  }
  const people = teams?.find((entry) => (entry.organisationId ?? '') === team)?.users ?? [];
  const changed = team !== (fault.assignedOrganisationId ?? '') || person !== (fault.assignedUserId ?? '');
  const save = () => run(async () => {
    await assignFault({ id: fault.id, version: fault.version, assignedOrganisationId: team || null, assignedUserId: person || null });
    await onAssigned();
  });
  return (
    <fieldset className="fault-assignment" data-testid="fault-assignment">
      <legend>{t('maintenance.assignment')}</legend>
      <label>{t('maintenance.team')}{' '}
        <select value={team} data-testid="fault-assign-team" disabled={!teams} onChange={(event) => { setTeam(event.target.value); setPerson(''); }}>
          <option value="">{t('maintenance.unassigned')}</option>
          {teams?.filter((entry) => entry.organisationId).map((entry) => <option key={entry.organisationId} value={entry.organisationId!}>{entry.name}</option>)}
        </select>
      </label>
      <label>{t('maintenance.person')}{' '}
        <select value={person} data-testid="fault-assign-person" disabled={!teams || !team} onChange={(event) => setPerson(event.target.value)}>
          <option value="">{t('maintenance.unassigned')}</option>
          {people.map((user) => <option key={user.id} value={user.id}>{user.name}</option>)}
        </select>
      </label>
      {error && <p className="error" role="alert">{error}</p>}
      <button type="button" className="secondary-button" data-testid="fault-assign-save" disabled={busy || !changed} onClick={() => void save()}>
        {t('maintenance.assign')}
      </button>
    </fieldset>
  );
}

/**
 * The ticket's photos (the installation evidence storage, assetType fault): thumbnails, each with the
 * history entry it documents; those who work faults add one from the phone's camera, for the fault
 * or for one entry of its history.
 */
export function FaultPhotos({ fault, role, revision }: { fault: Pick<FaultTicket, 'id' | 'history'>; role: string | undefined; revision: number }) {
  const { t } = useTranslation();
  const [photos, setPhotos] = useState<FaultPhoto[]>([]);
  const [entry, setEntry] = useState('');
  const { busy, error, setError, run } = useBusyAction();
  const [loaded, setLoaded] = useState(0);
  const canAdd = role !== undefined && role !== 'viewer';

  useEffect(() => {
    if (!canAdd) return;
    const controller = new AbortController();
    fetchFaultPhotos(fault.id, controller.signal).then(setPhotos).catch((failure) => { if (!controller.signal.aborted) setError(userMessage(failure).message); });
    return () => controller.abort();
  }, [fault.id, canAdd, revision, loaded, setError]);

  const entryLabel = useMemo(() => {
    const labels = new Map<string, string>();
    for (const event of fault.history) {
      const what = event.toState ? t(`faults.state.${event.toState}`) : t(`faults.event.${event.kind}`);
      labels.set(event.id, `${formatDate(event.at)} · ${what}`);
    }
    return labels;
  }, [fault.history, t]);
  if (!canAdd) return null;

  return (
    <div className="fault-photos" data-testid="fault-photos">
      <h3>{t('maintenance.photos')}</h3>
      {photos.length === 0 ? <p className="muted">{t('maintenance.noPhotos')}</p> : (
        <ul className="fault-photo-list">
          {photos.map((photo) => <FaultPhotoThumb key={photo.id} photo={photo} entry={photo.faultEventId ? entryLabel.get(photo.faultEventId) : undefined} />)}
        </ul>
      )}
      <label>{t('maintenance.photoOf')}{' '}
        <select value={entry} data-testid="fault-photo-entry" onChange={(event) => setEntry(event.target.value)}>
          <option value="">{t('maintenance.wholeFault')}</option>
          {fault.history.map((event) => <option key={event.id} value={event.id}>{entryLabel.get(event.id)}</option>)}
        </select>
      </label>
      {error && <p className="error" role="alert">{error}</p>}
      <PhotoCapture
        label={busy ? t('maintenance.uploading') : t('maintenance.addPhoto')} busy={busy} testId="fault-photo-input"
        onPhoto={(file) => void run(async () => {
          await uploadFaultPhoto(fault.id, file, entry || null);
          setLoaded((value) => value + 1);
        })}
      />
    </div>
  );
}

function FaultPhotoThumb({ photo, entry }: { photo: FaultPhoto; entry: string | undefined }) {
  const { t } = useTranslation();
  const url = usePhotoObjectUrl(photo.thumbnailUrl);
  return (
    <li className="fault-photo" data-testid="fault-photo" data-entry={photo.faultEventId ?? ''}>
      {url ? <img src={url} alt={photo.displayName ?? ''} width={96} /> : <span className="photo-placeholder" />}
      <small>{entry ? t('maintenance.photoOfEntry', { entry }) : formatDate(photo.uploadedAt)}</small>
    </li>
  );
}
