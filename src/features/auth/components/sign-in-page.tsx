import { SubmitButton } from '@/components/ui/submit-button';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, describeError } from '@/lib/api-errors';
import { session } from '@/lib/api';
import { signIn } from '../api/auth';
import { safeReturnTo } from '../lib/use-session';

const CHALLENGE_MESSAGES: Record<string, string> = {
  SOFTWARE_TOKEN_MFA: 'This account uses a one-time code from an authenticator app, which this dashboard does not support yet. Please sign in through the Future Demand web app.',
  NEW_PASSWORD_REQUIRED: 'This account must set a new password first. Please sign in once through the Future Demand web app.',
};

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
    try {
      const answer = await signIn(username.trim(), password);
      if (answer.kind === 'challenge') {
        setError(CHALLENGE_MESSAGES[answer.challenge] ?? `This account needs an extra sign-in step (${answer.challenge}) that this dashboard does not support yet.`);
        return;
      }
      session.start(username.trim(), answer.tokens);
      navigate(safeReturnTo(params.get('returnTo')), { replace: true });
    } catch (e) {
      // only a refused password is cleared (to type it again); after a failure on the way it is kept
      const refused = e instanceof ApiError && e.status === 401;
      if (refused) {
        setPassword('');
        passwordRef.current?.focus();
      }
      setError(refused ? 'Wrong username or password.' : describeError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="sign-in">
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
