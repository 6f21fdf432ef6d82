import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { GraphQLRequestError } from '../api/graphqlClient';
import { userMessage } from '../api/errors';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import type { SessionStore } from './session';

export function LoginScreen({ store, expired, onCancel }: { store: SessionStore; expired?: boolean; onCancel?: () => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(expired ? t('auth.expired') : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await store.login(email.trim(), password);
    } catch (failure) {
      const refused = failure instanceof GraphQLRequestError && (failure.code === 'UNAUTHENTICATED' || failure.code === 'BAD_USER_INPUT' || failure.code === 'FORBIDDEN');
      setError(refused ? t('auth.invalid') : userMessage(failure).message);
      setBusy(false);
    }
  };

  return (
    <div className="login-screen">
      <form className="login-card" onSubmit={submit} aria-labelledby="login-title" data-testid="login-form">
        <div className="login-top">
          <h1 id="login-title">{t('auth.title')}</h1>
          <LanguageSwitcher />
        </div>
        <label htmlFor="login-email">{t('auth.email')}</label>
        <input id="login-email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} dir="ltr" />
        <label htmlFor="login-password">{t('auth.password')}</label>
        <input id="login-password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} dir="ltr" />
        {error && <p className="form-error" role="alert" data-testid="login-error">{error}</p>}
        <button type="submit" className="primary-button" data-testid="login-submit" disabled={busy}>{busy ? t('auth.signingIn') : t('auth.signIn')}</button>
        {onCancel && <button type="button" className="secondary-button" onClick={onCancel}>{t('app.cancel')}</button>}
      </form>
    </div>
  );
}
