import type { Browser, Page } from 'playwright-core';
import { startFoyer, DEMO_PASSWORD, type RunningFoyer } from './support/foyer-server';
import { startSmtpInbox, type SmtpInbox } from './support/smtp-inbox';
import {
  launchChromium,
  policyViolations,
  seriousAccessibilityProblems,
  stepRecorder,
} from './support/browser';

/**
 * Every other screen of the dashboard, at desktop and phone width: each must render and have no
 * serious or critical accessibility violation, none may scroll sideways on a phone, and none may
 * need anything the Content-Security-Policy refuses.
 */
describe('every screen, checked by axe-core', () => {
  let foyer: RunningFoyer;
  let inbox: SmtpInbox;
  let browser: Browser;
  const shoot = stepRecorder('screens');

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

  const refusedOn = new WeakMap<Page, string[]>();

  async function check(page: Page, name: string) {
    await page.waitForLoadState('networkidle');
    expect({ name, refused: refusedOn.get(page) }).toEqual({ name, refused: [] });
    await shoot(page, name);
    expect({ name, problems: await seriousAccessibilityProblems(page) }).toEqual({
      name,
      problems: [],
    });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect({ name, overflow: overflow > 0 }).toEqual({ name, overflow: false });
  }

  async function signIn(page: Page, email: string) {
    await page.goto(`${foyer.url}/sign-in`);
    await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /Welcome/ }).waitFor();
  }

  it.each([
    ['desktop', 1280, 900],
    ['phone', 390, 844],
  ])('on %s', async (label, width, height) => {
    const page = await (await browser.newContext({ viewport: { width, height } })).newPage();
    refusedOn.set(page, policyViolations(page));

    await page.goto(`${foyer.url}/request-access`);
    await page
      .getByRole('heading', { name: /Request access/i })
      .first()
      .waitFor();
    await check(page, `${label}-request-access`);
    await page.goto(`${foyer.url}/help`);
    await page
      .getByRole('heading', { name: /Who can help/i })
      .first()
      .waitFor();
    await check(page, `${label}-help-signed-out`);

    await signIn(page, 'vera@northwind.example');
    await check(page, `${label}-vendor-home`);
    const nav = async (name: string | RegExp) => {
      const menu = page.getByRole('button', { name: 'Menu' });
      if (await menu.isVisible()) await menu.click();
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name, exact: true })
        .click();
    };
    await nav('Organizations');
    await page.getByRole('link', { name: 'Acme Logistics' }).first().waitFor();
    await check(page, `${label}-organizations`);
    await page.getByRole('button', { name: 'Create organization' }).click();
    await page.getByRole('dialog', { name: 'Create organization' }).waitFor();
    await check(page, `${label}-create-organization`);
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Acme Logistics' }).first().click();
    await page.getByRole('link', { name: 'Licences' }).last().click();
    await page.getByRole('button', { name: 'Add licence' }).click();
    await page.getByRole('dialog', { name: /Add a licence/ }).waitFor();
    await check(page, `${label}-add-licence`);
    await page.keyboard.press('Escape');

    await page.goto(`${foyer.url}/news/new`);
    await page.getByRole('heading', { name: 'New announcement' }).waitFor();
    await page.getByRole('radio', { name: 'Chosen products and organizations' }).check();
    await page.getByRole('checkbox', { name: 'Acme Logistics' }).waitFor();
    await check(page, `${label}-news-editor`);
    await page.goto(`${foyer.url}/training/ledger-month-end-close/edit`);
    await page.getByRole('heading', { name: 'Edit course' }).waitFor();
    await check(page, `${label}-course-editor`);
    await page.goto(`${foyer.url}/updates/new`);
    await page
      .getByRole('heading', { name: /New update/i })
      .first()
      .waitFor();
    await check(page, `${label}-update-editor`);

    await signIn(page, 'ana@acme.example');
    await nav('Licences');
    await page.getByRole('table', { name: /Licences of Acme Logistics/ }).waitFor();
    await check(page, `${label}-licences`);
    await page.getByRole('button', { name: 'Reveal the ledger registration key' }).click();
    await page.getByRole('button', { name: 'Reveal key' }).click();
    await page.getByRole('dialog', { name: 'The ledger registration key' }).waitFor();
    await check(page, `${label}-revealed-key`);
    await page.keyboard.press('Escape');

    // The link's name carries the unseen count ("News, 5 new") until the news is opened.
    await nav(/^News/);
    await page.getByRole('heading', { name: 'News', exact: true }).waitFor();
    await page
      .getByRole('link', { name: 'Scheduled maintenance of your hosted services' })
      .waitFor();
    await check(page, `${label}-news`);
    await page.getByRole('link', { name: 'Welcome to the Northwind customer portal' }).click();
    await page.getByRole('heading', { name: 'Welcome to the Northwind customer portal' }).waitFor();
    await check(page, `${label}-announcement`);
    await nav('Updates');
    await page.getByRole('heading', { name: 'Updates and hotfixes', level: 1 }).waitFor();
    await check(page, `${label}-updates`);
    await page
      .getByRole('link', { name: 'Dispatch 3.0.3 hotfix: driver app shows offline' })
      .click();
    await page
      .getByRole('heading', { name: 'Dispatch 3.0.3 hotfix: driver app shows offline', level: 1 })
      .waitFor();
    await check(page, `${label}-update-blocked`);
    await nav('Access requests');
    await page
      .getByRole('heading', { name: /Access requests/i })
      .first()
      .waitFor();
    await check(page, `${label}-access-requests`);
    await nav('Audit log');
    await page
      .getByRole('heading', { name: /Audit log/i })
      .first()
      .waitFor();
    await check(page, `${label}-audit-log`);
    await nav('Training');
    await page.getByRole('list', { name: 'Courses' }).waitFor();
    await check(page, `${label}-training`);
    await page.getByRole('link', { name: 'Ledger: closing the month' }).click();
    await page.getByRole('navigation', { name: 'Lessons' }).waitFor();
    await check(page, `${label}-course`);
    await page
      .getByRole('navigation', { name: 'Lessons' })
      .getByRole('link', { name: /month-end close at a glance/ })
      .click();
    await page.locator('video').waitFor();
    await check(page, `${label}-video-lesson`);
    await nav('Training progress');
    await page.getByRole('grid', { name: /Training progress/ }).waitFor();
    await check(page, `${label}-training-progress`);
    await page.goto(`${foyer.url}/help`);
    await page
      .getByRole('heading', { name: /Who can help/i })
      .first()
      .waitFor();
    await check(page, `${label}-help`);

    await nav('Community');
    await page.getByRole('list', { name: 'Questions' }).waitFor();
    await check(page, `${label}-community`);
    await page.getByRole('link', { name: /skip Ledger 4.2 cumulative updates/ }).click();
    await page.getByRole('heading', { level: 2, name: '2 answers' }).waitFor();
    await check(page, `${label}-question`);

    // The moderator sees the hidden demo question, greyed, with the moderation menu.
    await signIn(page, 'vera@northwind.example');
    await page.goto(`${foyer.url}/community/selling-old-ledger-licences`);
    await page.getByRole('group', { name: 'Moderate this question' }).waitFor();
    await check(page, `${label}-hidden-question`);
  });

  it('the GraphQL sandbox runs a query as the signed-in person', async () => {
    const page = await (await browser.newContext()).newPage();
    const refused = policyViolations(page);
    await signIn(page, 'ana@acme.example');
    await page.goto(`${foyer.url}/graphql`);
    // The editors colour each token in an element of its own: read their text as a whole.
    const shows = (text: string) =>
      page.waitForFunction((wanted) => document.body.innerText.includes(wanted), text);
    await shows('query Sandbox_viewer');
    await page.getByRole('button', { name: /Execute query/i }).click();
    await shows('"ana@acme.example"');
    await shoot(page, 'sandbox');
    expect(refused).toEqual([]);
  });
});
