import { useTranslation } from 'react-i18next';
import type { PanelTab } from '../map/mapUrlState';

export const TABS: PanelTab[] = ['layers', 'plan', 'blackSpots', 'summary', 'network', 'bill', 'faults', 'work', 'optimiser', 'import', 'models', 'audit'];

/** The side panel's tabs; arrow keys move between them (mirrored when the page is right to left). */
/** `tabs`: the tabs this user has (the Work tab needs an account). */
export function PanelTabs({ tab, onTab, tabs = TABS }: { tab: PanelTab; onTab: (tab: PanelTab) => void; tabs?: readonly PanelTab[] }) {
  const { t } = useTranslation();
  const label: Record<PanelTab, string> = { layers: t('tabs.layers'), plan: t('tabs.plan'), blackSpots: t('tabs.blackSpots'), summary: t('tabs.summary'), network: t('tabs.network'), bill: t('tabs.bill'), faults: t('tabs.faults'), work: t('tabs.work'), optimiser: t('tabs.optimiser'), import: t('tabs.import'), models: t('tabs.models'), audit: t('tabs.audit') };
  return (
    <div role="tablist" aria-label={t('app.mapPanel')} className="tabs" onKeyDown={(event) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      const forward = (event.key === 'ArrowRight') !== (document.documentElement.dir === 'rtl');
      const next = tabs[(tabs.indexOf(tab) + (forward ? 1 : tabs.length - 1)) % tabs.length];
      onTab(next);
      document.getElementById(`tab-${next}`)?.focus();
    }}>
      {tabs.map((id) => (
        <button key={id} id={`tab-${id}`} type="button" role="tab" aria-selected={tab === id} aria-controls={`tabpanel-${id}`}
          tabIndex={tab === id ? 0 : -1} className={`tab${tab === id ? ' active' : ''}`} data-testid={`tab-${id}`} onClick={() => onTab(id)}>
          {label[id]}
        </button>
      ))}
    </div>
  );
}
