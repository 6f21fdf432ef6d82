import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import { MAX_DESIGN_CHECK_BADGES } from '../map/layers/DesignCheckBadgesLayer';
import type { DesignCheckEntry, DesignCheckFindingEntry, DesignChecksResult } from './designChecksApi';

/** Cameras listed per check; the rest are counted (a synthetic network of 10,000 unconnected cameras must not make 20,000 rows). */
export const LISTED_PER_CHECK = 100;

/** A finding in the current language, from its check and the elements at fault (the API's reason is English only). */
export function useFindingText(): (kind: DesignCheckEntry['kind'], finding: DesignCheckFindingEntry) => string {
  const { t } = useTranslation();
  return (kind, finding) =>
    t(`checks.detail.${kind}`, {
      elements: finding.elements.map((element) => element.code ?? element.id.slice(0, 8)).join(', '),
      from: finding.darkByDay?.from ?? '',
      to: finding.darkByDay?.to ?? '',
    });
}

/**
 * The design checks: a count per check and the cameras each flags, every camera a button that selects
 * it (and flies the map to it). Checks that flag nothing are listed with 0, collapsed.
 */
export function DesignChecksPanel({ checks, error, onSelectCamera }: {
  checks: DesignChecksResult | null;
  error: string | null;
  onSelectCamera: (cameraId: string) => void;
}) {
  const { t } = useTranslation();
  const findingText = useFindingText();
  return (
    <section className="panel-section" aria-labelledby="design-checks-heading" data-testid="design-checks" data-flagged={checks?.flaggedCameraCount ?? ''}>
      <h2 id="design-checks-heading">{t('checks.heading')}</h2>
      {error && <p className="form-error" role="alert">{error}</p>}
      {!checks ? (
        !error && <p className="muted">{t('checks.loading')}</p>
      ) : (
        <>
          <p data-testid="design-checks-summary">
            {checks.flaggedCameraCount === 0
              ? t('checks.allClear')
              : t('checks.flaggedOf', { count: formatNumber(checks.flaggedCameraCount, 0), total: formatNumber(checks.cameraCount, 0) })}
          </p>
          {checks.flaggedCameraCount > MAX_DESIGN_CHECK_BADGES && (
            <p className="hint" data-testid="design-check-badges-hidden">{t('checks.badgesHidden', { max: formatNumber(MAX_DESIGN_CHECK_BADGES, 0) })}</p>
          )}
          <ul className="design-check-list">
            {checks.checks.map((check) => (
              <li key={check.kind} data-testid="design-check" data-kind={check.kind} data-count={check.count}>
                <details open={check.count > 0 && check.count <= 20}>
                  <summary>
                    <span className={check.count > 0 ? 'design-check-flagged' : 'muted'}>{t(`checks.kind.${check.kind}`)}</span>{' '}
                    <strong>{formatNumber(check.count, 0)}</strong>
                  </summary>
                  {check.count > 0 && (
                    <ul className="design-check-cameras">
                      {check.findings.slice(0, LISTED_PER_CHECK).map((finding) => (
                        <li key={finding.camera.id}>
                          <button type="button" className="link-button" data-testid="design-check-camera" data-camera-id={finding.camera.id}
                            aria-label={t('checks.select', { code: finding.camera.code ?? '' })}
                            onClick={() => onSelectCamera(finding.camera.id)}>
                            {finding.camera.code}
                          </button>{' '}
                          <span className="muted">{findingText(check.kind, finding)}</span>
                        </li>
                      ))}
                      {check.count > LISTED_PER_CHECK && <li className="muted">{t('checks.more', { count: formatNumber(check.count - LISTED_PER_CHECK, 0) })}</li>}
                    </ul>
                  )}
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The warnings about one camera, for its editor; nothing when it passes every check. */
export function CameraDesignWarnings({ findings }: { findings: Array<{ kind: DesignCheckEntry['kind']; finding: DesignCheckFindingEntry }> }) {
  const { t } = useTranslation();
  const findingText = useFindingText();
  if (!findings.length) return null;
  return (
    <div className="design-warnings" role="status" data-testid="camera-design-warnings" data-kinds={findings.map((entry) => entry.kind).join(',')}>
      <strong>{t('checks.editorHeading')}</strong>
      <ul>
        {findings.map(({ kind, finding }) => (
          <li key={kind}><strong>{t(`checks.kind.${kind}`)}</strong> · {findingText(kind, finding)}</li>
        ))}
      </ul>
    </div>
  );
}
