import { ApiError, describeError } from '@/lib/api-errors';
import { session } from '@/lib/api';
import { signIn } from '../api/auth';

const CHALLENGE_MESSAGES: Record<string, string> = {
  SOFTWARE_TOKEN_MFA: 'This account uses a one-time code from an authenticator app, which this dashboard does not support yet. Please sign in through the Future Demand web app.',
  NEW_PASSWORD_REQUIRED: 'This account must set a new password first. Please sign in once through the Future Demand web app.',
};

export type SignInOutcome = { ok: true } | { ok: false; message: string; /** the password was refused (to type it again) */ refused: boolean };

/**
 * POST /auth, then the session starts (with `preferredPartnerId` if the account still has it);
 * a failure says why in the user's words.
 */
export async function signInAndStart(username: string, password: string, preferredPartnerId?: string | null): Promise<SignInOutcome> {
  try {
    const answer = await signIn(username, password);
    if (answer.kind === 'challenge') {
      return {
        ok: false,
        refused: false,
        message: CHALLENGE_MESSAGES[answer.challenge] ?? `This account needs an extra sign-in step (${answer.challenge}) that this dashboard does not support yet.`,
      };
    }
    session.start(username, answer.tokens, preferredPartnerId);
    return { ok: true };
  } catch (e) {
    const refused = e instanceof ApiError && e.status === 401;
    return { ok: false, refused, message: refused ? 'Wrong username or password.' : describeError(e) };
  }
}
