import { useTranslation } from 'react-i18next';
import { labelOf } from '../domain/labels';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import type { Session } from '../auth/session';
import type { ReactNode } from 'react';

export function Header({
  deploymentName, status, session, onSignOut, onSignIn, search, onTogglePanel, panelOpen,
}: {
  onSignIn?: () => void;
  deploymentName: string;
  status: { text: string; tone: 'busy' | 'ok' | 'error' };
  session?: Session | null;
  onSignOut?: () => void;
  search?: ReactNode;
  onTogglePanel?: () => void;
  panelOpen?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="brand">
        {onTogglePanel && (
          <button type="button" className="panel-toggle" onClick={onTogglePanel} aria-expanded={panelOpen} aria-controls="side-panel" data-testid="panel-toggle">
            <span aria-hidden="true">☰</span>
            <span className="visually-hidden">{panelOpen ? t('app.closePanel') : t('app.openPanel')}</span>
          </button>
        )}
        <svg className="brand-mark" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <path d="M12 12 L3 4 A 12 12 0 0 1 21 4 Z" fill="#7fb3ff" opacity="0.55" />
          <circle cx="12" cy="12" r="4" fill="#ffffff" />
          <circle cx="12" cy="12" r="1.8" fill="#0f2138" />
        </svg>
        <span className="brand-name">Vigie</span>
        {deploymentName && (
          <>
            <span className="brand-separator" aria-hidden="true" />
            <span className="deployment-name" data-testid="deployment-name">{deploymentName}</span>
          </>
        )}
      </div>
      {search}
      <div className="header-tools">
        <div className={`header-status header-status-${status.tone}`} role="status" data-testid="load-status">
          {status.text}
        </div>
        {session && (
          // Name and role on two short lines, so that a long name has the room the sentence took.
          <span className="session-user" data-testid="session-user"
            title={`${t('auth.signedInAs', { name: session.user.name, role: labelOf(session.user.role) })} · ${session.user.email}`}>
            <span className="visually-hidden">{t('auth.signedInAs', { name: session.user.name, role: labelOf(session.user.role) })}</span>
            <span className="session-name" aria-hidden="true">{session.user.name}</span>
            <span className="session-role" aria-hidden="true">{labelOf(session.user.role)}</span>
          </span>
        )}
        {session && onSignOut && <button type="button" className="header-button" onClick={onSignOut} data-testid="sign-out">{t('auth.signOut')}</button>}
        {onSignIn && <button type="button" className="header-button" onClick={onSignIn} data-testid="sign-in">{t('auth.signIn')}</button>}
        <LanguageSwitcher />
      </div>
    </header>
  );
}
