import { useEffect, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../i18n/format';
import { fetchRecentImports, IMPORT_TARGET_TYPES, type ImportJobView, type ImportTargetType, type RecentImport } from './importApi';
import { choicesOf, constantsOf, mappingOf, pageOfProblems, sameChoices, type MappingChoice } from './importMapping';
import type { ImportWizardController } from './useImportWizard';
import './import.css';

const PAGE_SIZE = 15;

/**
 * The import wizard (engineers and administrators): upload a file and say what it holds, watch the
 * staging, map the source's fields to Vigie's (the suggestion shown and editable), read the report per
 * row with its preview drawn on the map, import with a progress bar, and undo the import as one unit.
 */
export function ImportWizard({ wizard, canImport }: { wizard: ImportWizardController; canImport: boolean }) {
  const { t } = useTranslation();
  if (!canImport) return <p className="muted" data-testid="import-planners-only">{t('imports.plannersOnly')}</p>;
  const { status, live, job } = wizard;
  const started = wizard.uploading || status !== null;
  return (
    <section className="panel-section import-wizard" aria-labelledby="import-heading" data-testid="import-wizard" data-status={status ?? (wizard.uploading ? 'uploading' : 'idle')}>
      <h2 id="import-heading">{t('imports.heading')}</h2>
      {!started && <UploadForm wizard={wizard} />}
      {!started && <RecentImports wizard={wizard} />}
      {started && (
        <div className="import-job-head">
          <span className="import-file" dir="auto">{job?.fileName ?? ''}</span>
          {job && <span className="muted">{t(`imports.targets.${job.targetType}`)} · {job.format}</span>}
          {/* Not while the server works on it, unless following it failed (then only starting again helps). */}
          {((status !== 'committing' && status !== 'staging') || wizard.error) && (
            <button type="button" className="secondary-button" onClick={wizard.reset} data-testid="import-reset">{t('imports.startAgain')}</button>
          )}
        </div>
      )}
      {wizard.uploading && (
        <div className="import-progress" role="status" data-testid="import-uploading">
          <progress max={1} value={wizard.uploaded ?? undefined} aria-label={t('imports.uploading')} />
          <span>{t('imports.uploading')}{wizard.uploaded !== null && ` · ${formatPercent(wizard.uploaded)}`}</span>
        </div>
      )}
      {wizard.error && <p className="form-error" role="alert" data-testid="import-error">{wizard.error}</p>}
      {(status === 'staging' || status === 'committing') && live && (
        <div className="import-progress" data-testid={status === 'staging' ? 'import-staging' : 'import-committing'}>
          <progress max={1} value={live.progress.fraction} aria-label={t('imports.progress')} data-testid="import-progress" />
          <span>
            {t(`imports.phase.${live.progress.phase}`, { defaultValue: live.progress.phase })} · {formatPercent(live.progress.fraction)}
            {live.progress.total > 0 && ` · ${formatNumber(live.progress.done, 0)} / ${formatNumber(live.progress.total, 0)}`}
          </span>
        </div>
      )}
      {status === 'failed' && live?.failure && (
        <p className="form-error" role="alert" data-testid="import-failure" data-reason={live.failure.reason ?? ''}>
          {t('imports.failed', { message: live.failure.message })}
        </p>
      )}
      {status === 'staged' && job?.status === 'staged' && (
        <>
          <MappingStep key={`${job.id}|${job.targetType}|${job.idField ?? ''}|${JSON.stringify(job.mapping)}`} job={job} wizard={wizard} />
          <Report job={job} />
          <CommitStep job={job} wizard={wizard} />
        </>
      )}
      {status === 'committed' && job?.result && <ResultStep job={job} wizard={wizard} />}
    </section>
  );
}

function UploadForm({ wizard }: { wizard: ImportWizardController }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [targetType, setTargetType] = useState<ImportTargetType>('building');
  const [source, setSource] = useState('');
  const [idField, setIdField] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) void wizard.upload({ file, targetType, source, idField });
  };
  return (
    <form className="import-form" onSubmit={submit} data-testid="import-form">
      <p className="hint">{t('imports.intro')}</p>
      <label>
        {t('imports.file')}
        {/* No accept filter: phones grey out the GIS extensions they do not know. */}
        <input type="file" onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)} data-testid="import-file" />
      </label>
      <span className="hint">{t('imports.formats')}</span>
      <label>
        {t('imports.target')}
        <select value={targetType} onChange={(event) => setTargetType(event.currentTarget.value as ImportTargetType)} data-testid="import-target">
          {IMPORT_TARGET_TYPES.map((type) => <option key={type} value={type}>{t(`imports.targets.${type}`)}</option>)}
        </select>
      </label>
      <label>
        {t('imports.sourceName')}
        <input type="text" value={source} maxLength={60} onChange={(event) => setSource(event.currentTarget.value)} placeholder={t('imports.sourceNameHint')} data-testid="import-source" />
      </label>
      <label>
        {t('imports.idFieldOptional')}
        <input type="text" value={idField} maxLength={60} onChange={(event) => setIdField(event.currentTarget.value)} data-testid="import-id-field" />
      </label>
      <div className="button-row">
        <button type="submit" className="primary-button" disabled={!file || wizard.uploading} data-testid="import-upload">{t('imports.upload')}</button>
      </div>
    </form>
  );
}

/** The imports the server holds (a page reloaded finds its import again; a committed one can still be undone). */
function RecentImports({ wizard }: { wizard: ImportWizardController }) {
  const { t } = useTranslation();
  const [recent, setRecent] = useState<RecentImport[]>([]);
  useEffect(() => {
    let live = true;
    fetchRecentImports().then((jobs) => {
      if (live) setRecent(jobs.filter((job) => job.status !== 'discarded').slice(0, 8));
    }, () => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (!recent.length) return null;
  return (
    <div className="import-recent" data-testid="import-recent">
      <h3>{t('imports.recent')}</h3>
      <ul>
        {recent.map((job) => (
          <li key={job.id}>
            <span dir="auto" className="import-file">{job.fileName}</span>{' '}
            <span className="muted">{t(`imports.targets.${job.targetType}`)} · {t(`imports.status.${job.status}`, { defaultValue: job.status })}</span>{' '}
            <button type="button" className="secondary-button" onClick={() => void wizard.open(job.id)} data-testid="import-open">{t('imports.open')}</button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function defaultLabel(t: TFunction, field: ImportJobView['targetFields'][number]): string {
  // Unmapped codes are made from the source id: the same row gets the same code at every import.
  if (field.name === 'code' && field.defaultValue === null && !field.required) return t('imports.codeGenerated');
  if (field.defaultValue === null) return field.required ? t('imports.notMapped') : t('imports.defaultNone');
  let value: unknown = field.defaultValue;
  try {
    value = JSON.parse(field.defaultValue);
  } catch {
    // shown as sent
  }
  return value === null ? t('imports.defaultNone') : t('imports.defaultValue', { value: String(value) });
}

function MappingStep({ job, wizard }: { job: ImportJobView; wizard: ImportWizardController }) {
  const { t } = useTranslation();
  const initial = choicesOf(job);
  const [choices, setChoices] = useState<Record<string, MappingChoice>>(initial);
  const [idField, setIdField] = useState(job.idField ?? '');
  const changed = !sameChoices(choices, initial) || idField !== (job.idField ?? '');
  const fieldLabel = (name: string) => t(`imports.fields.${name}`, { defaultValue: name });
  return (
    <fieldset className="import-mapping" data-testid="import-mapping">
      <legend>{t('imports.mapping')}</legend>
      <p className="hint">{t('imports.mappingHint', { count: job.sourceFields.length })}</p>
      <label>
        {t('imports.target')}
        <select value={job.targetType} onChange={(event) => void wizard.remap({ targetType: event.currentTarget.value as ImportTargetType })} data-testid="import-retarget">
          {IMPORT_TARGET_TYPES.map((type) => <option key={type} value={type}>{t(`imports.targets.${type}`)}</option>)}
        </select>
      </label>
      <label>
        {t('imports.idField')}
        <select value={idField} onChange={(event) => setIdField(event.currentTarget.value)} data-testid="import-id-select">
          <option value="">{t('imports.idByRow')}</option>
          {job.sourceFields.map((name) => <option key={name} value={name}>{name}</option>)}
        </select>
      </label>
      <div className="import-mapping-rows">
        {job.targetFields.map((field) => {
          const choice = choices[field.name] ?? '';
          const constants = constantsOf(field, choice);
          return (
            <label key={field.name} className={choice.startsWith('source:') ? 'mapped' : undefined}>
              <span>{fieldLabel(field.name)}{field.required && <abbr title={t('imports.required')}> *</abbr>}</span>
              <select value={choice} onChange={(event) => { const value = event.currentTarget.value; setChoices((previous) => ({ ...previous, [field.name]: value })); }} data-testid={`import-map-${field.name}`}>
                <option value="">{defaultLabel(t, field)}</option>
                <optgroup label={t('imports.fromSource')}>
                  {job.sourceFields.map((name) => <option key={name} value={`source:${name}`}>{name}</option>)}
                </optgroup>
                {constants.length > 0 && (
                  <optgroup label={t('imports.fixedValue')}>
                    {constants.map((value) => <option key={value} value={`constant:${value}`}>= {value}</option>)}
                  </optgroup>
                )}
              </select>
            </label>
          );
        })}
      </div>
      <div className="button-row">
        <button type="button" className="secondary-button" disabled={!changed} data-testid="import-remap"
          onClick={() => void wizard.remap({ mapping: mappingOf(job, choices), idField: idField || null })}>
          {t('imports.checkAgain')}
        </button>
      </div>
    </fieldset>
  );
}

function Report({ job }: { job: ImportJobView }) {
  const { t } = useTranslation();
  const [code, setCode] = useState<string | null>(null);
  const [page, setPage] = useState(0);
  const { counts } = job;
  const shown = pageOfProblems(job.problems, code, page, PAGE_SIZE);
  const currentPage = Math.min(page, shown.pages - 1);
  const previewCount = (() => {
    try {
      return (JSON.parse(job.previewGeoJson) as { features: unknown[] }).features.length;
    } catch {
      return 0;
    }
  })();
  return (
    <div className="import-report" data-testid="import-report" data-rows={counts.rows} data-valid={counts.valid} data-errors={counts.errors} data-warnings={counts.warnings}>
      <h3>{t('imports.report')}</h3>
      <ul className="import-counts">
        <li>{t('imports.countRows', { count: counts.rows })}</li>
        <li className="ok">{t('imports.countValid', { count: counts.valid, inserted: counts.toInsert, updated: counts.toUpdate })}</li>
        <li className={counts.errors ? 'bad' : undefined} data-testid="import-count-errors">{t('imports.countErrors', { count: counts.errors })}</li>
        <li className={counts.warnings ? 'warn' : undefined}>{t('imports.countWarnings', { count: counts.warnings })}</li>
        {counts.skipped > 0 && <li className="muted">{t('imports.countSkipped', { count: counts.skipped })}</li>}
      </ul>
      <p className="hint" data-testid="import-preview-note" data-features={previewCount}>{t('imports.previewNote', { count: previewCount })}</p>
      {job.problemCounts.length > 0 && (
        <>
          <div className="import-codes" role="group" aria-label={t('imports.byCode')}>
            <button type="button" className={`secondary-button${code === null ? ' active' : ''}`} onClick={() => { setCode(null); setPage(0); }}>{t('imports.allCodes')}</button>
            {job.problemCounts.map((entry) => (
              <button key={entry.code} type="button" className={`secondary-button${code === entry.code ? ' active' : ''}`} data-testid={`import-code-${entry.code}`} data-count={entry.count}
                onClick={() => { setCode(entry.code); setPage(0); }} title={t(`imports.codes.${entry.code}`, { defaultValue: entry.code })}>
                {entry.code} · {formatNumber(entry.count, 0)}
              </button>
            ))}
          </div>
          {code && <p className="hint">{t(`imports.codes.${code}`, { defaultValue: code })}</p>}
          <div className="import-problems-box">
            <table className="data-table import-problems">
              <thead><tr><th>{t('imports.row')}</th><th>{t('imports.code')}</th><th>{t('imports.message')}</th></tr></thead>
              <tbody>
                {shown.rows.map((problem, index) => (
                  <tr key={`${problem.row}-${problem.code}-${index}`} className={problem.severity} data-testid="import-problem" data-row={problem.row} data-code={problem.code} data-severity={problem.severity}>
                    <td>{problem.row}<div className="muted" dir="ltr">{problem.sourceId}</div></td>
                    <td>{problem.code}<div className="muted">{t(`imports.severity.${problem.severity}`, { defaultValue: problem.severity })}</div></td>
                    <td dir="ltr">{problem.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {shown.pages > 1 && (
            <div className="import-pager">
              <button type="button" className="secondary-button" disabled={currentPage === 0} onClick={() => setPage(currentPage - 1)}>{t('imports.previous')}</button>
              <span>{t('imports.page', { page: currentPage + 1, pages: shown.pages })}</span>
              <button type="button" className="secondary-button" disabled={currentPage >= shown.pages - 1} onClick={() => setPage(currentPage + 1)}>{t('imports.next')}</button>
            </div>
          )}
          {job.problems.length < job.problemCounts.reduce((sum, entry) => sum + entry.count, 0) && <p className="hint">{t('imports.problemsCapped', { count: job.problems.length })}</p>}
        </>
      )}
    </div>
  );
}

function CommitStep({ job, wizard }: { job: ImportJobView; wizard: ImportWizardController }) {
  const { t } = useTranslation();
  const blocked = job.counts.errors > 0;
  return (
    <div className="import-commit">
      {blocked ? (
        <p className="form-error" role="alert" data-testid="import-blocked">{t('imports.blocked', { count: job.counts.errors })}</p>
      ) : job.counts.warnings > 0 ? (
        <p className="hint" data-testid="import-warnings-note">{t('imports.warningsAllowed', { count: job.counts.warnings })}</p>
      ) : null}
      <div className="button-row">
        <button type="button" className="primary-button" disabled={blocked || job.counts.valid === 0} onClick={() => void wizard.commit()} data-testid="import-commit">
          {t('imports.commit', { count: job.counts.valid })}
        </button>
      </div>
    </div>
  );
}

function ResultStep({ job, wizard }: { job: ImportJobView; wizard: ImportWizardController }) {
  const { t } = useTranslation();
  const result = job.result!;
  const undo = wizard.undoStatus;
  return (
    <div className="import-result" data-testid="import-result" data-inserted={result.inserted} data-updated={result.updated} data-unchanged={result.unchanged}>
      <p role="status">{t('imports.done', { target: t(`imports.targets.${job.targetType}`) })}</p>
      <ul className="import-counts">
        <li className="ok">{t('imports.created', { count: result.inserted })}</li>
        <li>{t('imports.updated', { count: result.updated })}</li>
        <li className="muted">{t('imports.unchanged', { count: result.unchanged })}</li>
        {result.camerasRecomputed > 0 && <li className="muted">{t('imports.recomputed', { count: result.camerasRecomputed })}</li>}
      </ul>
      {undo.state === 'undone' ? (
        <p className="notice" role="status" data-testid="import-undone">{t('imports.undone')}</p>
      ) : result.changeSetId && (
        <div className="button-row">
          <button type="button" className="danger-button" disabled={undo.state === 'undoing'} onClick={() => void wizard.undo()} data-testid="import-undo">
            {undo.state === 'undoing' ? t('imports.undoing') : t('imports.undo')}
          </button>
        </div>
      )}
      {undo.error && <p className="form-error" role="alert" data-testid="import-undo-error">{undo.error}</p>}
    </div>
  );
}
