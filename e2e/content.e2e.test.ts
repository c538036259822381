import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startFoyer, DEMO_PASSWORD, type RunningFoyer } from './support/foyer-server';
import { startSmtpInbox, type SmtpInbox } from './support/smtp-inbox';
import { launchChromium, seriousAccessibilityProblems, stepRecorder } from './support/browser';

/**
 * The content a customer uses, in a real browser against a real server on the demo world:
 * news and updates on the home page, an entitled hotfix downloaded and checked against the
 * checksum the page shows (and one whose service plan ended refused), a video lesson that
 * streams and seeks, votes in the community, a registration key revealed and audited, and an
 * update written, uploaded and published by the vendor that a customer then downloads.
 */
describe('customer content in Chromium', () => {
  let foyer: RunningFoyer;
  let inbox: SmtpInbox;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const shoot = stepRecorder('content');

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    foyer = await startFoyer({ smtpUrl: inbox.url });
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await foyer?.stop();
    await inbox?.close();
  });

  /** A fresh browser profile (its own cookies), signed in as `email`, on the home page. */
  async function signedIn(email: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${foyer.url}/sign-in`);
    await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /Welcome/ }).waitFor();
    return page;
  }

  const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
  const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

  /** What a phone user would notice: sideways scrolling, and what axe-core finds serious. */
  async function expectUsableOnPhone(page: Page, name: string) {
    await page.waitForLoadState('networkidle');
    await shoot(page, name);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect({ name, overflow: overflow > 0 }).toEqual({ name, overflow: false });
    expect({ name, problems: await seriousAccessibilityProblems(page) }).toEqual({
      name,
      problems: [],
    });
  }

  /** Clicks the Download button of the file labelled `label` and returns the bytes that arrived. */
  async function download(page: Page, label: string): Promise<{ fileName: string; bytes: Buffer }> {
    const [started] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: `Download ${label}` }).click(),
    ]);
    const path = await started.path();
    return { fileName: started.suggestedFilename(), bytes: fs.readFileSync(path) };
  }

  /** The SHA-256 the update page shows for the file labelled `label`. */
  async function shownChecksum(page: Page, label: string): Promise<string> {
    const item = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: label, exact: true }) });
    const text = (await item.getByText(/^[0-9a-f]{64}$/).textContent()) ?? '';
    return text.trim();
  }

  /** Asks the API with the page's own cookies, as the browser would. */
  async function graphql<T>(
    page: Page,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<T> {
    const response = await page.request.post(`${foyer.url}/graphql`, {
      data: { query, variables },
    });
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { data: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  it('home page, entitled and refused hotfix downloads', async () => {
    const ana = await signedIn('ana@acme.example');

    // News tells her how much is new, in the navigation and on the home page.
    const newsLink = nav(ana).getByRole('link', { name: /^News, \d+ new$/ });
    await newsLink.waitFor();
    const unseen = Number(/News, (\d+) new/.exec((await newsLink.textContent()) ?? '')?.[1]);
    expect(unseen).toBeGreaterThan(0);
    const newsCard = ana.getByRole('region', { name: 'News', exact: true });
    await newsCard
      .getByText(`${unseen} new announcement${unseen === 1 ? '' : 's'} since you last looked`)
      .waitFor();
    await newsCard
      .getByRole('link', { name: 'Welcome to the Northwind customer portal' })
      .waitFor();
    // Acme's own announcement reaches Acme.
    await newsCard
      .getByRole('link', { name: 'Scheduled maintenance of your hosted services' })
      .waitFor();

    // Latest updates for Acme's products (Ledger and Dispatch), never Globex's Insight.
    const updatesCard = ana.getByRole('region', { name: 'Software updates', exact: true });
    const latest = updatesCard.getByRole('list', { name: 'Latest updates for your products' });
    await latest.getByRole('link', { name: 'Ledger 5.1.0' }).waitFor();
    expect(await latest.getByRole('link').allTextContents()).not.toContain('Insight 1.8.0');
    expect(
      (await latest.getByRole('link').allTextContents()).every((title) =>
        /^(Ledger|Dispatch)/.test(title),
      ),
    ).toBe(true);
    // Her course in progress.
    const training = ana.getByRole('region', { name: 'Training', exact: true });
    await training
      .getByRole('link', { name: 'Getting the most out of the customer portal' })
      .waitFor();
    await training.getByText('1 of 3 lessons done').waitFor();
    await shoot(ana, 'ana-home');

    // Opening the news clears the count in the navigation.
    await newsLink.click();
    await ana.getByRole('heading', { name: 'News', level: 1 }).waitFor();
    await nav(ana).getByRole('link', { name: 'News', exact: true }).waitFor();
    await shoot(ana, 'ana-news-seen');
    await nav(ana).getByRole('link', { name: 'Home', exact: true }).click();
    await newsCard
      .getByRole('link', { name: 'Welcome to the Northwind customer portal' })
      .waitFor();
    await newsCard.getByText(/since you last looked/).waitFor({ state: 'detached' });

    // Updates: the Ledger hotfix (Premier Support is active) downloads, and its bytes match the
    // checksum the page shows.
    await nav(ana).getByRole('link', { name: 'Updates', exact: true }).click();
    await ana.getByRole('heading', { name: 'Updates and hotfixes', level: 1 }).waitFor();
    await shoot(ana, 'ana-updates');
    await ana
      .getByRole('link', { name: 'Ledger 5.0.2 hotfix: posting queue stuck in Pending' })
      .click();
    await ana
      .getByRole('heading', {
        name: 'Ledger 5.0.2 hotfix: posting queue stuck in Pending',
        level: 1,
      })
      .waitFor();
    const files = ana.getByRole('region', { name: 'Files' });
    await files.getByRole('link', { name: 'Download All platforms' }).waitFor();
    expect(await files.getByRole('note').count()).toBe(0);
    const shown = await shownChecksum(ana, 'All platforms');
    const hotfix = await download(ana, 'All platforms');
    expect(hotfix.fileName).toBe('ledger-5.0.2-hotfix.tar');
    expect(hotfix.bytes.length).toBe(3072);
    expect(sha256(hotfix.bytes)).toBe(shown);
    await shoot(ana, 'ana-hotfix-downloaded');

    // The Dispatch hotfix: Acme still holds Dispatch, but its Standard Support plan has ended.
    await ana.getByRole('link', { name: 'Updates', exact: true }).first().click();
    await ana
      .getByRole('link', { name: 'Dispatch 3.0.3 hotfix: driver app shows offline' })
      .click();
    await ana
      .getByRole('heading', { name: 'Dispatch 3.0.3 hotfix: driver app shows offline', level: 1 })
      .waitFor();
    await files
      .getByRole('note')
      .getByText(
        /Your service plan for Dispatch ended on \d{4}-\d{2}-\d{2}\. Renew it to download hotfixes\./,
      )
      .waitFor();
    await files.getByText('Not available to you').waitFor();
    expect(await files.getByRole('link', { name: /Download/ }).count()).toBe(0);
    // The checksum is still shown, so a copy obtained elsewhere can be checked.
    expect(await shownChecksum(ana, 'Telematics gateway')).toMatch(/^[0-9a-f]{64}$/);
    await shoot(ana, 'ana-hotfix-blocked');

    // Asking for the file's address directly, with her session, is refused too.
    const data = await graphql<{
      updateBySlug: { files: Array<{ id: string; downloadUrl: string | null }> };
    }>(ana, 'query($slug: String!) { updateBySlug(slug: $slug) { files { id downloadUrl } } }', {
      slug: 'dispatch-3-0-3-hotfix',
    });
    const [blockedFile] = data.updateBySlug.files;
    expect(blockedFile!.downloadUrl).toBeNull();
    const refused = await ana.request.get(`${foyer.url}/api/updates/files/${blockedFile!.id}`);
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain('DOWNLOAD_NOT_ENTITLED');
    // A Dispatch update (not a hotfix) only needs the licence, which Acme still holds.
    await ana.goto(`${foyer.url}/updates/dispatch-3-1-0`);
    await files.getByRole('link', { name: 'Download Driver app, Android' }).waitFor();
  });

  it('a video lesson streams, seeks and counts towards the course', async () => {
    const chloe = await signedIn('chloe@acme.example');
    await nav(chloe).getByRole('link', { name: 'Training', exact: true }).click();
    await chloe.getByRole('heading', { name: 'Training', level: 1 }).waitFor();
    await shoot(chloe, 'chloe-training');
    await chloe.getByRole('link', { name: 'Dispatch: planning routes that hold' }).click();
    await chloe
      .getByRole('heading', { name: 'Dispatch: planning routes that hold', level: 1 })
      .waitFor();
    await chloe.getByText('Not started').waitFor();
    // Media elements ask for byte ranges; the streaming address answers them as ranges.
    const partialContent = chloe.waitForResponse(
      (response) =>
        /\/api\/training\/lessons\/[^/]+\/video/.test(response.url()) && response.status() === 206,
    );
    await chloe
      .getByRole('navigation', { name: 'Lessons' })
      .getByRole('link', { name: /Your first day plan/ })
      .click();
    await chloe.getByRole('heading', { name: 'Your first day plan', level: 2 }).waitFor();

    // The browser loads the video's metadata from the streaming address…
    const video = chloe.getByLabel('Video: Your first day plan');
    await video.waitFor();
    const handle = await video.elementHandle();
    await chloe.waitForFunction(
      (element) =>
        (element as HTMLVideoElement).readyState >= 1 ||
        (element as HTMLVideoElement).error !== null,
      handle,
    );
    const loaded = await video.evaluate((element: HTMLVideoElement) => ({
      error: element.error?.code ?? null,
      readyState: element.readyState,
      duration: element.duration,
    }));
    expect(loaded.error).toBeNull();
    expect(loaded.readyState).toBeGreaterThanOrEqual(1);
    expect(loaded.duration).toBeGreaterThan(0);
    const streamed = await partialContent;
    expect(streamed.headers()['content-type']).toBe('video/mp4');
    expect(streamed.headers()['content-range']).toMatch(/^bytes \d+-\d+\/\d+$/);

    // Seeking lands where asked.
    const seeked = await video.evaluate(
      (element: HTMLVideoElement) =>
        new Promise<{ currentTime: number; seekableEnd: number }>((resolve) => {
          const target = Math.min(2, element.duration / 2);
          element.addEventListener(
            'seeked',
            () =>
              resolve({
                currentTime: element.currentTime,
                seekableEnd: element.seekable.length > 0 ? element.seekable.end(0) : 0,
              }),
            { once: true },
          );
          element.currentTime = target;
        }),
    );
    expect(seeked.seekableEnd).toBeCloseTo(loaded.duration, 1);
    expect(seeked.currentTime).toBeCloseTo(Math.min(2, loaded.duration / 2), 1);

    // The address answers a byte range as a range: the part asked for and where it sits.
    const src = await video.evaluate((element: HTMLVideoElement) => element.currentSrc);
    const part = await chloe.request.get(src, { headers: { Range: 'bytes=100-199' } });
    expect(part.status()).toBe(206);
    expect(part.headers()['content-range']).toMatch(/^bytes 100-199\/\d+$/);
    expect((await part.body()).length).toBe(100);
    await shoot(chloe, 'chloe-video');

    // Played and paused, the video remembers where she stopped: reopened, it resumes there.
    const positionSaved = chloe.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        (response.request().postData() ?? '').includes('saveLessonPosition'),
    );
    const stoppedAt = await video.evaluate(async (element: HTMLVideoElement) => {
      element.muted = true;
      await element.play();
      element.pause();
      return element.currentTime;
    });
    expect(stoppedAt).toBeGreaterThanOrEqual(1);
    expect((await (await positionSaved).json()).data.saveLessonPosition.error).toBeNull();
    await chloe.reload();
    const reopened = chloe.getByLabel('Video: Your first day plan');
    await reopened.waitFor();
    // The page moves the playhead once the metadata is in; wait for it to land (it never
    // lands, and the wait fails, if the position was not kept).
    const reopenedHandle = await reopened.elementHandle();
    await chloe.waitForFunction(
      (element) => {
        const media = element as HTMLVideoElement;
        return media.readyState >= 1 && !media.seeking && media.currentTime > 0;
      },
      reopenedHandle,
      { timeout: 15_000 },
    );
    const resumedAt = await reopened.evaluate((element: HTMLVideoElement) => element.currentTime);
    expect(resumedAt).toBe(Math.floor(stoppedAt));

    // Marking the lesson complete moves her progress.
    await chloe.getByRole('button', { name: 'Mark as complete' }).click();
    await chloe
      .getByRole('status')
      .filter({ hasText: /Completed on/ })
      .waitFor();
    await chloe.getByText('1 of 3 lessons done').waitFor();
    await chloe.getByRole('progressbar', { name: 'Progress: 33%' }).waitFor();
    await chloe
      .getByRole('navigation', { name: 'Lessons' })
      .getByRole('link', { name: /Your first day plan.*\(completed\)/ })
      .waitFor();
    await shoot(chloe, 'chloe-lesson-complete');

    // It is kept: the home page lists the course among hers in progress.
    await nav(chloe).getByRole('link', { name: 'Home', exact: true }).click();
    const inProgress = chloe.getByRole('list', { name: 'Courses in progress' });
    await inProgress.getByRole('link', { name: 'Dispatch: planning routes that hold' }).waitFor();
  });

  it('community votes: on someone else’s question, not on one’s own', async () => {
    const hiro = await signedIn('hiro@globex.example');
    await nav(hiro).getByRole('link', { name: 'Community', exact: true }).click();
    await hiro.getByRole('heading', { name: 'Community', level: 1 }).waitFor();
    await shoot(hiro, 'hiro-community');

    // Chloe's question (Acme): one vote so far, none of them his.
    await hiro
      .getByRole('link', { name: 'Dispatch driver app drains the battery on older Android phones' })
      .click();
    await hiro
      .getByRole('heading', {
        name: 'Dispatch driver app drains the battery on older Android phones',
        level: 1,
      })
      .waitFor();
    const votes = hiro.getByRole('group', { name: 'Votes on this question', exact: true });
    const up = votes.getByRole('button', { name: 'Vote up this question' });
    await votes.getByLabel('Score 1').waitFor();
    expect(await up.getAttribute('aria-pressed')).toBe('false');
    expect(await up.isEnabled()).toBe(true);
    await up.click();
    await votes.getByLabel('Score 2').waitFor();
    expect(await up.getAttribute('aria-pressed')).toBe('true');
    await shoot(hiro, 'hiro-voted');
    // The vote is kept.
    await hiro.reload();
    await votes.getByLabel('Score 2').waitFor();
    expect(
      await votes
        .getByRole('button', { name: 'Vote up this question' })
        .getAttribute('aria-pressed'),
    ).toBe('true');

    // His own question: the buttons are disabled and say why.
    await hiro.getByRole('link', { name: 'Community', exact: true }).first().click();
    await hiro
      .getByRole('link', { name: 'How do you organise Insight dashboards for several clinics?' })
      .click();
    await hiro
      .getByRole('heading', {
        name: 'How do you organise Insight dashboards for several clinics?',
        level: 1,
      })
      .waitFor();
    const ownUp = votes.getByRole('button', { name: 'Vote up this question' });
    await ownUp.waitFor();
    expect(await ownUp.isDisabled()).toBe(true);
    expect(await votes.getByRole('button', { name: 'Vote down this question' }).isDisabled()).toBe(
      true,
    );
    await hiro.getByText('You cannot vote on your own question.').first().waitFor();
    // The reason is what the button is described by, for those who cannot see it.
    const description = await ownUp.evaluate((button) =>
      (button.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(description).toContain('You cannot vote on your own question.');
    await shoot(hiro, 'hiro-own-question');
  });

  it('a registration key is revealed after confirming, and the audit log says so', async () => {
    const ana = await signedIn('ana@acme.example');
    await nav(ana).getByRole('link', { name: 'Licences', exact: true }).click();
    const table = ana.getByRole('table', { name: 'Licences of Acme Logistics' });
    await table.waitFor();
    const row = table.getByRole('row').filter({ hasText: 'Premier Support' });
    await row.getByLabel('Masked key ending in M3PV').waitFor();
    expect(await table.textContent()).not.toContain('NWL5-ACME-7Q4K-29XD-M3PV');
    await shoot(ana, 'ana-licences');

    await row.getByRole('button', { name: 'Reveal the ledger registration key' }).click();
    const confirm = ana.getByRole('alertdialog', { name: 'Reveal the ledger registration key?' });
    await confirm.getByText(/recorded in Acme Logistics’s audit log/).waitFor();
    await shoot(ana, 'ana-reveal-confirm');
    await confirm.getByRole('button', { name: 'Reveal key' }).click();
    const revealed = ana.getByRole('dialog', { name: 'The ledger registration key' });
    const key = revealed.getByLabel('Registration key');
    await key.waitFor();
    expect((await key.textContent())?.trim()).toBe('NWL5-ACME-7Q4K-29XD-M3PV');
    await shoot(ana, 'ana-key-revealed');
    await revealed.getByRole('button', { name: 'Close' }).click();
    await revealed.waitFor({ state: 'detached' });
    // Closing forgets it: the page shows the masked key only.
    expect(await table.textContent()).not.toContain('NWL5-ACME-7Q4K-29XD-M3PV');

    await nav(ana).getByRole('link', { name: 'Audit log', exact: true }).click();
    const events = ana
      .getByRole('grid', { name: 'Audit events of Acme Logistics, newest first' })
      .or(ana.getByRole('table', { name: 'Audit events of Acme Logistics, newest first' }));
    const revealEvent = events
      .getByRole('row')
      .filter({ hasText: 'Registration key revealed' })
      .first();
    await revealEvent.waitFor();
    expect(await revealEvent.textContent()).toContain('Ana Silva');
    await shoot(ana, 'ana-audit-log');

    // Chloe is no administrator: she sees the masked keys, no Reveal button, and whom to ask.
    const chloe = await signedIn('chloe@acme.example');
    await nav(chloe).getByRole('link', { name: 'Licences', exact: true }).click();
    const chloesTable = chloe.getByRole('table', { name: 'Licences of Acme Logistics' });
    await chloesTable.getByLabel('Masked key ending in M3PV').waitFor();
    expect(await chloe.getByRole('button', { name: /^Reveal/ }).count()).toBe(0);
    await chloe
      .getByText('Only Acme Logistics’s administrators can reveal a registration key.', {
        exact: false,
      })
      .waitFor();
    // Asking the API directly does not reveal it either.
    const own = await graphql<{
      viewer: { organization: { licenses: Array<{ id: string; product: string }> } };
    }>(chloe, '{ viewer { organization { licenses { id product } } } }', {});
    const ledger = own.viewer.organization.licenses.find(
      (licence) => licence.product === 'ledger',
    )!;
    const refusedReveal = await graphql<{
      revealRegistrationKey: { registrationKey: string | null; error: { code: string } | null };
    }>(
      chloe,
      'mutation($id: ID!) { revealRegistrationKey(licenseId: $id) { registrationKey error { code } } }',
      { id: ledger.id },
    );
    expect(refusedReveal.revealRegistrationKey.registrationKey).toBeNull();
    expect(refusedReveal.revealRegistrationKey.error?.code).toBe('FORBIDDEN');
    await shoot(chloe, 'chloe-licences');
  });

  it('the vendor writes, uploads and publishes an update; an entitled customer downloads it', async () => {
    const vera = await signedIn('vera@northwind.example');
    await nav(vera).getByRole('link', { name: 'Updates', exact: true }).click();
    await vera.getByRole('heading', { name: 'Updates and hotfixes', level: 1 }).waitFor();
    await vera.getByRole('link', { name: 'New update' }).click();
    await vera.getByRole('heading', { name: 'New update', level: 1 }).waitFor();
    await vera.getByRole('textbox', { name: 'Title' }).fill('Ledger 5.1.1');
    await vera.getByRole('textbox', { name: 'Product' }).fill('ledger');
    await vera.getByRole('textbox', { name: 'Version' }).fill('5.1.1');
    await vera.getByRole('textbox', { name: /Applies to/ }).fill('5.1.0');
    await vera
      .getByRole('textbox', { name: /Release notes/ })
      .fill('Fixes the **period-lock overview** for ledgers with more than 200 periods.');
    await shoot(vera, 'vera-new-update');
    await vera.getByRole('button', { name: 'Save draft' }).click();
    await vera.getByRole('heading', { name: 'Edit update', level: 1 }).waitFor();
    await vera.waitForURL(/\/updates\/[^/]+\/edit$/);

    // Upload a file through the upload control, checksummed in the browser.
    const bytes = Buffer.from(
      `ledger-5.1.1-linux-x64.tar\n${'Northwind demo package bytes.\n'.repeat(64)}`,
    );
    await vera.getByLabel('File to upload').setInputFiles({
      name: 'ledger-5.1.1-linux-x64.tar',
      mimeType: 'application/x-tar',
      buffer: bytes,
    });
    await vera.getByRole('textbox', { name: 'Label', exact: true }).fill('Linux x64');
    await vera.getByRole('button', { name: 'Upload and attach' }).click();
    const attachedFiles = vera.getByRole('region', { name: 'Files' });
    await attachedFiles
      .getByRole('button', { name: 'Remove ledger-5.1.1-linux-x64.tar' })
      .waitFor();
    await attachedFiles.getByText(sha256(bytes)).waitFor();
    await shoot(vera, 'vera-file-attached');

    await vera.getByRole('button', { name: 'Publish' }).click();
    await vera.getByRole('heading', { name: 'Ledger 5.1.1', level: 1 }).waitFor();
    expect(new URL(vera.url()).pathname).toMatch(/^\/updates\/[^/]+$/);
    await shoot(vera, 'vera-published');

    // Chloe (Acme holds Ledger) finds it among the updates and downloads exactly what was uploaded.
    const chloe = await signedIn('chloe@acme.example');
    // It is the newest release for her products on the home page, and search finds it.
    const latest = chloe.getByRole('list', { name: 'Latest updates for your products' });
    await latest.getByRole('link', { name: 'Ledger 5.1.1', exact: true }).waitFor();
    expect((await latest.getByRole('link').allTextContents())[0]).toBe('Ledger 5.1.1');
    await chloe.goto(`${foyer.url}/search?q=${encodeURIComponent('Ledger 5.1.1')}`);
    await chloe
      .getByRole('list', { name: 'Results' })
      .getByRole('link', { name: 'Ledger 5.1.1', exact: true })
      .waitFor();
    await nav(chloe).getByRole('link', { name: 'Updates', exact: true }).click();
    await chloe.getByRole('link', { name: 'Ledger 5.1.1' }).click();
    await chloe.getByRole('heading', { name: 'Ledger 5.1.1', level: 1 }).waitFor();
    expect(await shownChecksum(chloe, 'Linux x64')).toBe(sha256(bytes));
    const fetched = await download(chloe, 'Linux x64');
    expect(fetched.fileName).toBe('ledger-5.1.1-linux-x64.tar');
    expect(fetched.bytes.equals(bytes)).toBe(true);
    await shoot(chloe, 'chloe-downloaded-new-update');

    // The vendor sees that download, once, with who made it.
    await vera.reload();
    await vera.getByRole('heading', { name: 'Ledger 5.1.1', level: 1 }).waitFor();
    await vera.getByText(/^ledger-5\.1\.1-linux-x64\.tar · .+ · downloaded once$/).waitFor();
    const history = vera.getByRole('region', { name: 'Downloads, newest first' });
    const rows = history.getByRole('row').filter({ hasText: 'Chloe Dubois' });
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Acme Logistics');
    await shoot(vera, 'vera-download-history');

    // Hiro's Globex holds no Ledger licence: the update is not offered to him.
    const hiro = await signedIn('hiro@globex.example');
    await nav(hiro).getByRole('link', { name: 'Updates', exact: true }).click();
    await hiro.getByRole('heading', { name: 'Updates and hotfixes', level: 1 }).waitFor();
    await hiro.getByRole('link', { name: 'Insight 1.8.0' }).waitFor();
    expect(await hiro.getByRole('link', { name: 'Ledger 5.1.1' }).count()).toBe(0);
    await hiro.goto(`${foyer.url}/search?q=${encodeURIComponent('Ledger 5.1')}`);
    // Ledger 5.1.0's notes are open to every customer, so the search answers, but not with 5.1.1.
    await hiro
      .getByRole('list', { name: 'Results' })
      .getByRole('link', { name: 'Ledger 5.1.0', exact: true })
      .waitFor();
    expect(await hiro.getByRole('link', { name: 'Ledger 5.1.1', exact: true }).count()).toBe(0);
  });

  it('news for one customer: its readers get one more new, others nothing', async () => {
    // How many announcements the navigation says are new, once the page has asked.
    const unseenCount = async (page: Page) => {
      await page.reload();
      await page.getByRole('heading', { name: /Welcome/ }).waitFor();
      await page.waitForLoadState('networkidle');
      const name =
        (await nav(page)
          .getByRole('link', { name: /^News(, \d+ new)?$/ })
          .textContent()) ?? '';
      return Number(/News, (\d+) new/.exec(name)?.[1] ?? 0);
    };
    const chloe = await signedIn('chloe@acme.example');
    const hiro = await signedIn('hiro@globex.example');
    const chloeBefore = await unseenCount(chloe);
    const hiroBefore = await unseenCount(hiro);

    const vera = await signedIn('vera@northwind.example');
    await vera.goto(`${foyer.url}/news/new`);
    await vera.getByRole('heading', { name: 'New announcement', level: 1 }).waitFor();
    await vera.getByRole('textbox', { name: 'Title' }).fill('Acme: your Ledger upgrade window');
    await vera
      .getByRole('textbox', { name: /Body/ })
      .fill('We upgrade your hosted **Ledger** to 5.1.1 on Sunday.');
    await vera.getByRole('radio', { name: 'Chosen products and organizations' }).check();
    // The checkbox is drawn over its native input: press its label, as a person does.
    await vera
      .getByRole('group', { name: 'Organizations' })
      .getByText('Acme Logistics', { exact: true })
      .click();
    expect(await vera.getByRole('checkbox', { name: 'Acme Logistics' }).isChecked()).toBe(true);
    await shoot(vera, 'vera-news-for-acme');
    await vera.getByRole('button', { name: 'Publish' }).click();
    await vera
      .getByRole('heading', { name: 'Acme: your Ledger upgrade window', level: 1 })
      .waitFor();

    expect(await unseenCount(chloe)).toBe(chloeBefore + 1);
    expect(await unseenCount(hiro)).toBe(hiroBefore);
    await chloe
      .getByRole('region', { name: 'News', exact: true })
      .getByRole('link', { name: 'Acme: your Ledger upgrade window' })
      .waitFor();
    await shoot(chloe, 'chloe-news-for-acme');
    await hiro.goto(`${foyer.url}/news`);
    await hiro.getByRole('link', { name: 'Welcome to the Northwind customer portal' }).waitFor();
    expect(await hiro.getByRole('link', { name: 'Acme: your Ledger upgrade window' }).count()).toBe(
      0,
    );
  });

  it('the content pages work at phone width', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    contexts.push(context);
    const phone = await context.newPage();
    await phone.goto(`${foyer.url}/sign-in`);
    await phone.getByRole('textbox', { name: 'E-mail', exact: true }).fill('ana@acme.example');
    await phone.getByLabel('Password').fill(DEMO_PASSWORD);
    await phone.getByRole('button', { name: 'Sign in' }).click();
    await phone.getByRole('heading', { name: /Welcome/ }).waitFor();
    await phone.getByRole('list', { name: 'Latest updates for your products' }).waitFor();
    await expectUsableOnPhone(phone, 'phone-home');

    await phone.goto(`${foyer.url}/updates`);
    await phone.getByRole('list', { name: 'Updates, newest release first' }).waitFor();
    await expectUsableOnPhone(phone, 'phone-updates');
    // A 64-character checksum and a blocked-download notice on a narrow screen.
    await phone.goto(`${foyer.url}/updates/dispatch-3-0-3-hotfix`);
    await phone.getByRole('note').waitFor();
    await expectUsableOnPhone(phone, 'phone-hotfix-blocked');
    await phone.goto(`${foyer.url}/updates/ledger-5-1-0`);
    await phone.getByRole('link', { name: 'Download Linux x64' }).waitFor();
    await expectUsableOnPhone(phone, 'phone-update');

    await phone.goto(`${foyer.url}/training/portal-tour?lesson=1`);
    await phone.getByLabel('Video: A two-minute tour').waitFor();
    await expectUsableOnPhone(phone, 'phone-video-lesson');

    await phone.goto(
      `${foyer.url}/community/how-do-you-organise-insight-dashboards-for-several-clinics`,
    );
    await phone.getByRole('group', { name: 'Votes on this question', exact: true }).waitFor();
    await expectUsableOnPhone(phone, 'phone-question');
  });
});
