import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { api } from '@/lib/api';

const tokensSchema = z.looseObject({
  AccessToken: z.string(),
  IdToken: z.string(),
  RefreshToken: z.string(),
  ExpiresIn: z.number(),
  TokenType: z.optional(z.string()),
});
const challengeSchema = z.looseObject({ Challenge: z.string() });
/** Either tokens or a challenge (MFA, new password) the dashboard cannot answer. */
export const signInResponseSchema = z.pipe(
  z.union([tokensSchema, challengeSchema]),
  z.transform((body) =>
    'AccessToken' in body && typeof body.AccessToken === 'string'
      ? { kind: 'tokens' as const, tokens: tokensSchema.parse(body) }
      : { kind: 'challenge' as const, challenge: String(body.Challenge) },
  ),
);
export type SignInResponse = z.infer<typeof signInResponseSchema>;

export const partnerSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  currency: z.optional(z.nullable(z.string())),
  demand_prediction: z.optional(z.boolean()),
  campaign_recommendations: z.optional(z.boolean()),
  status: z.optional(z.string()),
});
export type Partner = z.infer<typeof partnerSchema>;

/** POST /auth — tokens, or a challenge the dashboard cannot answer yet. 401 = bad credentials. */
export function signIn(username: string, password: string, signal?: AbortSignal) {
  return api.request({ method: 'POST', path: '/auth', auth: false, json: { username, password }, schema: signInResponseSchema, signal });
}

/** The partner the session works for, or `partnerId` (another of the user's partners). */
export const fetchPartner = ({ partnerId, signal }: { partnerId?: string; signal?: AbortSignal } = {}) =>
  api.request({ path: '/partners/', schema: partnerSchema, partnerId, signal });

export const partnerQueries = {
  all: () => ['partner'] as const,
  current: (partnerId: string) => queryOptions({
    queryKey: [...partnerQueries.all(), partnerId],
    queryFn: ({ signal }) => fetchPartner({ partnerId, signal }),
    staleTime: 10 * 60 * 1000,
  }),
};
