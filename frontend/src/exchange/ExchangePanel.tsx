import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphqlRequest } from '../api/graphqlClient';
import { sessionStore } from '../auth/session';
import { graphql } from '../gql';
import type { Selection } from '../map/mapUrlState';
import { reportHash } from '../report/reportRoute';
import { EXPORT_FORMATS, EXPORT_LAYERS, exportUrl, fileNameOf, LAYER_OF_SELECTION, type ExportChoice, type ExportFormat, type ExportLayer } from './exportRequest';

const EXPORT_PACKAGES = graphql(`
  query ExportWorkPackages { workPackages(first: 200) { nodes { id code name } } }
`);

type ScopeChoice = 'city' | 'zone' | 'work_package' | 'selection';

/**
 * The Layers tab's exchange box: the printable design report (city, the selected zone or a work
 * package) and an export of a layer, the selected zone, a work package or the selected asset to the
 * GIS formats (GET /api/export with the session's token; signed-in users only).
 */
export function ExchangePanel({ selection, signedIn }: { selection: Selection | null; signedIn: boolean }) {
  const { t } = useTranslation();
  const [layer, setLayer] = useState<ExportLayer>('cameras');
  const [format, setFormat] = useState<ExportFormat>('geojson');
  const [scope, setScope] = useState<ScopeChoice>('city');
  const [packages, setPackages] = useState<{ id: string; code: string; name: string }[]>([]);
  const [packageId, setPackageId] = useState('');
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  useEffect(() => {
    if (!signedIn) return;
    graphqlRequest(EXPORT_PACKAGES, {}).then((data) => setPackages(data.workPackages.nodes), () => setPackages([]));
  }, [signedIn]);
  const zoneId = selection?.kind === 'zone' ? selection.id : null;
  const reportScope = scope === 'work_package' && packageId ? { kind: 'work_package' as const, id: packageId } : zoneId && scope === 'zone' ? { kind: 'zone' as const, id: zoneId } : { kind: 'city' as const, id: null };
  const selectedLayer = selection ? LAYER_OF_SELECTION[selection.kind] : undefined;

  async function download() {
    const choice: ExportChoice = {
      layer: scope === 'selection' && selectedLayer ? selectedLayer : layer,
      format,
      scope: scope === 'zone' && zoneId ? { kind: 'zone', id: zoneId } : scope === 'work_package' && packageId ? { kind: 'work_package', id: packageId } : { kind: 'city' },
      ids: scope === 'selection' && selection ? [selection.id] : undefined,
    };
    setState({ busy: true });
    try {
      const response = await fetch(exportUrl(choice), { headers: await sessionStore.headers() });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
        throw new Error(body?.errors?.[0]?.message ?? response.statusText);
      }
      const blob = await response.blob();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = fileNameOf(response.headers.get('content-disposition'), `vigie-${choice.layer}.${format}`);
      document.body.appendChild(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      setState({ busy: false });
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  const blocked = (scope === 'zone' && !zoneId) || (scope === 'work_package' && !packageId) || (scope === 'selection' && !selectedLayer);
  return (
    <section className="exchange-panel" aria-labelledby="exchange-heading">
      <h3 id="exchange-heading">{t('exchange.heading')}</h3>
      <label>
        {t('exchange.scope')}
        <select value={scope} onChange={(event) => setScope(event.currentTarget.value as ScopeChoice)} data-testid="export-scope">
          <option value="city">{t('exchange.city')}</option>
          <option value="zone">{t('exchange.zone')}</option>
          {signedIn && <option value="work_package">{t('exchange.workPackage')}</option>}
          <option value="selection">{t('exchange.selection')}</option>
        </select>
      </label>
      {scope === 'work_package' && (
        <label>
          {t('exchange.workPackage')}
          <select value={packageId} onChange={(event) => setPackageId(event.currentTarget.value)} data-testid="export-package">
            <option value="">—</option>
            {packages.map((item) => <option key={item.id} value={item.id}>{item.code} · {item.name}</option>)}
          </select>
        </label>
      )}
      {scope === 'zone' && !zoneId && <p className="panel-note">{t('exchange.noZone')}</p>}
      <a className="report-link" href={`#${reportHash({ scope: reportScope, paper: 'a4' })}`} target="_blank" rel="noopener" title={t('report.openHint')} data-testid="open-design-report">
        {t('report.open')}
      </a>
      {signedIn && (
        <>
          {scope !== 'selection' && (
            <label>
              {t('exchange.layer')}
              <select value={layer} onChange={(event) => setLayer(event.currentTarget.value as ExportLayer)} data-testid="export-layer">
                {EXPORT_LAYERS.map((id) => <option key={id} value={id}>{t(`exchange.layers.${id}`)}</option>)}
              </select>
            </label>
          )}
          <label>
            {t('exchange.format')}
            <select value={format} onChange={(event) => setFormat(event.currentTarget.value as ExportFormat)} data-testid="export-format">
              {EXPORT_FORMATS.map((item) => <option key={item.id} value={item.id}>{item.label}</option>)}
            </select>
          </label>
          <button type="button" onClick={() => void download()} disabled={state.busy || blocked} data-testid="export-download">
            {state.busy ? t('exchange.downloading') : t('exchange.download')}
          </button>
          {state.error && <p role="alert" className="panel-error">{t('exchange.failed', { message: state.error })}</p>}
        </>
      )}
    </section>
  );
}
