import './catalogue.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userMessage } from '../api/errors';
import { CAMERA_MODELS_CHANGED } from '../app/useCameraModels';
import { graphqlRequest } from '../api/graphqlClient';
import { labelOf } from '../domain/labels';
import { CAMERA_KINDS, DORI_LEVELS, VIDEO_CODECS } from '../domain/vocabulary';
import { graphql } from '../gql';
import type { CatalogueModelFragment } from '../gql/graphql';
import { formatDegrees, formatDistance, formatNumber } from '../i18n/format';
import { i18n } from '../i18n/i18n';
import { DORI_COLOURS } from '../map/layers/OverlayLayer';
import { changesOf, draftOf, FieldRows, invalidMessage, type Draft, type FieldSpec } from '../planning/AssetForm';
import { modelOptics } from './modelOptics';

const CATALOGUE_MODEL = graphql(`
  fragment CatalogueModel on CameraModel {
    id version code name manufacturer kind sensorWidthMm focalLengthMinMm focalLengthMaxMm fixedHorizontalFieldOfViewDegrees
    horizontalPixels verticalPixels opticalZoom panRangeDegrees irRangeMeters whiteLightRangeMeters codec powerDrawWatts typicalBitrateMbps unitPriceMad
  }
`);
const CATALOGUE = graphql(`query ModelCatalogue { cameraModels(first: 1000) { nodes { ...CatalogueModel } } }`);
const CREATE_MODEL = graphql(`mutation CreateCatalogueModel($input: CreateCameraModelInput!) { createCameraModel(input: $input) { ...CatalogueModel } }`);
const UPDATE_MODEL = graphql(`mutation UpdateCatalogueModel($input: UpdateCameraModelInput!) { updateCameraModel(input: $input) { ...CatalogueModel } }`);
void CATALOGUE_MODEL;

type Model = CatalogueModelFragment;

const number = (key: string, label: string, unit?: string, nullable = false): FieldSpec => ({ key, input: 'number', label, unit, nullable });
/** Every field of a catalogue entry the API takes. */
export const MODEL_FIELDS: readonly FieldSpec[] = [
  { key: 'code', input: 'text', label: 'field.code' },
  { key: 'name', input: 'text', label: 'field.name' },
  { key: 'manufacturer', input: 'text', label: 'catalogue.manufacturer' },
  { key: 'kind', input: 'select', label: 'field.kind', options: CAMERA_KINDS },
  number('sensorWidthMm', 'catalogue.sensorWidth', 'mm'),
  number('focalLengthMinMm', 'catalogue.focalMin', 'mm', true),
  number('focalLengthMaxMm', 'catalogue.focalMax', 'mm', true),
  { ...number('fixedHorizontalFieldOfViewDegrees', 'catalogue.fixedFov', '°', true), note: 'catalogue.fixedFovNote' },
  { key: 'horizontalPixels', input: 'int', label: 'catalogue.horizontalPixels' },
  { key: 'verticalPixels', input: 'int', label: 'catalogue.verticalPixels' },
  number('opticalZoom', 'catalogue.opticalZoom', '×', true),
  number('panRangeDegrees', 'catalogue.panRange', '°', true),
  { ...number('irRangeMeters', 'catalogue.irRange', 'm', true), note: 'catalogue.irRangeNote' },
  { ...number('whiteLightRangeMeters', 'catalogue.whiteLight', 'm', true), note: 'catalogue.whiteLightNote' },
  { key: 'codec', input: 'select', label: 'catalogue.codec', options: VIDEO_CODECS, note: 'catalogue.codecNote' },
  number('powerDrawWatts', 'catalogue.powerDraw', 'W'),
  number('typicalBitrateMbps', 'catalogue.bitrate', 'Mbit/s'),
  number('unitPriceMad', 'catalogue.unitPrice', 'MAD'),
];

const EMPTY: Record<string, unknown> = { kind: 'fixed_bullet', codec: 'h265' };

/** What the optics need, read from the form as typed (a field not yet a number counts as empty). */
function opticsInput(draft: Draft) {
  const read = (key: string) => {
    const text = String(draft[key] ?? '').replace(',', '.').trim();
    return text === '' || !Number.isFinite(Number(text)) ? null : Number(text);
  };
  return {
    kind: String(draft.kind), sensorWidthMm: read('sensorWidthMm'), focalLengthMinMm: read('focalLengthMinMm'), focalLengthMaxMm: read('focalLengthMaxMm'),
    fixedHorizontalFieldOfViewDegrees: read('fixedHorizontalFieldOfViewDegrees'), opticalZoom: read('opticalZoom'), horizontalPixels: read('horizontalPixels'),
  };
}

/**
 * The camera model catalogue: every model with its field of view; engineers and administrators add and
 * edit models, and see the field of view and DORI distances of what they type, before saving.
 */
export function ModelCatalogue({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const [models, setModels] = useState<Model[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Model | 'new' | null>(null);
  const load = useCallback((signal?: AbortSignal) => {
    graphqlRequest(CATALOGUE, {}, { signal }).then(
      (data) => !signal?.aborted && setModels(data.cameraModels.nodes),
      (error: unknown) => !signal?.aborted && setLoadError(userMessage(error).message),
    );
  }, []);
  useEffect(() => {
    const abort = new AbortController();
    load(abort.signal);
    return () => abort.abort();
  }, [load]);

  const saved = (model: Model) => {
    setModels((previous) => [...(previous ?? []).filter((other) => other.id !== model.id), model].sort((a, b) => a.code.localeCompare(b.code)));
    setEditing(model);
    window.dispatchEvent(new Event(CAMERA_MODELS_CHANGED));
  };

  return (
    <section className="panel-section" aria-labelledby="catalogue-heading" data-testid="model-catalogue">
      <div className="panel-section-header">
        <h2 id="catalogue-heading">{t('catalogue.heading')}</h2>
        {canEdit && <button type="button" className="link-button" data-testid="model-new" onClick={() => setEditing('new')}>{t('catalogue.new')}</button>}
      </div>
      {loadError && <p className="form-error" role="alert">{loadError}</p>}
      {!models && !loadError && <p className="muted">{t('app.loading')}</p>}
      {editing && <ModelForm key={editing === 'new' ? 'new' : `${editing.id}:${editing.version}`} model={editing === 'new' ? null : editing} canEdit={canEdit} onSaved={saved} onClose={() => setEditing(null)} />}
      {models && (
        <div className="table-scroll">
          <table className="summary-table model-table" data-testid="model-list" data-count={models.length}>
            <caption className="visually-hidden">{t('catalogue.heading')}</caption>
            <thead><tr><th scope="col">{t('field.code')}</th><th scope="col">{t('field.name')}</th><th scope="col">{t('field.kind')}</th><th scope="col">{t('field.fieldOfView')}</th><th scope="col" /></tr></thead>
            <tbody>
              {models.map((model) => {
                const optics = modelOptics({ ...model, horizontalPixels: model.horizontalPixels });
                return (
                  <tr key={model.id} data-testid="model-row" data-code={model.code} className={editing !== 'new' && editing?.id === model.id ? 'selected' : undefined}>
                    <td>{model.code}</td>
                    <td>{model.name}</td>
                    <td>{labelOf(model.kind)}</td>
                    <td>{optics ? fieldOfViewText(optics.widestDegrees, optics.narrowestDegrees) : '—'}</td>
                    <td><button type="button" className="link-button" data-testid="model-open" onClick={() => setEditing(model)}>{canEdit ? t('catalogue.edit') : t('catalogue.view')}</button></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function fieldOfViewText(widest: number, narrowest: number): string {
  return Math.abs(widest - narrowest) < 0.05 ? (formatDegrees(widest) ?? '') : i18n.t('catalogue.fovRange', { widest: formatDegrees(widest), narrowest: formatDegrees(narrowest) });
}

function ModelForm({ model, canEdit, onSaved, onClose }: { model: Model | null; canEdit: boolean; onSaved: (model: Model) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const record = (model ?? EMPTY) as Record<string, unknown>;
  const [draft, setDraft] = useState<Draft>(() => draftOf(MODEL_FIELDS, record));
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { changes, invalid } = useMemo(() => changesOf(MODEL_FIELDS, record, draft, model === null), [record, draft, model]);
  const optics = useMemo(() => modelOptics(opticsInput(draft)), [draft]);
  const dirty = Object.keys(changes).length > 0 || invalid !== undefined;
  const submit = async () => {
    setSubmitted(true);
    setError(null);
    if (invalid || !dirty) return;
    setBusy(true);
    try {
      const answer = model
        ? (await graphqlRequest(UPDATE_MODEL, { input: { ...changes, id: model.id, version: model.version } as never })).updateCameraModel
        : (await graphqlRequest(CREATE_MODEL, { input: changes as never })).createCameraModel;
      onSaved(answer);
    } catch (failure) {
      setError(userMessage(failure, t('catalogue.model')).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="catalogue-editor" data-testid="model-editor" data-mode={model ? 'edit' : 'new'}>
      <div className="panel-section-header">
        <h3>{model ? `${model.code} · ${model.name}` : t('catalogue.new')}</h3>
        <button type="button" className="link-button" onClick={onClose} aria-label={t('app.close')}>✕</button>
      </div>
      <form className="form-grid" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
        <FieldRows fields={MODEL_FIELDS} draft={draft} disabled={!canEdit || busy} prefix="model"
          invalidKey={submitted ? invalid?.key : undefined}
          onChange={(key, value) => { setDraft((previous) => ({ ...previous, [key]: value })); setSubmitted(false); }} />
        {submitted && invalid && <p className="form-error form-wide" role="alert" data-testid="model-error">{invalidMessage(invalid)}</p>}
        {error && <p className="form-error form-wide" role="alert" data-testid="model-error">{error}</p>}
        {canEdit && (
          <div className="button-row form-wide">
            <button type="submit" className="primary-button" data-testid="model-save" disabled={busy || !dirty}>{model ? t('app.save') : t('catalogue.create')}</button>
          </div>
        )}
      </form>
      <div data-testid="model-optics" data-state={optics ? 'ready' : 'incomplete'} data-fov={optics ? optics.widestDegrees.toFixed(2) : ''}>
        <h4>{t('catalogue.optics')}</h4>
        {!optics && <p className="muted">{t('catalogue.opticsIncomplete')}</p>}
        {optics && (
          <>
            <p>{t('field.fieldOfView')}: <span data-testid="model-fov">{fieldOfViewText(optics.widestDegrees, optics.narrowestDegrees)}</span></p>
            <table className="summary-table">
              <caption className="visually-hidden">{t('catalogue.optics')}</caption>
              <thead><tr><th scope="col">{t('analysis.level')}</th><th scope="col">{t('catalogue.wide')}</th><th scope="col">{t('catalogue.tele')}</th></tr></thead>
              <tbody>
                {DORI_LEVELS.map((level) => {
                  const entry = optics.dori.find((candidate) => candidate.level === level)!;
                  return (
                    <tr key={level} data-testid="model-dori" data-level={level} data-wide={entry.wideMeters.toFixed(1)}>
                      <td><span className="dori-swatch" style={{ background: DORI_COLOURS[level] }} aria-hidden="true" />{labelOf(level)}</td>
                      <td>{formatDistance(entry.wideMeters)}</td>
                      <td>{formatDistance(entry.teleMeters)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p className="field-note">{t('catalogue.doriNote', { pixels: formatNumber(Number(opticsInput(draft).horizontalPixels), 0) })}</p>
          </>
        )}
      </div>
    </div>
  );
}
