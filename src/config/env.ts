import { z } from 'zod/mini';

/**
 * Every build-time setting the app reads, validated once. See README "Configuration".
 * VITE_ENABLE_MOCKS is read at build time in vite.config.ts (→ `__MOCKS__`).
 */
const envSchema = z.object({
  VITE_API_BASE_URL: z._default(z.string(), '/api/v3'),
  VITE_CR_API_BASE_URL: z._default(z.string(), '/cr-api'),
  VITE_PARTNER_TIME_ZONE: z._default(z.string(), 'Europe/Berlin'),
  VITE_QUERY_DEVTOOLS: z._default(z.string(), 'false'),
});

const raw = envSchema.parse(import.meta.env);

const stripTrailingSlash = (s: string) => s.replace(/\/+$/, '');

export const env = {
  apiBaseUrl: stripTrailingSlash(raw.VITE_API_BASE_URL),
  crApiBaseUrl: stripTrailingSlash(raw.VITE_CR_API_BASE_URL),
  mocksEnabled: __MOCKS__,
  partnerTimeZone: raw.VITE_PARTNER_TIME_ZONE,
  /** TanStack Query's devtools button, in development only and only when asked for (it covers table actions in the demo). */
  queryDevtools: import.meta.env.DEV && raw.VITE_QUERY_DEVTOOLS === 'true',
} as const;
