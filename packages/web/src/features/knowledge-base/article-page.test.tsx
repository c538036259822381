import { configure, screen, waitFor, within } from '@testing-library/react';
import { seriousAccessibilityProblems } from '../../test/axe';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { renderApp } from '../../test/render-app';
import { installFakeOrganizationsApi, VERA } from '../organizations/fake-organizations-api';
import { installFakeKnowledgeBaseApi, PROXY_ARTICLE } from './fake-knowledge-base-api';

// Each page is a lazy chunk that jest compiles on its first import, which can take longer than
// the default second on a busy machine.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);

const PROXY_PATH = '/kb/configure-the-proxy';
const feedback = () => screen.getByRole('region', { name: 'Was this helpful?' });
const yes = () => within(feedback()).getByRole('button', { name: /Yes/ });
const no = () => within(feedback()).getByRole('button', { name: /No/ });

describe('ArticlePage', () => {
  it('shows the article: what it is about, when it changed, its body and where to read on', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const kb = installFakeKnowledgeBaseApi();
    renderApp(PROXY_PATH);

    const article = await screen.findByRole('article', { name: 'Configure the proxy' });
    expect(within(article).getByRole('heading', { level: 1 })).toHaveTextContent(
      'Configure the proxy',
    );
    expect(
      within(article).getByText('Send Atlas traffic through your company proxy.'),
    ).toBeInTheDocument();
    const details = Object.fromEntries(
      within(article)
        .getAllByRole('term')
        .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(details).toEqual({
      Product: 'atlas',
      Version: '7.2',
      Category: 'Networking',
      'Last updated': 'March 4, 2030',
    });
    expect(within(article).getByRole('link', { name: 'atlas' })).toHaveAttribute(
      'href',
      '/kb?product=atlas',
    );
    expect(within(article).getByRole('link', { name: 'Networking' })).toHaveAttribute(
      'href',
      '/kb?category=Networking',
    );
    expect(within(article).getByRole('list', { name: 'Tags' })).toHaveTextContent('proxynetwork');
    // The server's bodyHtml is rendered as HTML.
    expect(
      within(article).getByRole('heading', { level: 2, name: 'Before you start' }),
    ).toBeInTheDocument();

    const related = within(article).getByRole('region', { name: 'Related articles' });
    expect(
      within(related)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Install TLS certificates', '/kb/install-tls-certificates'],
      ['Reset a password', '/kb/reset-a-password'],
    ]);
    // Readers do not edit, and are not told who may read it.
    expect(screen.queryByRole('link', { name: /^Edit/ })).not.toBeInTheDocument();
    expect(within(article).queryByText('Visible to')).not.toBeInTheDocument();
    expect(kb.slugRequests).toEqual(['configure-the-proxy']);
  });

  it('opens links to other articles inside the portal, without reloading it', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeKnowledgeBaseApi();
    const { user, router } = renderApp(PROXY_PATH);

    await screen.findByRole('article', { name: 'Configure the proxy' });
    await user.click(screen.getByRole('link', { name: 'TLS certificates' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Install TLS certificates' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/kb/install-tls-certificates');
  });

  it('records whether it helped, shows the counts with the reader’s answer, and lets them change it', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const kb = installFakeKnowledgeBaseApi();
    const { user } = renderApp(PROXY_PATH);

    await screen.findByRole('article', { name: 'Configure the proxy' });
    expect(feedback()).toHaveTextContent('12 people found this helpful, 3 people did not.');
    expect(yes()).toHaveAttribute('aria-pressed', 'false');
    expect(no()).toHaveAttribute('aria-pressed', 'false');

    await user.click(yes());
    await waitFor(() => expect(yes()).toHaveAttribute('aria-pressed', 'true'));
    expect(no()).toHaveAttribute('aria-pressed', 'false');
    expect(feedback()).toHaveTextContent('13 people found this helpful, 3 people did not.');
    expect(within(feedback()).getByRole('status')).toHaveTextContent('You said this helped.');

    // Changing the answer moves the reader from one count to the other.
    await user.click(no());
    await waitFor(() => expect(no()).toHaveAttribute('aria-pressed', 'true'));
    expect(yes()).toHaveAttribute('aria-pressed', 'false');
    expect(feedback()).toHaveTextContent('12 people found this helpful, 4 people did not.');
    expect(within(feedback()).getByRole('status')).toHaveTextContent('You said this did not help.');

    // The answer already given is not sent again.
    await user.click(no());
    expect(kb.ratings).toEqual([
      { articleId: PROXY_ARTICLE.id, helpful: true },
      { articleId: PROXY_ARTICLE.id, helpful: false },
    ]);
  });

  it('shows the reader’s earlier answer when they come back', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeKnowledgeBaseApi({
      articles: [{ ...PROXY_ARTICLE, viewerFeedback: false, notHelpfulCount: 1, helpfulCount: 1 }],
    });
    renderApp(PROXY_PATH);

    await screen.findByRole('article', { name: 'Configure the proxy' });
    expect(no()).toHaveAttribute('aria-pressed', 'true');
    expect(feedback()).toHaveTextContent('1 person found this helpful, 1 person did not.');
  });

  it('says why an answer was not recorded', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeKnowledgeBaseApi({
      refuseRating: {
        code: 'RATE_LIMITED',
        message: 'Too many answers at once.',
        hint: 'Wait a minute, then try again.',
      },
    });
    const { user } = renderApp(PROXY_PATH);

    await screen.findByRole('article', { name: 'Configure the proxy' });
    await user.click(yes());

    expect(await within(feedback()).findByText('Too many answers at once.')).toBeInTheDocument();
    expect(within(feedback()).getByText('Wait a minute, then try again.')).toBeInTheDocument();
    expect(yes()).toHaveAttribute('aria-pressed', 'false');
    expect(feedback()).toHaveTextContent('12 people found this helpful, 3 people did not.');
  });

  it('says plainly when there is no such article, or none the reader may open', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeKnowledgeBaseApi();
    renderApp('/kb/upcoming-release-notes');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Article not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'There is no article at this address, or it is not one you can open.',
    );
    expect(screen.getByRole('link', { name: 'Browse the knowledge base' })).toHaveAttribute(
      'href',
      '/kb',
    );
    expect(document.title).toBe('Article not found · Foyer');
  });

  it('shows vendor staff a draft, who may read it, and the way to edit it', async () => {
    installFakeOrganizationsApi(installFakePortalApi({ signedInAs: VERA }));
    installFakeKnowledgeBaseApi({ canManage: true });
    renderApp('/kb/upcoming-release-notes');

    const article = await screen.findByRole('article', { name: 'Upcoming release notes' });
    expect(
      within(article).getByText('Draft: only vendor staff can see this article.'),
    ).toBeInTheDocument();
    expect(
      within(article).getByRole('link', { name: 'Edit “Upcoming release notes”' }),
    ).toHaveAttribute('href', '/kb/upcoming-release-notes/edit');
    expect(within(article).getByText('Vendor staff only')).toBeInTheDocument();
  });

  it('has no serious accessibility problems', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeKnowledgeBaseApi();
    renderApp(PROXY_PATH);

    await screen.findByRole('region', { name: 'Related articles' });
    expect(await seriousAccessibilityProblems()).toEqual([]);
  });
});
