import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { userMessage } from '../api/errors';
import { formatNumber, formatPercent } from '../i18n/format';
import type { RecordingMode } from '../gql/graphql';
import { updateRecordingSettings, type BandwidthResult, type LinkLoadRow } from './bandwidthApi';

const terabytes = (value: number) => formatNumber(value, 1);
const mbps = (value: number) => formatNumber(value, value < 100 ? 1 : 0);

/** One link's load against its capacity, flagged when over-subscribed. */
function LinkRow({ link }: { link: LinkLoadRow }) {
  const { t } = useTranslation();
  return (
    <tr data-testid="bandwidth-link" data-kind={link.kind} data-over={link.overSubscribed} className={link.overSubscribed ? 'link-over' : undefined}>
      <td>{t(`bandwidth.linkKind.${link.kind}`)} {link.element.code ?? link.element.id.slice(0, 8)}{link.terminatesAt?.code ? ` → ${link.terminatesAt.code}` : ''}</td>
      <td>{t('bandwidth.load', { load: mbps(link.loadMbps), capacity: mbps(link.capacityMbps) })}</td>
      <td>{formatPercent(link.utilization)}{link.overSubscribed && <strong className="form-error"> {t('bandwidth.overSubscribed')}</strong>}</td>
    </tr>
  );
}

/** The recording settings engineers may change (the stored profile): retention, continuous or event recording, RAID overhead. */
function ProfileForm({ report, onSaved }: { report: BandwidthResult; onSaved: () => void }) {
  const { t } = useTranslation();
  const profile = report.recordingProfile!;
  const [retentionDays, setRetentionDays] = useState(String(report.settings.retentionDays));
  const [recordingMode, setRecordingMode] = useState<RecordingMode>(report.settings.recordingMode);
  const [raid, setRaid] = useState(String(report.settings.raidOverheadPercent));
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    updateRecordingSettings({ id: profile.id, version: profile.version, retentionDays: Number(retentionDays), recordingMode, raidOverheadPercent: Number(raid) }).then(
      onSaved,
      (failure: unknown) => setError(userMessage(failure).message),
    );
  };
  return (
    // noValidate: the API's refusal names the setting and its range in words (the browser's bubble says less and blocks the save).
    <form className="bandwidth-form" noValidate onSubmit={submit} data-testid="recording-profile-form">
      <label>{t('bandwidth.retentionDays')} <input type="number" min={1} max={3650} step={1} value={retentionDays} onChange={(event) => setRetentionDays(event.target.value)} /></label>
      <label>{t('bandwidth.recordingMode')}{' '}
        <select value={recordingMode} onChange={(event) => setRecordingMode(event.target.value as RecordingMode)}>
          <option value="continuous">{t('bandwidth.mode.continuous')}</option>
          <option value="event">{t('bandwidth.mode.event')}</option>
        </select>
      </label>
      <label>{t('bandwidth.raidOverhead')} <input type="number" min={0} max={300} step={1} value={raid} onChange={(event) => setRaid(event.target.value)} /></label>
      <button type="submit">{t('bandwidth.save')}</button>
      {error && <p className="form-error" role="alert">{error}</p>}
    </form>
  );
}

/**
 * Bandwidth and storage: terabytes at the control centre now (commissioned cameras) and as planned, the
 * streams per model, and the links over capacity or busiest, with each control centre's ingest.
 */
export function BandwidthPanel({ report, error, canPlan, onSaved }: { report: BandwidthResult | null; error: string | null; canPlan: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="panel-section" aria-labelledby="bandwidth-heading" data-testid="bandwidth" data-over={report?.overSubscribedCount ?? ''}>
      <h2 id="bandwidth-heading">{t('bandwidth.heading')}</h2>
      {error && <p className="form-error" role="alert">{error}</p>}
      {!report ? (
        !error && <p className="muted">{t('bandwidth.loading')}</p>
      ) : (
        <>
          <p className="hint">
            {t('bandwidth.settings', {
              profile: report.recordingProfile?.name ?? t('bandwidth.defaults'),
              days: report.settings.retentionDays,
              mode: t(`bandwidth.mode.${report.settings.recordingMode}`),
              fps: formatNumber(report.settings.framesPerSecond, 0),
              raid: formatNumber(report.settings.raidOverheadPercent, 0),
            })}
          </p>
          <table className="bandwidth-storage">
            <thead><tr><th /><th>{t('bandwidth.cameras')}</th><th>{t('bandwidth.stream')}</th><th>{t('bandwidth.net')}</th><th>{t('bandwidth.raw')}</th></tr></thead>
            <tbody>
              {(['now', 'planned'] as const).map((key) => (
                <tr key={key} data-testid={`storage-${key}`} data-net-tb={report[key].netTerabytes} data-raw-tb={report[key].rawTerabytes}>
                  <th scope="row">{t(`bandwidth.${key}`)}</th>
                  <td>{formatNumber(report[key].cameraCount, 0)}</td>
                  <td>{t('bandwidth.mbps', { value: mbps(report[key].meanRecordedMbps) })}</td>
                  <td>{t('bandwidth.tb', { value: terabytes(report[key].netTerabytes) })}</td>
                  <td>{t('bandwidth.tb', { value: terabytes(report[key].rawTerabytes) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {canPlan && report.recordingProfile && <ProfileForm key={report.recordingProfile.version} report={report} onSaved={onSaved} />}
          <p data-testid="bandwidth-links-summary">
            {report.overSubscribedCount === 0
              ? t('bandwidth.noneOver', { count: report.linkCount })
              : t('bandwidth.over', { count: report.overSubscribedCount, total: report.linkCount })}
          </p>
          <table className="bandwidth-links">
            <tbody>
              {report.ingest.map((link) => <LinkRow key={`ingest-${link.element.id}`} link={link} />)}
              {report.links.map((link) => <LinkRow key={`${link.kind}-${link.element.id}`} link={link} />)}
            </tbody>
          </table>
          <details>
            <summary>{t('bandwidth.byModel')}</summary>
            <ul>
              {report.byModel.map((model) => (
                <li key={`${model.modelCode}-${model.codec}`}>
                  {t('bandwidth.modelLine', { code: model.modelCode, count: model.cameraCount, day: mbps(model.dayMbps), night: mbps(model.nightMbps), codec: model.codec.replace('_smart', '+').toUpperCase() })}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}
