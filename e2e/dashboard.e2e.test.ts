import type { Browser, Page } from 'playwright-core';
import { startFoyer, DEMO_PASSWORD, type RunningFoyer } from './support/foyer-server';
import { startSmtpInbox, type SmtpInbox } from './support/smtp-inbox';
import { launchChromium, seriousAccessibilityProblems, stepRecorder } from './support/browser';

/**
 * The administrators' journey of the dashboard issue, in a real browser against a real server:
 * invite someone, who follows the mailed link and is signed in at once; then try to delete the
 * Billing contact, read why not, hand the role over and delete.
 */
describe('administrator dashboard in Chromium', () => {
  let foyer: RunningFoyer;
  let inbox: SmtpInbox;
  let browser: Browser;
  const shoot = stepRecorder('dashboard');

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    foyer = await startFoyer({ smtpUrl: inbox.url });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await foyer?.stop();
    await inbox?.close();
  });

  async function expectAccessible(page: Page) {
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  }

  it('invites, onboards, refuses with a reason, hands over and deletes', async () => {
    const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });

    // Sign in as Acme's administrator.
    await admin.goto(`${foyer.url}/sign-in`);
    await expectAccessible(admin);
    await admin.getByRole('textbox', { name: 'E-mail', exact: true }).fill('ana@acme.example');
    await admin.getByLabel('Password').fill(DEMO_PASSWORD);
    await shoot(admin, 'sign-in');
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await admin.getByRole('heading', { name: /Welcome, Ana Silva/ }).waitFor();
    await expectAccessible(admin);
    await shoot(admin, 'home');

    // Our accounts: add a professional with "send invitation e-mail" ticked.
    await admin.getByRole('link', { name: 'Our accounts' }).first().click();
    await admin
      .getByRole('heading', { name: /accounts/i })
      .first()
      .waitFor();
    await admin.getByRole('row', { name: /Frank Osei/ }).waitFor();
    await expectAccessible(admin);
    await shoot(admin, 'accounts');
    await admin.getByRole('button', { name: 'Add professional' }).click();
    await admin.getByLabel('First name').fill('Nora');
    await admin.getByLabel('Last name').fill('Quinn');
    await admin.getByRole('textbox', { name: 'E-mail', exact: true }).fill('nora@acme.example');
    expect(await admin.getByLabel('Send invitation e-mail').isChecked()).toBe(true);
    await expectAccessible(admin);
    await shoot(admin, 'add-professional');
    await admin.getByRole('dialog').getByRole('button', { name: 'Add professional' }).click();
    await admin.getByRole('row', { name: /Nora Quinn/ }).waitFor();
    await shoot(admin, 'invited');

    // The invitation arrives over SMTP; its link signs Nora in at once.
    const mail = await inbox.waitFor('nora@acme.example');
    expect(mail.html).toBeTruthy();
    const link = /(http\S+\/invitations\/[A-Za-z0-9_-]+)/.exec(mail.text ?? '')![1]!;
    expect(link.startsWith(`${foyer.url}/invitations/`)).toBe(true);
    const invitee = await (await browser.newContext()).newPage();
    await invitee.goto(link);
    await invitee
      .getByRole('heading', { name: /Ana Silva invited you to join Acme Logistics/ })
      .waitFor();
    await expectAccessible(invitee);
    await invitee.getByLabel('Choose a password').fill('nora long password');
    await invitee.getByLabel('Confirm password').fill('nora long password');
    await shoot(invitee, 'accept-invitation');
    await invitee.getByRole('button', { name: 'Accept invitation' }).click();
    await invitee.getByRole('heading', { name: /Welcome, Nora Quinn/ }).waitFor();
    await shoot(invitee, 'invitee-signed-in');

    // Deleting the Billing contact is refused before the click, with the reason and the fix.
    await admin.getByRole('link', { name: 'Frank Osei' }).click();
    await admin.getByRole('heading', { name: 'Frank Osei' }).waitFor();
    const deleteButton = admin.getByRole('button', { name: 'Delete' });
    expect(await deleteButton.isDisabled()).toBe(true);
    await admin
      .getByText('Frank Osei holds Billing contact: hand it to someone else first.')
      .first()
      .waitFor();
    await expectAccessible(admin);
    await shoot(admin, 'delete-refused');

    // Hand Billing contact to Nora, then delete Frank.
    await admin.getByRole('button', { name: 'Hand over Billing contact' }).first().click();
    const handOver = admin.getByRole('dialog');
    await handOver
      .getByRole('option', { name: /Nora Quinn/ })
      .or(handOver.getByRole('radio', { name: /Nora Quinn/ }))
      .first()
      .click();
    await shoot(admin, 'hand-over');
    await handOver
      .getByRole('button', { name: /Hand over|Confirm/ })
      .last()
      .click();
    await admin
      .getByText('Frank Osei holds Billing contact: hand it to someone else first.')
      .first()
      .waitFor({ state: 'detached' });
    expect(await deleteButton.isEnabled()).toBe(true);
    await deleteButton.click();
    await admin
      .getByRole('dialog')
      .getByRole('button', { name: /Delete|Confirm/ })
      .last()
      .click();
    await admin.getByRole('row', { name: /Nora Quinn/ }).waitFor();
    expect(await admin.getByRole('row', { name: /Frank Osei/ }).count()).toBe(0);
    await shoot(admin, 'deleted');
  });

  it('the audit log, with what each change changed, does not scroll sideways at phone width', async () => {
    const phone = await (
      await browser.newContext({ viewport: { width: 390, height: 844 } })
    ).newPage();
    await phone.goto(`${foyer.url}/sign-in`);
    await phone.getByRole('textbox', { name: 'E-mail', exact: true }).fill('ana@acme.example');
    await phone.getByLabel('Password').fill(DEMO_PASSWORD);
    await phone.getByRole('button', { name: 'Sign in' }).click();
    await phone.getByRole('heading', { name: /Welcome, Ana Silva/ }).waitFor();
    // An edit, so that the log shows a change from one value to another.
    const graphql = (query: string, variables: Record<string, unknown> = {}) =>
      phone.request
        .post(`${foyer.url}/graphql`, { data: { query, variables } })
        .then((response) => response.json());
    const viewer = await graphql('{ viewer { id organization { id } } }');
    const edited = await graphql(
      'mutation ($id: ID!) { updateProfessional(input: { id: $id, jobTitle: "Head of IT operations and logistics systems" }) { error { code } } }',
      { id: viewer.data.viewer.id },
    );
    expect(edited.data.updateProfessional.error).toBeNull();

    await phone.goto(`${foyer.url}/orgs/${viewer.data.viewer.organization.id}/audit`);
    await phone.getByText('Head of IT operations and logistics systems').first().waitFor();
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    await shoot(phone, 'audit-log-390');
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('the sign-in page is usable at phone width', async () => {
    const phone = await (
      await browser.newContext({ viewport: { width: 390, height: 844 } })
    ).newPage();
    await phone.goto(`${foyer.url}/sign-in`);
    await phone.getByRole('button', { name: 'Sign in' }).waitFor();
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(phone);
    await shoot(phone, 'sign-in-390');
  });
});
