import { useTranslation } from 'react-i18next';
import type { Notice } from '../planning/usePlanning';
import type { BasemapMode } from '../map/basemap/BaseMap';

/** The outcome of the last edit, with "Reload" when the data on screen is stale. */
export function NoticeBar({ notice, onReload, onDismiss }: { notice: Notice | null; onReload: () => void; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="notice" data-tone={notice.tone}>
      <span>{notice.message}</span>
      {notice.reload && <button type="button" className="secondary-button" data-testid="notice-reload" onClick={onReload}>{t('app.reload')}</button>}
      <button type="button" className="link-button" onClick={onDismiss} aria-label={t('app.dismiss')}>✕</button>
    </div>
  );
}

export type LoadStatus = { text: string; tone: 'busy' | 'error' | 'ok' };

/** The header's status: loading until every list and the settings answered (settled), then whether anything failed. */
export function loadStatus(settled: boolean, failed: boolean, t: (key: string) => string): LoadStatus {
  if (!settled) return { text: t('app.statusLoading'), tone: 'busy' };
  return failed ? { text: t('app.statusPartial'), tone: 'error' } : { text: t('app.statusOk'), tone: 'ok' };
}

/** Over the map: how many changes others made since the notice was dismissed (the layers are already updated). */
export function LiveNotice({ count, onDismiss }: { count: number; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (count <= 0) return null;
  return (
    <div className="live-notice" role="status" data-testid="live-notice" data-count={count}>
      <span>{count === 1 ? t('live.oneChangeByOthers') : t('live.changesByOthers', { count })}</span>
      <button type="button" className="link-button" onClick={onDismiss} aria-label={t('app.dismiss')}>✕</button>
    </div>
  );
}

/** Over the map: what could not be loaded, and that the basemap is the offline one. */
export function MapMessages({ failures, configError, basemapMode }: {
  failures: ReadonlyArray<{ collection: string; message: string }>;
  configError?: string;
  basemapMode: BasemapMode | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      {(failures.length > 0 || configError) && (
        <div className="error-banner" role="alert" data-testid="load-errors">
          <strong>{t('app.loadErrors')}</strong>
          <ul>
            {configError && <li>{t('app.configError', { message: configError })}</li>}
            {failures.map(({ collection, message }) => (
              <li key={collection}>{t(`collections.${collection}`)}: {message}</li>
            ))}
          </ul>
        </div>
      )}
      {basemapMode === 'offline' && (
        <div className="basemap-notice" role="status" data-testid="basemap-notice" title={t('app.offlineBasemapTitle')}>
          {t('app.offlineBasemap')}
        </div>
      )}
    </>
  );
}
