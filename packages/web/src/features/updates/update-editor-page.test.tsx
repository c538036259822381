import { webcrypto } from 'node:crypto';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { leavingAsksFirst } from '../../test/leaving';
import { renderApp } from '../../test/render-app';
import { installFakeOrganizationsApi, VERA } from '../organizations/fake-organizations-api';
import { installFakeUpdatesApi } from './fake-updates-api';
import { sha256Of } from './file-upload';

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);

const field = (name: string) => screen.getByRole('textbox', { name });

describe('UpdateEditorPage', () => {
  it('checks the fields, saves a new draft with what was entered, and goes on to its files', async () => {
    installFakeOrganizationsApi(installFakePortalApi({ signedInAs: VERA }));
    const api = installFakeUpdatesApi({ vendor: true });
    const { user, router } = renderApp('/updates/new');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'New update' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(field('Title')).toHaveAccessibleDescription(/Enter a title\./);
    expect(field('Product')).toHaveAccessibleDescription(/Enter the product code/);
    expect(api.created).toEqual([]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'HOTFIX');
    await user.type(field('Title'), 'Ledger 5.0.3 hotfix');
    await user.type(field('Product'), 'ledger');
    await user.type(field('Version'), '5.0.3');
    await user.type(field('Applies to'), '5.0, 5.0.1 ,');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/updates/ledger-5-0-3-hotfix/edit'),
    );
    expect(api.created).toEqual([
      expect.objectContaining({
        kind: 'HOTFIX',
        title: 'Ledger 5.0.3 hotfix',
        product: 'ledger',
        version: '5.0.3',
        appliesToVersions: ['5.0', '5.0.1'],
        slug: null,
      }),
    ]);
    const files = await screen.findByRole('region', { name: 'Files' });
    expect(within(files).getByText('No files yet.')).toBeInTheDocument();
    expect(within(files).getByLabelText('File to upload')).toBeInTheDocument();
  });

  it('shows the server’s refusal on the field it is about', async () => {
    installFakeOrganizationsApi(installFakePortalApi({ signedInAs: VERA }));
    const api = installFakeUpdatesApi({ vendor: true });
    api.refuseNextCreate = {
      code: 'SLUG_TAKEN',
      field: 'slug',
      message: 'Another update already has this address.',
      hint: 'Choose another slug.',
    };
    const { user } = renderApp('/updates/new');

    await screen.findByRole('heading', { level: 1, name: 'New update' });
    await user.type(field('Title'), 'Ledger 5.1.0');
    await user.type(field('Product'), 'ledger');
    await user.type(field('Version'), '5.1.0');
    await user.type(field('Slug'), 'ledger-5-1-0');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() =>
      expect(field('Slug')).toHaveAccessibleDescription(
        /Another update already has this address\./,
      ),
    );
  });

  it('asks before the tab is closed with unsaved changes, and not once they are saved', async () => {
    installFakeOrganizationsApi(installFakePortalApi({ signedInAs: VERA }));
    const api = installFakeUpdatesApi({ vendor: true });
    const { user } = renderApp('/updates/ledger-5-2-0-beta/edit');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Edit update' }),
    ).toBeInTheDocument();
    expect(leavingAsksFirst()).toBe(false);
    await user.type(field('Version'), '-rc1');
    expect(leavingAsksFirst()).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Draft saved')).toBeInTheDocument();
    expect(api.saved).toEqual([
      expect.objectContaining({ id: 'U29mdHdhcmVVcGRhdGU6ZHJhZnQ=', version: '5.2.0-rc1' }),
    ]);
    expect(field('Version')).toHaveValue('5.2.0-rc1');
    expect(leavingAsksFirst()).toBe(false);
  });

  it('tells anyone but vendor administrators that they do not write updates', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeUpdatesApi();
    renderApp('/updates/new');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only the vendor’s administrators write and publish updates.',
    );
    expect(screen.queryByRole('button', { name: 'Save draft' })).not.toBeInTheDocument();
  });
});

describe('sha256Of', () => {
  // jsdom has no crypto.subtle; browsers (in secure contexts) and Node have the same one.
  beforeAll(() => {
    if (!globalThis.crypto?.subtle)
      Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
  });

  it('computes the SHA-256 the server checks uploads against', async () => {
    expect(await sha256Of(new Blob(['abc']))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
