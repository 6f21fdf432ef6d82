import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userMessage } from '../api/errors';
import { labelOf } from '../domain/labels';
import { formatAmount, formatMad, formatNumber, formatPercent } from '../i18n/format';
import { currentLanguage, i18n, t as translate } from '../i18n/i18n';
import type { CameraSelectionMode } from '../map/mapUrlState';
import { fetchBillOfQuantities, type BillOfQuantities, type BillSection, type ExistingBillLine } from './analysisApi';
import { billToCsv, compareWithBudget, groupByPart, parseAmount, quantityDigits, zoneGroups, type BillCsvLabels, type PartGroup } from './bill';
import { CameraModeToggle } from './BlackSpotPanel';

/** A budget typed by the user (MAD before tax), kept across visits; none: the API's default, the tender's. */
export const BUDGET_STORAGE_KEY = 'vigie.billBudgetMad';

/**
 * The Cost tab: the bill of quantities and cost of the new works against the budget, lines by zone
 * (supply, then installation, with subtotals), and apart the existing assets the programme re-uses.
 */
export function BillPanel({ mode, onMode, refreshKey }: { mode: CameraSelectionMode; onMode: (mode: CameraSelectionMode) => void; refreshKey: unknown }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ bill?: BillOfQuantities; error?: string; loading: boolean }>({ loading: true });
  useEffect(() => {
    const abort = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    fetchBillOfQuantities(mode, abort.signal).then(
      (bill) => !abort.signal.aborted && setState({ bill, loading: false }),
      (error: unknown) => !abort.signal.aborted && setState({ error: userMessage(error).message, loading: false }),
    );
    return () => abort.abort();
  }, [mode, refreshKey]);
  const bill = state.bill;

  return (
    <>
      <section className="panel-section bill-panel" aria-labelledby="bill-heading" data-testid="bill-panel" aria-busy={state.loading}
        data-state={state.error ? 'error' : bill ? 'loaded' : 'loading'}>
        <h2 id="bill-heading">{t('bill.heading')}</h2>
        <CameraModeToggle mode={mode} onMode={onMode} legend={t('bill.selectionLegend')} />
        <p className="hint">{t('bill.selectionHint')}</p>
        {state.error && <p className="form-error" role="alert">{state.error}</p>}
        {!bill && !state.error && <p className="muted">{t('app.loading')}</p>}
        {bill && <BillTotals bill={bill} />}
      </section>
      {bill && <BudgetSection bill={bill} />}
      {bill && <ZoneLines bill={bill} mode={mode} />}
      {bill && <ExistingSection bill={bill} />}
    </>
  );
}

function BillTotals({ bill }: { bill: BillOfQuantities }) {
  const { t } = useTranslation();
  const overall = bill.overall;
  return (
    <>
      <dl className="bill-totals" aria-label={t('bill.totals')}>
        <div className="bill-total-main">
          <dt>{t('bill.totalBeforeTax')}</dt>
          <dd data-testid="bill-total" data-total-mad={overall.totalBeforeTaxMad}>{formatMad(overall.totalBeforeTaxMad)}</dd>
        </div>
        <div className="bill-part-supply"><dt>{t('bill.supply')}</dt><dd data-testid="bill-supply">{formatMad(overall.supplyBeforeTaxMad)}</dd></div>
        <div className="bill-part-installation"><dt>{t('bill.installation')}</dt><dd data-testid="bill-installation">{formatMad(overall.installationBeforeTaxMad)}</dd></div>
        <div><dt>{t('bill.vat', { rate: formatPercent(bill.vatRate) })}</dt><dd data-testid="bill-vat">{formatMad(overall.vatMad)}</dd></div>
        <div className="bill-total-with-tax"><dt>{t('bill.totalWithTax')}</dt><dd data-testid="bill-total-with-tax">{formatMad(overall.totalWithTaxMad)}</dd></div>
      </dl>
      {overall.totalBeforeTaxMad > 0 && (
        <div className="bill-split" aria-hidden="true">
          <span className="bill-split-supply" style={{ inlineSize: `${(100 * overall.supplyBeforeTaxMad) / overall.totalBeforeTaxMad}%` }} />
        </div>
      )}
      {bill.missingUnitCosts.length > 0 && (
        <p className="warning-note" data-testid="bill-missing-costs">{t('bill.missingCosts', { items: bill.missingUnitCosts.join('; ') })}</p>
      )}
    </>
  );
}

function storedBudget(): number | null {
  try {
    const value = Number(localStorage.getItem(BUDGET_STORAGE_KEY));
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

function storeBudget(value: number | null): void {
  try {
    if (value === null) localStorage.removeItem(BUDGET_STORAGE_KEY);
    else localStorage.setItem(BUDGET_STORAGE_KEY, String(value));
  } catch {
    // Private mode: the budget lasts for this page only.
  }
}

/** The budget (the tender's unless the user types another), the share used and how far over or under. */
function BudgetSection({ bill }: { bill: BillOfQuantities }) {
  const { t, i18n } = useTranslation();
  const [override, setOverride] = useState<number | null>(storedBudget);
  const budgetMad = override ?? bill.budgetBeforeTaxMad;
  // What the user is typing, in the language it was typed in. Without one, the field shows the budget in
  // the current language, derived while rendering: an effect that rewrote the text on a language or
  // budget change could run after the user had typed (a render's effects run later) and replace the typing.
  const [draft, setDraft] = useState<{ text: string; language: string; invalid: boolean } | null>(null);
  const language = i18n.language;
  const typing = draft?.language === language ? draft : null;
  const text = typing ? typing.text : formatAmount(budgetMad) ?? '';
  const invalid = typing?.invalid ?? false;
  const comparison = compareWithBudget(bill.overall.totalBeforeTaxMad, budgetMad);

  const commit = () => {
    const value = parseAmount(text, currentLanguage());
    if (value === null) {
      setDraft({ text, language, invalid: true });
      return;
    }
    const next = value === bill.budgetBeforeTaxMad ? null : value;
    setOverride(next);
    storeBudget(next);
    setDraft(null);
  };
  const reset = () => {
    setOverride(null);
    storeBudget(null);
    setDraft(null);
  };

  return (
    <section className="panel-section" aria-labelledby="bill-budget-heading" data-testid="bill-budget">
      <h2 id="bill-budget-heading">{t('bill.budgetHeading')}</h2>
      <form className="bill-budget-form" noValidate onSubmit={(event) => { event.preventDefault(); commit(); }}>
        <label htmlFor="bill-budget-input">{t('bill.budget')}</label>
        <input id="bill-budget-input" data-testid="bill-budget-input" type="text" inputMode="decimal" value={text}
          aria-invalid={invalid} aria-describedby={invalid ? 'bill-budget-error' : undefined}
          onChange={(event) => setDraft({ text: event.currentTarget.value, language, invalid: false })} onBlur={commit} />
        {override !== null && (
          <button type="button" className="link-button" data-testid="bill-budget-reset" onClick={reset}>{t('bill.budgetReset')}</button>
        )}
        {invalid && <p id="bill-budget-error" className="form-error" role="alert">{t('bill.budgetInvalid')}</p>}
      </form>
      <div className={`budget-bar${comparison.over ? ' over' : ''}`} aria-hidden="true">
        <span style={{ inlineSize: `${100 * comparison.barFraction}%` }} />
      </div>
      <p className="budget-share" data-testid="bill-budget-share" data-used-fraction={comparison.usedFraction} data-over={comparison.over}>
        <strong>{t('bill.used', { percent: formatPercent(comparison.usedFraction) ?? '—' })}</strong>
      </p>
      <p className={`budget-status ${comparison.over ? 'over' : 'under'}`} data-testid="bill-budget-status" role="status">
        <span aria-hidden="true">{comparison.over ? '▲ ' : '▼ '}</span>
        {comparison.over
          ? t('bill.over', { amount: formatMad(-comparison.remainingMad) })
          : t('bill.under', { amount: formatMad(comparison.remainingMad) })}
      </p>
    </section>
  );
}

/** Every zone's lines in a collapsible group (all zones first, open); one button opens or closes them all. */
function ZoneLines({ bill, mode }: { bill: BillOfQuantities; mode: CameraSelectionMode }) {
  const { t } = useTranslation();
  const zones = useMemo(() => zoneGroups(bill), [bill]);
  const overallParts = useMemo(() => groupByPart(bill.overall.lines), [bill]);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(['overall']));
  const keys = ['overall', ...zones.map((zone) => zone.key)];
  const allOpen = keys.every((key) => open.has(key));
  const toggle = (key: string, isOpen: boolean) => setOpen((previous) => {
    if (previous.has(key) === isOpen) return previous;
    const next = new Set(previous);
    if (isOpen) next.add(key);
    else next.delete(key);
    return next;
  });
  const title = (zone: { zoneName: string | null; zoneCode: string | null }) =>
    zone.zoneName ? `${zone.zoneName}${zone.zoneCode ? ` (${zone.zoneCode})` : ''}` : zone.zoneCode ?? t('bill.noZone');

  return (
    <section className="panel-section" aria-labelledby="bill-lines-heading" data-testid="bill-lines">
      <div className="panel-section-header">
        <h2 id="bill-lines-heading">{t('bill.linesHeading')}</h2>
        <span className="panel-section-actions">
          <button type="button" className="link-button" data-testid="bill-export-csv" onClick={() => downloadBillCsv(bill, mode, title)}>
            {t('bill.exportCsv')}
          </button>
          <button type="button" className="link-button" data-testid="bill-toggle-zones" aria-controls="bill-zone-groups"
            onClick={() => setOpen(allOpen ? new Set() : new Set(keys))}>
            {allOpen ? t('bill.collapseAll') : t('bill.expandAll')}
          </button>
        </span>
      </div>
      <div id="bill-zone-groups">
        <details className="bill-zone" open={open.has('overall')} data-testid="bill-zone-overall" onToggle={(event) => toggle('overall', event.currentTarget.open)}>
          <summary>
            <span className="bill-zone-name">{t('bill.allZones')}</span>
            <span className="bill-zone-total">{formatMad(bill.overall.totalBeforeTaxMad)}</span>
          </summary>
          <LinesTable caption={t('bill.linesCaption', { zone: t('bill.allZones') })} parts={overallParts} section={bill.overall} />
        </details>
        {zones.map((zone) => (
          <details key={zone.key} className="bill-zone" open={open.has(zone.key)} data-testid="bill-zone" data-zone-code={zone.zoneCode ?? ''}
            onToggle={(event) => toggle(zone.key, event.currentTarget.open)}>
            <summary>
              <span className="bill-zone-name">{title(zone)}</span>
              <span className="bill-zone-total">{t('bill.zoneSummary', { total: formatMad(zone.section.totalBeforeTaxMad), share: formatPercent(zone.shareOfTotal) })}</span>
            </summary>
            <LinesTable caption={t('bill.linesCaption', { zone: title(zone) })} parts={zone.parts} section={zone.section} />
            {zone.section.existing.length > 0 && <ExistingTable caption={t('bill.existingCaption', { zone: title(zone) })} lines={zone.section.existing} />}
          </details>
        ))}
      </div>
    </section>
  );
}

/** Saves the bill as a CSV file named after the selection and the day (the browser's download). */
function downloadBillCsv(bill: BillOfQuantities, mode: CameraSelectionMode, zoneTitle: BillCsvLabels['zoneTitle']) {
  const labels: BillCsvLabels = {
    columns: {
      zone: translate('bill.column.zone'), part: translate('bill.column.part'), category: translate('bill.column.category'), item: translate('bill.column.item'),
      unit: translate('bill.column.unit'), quantity: translate('bill.column.quantity'), unitPrice: translate('bill.column.unitPrice'), amount: translate('bill.column.amount'),
    },
    allZones: translate('bill.allZones'),
    zoneTitle,
    part: (part) => translate(`bill.part.${part}`),
    existing: translate('bill.existingHeading'),
    category: categoryLabel,
    item: itemLabel,
    unit: unitLabel,
    totalBeforeTax: translate('bill.sectionTotal'),
    vat: translate('bill.vat', { rate: formatPercent(bill.vatRate) }),
    totalWithTax: translate('bill.totalWithTax'),
  };
  const url = URL.createObjectURL(new Blob([billToCsv(bill, labels, currentLanguage())], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `vigie-bill-${mode}-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function categoryLabel(category: string): string {
  const key = `bill.category.${category}`;
  return i18n.exists(key) ? translate(key) : labelOf(category);
}

const SPECIAL_ITEMS: Record<string, string> = {
  'run end': 'runEnd', 'low-voltage cable': 'lowVoltageCable', 'unspecified model': 'unspecifiedModel', 'unspecified kind': 'unspecifiedKind',
};

/** Kinds, cable types and install methods in words; camera model codes as they are. */
function itemLabel(category: string, item: string): string {
  const special = SPECIAL_ITEMS[item];
  if (special) return translate(`bill.item.${special}`);
  return category === 'camera' ? item : labelOf(item);
}

function unitLabel(unit: string): string {
  const key = `bill.unit.${unit}`;
  return i18n.exists(key) ? translate(key) : unit;
}

function quantity(line: { quantity: number; unit: string }): string {
  return formatNumber(line.quantity, quantityDigits(line.unit));
}

function LinesTable({ caption, parts, section }: { caption: string; parts: PartGroup[]; section: BillSection }) {
  const { t } = useTranslation();
  if (parts.length === 0) return <p className="muted">{t('bill.noLines')}</p>;
  return (
    <div className="table-scroll">
      <table className="summary-table bill-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('bill.column.category')}</th><th scope="col">{t('bill.column.item')}</th><th scope="col">{t('bill.column.unit')}</th>
            <th scope="col">{t('bill.column.quantity')}</th><th scope="col">{t('bill.column.unitPrice')}</th><th scope="col">{t('bill.column.amount')}</th>
          </tr>
        </thead>
        {parts.map((group) => (
          <tbody key={group.part} data-part={group.part}>
            <tr className="bill-part-row"><th scope="rowgroup" colSpan={6}>{t(`bill.part.${group.part}`)}</th></tr>
            {group.lines.map((line) => (
              <tr key={`${line.category}|${line.item}|${line.unitCostMad}`} data-testid="bill-line" data-category={line.category}>
                <td>{categoryLabel(line.category)}</td>
                <td>{itemLabel(line.category, line.item)}</td>
                <td>{unitLabel(line.unit)}</td>
                <td className="number">{quantity(line)}</td>
                <td className="number">{formatAmount(line.unitCostMad)}</td>
                <td className="number">{formatAmount(line.totalMad)}</td>
              </tr>
            ))}
            <tr className="bill-subtotal"><th scope="row" colSpan={5}>{t(`bill.subtotal.${group.part}`)}</th><td className="number">{formatAmount(group.subtotalMad)}</td></tr>
          </tbody>
        ))}
        <tfoot>
          <tr className="bill-section-total"><th scope="row" colSpan={5}>{t('bill.sectionTotal')}</th><td className="number">{formatAmount(section.totalBeforeTaxMad)}</td></tr>
        </tfoot>
      </table>
    </div>
  );
}

function ExistingTable({ caption, lines, testId }: { caption: string; lines: readonly ExistingBillLine[]; testId?: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="summary-table bill-table bill-existing-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr><th scope="col">{t('bill.column.category')}</th><th scope="col">{t('bill.column.item')}</th><th scope="col">{t('bill.column.unit')}</th><th scope="col">{t('bill.column.quantity')}</th></tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={`${line.category}|${line.item}`} data-testid="bill-existing-line" data-category={line.category}>
              <td>{categoryLabel(line.category)}</td>
              <td>{itemLabel(line.category, line.item)}</td>
              <td>{unitLabel(line.unit)}</td>
              <td className="number">{quantity(line)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The existing assets of the whole bill, apart: not priced, in no total. */
function ExistingSection({ bill }: { bill: BillOfQuantities }) {
  const { t } = useTranslation();
  const lines = bill.overall.existing;
  return (
    <section className="panel-section bill-existing" aria-labelledby="bill-existing-heading" data-testid="bill-existing" data-count={lines.length}>
      <h2 id="bill-existing-heading">{t('bill.existingHeading')}</h2>
      <p className="hint">{t('bill.existingNote')}</p>
      {lines.length === 0
        ? <p className="muted">{t('bill.noExisting')}</p>
        : <ExistingTable caption={t('bill.allZones')} lines={lines} testId="bill-existing-table" />}
    </section>
  );
}
