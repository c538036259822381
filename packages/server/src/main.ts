import 'reflect-metadata';
import type { Server } from 'node:http';
import { loadConfig } from './platform/config';
import { openDatabase } from './platform/db/database';
import { createApp } from './platform/http/app';
import { createServices } from './services';
import { seedOnStart } from './seed/seed';
import { DEMO_SIGN_INS } from './seed/demo-world.data';

/** Migrates, seeds what is missing, and serves the API and the SPA on one port. */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config.databaseUrl);
  const services = createServices(db, config);
  const seeded = await seedOnStart(services, config);
  const { app, stop } = await createApp(services, config);

  const server: Server = app.listen(config.port, () => {
    const lines = [
      '',
      `Foyer is running at ${config.publicUrl}`,
      `GraphQL endpoint:  ${config.publicUrl}/graphql${config.sandboxEnabled ? '  (open it in a browser for the sandbox)' : ''}`,
      `Database:          ${db.kind === 'sqlite' ? config.databaseUrl : 'PostgreSQL'}`,
    ];
    if (seeded.demoPresent && config.demo.enabled) {
      lines.push('', `Demo sign-ins (password: ${config.demo.password}):`);
      for (const { email, who } of DEMO_SIGN_INS) lines.push(`  ${email.padEnd(26)} ${who}`);
    }
    if (config.firstAdmin) lines.push('', `Vendor administrator: ${config.firstAdmin.email}${seeded.firstAdminCreated ? ' (created now)' : ''}`);
    if (!seeded.demoPresent && !config.firstAdmin) {
      lines.push('', 'Nobody can sign in yet: set FOYER_ADMIN_EMAIL and FOYER_ADMIN_PASSWORD and restart.');
    }
    console.log(lines.join('\n'));
  });

  const shutdown = () => {
    server.close();
    void stop().then(() => db.close()).then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  if (process.env.FOYER_DEBUG === 'true') console.error(error);
  process.exit(1);
});
