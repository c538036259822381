import { startFoyer } from './support/foyer-server';
import { startSmtpInbox } from './support/smtp-inbox';

// How Foyer ends when its supervisor (systemd, Docker, npm start) asks it to: a clean exit, so the
// supervisor does not report it as killed, after the mail worker and the database have stopped.
describe('stopping the server', () => {
  it('exits with status 0 on SIGTERM', async () => {
    const inbox = await startSmtpInbox();
    try {
      const foyer = await startFoyer({ smtpUrl: inbox.url });
      expect(await foyer.stop()).toEqual({ code: 0, signal: null });
    } finally {
      await inbox.close();
    }
  }, 90_000);
});
