export function Header({ deploymentName, status }: { deploymentName: string; status: { text: string; tone: 'busy' | 'ok' | 'error' } }) {
  return (
    <header className="app-header">
      <div className="brand">
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
      <div className={`header-status header-status-${status.tone}`} role="status" data-testid="load-status">
        {status.text}
      </div>
    </header>
  );
}
