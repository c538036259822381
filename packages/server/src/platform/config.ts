import path from 'node:path';
import { parseTrustedProxies, type TrustedProxies } from './http/trusted-proxies';

/** Every setting Foyer reads, in one place. README.md lists them for operators. */
export interface Config {
  port: number;
  databaseUrl: string;
  publicUrl: string;
  /** Whose X-Forwarded-For and X-Forwarded-Proto to believe (Express's `trust proxy`). */
  trustedProxies: TrustedProxies;
  production: boolean;
  sandboxEnabled: boolean;
  demo: { enabled: boolean; password: string };
  firstAdmin: { email: string; password: string } | null;
  sessionTtlDays: number;
  supportEmail: string;
  invitationTtlDays: number;
  mail: {
    /** smtp://user:pass@host:port (smtps:// for TLS); null runs the local mail catcher. */
    smtpUrl: string | null;
    from: string;
    /** Where the local mail catcher listens for SMTP when no SMTP_URL is set. */
    catcherPort: number;
    /** Where the catcher keeps what it receives, one .eml file per message. */
    catcherDir: string;
  };
  /** Uploaded files (updates, training videos): where they are kept and how large one may be. */
  files: { dir: string; maxUploadBytes: number };
  webDistDir: string;
}

export const DEFAULT_DEMO_PASSWORD = 'foyer-demo';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = parsePort(env.PORT ?? '4000');
  const production = env.NODE_ENV === 'production';
  const adminEmail = env.FOYER_ADMIN_EMAIL?.trim();
  const adminPassword = env.FOYER_ADMIN_PASSWORD;
  if (Boolean(adminEmail) !== Boolean(adminPassword)) {
    throw new Error('Set both FOYER_ADMIN_EMAIL and FOYER_ADMIN_PASSWORD, or neither.');
  }
  return {
    port,
    databaseUrl: env.DATABASE_URL ?? 'sqlite:./data/foyer.db',
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    trustedProxies: parseTrustedProxies(env.TRUSTED_PROXIES),
    production,
    sandboxEnabled: parseBoolean(env.FOYER_SANDBOX, !production),
    demo: {
      enabled: parseBoolean(env.FOYER_DEMO, true),
      password: env.FOYER_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    },
    firstAdmin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : null,
    sessionTtlDays: Number(env.FOYER_SESSION_TTL_DAYS ?? 14),
    supportEmail: env.FOYER_SUPPORT_EMAIL ?? 'support@foyer.example',
    invitationTtlDays: parsePositive(
      env.FOYER_INVITATION_TTL_DAYS ?? '14',
      'FOYER_INVITATION_TTL_DAYS',
    ),
    mail: {
      smtpUrl: env.SMTP_URL?.trim() || null,
      from: env.MAIL_FROM ?? 'Foyer <no-reply@foyer.example>',
      catcherPort: parsePort(env.MAIL_CATCHER_PORT ?? '1025'),
      catcherDir: path.resolve(env.MAIL_CATCHER_DIR ?? './data/mail'),
    },
    files: {
      dir: path.resolve(env.FOYER_FILES_DIR ?? './data/files'),
      maxUploadBytes:
        parsePositive(env.FOYER_MAX_UPLOAD_MB ?? '2048', 'FOYER_MAX_UPLOAD_MB') * 1_000_000,
    },
    webDistDir: env.FOYER_WEB_DIST ?? path.resolve(__dirname, '../../../web/dist'),
  };
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a number from 0 to 65535, not "${value}".`);
  }
  return port;
}

function parsePositive(value: string, name: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0)
    throw new Error(`${name} must be a positive number, not "${value}".`);
  return number;
}

function parseBoolean(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new Error(`Expected true or false, not "${value}".`);
}
