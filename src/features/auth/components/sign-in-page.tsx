import { SubmitButton } from '@/components/ui/submit-button';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { signInAndStart } from '../lib/sign-in-and-start';
import { safeReturnTo } from '../lib/return-to';

export function SignInPage({ demoHint }: { demoHint: boolean }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ username?: boolean; password?: boolean }>({});
  const [busy, setBusy] = useState(false);
  const errorId = useId();
  const fieldId = useId();
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const expired = params.get('reason') === 'expired';

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const empty = { username: !username.trim(), password: !password };
    setMissing(empty);
    if (empty.username || empty.password) {
      (empty.username ? usernameRef : passwordRef).current?.focus();
      return;
    }
    setBusy(true);
    const outcome = await signInAndStart(username.trim(), password);
    setBusy(false);
    if (outcome.ok) {
      navigate(safeReturnTo(params.get('returnTo')), { replace: true });
      return;
    }
    // only a refused password is cleared (to type it again); after a failure on the way it is kept
    if (outcome.refused) {
      setPassword('');
      passwordRef.current?.focus();
    }
    setError(outcome.message);
  }

  return (
    <main className="sign-in">
      <title>Sign in · Future Demand</title>
      <form className="card sign-in__card" onSubmit={onSubmit} noValidate aria-describedby={error ? errorId : undefined}>
        <h1 className="sign-in__title">Sign in to Future Demand</h1>
        <p className="muted">Lookout demand insight and Wave campaigns for your events.</p>
        {expired && !error && <p className="notice" role="status">Your session ended. Sign in again to continue where you were.</p>}
        <div className="field">
          <label htmlFor={`${fieldId}-u`}><span>Username</span></label>
          {/* the page's one purpose: the keyboard starts here */}
          <input id={`${fieldId}-u`} ref={usernameRef} name="username" autoComplete="username" autoFocus value={username} onChange={(e) => setUsername(e.target.value)} required
            aria-invalid={missing.username || undefined} aria-describedby={missing.username ? `${fieldId}-u-error` : undefined} />
          {missing.username && <p id={`${fieldId}-u-error`} className="field-error">Enter your username.</p>}
        </div>
        <div className="field">
          <label htmlFor={`${fieldId}-p`}><span>Password</span></label>
          <input id={`${fieldId}-p`} ref={passwordRef} name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required
            aria-invalid={missing.password || undefined} aria-describedby={missing.password ? `${fieldId}-p-error` : undefined} />
          {missing.password && <p id={`${fieldId}-p-error`} className="field-error">Enter your password.</p>}
        </div>
        {error && <p id={errorId} className="form-error" role="alert">{error}</p>}
        <SubmitButton busy={busy}>{busy ? 'Signing in…' : 'Sign in'}</SubmitButton>
        {demoHint && (
          <p className="demo-hint">Demo: sign in as <strong>demo</strong> / <strong>demo</strong> (partners Acme Concerts and Bravo Sports).</p>
        )}
      </form>
    </main>
  );
}
