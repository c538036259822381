import 'reflect-metadata';
import type { Server } from 'node:http';
import { loadConfig } from './platform/config';
import { openDatabase } from './platform/db/database';
import { createApp } from './platform/http/app';
import { createServices } from './services';
import { seedOnStart } from './seed/seed';
import { DEMO_SIGN_INS } from './seed/demo-world.data';
import { MailCatcher } from './platform/mail/mail-catcher';
import { OutboxWorker } from './platform/mail/outbox-worker';
import { NodemailerSender, describeSmtpUrl } from './platform/mail/smtp-transport';
import { mountMailCatcherPage } from './platform/http/mail-catcher-page';
import { describeTrustedProxies } from './platform/http/trusted-proxies';

/** Migrates, seeds what is missing, and serves the API and the SPA on one port. */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config.databaseUrl);
  const services = createServices(db, config);
  const seeded = await seedOnStart(services, config);
  // Without SMTP_URL, mail goes to a local catcher, so invitations work with no mail server.
  // Its page shows invitation links, so a production install keeps it off the web.
  const catcher = config.mail.smtpUrl
    ? null
    : new MailCatcher({ port: config.mail.catcherPort, dir: config.mail.catcherDir });
  await catcher?.start();
  const catcherPage = catcher && !config.production ? catcher : null;
  const { app, stop } = await createApp(services, config, {
    mountRoutes: catcherPage ? (routes) => mountMailCatcherPage(routes, catcherPage) : undefined,
  });
  const mailWorker = new OutboxWorker(
    db,
    new NodemailerSender(config.mail.smtpUrl ?? catcher!.smtpUrl),
    services.clock,
    {
      from: config.mail.from,
    },
  );

  const server: Server = app.listen(config.port, () => {
    const lines = [
      '',
      `Foyer is running at ${config.publicUrl}`,
      `GraphQL endpoint:  ${config.publicUrl}/graphql${config.sandboxEnabled ? '  (open it in a browser for the sandbox)' : ''}`,
      `Database:          ${db.kind === 'sqlite' ? config.databaseUrl : 'PostgreSQL'}`,
      config.mail.smtpUrl
        ? `Mail:              via ${describeSmtpUrl(config.mail.smtpUrl)}`
        : catcherPage
          ? `Mail:              caught locally, read it at ${config.publicUrl}/dev/mail (also saved in ${config.mail.catcherDir})`
          : `Mail:              caught locally in ${config.mail.catcherDir}, not delivered: set SMTP_URL`,
      `Trusted proxies:   ${describeTrustedProxies(config.trustedProxies)}`,
    ];
    if (seeded.demoPresent && config.demo.enabled) {
      lines.push('', `Demo sign-ins (password: ${config.demo.password}):`);
      for (const { email, who } of DEMO_SIGN_INS) lines.push(`  ${email.padEnd(26)} ${who}`);
    }
    if (config.firstAdmin)
      lines.push(
        '',
        `Vendor administrator: ${config.firstAdmin.email}${seeded.firstAdminCreated ? ' (created now)' : ''}`,
      );
    if (!seeded.demoPresent && !config.firstAdmin) {
      lines.push(
        '',
        'Nobody can sign in yet: set FOYER_ADMIN_EMAIL and FOYER_ADMIN_PASSWORD and restart.',
      );
    }
    console.log(lines.join('\n'));
    mailWorker.start();
  });

  let stopping = false;
  const shutdown = () => {
    // A second signal while stopping (a second Ctrl-C) does not wait any longer.
    if (stopping) process.exit(1);
    stopping = true;
    server.close();
    void mailWorker
      .stop()
      .then(() => catcher?.stop())
      .then(() => stop())
      .then(() => db.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('Foyer could not stop cleanly:', error);
          process.exit(1);
        },
      );
  };
  // `on`, not `once`: a dependency's exit hook (signal-exit) re-raises the signal when it finds no
  // listener but its own, which killed the process before it had stopped (exit status 143).
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  if (process.env.FOYER_DEBUG === 'true') console.error(error);
  process.exit(1);
});
