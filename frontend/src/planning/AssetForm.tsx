import '../catalogue/catalogue.css';
import { Fragment, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../domain/labels';
import { i18n } from '../i18n/i18n';
import { ASSET_STATUSES, CABLE_TYPES, INSTALL_METHODS, NETWORK_NODE_KINDS, POLE_KINDS, POWER_SOURCE_KINDS } from '../domain/vocabulary';
import type { InputOf, NodeOf } from '../editing/mutations';
import { PHYSICAL_TYPE_VOCAB } from './ExistingFlag';
import type { Planning } from './usePlanning';

/** The assets edited through this form (cameras have their editor, black spots and buildings theirs). */
export type FormType = 'Pole' | 'NetworkNode' | 'PowerSource' | 'FiberRun' | 'PowerFeed';

export interface FieldSpec {
  key: string;
  /** `int` and `number` are typed as text and sent as numbers; an empty nullable one is sent as null. */
  input: 'text' | 'int' | 'number' | 'select' | 'checkbox';
  /** Translation key of the label. */
  label: string;
  unit?: string;
  options?: readonly string[];
  nullable?: boolean;
  /** Translation key of a note under the field. */
  note?: string;
}

const code: FieldSpec = { key: 'code', input: 'text', label: 'field.code' };
const name: FieldSpec = { key: 'name', input: 'text', label: 'field.name' };
const status: FieldSpec = { key: 'status', input: 'select', label: 'field.status', options: ASSET_STATUSES };
const ups: FieldSpec = { key: 'upsAutonomyMinutes', input: 'number', label: 'assets.ups', unit: 'min', nullable: true, note: 'assets.upsNote' };
const voltage: FieldSpec = { key: 'voltage', input: 'number', label: 'field.voltage', unit: 'V' };
const capacity: FieldSpec = { key: 'capacityWatts', input: 'number', label: 'field.capacity', unit: 'W' };
const install: FieldSpec = { key: 'installMethod', input: 'select', label: 'field.install', options: INSTALL_METHODS, note: 'assets.installNote' };

/** Every attribute the API accepts for each type, except geometry, endpoints and the existing flag (edited elsewhere). */
export const FORM_FIELDS: Record<FormType, readonly FieldSpec[]> = {
  Pole: [code, { key: 'kind', input: 'select', label: 'field.kind', options: POLE_KINDS }, status,
    { key: 'heightMeters', input: 'number', label: 'field.height', unit: 'm' }, { key: 'owner', input: 'text', label: 'field.owner', nullable: true }, ups],
  NetworkNode: [code, name, { key: 'kind', input: 'select', label: 'field.kind', options: NETWORK_NODE_KINDS }, status,
    { key: 'portCount', input: 'int', label: 'field.ports', nullable: true },
    { key: 'strandCapacity', input: 'int', label: 'field.strandCapacity', nullable: true },
    { key: 'powerDrawWatts', input: 'number', label: 'assets.powerDraw', unit: 'W', nullable: true, note: 'assets.powerDrawNote' }, ups],
  PowerSource: [code, name, { key: 'kind', input: 'select', label: 'field.kind', options: POWER_SOURCE_KINDS }, status, voltage, capacity],
  FiberRun: [code, status, { key: 'cableType', input: 'select', label: 'field.cableType', options: CABLE_TYPES },
    install, { key: 'strandCount', input: 'int', label: 'field.strands' }],
  PowerFeed: [code, status, install, voltage, capacity, { key: 'switched', input: 'checkbox', label: 'assets.switched', note: 'assets.switchedNote' }],
};

export type Draft = Record<string, string | boolean>;

export function draftOf(fields: readonly FieldSpec[], node: Record<string, unknown>): Draft {
  const draft: Draft = {};
  for (const field of fields) {
    const value = node[field.key];
    draft[field.key] = field.input === 'checkbox' ? Boolean(value) : value === null || value === undefined ? '' : String(value);
  }
  return draft;
}

/**
 * The changes a draft makes, as the API takes them, or the first field that cannot be sent (empty
 * where a value is required, not a number). Ranges are the API's to check: its message is shown.
 */
export function changesOf(fields: readonly FieldSpec[], node: Record<string, unknown>, draft: Draft, creating = false): { changes: Record<string, unknown>; invalid?: FieldSpec } {
  const saved = draftOf(fields, node);
  const changes: Record<string, unknown> = {};
  for (const field of fields) {
    const value = draft[field.key];
    // A new record sends every field typed in, and needs every required one.
    if (value === saved[field.key] && !(creating && (value !== '' || !field.nullable))) continue;
    if (field.input === 'checkbox' || field.input === 'select') changes[field.key] = value;
    else if (String(value).trim() === '') {
      if (!field.nullable) return { changes, invalid: field };
      changes[field.key] = null;
    } else if (field.input === 'text') changes[field.key] = String(value).trim();
    else {
      const number = Number(String(value).replace(',', '.'));
      if (!Number.isFinite(number)) return { changes, invalid: field };
      changes[field.key] = number;
    }
  }
  return { changes };
}

/** The details panel's editing form of a pole, network node, power source, fiber run or power feed. */
export function AssetForm<T extends FormType>({ type, node, planning, canPlan }: {
  type: T;
  node: NodeOf[T];
  planning: Planning;
  canPlan: boolean;
}) {
  const { t } = useTranslation();
  const fields = FORM_FIELDS[type];
  const record = node as unknown as Record<string, unknown>;
  const [draft, setDraft] = useState<Draft>(() => draftOf(fields, record));
  const [submitted, setSubmitted] = useState(false);
  // A new version (saved, undone, changed by someone else): the form follows it; a reload of the same version keeps what is typed.
  const versionKey = `${String(record.id)}:${String(record.version)}`;
  useEffect(() => setDraft(draftOf(fields, record)), [fields, versionKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const { changes, invalid } = useMemo(() => changesOf(fields, record, draft), [fields, record, draft]);
  const dirty = Object.keys(changes).length > 0 || invalid !== undefined;
  const disabled = !canPlan || planning.busy;
  const what = `${labelOf(PHYSICAL_TYPE_VOCAB[type])} ${String(record.code)}`;
  const set = (key: string, value: string | boolean) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
    setSubmitted(false);
  };
  const prefix = `asset-${type}`;
  return (
    <form className="form-grid asset-form" data-testid="asset-form" data-type={type} noValidate onSubmit={(event) => {
      event.preventDefault();
      setSubmitted(true);
      if (invalid || Object.keys(changes).length === 0) return;
      void planning.update(type, node, changes as InputOf[T], t('plan.updated', { what }), labelOf(PHYSICAL_TYPE_VOCAB[type]).toLowerCase());
    }}>
      <FieldRows fields={fields} draft={draft} onChange={set} disabled={disabled} prefix={prefix} invalidKey={submitted ? invalid?.key : undefined} />
      {submitted && invalid && <p className="form-error form-wide" role="alert" data-testid="asset-form-error">{invalidMessage(invalid)}</p>}
      {submitted && !invalid && planning.notice?.tone === 'error' && <p className="form-error form-wide" role="alert" data-testid="asset-form-error">{planning.notice.message}</p>}
      {canPlan && (
        <div className="button-row form-wide">
          <button type="submit" className="primary-button" data-testid="asset-apply" disabled={!dirty || planning.busy}>{t('plan.apply')}</button>
          <button type="button" className="secondary-button" disabled={!dirty} onClick={() => { setDraft(draftOf(fields, record)); setSubmitted(false); }}>{t('plan.revert')}</button>
        </div>
      )}
    </form>
  );
}

/** The label, input and note of each field, as rows of a `form-grid`. */
export function FieldRows({ fields, draft, onChange, disabled, prefix, invalidKey }: {
  fields: readonly FieldSpec[];
  draft: Draft;
  onChange: (key: string, value: string | boolean) => void;
  disabled: boolean;
  prefix: string;
  invalidKey?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {fields.map((field) => {
        const id = `${prefix}-${field.key}`;
        const value = draft[field.key];
        const label = `${t(field.label)}${field.unit ? ` (${field.unit})` : ''}`;
        const note = field.note ? <span id={`${id}-note`} className="field-note">{t(field.note)}</span> : null;
        if (field.input === 'checkbox') {
          return (
            <Fragment key={field.key}>
            <label htmlFor={id}>{label}</label>
            <input id={id} data-testid={`asset-field-${field.key}`} type="checkbox" className="form-checkbox" checked={Boolean(value)} disabled={disabled}
              aria-describedby={note ? `${id}-note` : undefined} onChange={(event) => onChange(field.key, event.currentTarget.checked)} />
            {note}
            </Fragment>
          );
        }
        return (
          <Fragment key={field.key}>
          <label htmlFor={id}>{label}</label>
          {field.input === 'select' ? (
            <select id={id} data-testid={`asset-field-${field.key}`} value={String(value)} disabled={disabled}
              aria-describedby={note ? `${id}-note` : undefined} onChange={(event) => onChange(field.key, event.currentTarget.value)}>
              {field.options!.map((option) => <option key={option} value={option}>{labelOf(option)}</option>)}
            </select>
          ) : (
            <input id={id} data-testid={`asset-field-${field.key}`} value={String(value)} disabled={disabled}
              inputMode={field.input === 'int' ? 'numeric' : field.input === 'number' ? 'decimal' : undefined}
              aria-invalid={invalidKey === field.key ? true : undefined}
              aria-describedby={note ? `${id}-note` : undefined} onChange={(event) => onChange(field.key, event.currentTarget.value)} />
          )}
          {note}
          </Fragment>
        );
      })}
    </>
  );
}

/** The message of a field that cannot be sent as typed. */
export function invalidMessage(field: FieldSpec): string {
  return i18n.t(field.input === 'text' || field.input === 'select' ? 'assets.required' : 'assets.notNumber', { field: i18n.t(field.label) });
}
