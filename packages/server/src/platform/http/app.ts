import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import cookieParser from 'cookie-parser';
import { expressMiddleware } from '@as-integrations/express5';
import type { Config } from '../config';
import type { Services } from '../../services';
import { createSchema } from '../graphql/schema';
import { createApolloServer } from '../graphql/apollo-server';
import type { GraphQLContext } from '../graphql/context';
import { lazyLoaders, loaderIndex, type LoaderGroup } from '../graphql/lazy-loaders';
import type { Actor } from '@foyer/shared';
import { createOrganizationLoaders } from '../../modules/organization/organization.loaders';
import { createProfessionalLoaders } from '../../modules/professional/professional.loaders';
import { createInvitationLoaders } from '../../modules/invitation/invitation.loaders';
import { createArticleLoaders } from '../../modules/knowledge-base/article.loaders';
import { createLicenseLoaders } from '../../modules/licensing/license.loaders';
import { createNewsLoaders } from '../../modules/news/news.loaders';
import {
  createCommunityLoaders,
  createCommunityReaderLoaders,
} from '../../modules/community/community.loaders';
import { requestIdMiddleware, currentRequestId } from './request-id';
import { securityHeaders } from './security-headers';
import { sessionCookieWriter } from './session-cookie';
import { sessionOfRequest } from './request-actor';
import { createFileUploadRouter } from '../../modules/files/file-upload.route';
import {
  createUpdateLoaders,
  createUpdateReaderLoaders,
} from '../../modules/updates/update.loaders';
import { createUpdateDownloadRouter } from '../../modules/updates/update-download.route';
import { createTrainingLoaders } from '../../modules/training/training.loaders';
import { createLessonVideoRouter } from '../../modules/training/lesson-video.route';

export interface FoyerApp {
  app: Express;
  stop(): Promise<void>;
}

/** One port: the GraphQL API at /graphql, the sandbox for browsers there too, and the SPA. */
export async function createApp(
  services: Services,
  config: Pick<
    Config,
    'production' | 'sandboxEnabled' | 'publicUrl' | 'webDistDir' | 'trustedProxies'
  >,
  /** Extra routes (e.g. the mail catcher's page), mounted before the SPA's catch-all. */
  options: { mountRoutes?: (app: Express) => void } = {},
): Promise<FoyerApp> {
  const apollo = createApolloServer(await createSchema(), {
    introspection: config.sandboxEnabled || !config.production,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // req.ip (the per-address rate limits' key) and req.secure (the cookie's Secure flag) come
  // from X-Forwarded-For and X-Forwarded-Proto only when these proxies sent them.
  app.set('trust proxy', config.trustedProxies);
  app.use(requestIdMiddleware);
  app.use(securityHeaders);
  app.use(cookieParser());

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });

  const sandboxFile = path.join(config.webDistDir, 'sandbox.html');
  app.get('/graphql', (req, res, next) => {
    if (!config.sandboxEnabled || !req.accepts('html') || req.query.query) return next();
    if (!fs.existsSync(sandboxFile)) {
      res
        .status(503)
        .type('text')
        .send('The GraphQL sandbox is not built. Run `npm start` (it builds packages/web).');
      return;
    }
    res.sendFile(sandboxFile);
  });

  // Each module's DataLoaders, made for a request the first time it reads one of them.
  const loaderGroups = (actor: Actor | null): LoaderGroup[] => {
    const manager = services.db.manager;
    return [
      () => createOrganizationLoaders(manager),
      () => createProfessionalLoaders(manager),
      () => createInvitationLoaders(manager),
      () => createArticleLoaders(manager),
      () => createLicenseLoaders(manager),
      () => createNewsLoaders(manager),
      () => createUpdateLoaders(manager),
      () => createCommunityLoaders(manager),
      () => createTrainingLoaders(manager),
      () => createUpdateReaderLoaders(services.updates, actor),
      () => createCommunityReaderLoaders(services.community, actor),
    ];
  };
  const loaderNames = loaderIndex(loaderGroups(null));

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<GraphQLContext> => {
        const { session, actor } = await sessionOfRequest(services, req);
        const secure = config.publicUrl.startsWith('https:') || req.secure;
        return {
          requestId: currentRequestId() ?? '',
          services,
          session,
          actor,
          loaders: lazyLoaders<GraphQLContext['loaders']>(loaderGroups(actor), loaderNames),
          sessionCookie: sessionCookieWriter(res, secure),
          clientAddress: req.ip ?? 'unknown',
        };
      },
    }),
  );

  app.use('/graphql', rejectUnreadableBody);

  // Files: uploads, and each module's entitled download and streaming addresses.
  app.use(createFileUploadRouter(services));
  app.use(createUpdateDownloadRouter(services));
  app.use(createLessonVideoRouter(services));

  options.mountRoutes?.(app);
  serveSpa(app, config.webDistDir);
  return { app, stop: () => apollo.stop() };
}

/**
 * A body express.json cannot read (malformed, too large) gets a GraphQL-shaped JSON error, not
 * express's HTML page, which outside NODE_ENV=production includes the stack trace.
 */
function rejectUnreadableBody(
  error: BodyParserError,
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  if (typeof error?.status !== 'number' || error.status < 400 || error.status >= 500)
    return next(error);
  const message =
    error.type === 'entity.too.large'
      ? 'The request body is too large.'
      : error.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : 'The request body could not be read.';
  res.status(error.status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}

type BodyParserError = { status?: unknown; type?: unknown } | null | undefined;

/** The built SPA with history-API fallback: every unknown GET path is a client-side route. */
function serveSpa(app: Express, distDir: string): void {
  const index = path.join(distDir, 'index.html');
  app.use(
    express.static(distDir, {
      index: false,
      // Vite fingerprints everything under assets/, so those never change; the rest may.
      setHeaders: (res, file) => {
        res.setHeader(
          'Cache-Control',
          file.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    }),
  );
  app.get(/^\/(?!graphql).*/, (_req, res) => {
    if (!fs.existsSync(index)) {
      res
        .status(503)
        .type('text')
        .send('The web app is not built. Run `npm start` (it builds packages/web).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
