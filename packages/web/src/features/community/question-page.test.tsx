import { configure, screen, waitFor, within } from '@testing-library/react';
import { seriousAccessibilityProblems } from '../../test/axe';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { renderApp } from '../../test/render-app';
import { fakePost, installFakeCommunityApi, proxyQuestion } from './fake-community-api';

// Each page is a lazy chunk that jest compiles on its first import.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);

const PATH = '/community/proxy-times-out';
const votesOn = (name: string) => screen.getByRole('group', { name: `Votes on ${name}` });

describe('QuestionPage', () => {
  it('shows the question and its answers with their authors, and votes with pressed buttons', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const api = installFakeCommunityApi({ question: proxyQuestion() });
    const { user } = renderApp(PATH);

    const page = await screen.findByRole('article', { name: 'Proxy times out after the upgrade' });
    expect(within(page).getByText(/Asked by Ana Silva \(Acme\)/)).toBeInTheDocument();
    expect(within(page).getByRole('heading', { level: 2, name: '2 answers' })).toBeInTheDocument();
    const answers = within(page).getAllByRole('listitem', { name: /^Answer by/ });
    expect(answers.map((a) => a.getAttribute('aria-label'))).toEqual([
      'Answer by Hiro Tanaka',
      'Answer by Lars Becker',
    ]);
    expect(within(answers[1]!).getByText(/Lars Becker \(Bluefin\)/)).toBeInTheDocument();

    const question = votesOn('this question');
    const up = within(question).getByRole('button', { name: 'Vote up this question' });
    expect(up).toHaveAttribute('aria-pressed', 'false');
    await user.click(up);
    await waitFor(() => expect(up).toHaveAttribute('aria-pressed', 'true'));
    expect(within(question).getByLabelText('Score 3')).toBeInTheDocument();

    // Pressing the pressed button withdraws the vote; down replaces it.
    await user.click(up);
    await waitFor(() => expect(up).toHaveAttribute('aria-pressed', 'false'));
    const down = within(votesOn('answer 2 by Lars Becker')).getByRole('button', {
      name: 'Vote down answer 2 by Lars Becker',
    });
    await user.click(down);
    await waitFor(() => expect(down).toHaveAttribute('aria-pressed', 'true'));
    expect(
      within(votesOn('answer 2 by Lars Becker')).getByLabelText('Score 0'),
    ).toBeInTheDocument();
    expect(api.votes).toEqual([
      { postId: 'question-proxy', value: 'UP' },
      { postId: 'question-proxy', value: 'NONE' },
      { postId: 'answer-lars', value: 'DOWN' },
    ]);
    // Someone who did not ask it is not offered to accept an answer.
    expect(screen.queryByRole('button', { name: 'Accept this answer' })).not.toBeInTheDocument();
    expect(await seriousAccessibilityProblems(document.body)).toEqual([]);
  });

  it('disables voting on one’s own posts and says why', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeCommunityApi({ question: proxyQuestion({ viewerIsAuthor: true }) });
    renderApp(PATH);

    await screen.findByRole('article', { name: 'Proxy times out after the upgrade' });
    const own = votesOn('this question');
    const up = within(own).getByRole('button', { name: 'Vote up this question' });
    expect(up).toBeDisabled();
    expect(up).toHaveAccessibleDescription(/You cannot vote on your own question\./);
    expect(
      within(votesOn('answer 1 by Hiro Tanaka')).getByRole('button', {
        name: 'Vote up answer 1 by Hiro Tanaka',
      }),
    ).toBeEnabled();
  });

  it('lets the asker accept an answer, which moves to the top, and withdraw it', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const api = installFakeCommunityApi({ question: proxyQuestion({ viewerIsAuthor: true }) });
    const { user } = renderApp(PATH);

    await screen.findByRole('article', { name: 'Proxy times out after the upgrade' });
    const lars = screen.getByRole('listitem', { name: 'Answer by Lars Becker' });
    await user.click(within(lars).getByRole('button', { name: 'Accept this answer' }));

    await screen.findByRole('listitem', { name: 'Answer by Lars Becker, accepted' });
    const answers = screen.getAllByRole('listitem', { name: /^Answer by/ });
    expect(answers[0]).toHaveAccessibleName('Answer by Lars Becker, accepted');
    expect(within(answers[0]!).getByText('Accepted answer')).toBeInTheDocument();
    expect(api.accepted).toEqual(['answer-lars']);

    await user.click(within(answers[0]!).getByRole('button', { name: 'Withdraw acceptance' }));
    await screen.findByRole('listitem', { name: 'Answer by Lars Becker' });
    expect(screen.queryByText('Accepted answer')).not.toBeInTheDocument();
  });

  it('shows moderators hidden answers greyed with the reason, not acceptable, and refuses answers on a locked question', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const question = proxyQuestion({
      locked: true,
      answers: [
        fakePost({
          id: 'answer-spam',
          bodyHtml: '<p>Buy watches</p>',
          hidden: true,
          hiddenReason: 'Advertising',
        }),
      ],
    });
    installFakeCommunityApi({ question, canModerate: true });
    renderApp(PATH);

    const hidden = await screen.findByRole('listitem', { name: 'Answer by Hiro Tanaka' });
    expect(hidden).toHaveClass('community-post--hidden');
    expect(within(hidden).getByText(/Hidden by a moderator: Advertising/)).toBeInTheDocument();
    const accept = within(hidden).getByRole('button', { name: 'Accept this answer' });
    expect(accept).toBeDisabled();
    expect(accept).toHaveAccessibleDescription(/This answer was hidden by a moderator\./);
    expect(
      within(hidden).getByRole('button', { name: 'Vote up answer 1 by Hiro Tanaka' }),
    ).toBeDisabled();
    expect(
      within(hidden).getByRole('button', { name: 'Show the answer again' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Moderate this question' })).toHaveTextContent(
      'Unlock',
    );

    const post = screen.getByRole('button', { name: 'Post your answer' });
    expect(post).toBeDisabled();
    expect(post).toHaveAccessibleDescription(/This question is locked and takes no new answers\./);
  });

  it('posts an answer written in Markdown, with a preview', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const api = installFakeCommunityApi({ question: proxyQuestion() });
    const { user } = renderApp(PATH);

    await screen.findByRole('article', { name: 'Proxy times out after the upgrade' });
    await user.type(screen.getByRole('textbox', { name: 'Answer' }), 'Use **keep-alive**');
    const preview = screen.getByRole('region', { name: 'Preview' });
    await waitFor(() => expect(within(preview).getByText('keep-alive').tagName).toBe('STRONG'));
    await user.click(screen.getByRole('button', { name: 'Post your answer' }));

    await screen.findByRole('heading', { level: 2, name: '3 answers' });
    expect(api.answered).toEqual(['Use **keep-alive**']);
    expect(screen.getByRole('textbox', { name: 'Answer' })).toHaveValue('');
  });

  it('previews an image from another site as a link to it, as readers will see it', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeCommunityApi({ question: proxyQuestion() });
    const { user } = renderApp(PATH);

    await screen.findByRole('article', { name: 'Proxy times out after the upgrade' });
    // "[[" types one "[" (user-event reads "[" as the start of a key name).
    await user.type(
      screen.getByRole('textbox', { name: 'Answer' }),
      'Mine: ![[Proxy settings](https://img.example.net/p.png)',
    );
    const preview = screen.getByRole('region', { name: 'Preview' });
    const link = await within(preview).findByRole('link', {
      name: 'Image: Proxy settings (img.example.net)',
    });
    expect(link).toHaveAttribute('href', 'https://img.example.net/p.png');
    expect(within(preview).queryByRole('img')).not.toBeInTheDocument();
  });

  it('lets authors edit their own posts, and nobody else’s', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const api = installFakeCommunityApi({
      question: proxyQuestion({
        answers: [
          fakePost({
            id: 'answer-mine',
            viewerIsAuthor: true,
            author: { name: 'Ana Silva', organizationName: 'Acme' },
          }),
          fakePost({ id: 'answer-hiro' }),
        ],
      }),
    });
    const { user } = renderApp(PATH);

    await screen.findByRole('article', { name: 'Proxy times out after the upgrade' });
    expect(screen.queryByRole('button', { name: 'Edit the question' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Edit answer 2 by Hiro Tanaka' }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit answer 1 by Ana Silva' }));
    const text = screen.getByRole('textbox', { name: 'Text' });
    expect(text).toHaveValue('Body of answer-mine.');
    await user.clear(text);
    await user.type(text, 'Corrected answer');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(screen.queryByRole('textbox', { name: 'Text' })).not.toBeInTheDocument(),
    );
    expect(
      within(screen.getByRole('listitem', { name: 'Answer by Ana Silva' })).getByText(
        'Corrected answer',
      ),
    ).toBeInTheDocument();
    expect(api.edits).toEqual([{ id: 'answer-mine', bodyMarkdown: 'Corrected answer' }]);
  });

  it('says a question is not found without telling whether it exists', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeCommunityApi({ question: proxyQuestion() });
    renderApp('/community/hidden-one');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Question not found' }),
    ).toBeInTheDocument();
  });
});
