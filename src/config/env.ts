import { z } from 'zod/mini';

/**
 * Every build-time setting the app reads, validated once. See README "Configuration".
 * VITE_ENABLE_MOCKS: "true" starts the in-browser mock API (MSW); default on in dev/demo,
 * off in production builds.
 */
const envSchema = z.object({
  VITE_API_BASE_URL: z._default(z.string(), '/api/v3'),
  VITE_CR_API_BASE_URL: z._default(z.string(), '/cr-api'),
  VITE_ENABLE_MOCKS: z.optional(z.enum(['true', 'false'])),
  VITE_PARTNER_TIME_ZONE: z._default(z.string(), 'Europe/Berlin'),
});

const raw = envSchema.parse(import.meta.env);

const stripTrailingSlash = (s: string) => s.replace(/\/+$/, '');

export const env = {
  apiBaseUrl: stripTrailingSlash(raw.VITE_API_BASE_URL),
  crApiBaseUrl: stripTrailingSlash(raw.VITE_CR_API_BASE_URL),
  mocksEnabled: raw.VITE_ENABLE_MOCKS ? raw.VITE_ENABLE_MOCKS === 'true' : __MOCKS_ENABLED_BY_DEFAULT__,
  partnerTimeZone: raw.VITE_PARTNER_TIME_ZONE,
  isDev: import.meta.env.DEV,
} as const;
