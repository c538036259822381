import { configure, screen, waitFor, within } from '@testing-library/react';
import { seriousAccessibilityProblems } from '../../test/axe';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { leavingAsksFirst } from '../../test/leaving';
import { renderApp } from '../../test/render-app';
import { installFakeOrganizationsApi, VERA } from '../organizations/fake-organizations-api';
import { installFakeKnowledgeBaseApi, PROXY_ARTICLE } from './fake-knowledge-base-api';

// Each page is a lazy chunk that jest compiles on its first import, which can take longer than
// the default second on a busy machine.
configure({ asyncUtilTimeout: 5000 });
// These tests fill in whole forms key by key, which takes a while in jsdom on a busy machine.
jest.setTimeout(30_000);

/** Puts text in a field the way pasting does: at once, not key by key. */
async function fill(user: ReturnType<typeof setUp>['user'], name: string, text: string) {
  await user.click(field(name));
  await user.paste(text);
}

const field = (name: string) => screen.getByRole('textbox', { name });
const preview = () => screen.getByRole('region', { name: 'Preview' });
const versions = () =>
  within(screen.getByRole('region', { name: 'Version history' })).getAllByRole('listitem');

function setUp(path: string) {
  installFakeOrganizationsApi(installFakePortalApi({ signedInAs: VERA }));
  const kb = installFakeKnowledgeBaseApi({ canManage: true });
  return { kb, ...renderApp(path) };
}

describe('ArticleEditorPage', () => {
  it('checks the fields before saving, then saves a new draft and keeps editing it', async () => {
    const { kb, user, router } = setUp('/kb/new');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'New article' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(field('Title')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Title')).toHaveAccessibleDescription(/Enter a title\./);
    expect(field('Body')).toHaveAccessibleDescription(/Write the article’s body\./);
    await waitFor(() => expect(field('Title')).toHaveFocus());
    expect(kb.created).toEqual([]);

    await fill(user, 'Title', 'Rotate the API keys');
    expect(field('Title')).not.toHaveAttribute('aria-invalid');
    await user.type(field('Slug'), 'Rotate Keys');
    await fill(
      user,
      'Body',
      '## Steps\n\nOpen **Settings**, then <script>alert(1)</script>rotate.',
    );
    await user.type(field('Product'), 'Atlas');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(field('Slug')).toHaveAccessibleDescription(
      /Use lower-case letters, digits and single hyphens/,
    );
    expect(field('Product')).toHaveAccessibleDescription(/Use a product code/);
    await waitFor(() => expect(field('Slug')).toHaveFocus());
    expect(kb.created).toEqual([]);

    // The preview follows the text, without the script.
    expect(within(preview()).getByRole('heading', { level: 2, name: 'Steps' })).toBeInTheDocument();
    expect(within(preview()).getByText('Settings').tagName).toBe('STRONG');
    expect(preview().querySelector('script')).toBeNull();

    await user.clear(field('Slug'));
    await user.type(field('Slug'), 'rotate-api-keys');
    await user.clear(field('Product'));
    await user.type(field('Product'), 'atlas');
    await user.type(field('Version'), '7.2');
    await user.type(field('Category'), 'Security');
    await fill(user, 'Tags', 'Keys, security,, keys');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Who may read it' }),
      'ENTITLED_PRODUCT',
    );
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/kb/rotate-api-keys/edit'));
    expect(kb.created).toEqual([
      {
        title: 'Rotate the API keys',
        slug: 'rotate-api-keys',
        summary: '',
        bodyMarkdown: '## Steps\n\nOpen **Settings**, then <script>alert(1)</script>rotate.',
        product: 'atlas',
        version: '7.2',
        category: 'Security',
        tags: ['keys', 'security'],
        visibility: 'ENTITLED_PRODUCT',
      },
    ]);
    expect(kb.published).toEqual([]);
    expect(await screen.findByText('Draft saved')).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Edit article' }),
    ).toBeInTheDocument();
    expect(field('Title')).toHaveValue('Rotate the API keys');
    expect(field('Tags')).toHaveValue('keys, security');
  });

  it('publishes a new article and opens it', async () => {
    const { kb, user, router } = setUp('/kb/new');

    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Export audit logs');
    await fill(user, 'Body', 'Use the Export button.');
    await user.click(screen.getByRole('button', { name: 'Publish' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/kb/export-audit-logs'));
    expect(kb.created).toHaveLength(1);
    expect(kb.created[0]).toMatchObject({
      title: 'Export audit logs',
      slug: null,
      visibility: 'ALL_CUSTOMERS',
    });
    expect(kb.published).toEqual([kb.articles.at(-1)!.id]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Export audit logs' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Article published')).toBeInTheDocument();
    expect(
      screen.queryByText('Draft: only vendor staff can see this article.'),
    ).not.toBeInTheDocument();
  });

  it('shows the server’s refusal on the field it names, and its other refusals above the buttons', async () => {
    const { kb, user } = setUp('/kb/new');

    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Proxy again');
    await user.type(field('Slug'), 'configure-the-proxy');
    await fill(user, 'Body', 'Same address as another article.');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() =>
      expect(field('Slug')).toHaveAccessibleDescription(
        /Another article already has this address\.\s*Choose another slug\./,
      ),
    );
    await waitFor(() => expect(field('Slug')).toHaveFocus());

    kb.refuseNextSave = {
      code: 'FORBIDDEN',
      field: null,
      message: 'Only the vendor’s administrators write articles.',
      hint: 'Ask one of them.',
    };
    await user.clear(field('Slug'));
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(
      await screen.findByText('Only the vendor’s administrators write articles.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Ask one of them.')).toBeInTheDocument();
    expect(kb.created).toHaveLength(2);
  });

  it('saves changes to a published article, then unpublishes it', async () => {
    const { kb, user } = setUp('/kb/configure-the-proxy/edit');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Edit article' }),
    ).toBeInTheDocument();
    expect(field('Title')).toHaveValue('Configure the proxy');
    expect(field('Slug')).toHaveValue('configure-the-proxy');
    expect(field('Tags')).toHaveValue('proxy, network');
    expect(screen.getByRole('combobox', { name: 'Who may read it' })).toHaveValue('ALL_CUSTOMERS');
    // Naming an audience is for news: articles are offered the four other visibilities only.
    expect(
      within(screen.getByRole('combobox', { name: 'Who may read it' }))
        .getAllByRole('option')
        .map((option) => option.getAttribute('value')),
    ).toEqual(['ALL_CUSTOMERS', 'ENTITLED_PRODUCT', 'ACTIVE_SERVICE_PLAN', 'VENDOR_ONLY']);
    expect(
      within(preview()).getByRole('heading', { level: 2, name: 'Before you start' }),
    ).toBeInTheDocument();
    expect(screen.getByText('All changes saved')).toBeInTheDocument();

    await user.clear(field('Title'));
    await fill(user, 'Title', 'Configure the company proxy');
    await user.clear(field('Version'));
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    expect(leavingAsksFirst()).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(screen.getByText('All changes saved')).toBeInTheDocument());
    expect(leavingAsksFirst()).toBe(false);
    expect(kb.updated).toEqual([
      {
        id: PROXY_ARTICLE.id,
        title: 'Configure the company proxy',
        slug: 'configure-the-proxy',
        summary: 'Send Atlas traffic through your company proxy.',
        bodyMarkdown: PROXY_ARTICLE.bodyMarkdown,
        product: 'atlas',
        // Empty clears it.
        version: '',
        category: 'Networking',
        tags: ['proxy', 'network'],
        visibility: 'ALL_CUSTOMERS',
      },
    ]);
    expect(await screen.findByText('Changes saved')).toBeInTheDocument();
    // The title changed, so there is a new version.
    await waitFor(() => expect(versions()[0]).toHaveTextContent('Version 3Current'));

    await user.click(screen.getByRole('button', { name: 'Unpublish' }));
    const dialog = await screen.findByRole('dialog', { name: 'Unpublish this article?' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(kb.unpublished).toEqual([PROXY_ARTICLE.id]));
    expect(await screen.findByRole('button', { name: 'Publish' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save draft' })).toBeInTheDocument();
    expect(screen.getByText('Article unpublished')).toBeInTheDocument();
  });

  it('asks before a link inside the app leaves unsaved changes behind', async () => {
    const { user, router } = setUp('/kb/configure-the-proxy/edit');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Edit article' }),
    ).toBeInTheDocument();
    const knowledgeBaseLink = () =>
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'Knowledge base',
      });

    await fill(user, 'Title', ' (draft)');
    await user.click(knowledgeBaseLink());
    const question = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    await user.click(within(question).getByRole('button', { name: 'Stay on this page' }));
    await waitFor(() =>
      expect(
        screen.queryByRole('alertdialog', { name: 'Leave without saving?' }),
      ).not.toBeInTheDocument(),
    );
    expect(router.state.location.pathname).toBe('/kb/configure-the-proxy/edit');
    expect(field('Title')).toHaveValue('Configure the proxy (draft)');

    await user.click(knowledgeBaseLink());
    await user.click(
      within(await screen.findByRole('alertdialog', { name: 'Leave without saving?' })).getByRole(
        'button',
        { name: 'Leave without saving' },
      ),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/kb'));
  });

  it('signs out without asking, as the session has ended once the question would come', async () => {
    const { user, router } = setUp('/kb/configure-the-proxy/edit');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Edit article' }),
    ).toBeInTheDocument();
    await fill(user, 'Title', ' (draft)');

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(
      screen.queryByRole('alertdialog', { name: 'Leave without saving?' }),
    ).not.toBeInTheDocument();
  });

  it('leaves without asking once the changes are saved', async () => {
    const { user, router } = setUp('/kb/configure-the-proxy/edit');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Edit article' }),
    ).toBeInTheDocument();
    await fill(user, 'Title', ' (reviewed)');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByText('All changes saved')).toBeInTheDocument());

    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'Knowledge base',
      }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/kb'));
    expect(
      screen.queryByRole('alertdialog', { name: 'Leave without saving?' }),
    ).not.toBeInTheDocument();
  });

  it('lists the versions, shows an earlier one and restores it', async () => {
    const { kb, user } = setUp('/kb/configure-the-proxy/edit');

    await screen.findByRole('heading', { level: 1, name: 'Edit article' });
    await waitFor(() => expect(versions()).toHaveLength(2));
    expect(versions()[0]).toHaveTextContent('Version 2Current');
    expect(
      within(versions()[0]!).queryByRole('button', { name: /Restore/ }),
    ).not.toBeInTheDocument();
    expect(versions()[1]).toHaveTextContent('Version 1Proxy settings');
    expect(versions()[1]).toHaveTextContent('by Vera Lindqvist');

    await user.click(screen.getByRole('button', { name: 'View version 1' }));
    const view = await screen.findByRole('dialog', { name: 'Version 1' });
    expect(
      within(view).getByRole('heading', { level: 3, name: 'Proxy settings' }),
    ).toBeInTheDocument();
    expect(within(view).getByText('Settings').tagName).toBe('STRONG');
    expect(within(view).getByText('Who could read it').nextElementSibling).toHaveTextContent(
      'Vendor staff only',
    );
    expect(within(view).getByText('Category').nextElementSibling).toHaveTextContent('Setup');
    await user.click(within(view).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.type(field('Summary (optional)'), ' Edited.');
    await user.click(screen.getByRole('button', { name: 'Restore version 1' }));
    const confirm = await screen.findByRole('dialog', { name: 'Restore version 1?' });
    expect(confirm).toHaveTextContent(
      'Its text and details become version 3; who may read the article stays as it is. Readers see it at once.',
    );
    expect(confirm).toHaveTextContent('Your unsaved changes in the editor will be replaced.');
    await user.click(within(confirm).getByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(kb.restored).toEqual([{ articleId: PROXY_ARTICLE.id, number: 1 }]));
    await waitFor(() => expect(field('Title')).toHaveValue('Proxy settings'));
    expect(field('Summary (optional)')).toHaveValue('The first draft.');
    expect(field('Version')).toHaveValue('7.1');
    expect(field('Category')).toHaveValue('Setup');
    expect(screen.getByRole('combobox', { name: 'Who may read it' })).toHaveValue('ALL_CUSTOMERS');
    expect(screen.getByText('All changes saved')).toBeInTheDocument();
    expect(await screen.findByText('Version 1 restored')).toBeInTheDocument();
    await waitFor(() => expect(versions()).toHaveLength(3));
    expect(versions()[0]).toHaveTextContent('Version 3Current');
    expect(versions()[0]).toHaveTextContent('restored from version 1');
  });

  it('tells someone who may not write articles so', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeKnowledgeBaseApi();
    renderApp('/kb/new');

    expect(
      await screen.findByText('Only the vendor’s administrators write and publish articles.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Title' })).not.toBeInTheDocument();
  });

  it('has no serious accessibility problems', async () => {
    setUp('/kb/configure-the-proxy/edit');

    await screen.findByRole('heading', { level: 1, name: 'Edit article' });
    await waitFor(() => expect(versions()).toHaveLength(2));
    expect(await seriousAccessibilityProblems()).toEqual([]);
  });
});
