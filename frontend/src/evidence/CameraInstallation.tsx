import type { Point } from 'geojson';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { userMessage } from '../api/errors';
import { GraphQLRequestError } from '../api/graphqlClient';
import type { Role } from '../domain/vocabulary';
import { formatDate, formatDegrees, formatDistance, formatNumber } from '../i18n/format';
import {
  fetchAcceptance, fetchAsBuilt, fetchPhotos, recordAsBuilt, reviewAsBuilt, uploadPhoto,
  type CameraAcceptance, type CameraAsBuilt, type EvidencePhoto,
} from './evidenceApi';
import { PhotoCapture } from './PhotoCapture';
import { usePhotoObjectUrl } from './usePhotoObjectUrl';
import { moveAssetStatus } from '../installation/installationApi';
import './evidenceMessages';
import './evidence.css';

interface CameraFacts {
  id: string;
  version: number;
  /** The lifecycle status (an installed camera with an accepted record can be commissioned here). */
  status?: string;
  location: Point;
  headingDegrees: number;
  tiltDegrees: number;
  mountHeightMeters: number;
}

/**
 * The installation side of a camera, phone first: photos taken with the phone's camera (with the
 * time and position read from them, flagged when far from the camera), the as-built values, and the
 * design against the as-built camera with accept / send back for engineers.
 */
export function CameraInstallation({ camera, role, onCoverage, onStatusChanged }: {
  camera: CameraFacts;
  role: Role | null;
  /** After a status step taken here (commissioning): the map reloads the camera. */
  onStatusChanged?: () => void;
  /** Draws a coverage on the map (the design's or the as-built camera's, side by side in turn). */
  onCoverage?: (coverage: CameraAcceptance['designCoverage'] | null) => void;
}) {
  const { t } = useTranslation();
  const [photos, setPhotos] = useState<readonly EvidencePhoto[]>([]);
  const [asBuilt, setAsBuilt] = useState<CameraAsBuilt | null>(null);
  const [acceptance, setAcceptance] = useState<CameraAcceptance | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [revision, setRevision] = useState(0);
  // Not one's own organisation's camera (contractors): the API says FORBIDDEN and the photo part stays hidden.
  const [photosForbidden, setPhotosForbidden] = useState(false);
  const canPhoto = (role === 'admin' || role === 'engineer' || role === 'contractor' || role === 'maintenance') && !photosForbidden;
  const canRecord = role === 'admin' || role === 'engineer' || role === 'contractor';
  const canReview = role === 'admin' || role === 'engineer';
  const [commissioned, setCommissioned] = useState(false);

  useEffect(() => {
    const abort = new AbortController();
    const failed = (caught: unknown) => !abort.signal.aborted && setError(userMessage(caught).message);
    if (canPhoto) {
      fetchPhotos(camera.id, abort.signal).then(
        (list) => !abort.signal.aborted && setPhotos(list),
        (caught: unknown) => (caught instanceof GraphQLRequestError && caught.code === 'FORBIDDEN' ? setPhotosForbidden(true) : failed(caught)),
      );
    }
    fetchAsBuilt(camera.id, abort.signal).then((record) => !abort.signal.aborted && setAsBuilt(record ?? null), failed);
    fetchAcceptance(camera.id, abort.signal).then((result) => !abort.signal.aborted && setAcceptance(result ?? null), failed);
    return () => abort.abort();
  }, [camera.id, camera.version, canPhoto, revision]);
  useEffect(() => setPhotosForbidden(false), [camera.id]);

  const run = useCallback(async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setRevision((value) => value + 1);
    } catch (caught) {
      setError(userMessage(caught).message);
    } finally {
      setBusy(false);
    }
  }, []);

  return (
    <section className="installation" aria-label={t('installation.title')} data-testid="camera-installation">
      <h3>{t('installation.title')}</h3>
      {error && <p className="form-error" role="alert">{error}</p>}
      {canPhoto && (
        <>
          <h4>{t('installation.photos')}</h4>
          <PhotoCapture
            label={busy ? t('installation.uploading') : t('installation.takePhoto')} busy={busy} testId="photo-input"
            onPhoto={(file) => void run(() => uploadPhoto(camera.id, file))}
          />
          {photos.length === 0 ? <p className="muted">{t('installation.noPhotos')}</p> : (
            <ul className="photo-list">{photos.map((photo) => <PhotoCard key={photo.id} photo={photo} />)}</ul>
          )}
        </>
      )}
      <h4>{t('installation.asBuilt')}</h4>
      {asBuilt ? <AsBuiltFacts record={asBuilt} /> : <p className="muted">{t('installation.noAsBuilt')}</p>}
      {canRecord && <AsBuiltForm camera={camera} busy={busy} onSubmit={(input) => run(() => recordAsBuilt(input))} />}
      {acceptance && asBuilt && (
        <Comparison
          acceptance={acceptance} record={asBuilt} canReview={canReview} busy={busy} onCoverage={onCoverage}
          onReview={(decision, comment) => run(() => reviewAsBuilt(decision, { id: asBuilt.id, version: asBuilt.version, comment: comment || null }))}
        />
      )}
      {canReview && camera.status === 'installed' && asBuilt?.acceptanceState === 'accepted' && (
        // A status step (who, when, where): the API checks the commissioning rule and says what is missing.
        <button type="button" className="primary-button" disabled={busy} data-testid="commission"
          onClick={() => void run(async () => {
            await moveAssetStatus({ assetType: 'camera', assetId: camera.id, toStatus: 'commissioned', expectedVersion: camera.version });
            setCommissioned(true);
            onStatusChanged?.();
          })}>{t('installation.commission')}</button>
      )}
      {commissioned && <p role="status" data-testid="commissioned">{t('installation.commissioned')}</p>}
    </section>
  );
}

function PhotoCard({ photo }: { photo: EvidencePhoto }) {
  const { t } = useTranslation();
  const url = usePhotoObjectUrl(photo.thumbnailUrl);
  const distance = formatDistance(photo.distanceFromAssetMeters);
  const time = photo.takenAt ? formatDate(photo.takenAt) : photo.takenAtLocal?.replace('T', ' ');
  return (
    <li className={`photo-card${photo.farFromAsset ? ' far' : ''}`} data-testid="photo-card" data-far={photo.farFromAsset}>
      {url ? <img src={url} alt={photo.displayName ?? ''} width={128} /> : <span className="photo-placeholder" />}
      <span>{time ? t('installation.takenAt', { time }) : t('installation.noExifTime')}</span>
      <span className={photo.farFromAsset ? 'form-error' : 'muted'}>
        {distance === undefined ? t('installation.noExifPosition') : photo.farFromAsset ? t('installation.farFromAsset', { distance }) : t('installation.distance', { distance })}
      </span>
    </li>
  );
}

function AsBuiltFacts({ record }: { record: CameraAsBuilt }) {
  const { t } = useTranslation();
  return (
    <dl className="facts" data-testid="as-built" data-state={record.acceptanceState}>
      <dt>{t('installation.heading')}</dt><dd>{formatDegrees(record.headingDegrees)}</dd>
      <dt>{t('installation.tilt')}</dt><dd>{formatDegrees(record.tiltDegrees)}</dd>
      <dt>{t('installation.mountHeight')}</dt><dd>{formatDistance(record.mountHeightMeters)}</dd>
      {record.serialNumber && <><dt>{t('installation.serialNumber')}</dt><dd>{record.serialNumber}</dd></>}
      <dt>{formatDate(record.measuredAt)}</dt><dd><strong>{t(`installation.state.${record.acceptanceState}`)}</strong></dd>
      {record.reviewComment && <><dt>{t('installation.reviewComment')}</dt><dd>{record.reviewComment}</dd></>}
    </dl>
  );
}

function AsBuiltForm({ camera, busy, onSubmit }: {
  camera: CameraFacts;
  busy: boolean;
  onSubmit: (input: { cameraId: string; location: Point; headingDegrees: number; tiltDegrees: number; mountHeightMeters: number; serialNumber: string | null; comment: string | null }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [heading, setHeading] = useState(String(camera.headingDegrees));
  const [tilt, setTilt] = useState(String(camera.tiltDegrees));
  const [height, setHeight] = useState(String(camera.mountHeightMeters));
  const [serial, setSerial] = useState('');
  const [comment, setComment] = useState('');
  const [position, setPosition] = useState<Point | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit({
      cameraId: camera.id, location: position ?? camera.location, headingDegrees: Number(heading), tiltDegrees: Number(tilt),
      mountHeightMeters: Number(height), serialNumber: serial.trim() || null, comment: comment.trim() || null,
    });
  };
  const locate = () => navigator.geolocation?.getCurrentPosition((found) => setPosition({ type: 'Point', coordinates: [found.coords.longitude, found.coords.latitude] }));
  return (
    <form className="as-built-form" onSubmit={submit} data-testid="as-built-form">
      <label>{t('installation.heading')}<input type="number" inputMode="decimal" min={0} max={359.9} step="any" required value={heading} onChange={(e) => setHeading(e.target.value)} /></label>
      <label>{t('installation.tilt')}<input type="number" inputMode="decimal" min={-90} max={90} step="any" required value={tilt} onChange={(e) => setTilt(e.target.value)} /></label>
      <label>{t('installation.mountHeight')}<input type="number" inputMode="decimal" min={0.1} max={100} step="any" required value={height} onChange={(e) => setHeight(e.target.value)} /></label>
      <label>{t('installation.serialNumber')}<input value={serial} maxLength={100} onChange={(e) => setSerial(e.target.value)} /></label>
      <label>{t('installation.comment')}<input value={comment} maxLength={1000} onChange={(e) => setComment(e.target.value)} /></label>
      <p className="muted">
        {position ? t('installation.positionFromDevice') : t('installation.positionAsDesigned')}{' '}
        <button type="button" onClick={locate}>{t('installation.useMyPosition')}</button>
      </p>
      <button type="submit" disabled={busy}>{t('installation.record')}</button>
    </form>
  );
}

function Comparison({ acceptance, record, canReview, busy, onReview, onCoverage }: {
  onCoverage?: (coverage: CameraAcceptance['designCoverage'] | null) => void;
  acceptance: CameraAcceptance;
  record: CameraAsBuilt;
  canReview: boolean;
  busy: boolean;
  onReview: (decision: 'accept' | 'sendBack', comment: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [needComment, setNeedComment] = useState(false);
  const open = record.acceptanceState === 'pending' || record.acceptanceState === 'needs_correction';
  return (
    <div className="acceptance" data-testid="acceptance" data-within={acceptance.withinTolerance}>
      <h4>{t('installation.comparison')}</h4>
      {onCoverage && (
        <p className="review">
          <button type="button" onClick={() => onCoverage(acceptance.designCoverage)}>{t('installation.showDesign')}</button>
          <button type="button" data-testid="show-as-built" onClick={() => onCoverage(acceptance.asBuiltCoverage)}>{t('installation.showAsBuilt')}</button>
        </p>
      )}
      <ul>
        <li>{t('installation.deviation.heading', { value: formatDegrees(acceptance.headingDeviationDegrees) })}</li>
        <li>{t('installation.deviation.position', { value: formatDistance(acceptance.positionDeviationMeters) })}</li>
        <li>{t('installation.deviation.mountHeight', { value: formatDistance(Math.abs(acceptance.mountHeightDeviationMeters)) })}</li>
      </ul>
      {acceptance.blackSpots.length > 0 && (
        <table className="compact">
          <thead><tr><th>{t('installation.blackSpot')}</th><th>{t('installation.designed')}</th><th>{t('installation.built')}</th><th>{t('installation.loss')}</th></tr></thead>
          <tbody>
            {acceptance.blackSpots.map((spot) => (
              <tr key={spot.blackSpotId} className={spot.outOfTolerance ? 'form-error' : undefined}>
                <td>{spot.blackSpotCode}</td>
                <td>{formatNumber(spot.designCoveredPercent)} %</td>
                <td>{formatNumber(spot.asBuiltCoveredPercent)} %</td>
                <td>{formatNumber(spot.lossPoints)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {acceptance.deviations.length > 0 && (
        <ul className="form-error" data-testid="deviations">{acceptance.deviations.map((deviation, index) => <li key={index}>{deviation.message}</li>)}</ul>
      )}
      {canReview && open && (
        <div className="review">
          <label>{t('installation.reviewComment')}<textarea data-testid="review-comment" value={comment} maxLength={1000} onChange={(e) => setComment(e.target.value)} /></label>
          {needComment && <p className="form-error">{t('installation.commentRequired')}</p>}
          <button type="button" disabled={busy} data-testid="accept-as-built" onClick={() => void onReview('accept', comment)}>{t('installation.accept')}</button>
          <button
            type="button" disabled={busy} data-testid="send-back-as-built"
            onClick={() => {
              if (!comment.trim()) return setNeedComment(true);
              setNeedComment(false);
              void onReview('sendBack', comment);
            }}
          >{t('installation.sendBack')}</button>
        </div>
      )}
    </div>
  );
}
