import { useTranslation } from 'react-i18next';
import type { PanelTab } from '../map/mapUrlState';

export const TABS: PanelTab[] = ['layers', 'plan', 'blackSpots', 'summary', 'network', 'bill', 'faults'];

/** The side panel's tabs; arrow keys move between them (mirrored when the page is right to left). */
export function PanelTabs({ tab, onTab }: { tab: PanelTab; onTab: (tab: PanelTab) => void }) {
  const { t } = useTranslation();
  const label: Record<PanelTab, string> = { layers: t('tabs.layers'), plan: t('tabs.plan'), blackSpots: t('tabs.blackSpots'), summary: t('tabs.summary'), network: t('tabs.network'), bill: t('tabs.bill'), faults: t('tabs.faults') };
  return (
    <div role="tablist" aria-label={t('app.mapPanel')} className="tabs" onKeyDown={(event) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      const forward = (event.key === 'ArrowRight') !== (document.documentElement.dir === 'rtl');
      const next = TABS[(TABS.indexOf(tab) + (forward ? 1 : TABS.length - 1)) % TABS.length];
      onTab(next);
      document.getElementById(`tab-${next}`)?.focus();
    }}>
      {TABS.map((id) => (
        <button key={id} id={`tab-${id}`} type="button" role="tab" aria-selected={tab === id} aria-controls={`tabpanel-${id}`}
          tabIndex={tab === id ? 0 : -1} className={`tab${tab === id ? ' active' : ''}`} data-testid={`tab-${id}`} onClick={() => onTab(id)}>
          {label[id]}
        </button>
      ))}
    </div>
  );
}
