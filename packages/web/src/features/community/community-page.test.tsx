import { configure, screen, waitFor, within } from '@testing-library/react';
import { seriousAccessibilityProblems } from '../../test/axe';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { renderApp } from '../../test/render-app';
import {
  installFakeCommunityApi,
  installFakeCommunityListApi,
  proxyQuestion,
  type FakeListedQuestion,
} from './fake-community-api';

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);

const QUESTIONS: FakeListedQuestion[] = [
  {
    id: 'q1',
    slug: 'old-popular',
    title: 'Old but popular',
    score: 9,
    answerCount: 2,
    hasAcceptedAnswer: true,
    createdAt: '2030-01-01T00:00:00.000Z',
  },
  {
    id: 'q2',
    slug: 'new-unanswered',
    title: 'New and unanswered',
    score: 1,
    answerCount: 0,
    hasAcceptedAnswer: false,
    mine: true,
    createdAt: '2030-03-01T00:00:00.000Z',
  },
];

const titles = () =>
  within(screen.getByRole('list', { name: 'Questions' }))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('CommunityPage', () => {
  it('lists questions with score, answers and the accepted mark, filtered and sorted', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const api = installFakeCommunityListApi({ questions: QUESTIONS });
    const { user } = renderApp('/community');

    await screen.findByRole('list', { name: 'Questions' });
    expect(titles()).toEqual(['New and unanswered', 'Old but popular']);
    const popular = screen.getByRole('link', { name: 'Old but popular' }).closest('li')!;
    expect(within(popular).getByText('9')).toBeInTheDocument();
    expect(within(popular).getByText('Accepted answer')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Old but popular' })).toHaveAttribute(
      'href',
      '/community/old-popular',
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'TOP');
    await waitFor(() => expect(titles()).toEqual(['Old but popular', 'New and unanswered']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'UNANSWERED');
    await waitFor(() => expect(titles()).toEqual(['New and unanswered']));
    expect(screen.getByRole('status')).toHaveTextContent('1 question');
    expect(api.requests.at(-1)).toEqual({ filter: 'UNANSWERED', orderBy: 'TOP' });
    expect(await seriousAccessibilityProblems(document.body)).toEqual([]);
  });

  it('asks a question, showing the server’s refusal beside the field, then opens the question', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const api = installFakeCommunityListApi({ questions: QUESTIONS });
    installFakeCommunityApi({ question: proxyQuestion() });
    const { user, router } = renderApp('/community');

    await user.click(await screen.findByRole('link', { name: 'Ask a question' }));
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await user.click(screen.getByRole('button', { name: 'Post your question' }));
    expect(title).toHaveAccessibleDescription(/at least 5 characters/);
    expect(api.asked).toEqual([]);

    await user.type(title, 'Proxy times out');
    await user.type(screen.getByRole('textbox', { name: 'Details' }), 'Since the upgrade.');
    await user.click(screen.getByRole('button', { name: 'Post your question' }));
    await waitFor(() =>
      expect(title).toHaveAccessibleDescription(/End the title with a question mark/),
    );

    await user.type(title, '?');
    await user.click(screen.getByRole('button', { name: 'Post your question' }));
    await screen.findByRole('article', { name: 'Proxy times out after the upgrade' });
    expect(router.state.location.pathname).toBe('/community/proxy-times-out');
    expect(api.asked.at(-1)).toEqual({
      title: 'Proxy times out?',
      bodyMarkdown: 'Since the upgrade.',
      product: null,
    });
  });
});
