import type { LoadState } from '../../api/useConnection';
import { ASSET_STATUSES, type AssetStatus } from '../../domain/vocabulary';
import { labelOf } from '../../domain/labels';
import { STATUS_COLOURS } from '../mapStyles';
import type { MapData } from '../useMapData';
import { useTranslation } from 'react-i18next';
import { formatDistance, formatNumber, formatPercent } from '../../i18n/format';

const ITEMS: Array<{ testId: string; collection: keyof MapData }> = [
  { testId: 'count-cameras', collection: 'cameras' },
  { testId: 'count-poles', collection: 'poles' },
  { testId: 'count-network-nodes', collection: 'networkNodes' },
  { testId: 'count-fiber-runs', collection: 'fiberRuns' },
  { testId: 'count-power-sources', collection: 'powerSources' },
  { testId: 'count-power-feeds', collection: 'powerFeeds' },
  { testId: 'count-black-spots', collection: 'blackSpots' },
  { testId: 'count-zones', collection: 'zones' },
  { testId: 'count-buildings', collection: 'buildings' },
];

/** How many of each asset the deployment holds (all pages loaded), with cameras by status. */
export function AssetSummary({ data }: { data: MapData }) {
  const { t } = useTranslation();
  const fiberMeters =
    data.fiberRuns.status === 'loaded' ? data.fiberRuns.nodes.reduce((sum, run) => sum + (run.lengthMeters ?? 0), 0) : undefined;
  return (
    <section className="panel-section" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('summary.heading')}</h2>
      <dl className="asset-summary" data-testid="asset-summary">
        {ITEMS.map(({ testId, collection }) => (
          <div key={testId} className="asset-count">
            <dt>{t(`collections.${collection}`)}</dt>
            <dd data-testid={testId} {...countAttributes(data[collection])}>
              {countText(data[collection])}
            </dd>
          </div>
        ))}
      </dl>
      {fiberMeters !== undefined && fiberMeters > 0 && (
        <p className="summary-note">{t('summary.fiberLength', { length: formatDistance(fiberMeters) })}</p>
      )}
      <CameraStatusBar cameras={data.cameras} />
    </section>
  );
}

function countText(state: LoadState<unknown>): string {
  if (state.status === 'loading') return '…';
  if (state.status === 'error') return '!';
  return formatNumber(state.nodes.length, 0);
}

function countAttributes(state: LoadState<unknown>) {
  if (state.status === 'loaded') {
    return { 'data-count': state.nodes.length, 'data-total-count': state.totalCount, 'data-state': 'loaded' };
  }
  return { 'data-state': state.status, title: state.status === 'error' ? state.message : '…' };
}

function CameraStatusBar({ cameras }: { cameras: MapData['cameras'] }) {
  const { t } = useTranslation();
  if (cameras.status !== 'loaded' || cameras.nodes.length === 0) return null;
  const counts = new Map<AssetStatus, number>();
  for (const camera of cameras.nodes) counts.set(camera.status, (counts.get(camera.status) ?? 0) + 1);
  const total = cameras.nodes.length;
  const present = ASSET_STATUSES.filter((status) => counts.has(status));
  return (
    <figure className="status-bar" aria-label={t('summary.camerasByStatus')}>
      <div className="status-bar-track">
        {present.map((status) => (
          <span
            key={status}
            style={{ flexGrow: counts.get(status), background: STATUS_COLOURS[status] }}
            title={`${labelOf(status)}: ${counts.get(status)}`}
          />
        ))}
      </div>
      <figcaption>
        {t('summary.camerasByStatus')} · {present.map((status) => `${labelOf(status)} ${formatPercent(counts.get(status)! / total)}`).join(' · ')}
      </figcaption>
    </figure>
  );
}
