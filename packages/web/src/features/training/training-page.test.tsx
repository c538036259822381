import { configure, screen, waitFor, within } from '@testing-library/react';
import { seriousAccessibilityProblems } from '../../test/axe';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { renderApp } from '../../test/render-app';
import { installFakeTrainingApi, LEDGER_COURSE, PORTAL_COURSE } from './fake-training-api';

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);

describe('TrainingPage', () => {
  it('shows each course the reader may take with how far they are, and filters by product', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const training = installFakeTrainingApi();
    const { user, router, container } = renderApp('/training');

    const list = await screen.findByRole('list', { name: 'Courses' });
    const cards = within(list).getAllByRole('listitem');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Ledger: closing the month',
      'Getting the most out of the portal',
    ]);
    expect(
      within(cards[0]!).getByRole('link', { name: 'Ledger: closing the month' }),
    ).toHaveAttribute('href', '/training/ledger-month-end-close');
    expect(within(cards[0]!).getByText('ledger')).toBeInTheDocument();
    expect(within(cards[0]!).getByText('4 lessons')).toBeInTheDocument();
    expect(within(cards[0]!).getByText('1 video')).toBeInTheDocument();
    expect(within(cards[0]!).getByRole('progressbar', { name: 'Progress: 50%' })).toHaveAttribute(
      'value',
      '50',
    );
    expect(within(cards[0]!).getByText('2 of 4 lessons done')).toBeInTheDocument();
    expect(within(cards[1]!).getByText('Not started')).toBeInTheDocument();
    // Learners do not write courses.
    expect(screen.queryByRole('link', { name: 'New course' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Product' }), 'ledger');
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Courses' })).getAllByRole('listitem'),
      ).toHaveLength(1),
    );
    expect(router.state.location.search).toBe('?product=ledger');
    expect(training.listRequests.at(-1)).toEqual({ product: 'ledger' });
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });

  it('offers a product whose courses are all older than the newest hundred', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const newer = Array.from({ length: 110 }, (_, index) => ({
      ...PORTAL_COURSE,
      id: `portal-${index}`,
      slug: `portal-tour-${index}`,
      title: `Portal tour ${index}`,
    }));
    const legacy = { ...LEDGER_COURSE, id: 'legacy', slug: 'legacy-basics', product: 'legacy' };
    installFakeTrainingApi({ courses: [...newer, legacy] });
    const { user } = renderApp('/training');

    await screen.findByRole('list', { name: 'Courses' });
    const product = screen.getByRole('combobox', { name: 'Product' });
    await waitFor(() =>
      expect(
        within(product)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['All products', 'legacy']),
    );
    await user.selectOptions(product, 'legacy');
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Courses' })).getAllByRole('listitem'),
      ).toHaveLength(1),
    );
  });

  it('offers vendor staff a new course', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeTrainingApi({ canManage: true });
    renderApp('/training');
    expect(await screen.findByRole('link', { name: 'New course' })).toHaveAttribute(
      'href',
      '/training/new',
    );
  });
});
