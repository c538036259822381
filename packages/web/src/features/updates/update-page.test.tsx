import { configure, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { seriousAccessibilityProblems } from '../../test/axe';
import { server } from '../../test/msw-server';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { renderApp } from '../../test/render-app';
import { installFakeKnowledgeBaseApi } from '../knowledge-base/fake-knowledge-base-api';
import { installFakeOrganizationsApi, VERA } from '../organizations/fake-organizations-api';
import { installFakeUpdatesApi } from './fake-updates-api';

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);

const files = () => screen.getByRole('region', { name: 'Files' });

describe('UpdatePage', () => {
  it('offers each file to download, with its size and SHA-256, to a reader entitled to it', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeUpdatesApi();
    const { container } = renderApp('/updates/ledger-5-1-0');

    const page = await screen.findByRole('article', { name: 'Ledger 5.1.0' });
    const details = Object.fromEntries(
      within(page)
        .getAllByRole('term')
        .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(details).toEqual({
      Kind: 'Update',
      Product: 'Ledger',
      Version: '5.1.0',
      Released: 'May 20, 2030',
      'Applies to': '5.0, 5.0.1',
    });

    const items = within(files()).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('heading', { name: 'Linux x64' })).toBeInTheDocument();
    expect(items[0]).toHaveTextContent('ledger-5.1.0-linux-x64.tar · 6.1 KB');
    expect(items[0]).toHaveTextContent(
      'SHA-256 a3f1c09e5b7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f',
    );
    expect(within(items[0]!).getByRole('link', { name: 'Download Linux x64' })).toHaveAttribute(
      'href',
      '/api/updates/files/7d1c7a52-0f0e-4f5e-9b0a-1b6f1f0c2a11',
    );
    expect(
      within(items[0]!).getByRole('button', {
        name: 'Copy the SHA-256 of ledger-5.1.0-linux-x64.tar',
      }),
    ).toBeInTheDocument();
    expect(within(files()).queryByRole('note')).not.toBeInTheDocument();
    // Readers are not shown who downloaded what.
    expect(screen.queryByRole('region', { name: 'Downloads' })).not.toBeInTheDocument();
    expect(items[0]).not.toHaveTextContent('downloaded');

    // Release notes are the server's sanitized HTML.
    const notes = screen.getByRole('region', { name: 'Release notes' });
    expect(within(notes).getByRole('heading', { level: 2, name: 'Upgrading' })).toBeInTheDocument();
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });

  it('tells a reader whose plan ended why they cannot download, and what to do, without a download link', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeUpdatesApi();
    renderApp('/updates/dispatch-3-0-3-hotfix');

    await screen.findByRole('article', { name: 'Dispatch 3.0.3 hotfix: driver app shows offline' });
    expect(within(files()).getByRole('note')).toHaveTextContent(
      'Your service plan for Dispatch ended on 2030-04-30. Renew it to download hotfixes.',
    );
    expect(within(files()).queryByRole('link', { name: /Download/ })).not.toBeInTheDocument();
    expect(within(files()).getByText('Not available to you')).toBeInTheDocument();

    const fixes = screen.getByRole('region', { name: 'Fixes' });
    expect(within(fixes).getByRole('link', { name: 'Configure the proxy' })).toHaveAttribute(
      'href',
      '/kb/configure-the-proxy',
    );
  });

  it('says why a download was refused when the plan ended after the page was opened', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const api = installFakeUpdatesApi();
    const refusedFiles: string[] = [];
    server.use(
      http.head('*/api/updates/files/:fileId', ({ params }) => {
        refusedFiles.push(String(params.fileId));
        return new HttpResponse(null, { status: 403 });
      }),
    );
    const { user } = renderApp('/updates/ledger-5-1-0');
    await screen.findByRole('article', { name: 'Ledger 5.1.0' });
    // A browser downloads an attachment and stays on the page; jsdom would try to navigate.
    const stayOnPage = (event: MouseEvent) => event.preventDefault();
    document.addEventListener('click', stayOnPage);

    // The licence goes while the page is open; the browser's download is then refused.
    api.updates.find((item) => item.slug === 'ledger-5-1-0')!.downloadBlockedReason =
      'Your organization has no licence for Ledger. Ask your account manager about one to download this update.';
    await user.click(within(files()).getByRole('link', { name: 'Download Linux x64' }));

    expect(await within(files()).findByRole('note')).toHaveTextContent(
      'Your organization has no licence for Ledger.',
    );
    expect(within(files()).queryByRole('link', { name: /Download/ })).not.toBeInTheDocument();
    expect(refusedFiles).toEqual(['7d1c7a52-0f0e-4f5e-9b0a-1b6f1f0c2a11']);
    document.removeEventListener('click', stayOnPage);
  });

  it('shows vendor staff the download counts and who downloaded what, and a way to edit', async () => {
    installFakeOrganizationsApi(installFakePortalApi({ signedInAs: VERA }));
    const api = installFakeUpdatesApi({ vendor: true });
    renderApp('/updates/ledger-5-1-0');

    await screen.findByRole('article', { name: 'Ledger 5.1.0' });
    expect(within(files()).getAllByRole('listitem')[0]).toHaveTextContent('downloaded 3 times');
    expect(screen.getByRole('link', { name: 'Edit “Ledger 5.1.0”' })).toHaveAttribute(
      'href',
      '/updates/ledger-5-1-0/edit',
    );
    const downloads = await screen.findByRole('table');
    expect(within(downloads).getAllByRole('row')[1]).toHaveTextContent(
      'Frank BergerAcme LogisticsLinux x64 (ledger-5.1.0-linux-x64.tar)',
    );
    expect(api.downloadRequests).toEqual(['U29mdHdhcmVVcGRhdGU6bGVkZ2Vy']);
  });

  it('says the same thing whether an update does not exist or the reader may not open it', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeUpdatesApi();
    renderApp('/updates/ledger-5-2-0-beta');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Update not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'There is no update at this address, or it is not one you can open.',
    );
  });

  it('lists on an article the updates that fix it', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeKnowledgeBaseApi();
    installFakeUpdatesApi();
    renderApp('/kb/configure-the-proxy');

    const fixedIn = await screen.findByRole('region', { name: 'Fixed in' });
    expect(
      within(fixedIn).getByRole('link', {
        name: 'Dispatch 3.0.3 hotfix: driver app shows offline',
      }),
    ).toHaveAttribute('href', '/updates/dispatch-3-0-3-hotfix');
    expect(fixedIn).toHaveTextContent('Hotfix, released May 28, 2030');
  });
});
