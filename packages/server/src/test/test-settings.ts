import os from 'node:os';
import path from 'node:path';
import type { ServiceSettings } from '../services';
import type { RateLimit, RateLimitSettings } from '../platform/http/rate-limiter';

export const TEST_PUBLIC_URL = 'http://foyer.test';

/** Limits high enough that suites signing in many times are never throttled; rate-limit tests set their own. */
const GENEROUS: RateLimit = { limit: 100_000, windowSeconds: 60 };
export const GENEROUS_RATE_LIMITS: RateLimitSettings = {
  signIn: { perAccount: GENEROUS, perAddress: GENEROUS },
  acceptInvitation: { perAccount: GENEROUS, perAddress: GENEROUS },
  requestAccess: { perAccount: GENEROUS, perAddress: GENEROUS },
  sendInvitation: { perRecipient: GENEROUS, perSender: GENEROUS },
};

export const TEST_SETTINGS: ServiceSettings = {
  sessionTtlDays: 14,
  supportEmail: 'support@foyer.test',
  invitationTtlDays: 14,
  publicUrl: TEST_PUBLIC_URL,
  rateLimits: GENEROUS_RATE_LIMITS,
  // One folder per test process; storage keys are random, so test apps never collide in it.
  files: {
    dir: path.join(os.tmpdir(), `foyer-test-files-${process.pid}`),
    maxUploadBytes: 20_000_000,
  },
};
