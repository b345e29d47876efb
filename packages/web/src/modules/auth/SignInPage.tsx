import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useClient, useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch';
import { Loading } from '../../shared/ui/ErrorMessage';
import { apiErrors, hasCode } from '../../shared/errors';
import { SignInMutation, ViewerQuery } from './auth.graphql';
import { useViewer } from './useViewer';

/** Only same-site paths are followed after sign-in (no open redirect via ?next=). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/clients';
}

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const client = useClient();
  const { viewer, loaded, error } = useViewer();
  const [{ fetching }, signIn] = useMutation(SignInMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<'credentials' | 'locked' | 'network' | 'other' | null>(null);
  const [retryMinutes, setRetryMinutes] = useState(0);

  if (viewer) return <Navigate to={next} replace />;
  if (!loaded && !error) return <Loading />;

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setFailure(null);
    const result = await signIn({ input: { email: email.trim(), password } });
    if (result.error) {
      // wrong email and wrong password answer alike; the fields keep what was typed
      const locked = apiErrors(result.error).find((x) => x.code === 'TOO_MANY_ATTEMPTS');
      setRetryMinutes(Math.max(1, Math.ceil((locked?.retryAfterSeconds ?? 60) / 60)));
      setFailure(locked ? 'locked' : hasCode(result.error, 'UNAUTHENTICATED') ? 'credentials' : result.error.networkError ? 'network' : 'other');
      return;
    }
    // the cookie is set now; refresh `me` so the guard lets the person through
    await client.query(ViewerQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    navigate(next, { replace: true });
  }

  const message =
    failure === 'credentials'
      ? t('auth.wrongCredentials')
      : failure === 'locked'
        ? t('auth.tooManyAttempts', { count: retryMinutes })
        : failure === 'network' ? t('common.errorNetwork') : failure ? t('common.errorGeneric') : null;

  return (
    <div className="sign-in-page">
      <div className="sign-in-lang">
        <LanguageSwitch />
      </div>
      <main className="sign-in-card">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            CRM
          </span>
          <span>
            <span className="brand-name">{t('common.appName')}</span>
            <span className="brand-tagline">{t('common.appTagline')}</span>
          </span>
        </div>
        <h1>{t('auth.title')}</h1>
        <p className="muted">{t('auth.subtitle')}</p>
        <form onSubmit={onSubmit}>
          <label className="field">
            <span className="field-label">{t('auth.email')}</span>
            <input name="email" type="email" autoComplete="username" required autoFocus value={email} onChange={(e) => setEmail(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">{t('auth.password')}</span>
            <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </label>
          {message && (
            <div className="notice notice-error" role="alert">
              {message}
            </div>
          )}
          <button type="submit" className="btn btn-primary btn-block" disabled={fetching}>
            {fetching ? t('auth.submitting') : t('auth.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
