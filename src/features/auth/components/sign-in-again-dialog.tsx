import { useId, useRef, useState, type FormEvent } from 'react';
import { Modal } from '@/components/ui/modal';
import { SubmitButton } from '@/components/ui/submit-button';
import { signInAndStart } from '../lib/sign-in-and-start';

/**
 * The session ended while the page holds work not yet saved: sign in again over the page, which
 * stays as it is (the sign-in page would replace it, and with it what was typed). Once signed in,
 * the page carries on; a write that failed can be sent again. "Sign out" gives the work up.
 */
export function SignInAgainDialog({ username, partnerId, onSignedIn, onSignOut }: {
  username: string;
  /** the held page's partner: the new session carries on with it */
  partnerId: string;
  onSignedIn: () => void;
  onSignOut: () => void;
}) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const passwordRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!password) {
      setError('Enter your password.');
      passwordRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const outcome = await signInAndStart(username, password, partnerId);
    if (outcome.ok) {
      onSignedIn(); // the page takes over (this dialog goes) and re-reads what failed meanwhile
      return;
    }
    setBusy(false);
    if (outcome.refused) setPassword('');
    setError(outcome.message);
    passwordRef.current?.focus();
  }

  return (
    <Modal title="Sign in again to carry on" dismissible={false} describedBy={`${id}-intro`}>
      <form onSubmit={onSubmit} noValidate>
        <p id={`${id}-intro`}>
          Your session has ended. Sign in again as <strong>{username}</strong>: this page stays as it is, with your unsaved work.
        </p>
        <div className="field">
          <label htmlFor={`${id}-p`}><span>Password</span></label>
          <input id={`${id}-p`} ref={passwordRef} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)}
            aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
          {error && <p id={`${id}-error`} className="field-error" role="alert">{error}</p>}
        </div>
        <div className="row">
          <SubmitButton busy={busy}>{busy ? 'Signing in…' : 'Sign in'}</SubmitButton>
          <button type="button" className="button" onClick={onSignOut} disabled={busy}>Sign out instead</button>
        </div>
      </form>
    </Modal>
  );
}
