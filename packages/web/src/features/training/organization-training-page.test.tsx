import { configure, screen, within } from '@testing-library/react';
import { seriousAccessibilityProblems } from '../../test/axe';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { renderApp } from '../../test/render-app';
import { installFakeTrainingApi } from './fake-training-api';

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);

describe('OrganizationTrainingPage', () => {
  it('shows administrators each professional’s progress per course', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeTrainingApi();
    const { container } = renderApp('/orgs/organization-northwind/training');

    const table = await screen.findByRole('grid', {
      name: 'Training progress of Northwind Traders',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        Array.from(row.querySelectorAll('[role=gridcell], [role=rowheader]')).map(
          (cell) => cell.textContent,
        ),
      ),
    ).toEqual([
      ['Chloe Martin', 'Ledger: closing the month', '2 of 4 lessons done', expect.any(String)],
      [
        'Frank Osei',
        'Ledger: closing the month',
        expect.stringMatching(/^Completedon /),
        expect.any(String),
      ],
      // Every row is a course started, so none of them says "Not started".
      [
        'Frank Osei',
        'Getting the most out of the portal',
        '0 of 2 lessons done',
        expect.any(String),
      ],
    ]);
    expect(within(rows[0]!).getByRole('link', { name: 'Chloe Martin' })).toHaveAttribute(
      'href',
      '/orgs/organization-northwind/professionals/professional-Chloe%20Martin',
    );
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });

  it('tells a professional without the Administrator role that only administrators see it', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeTrainingApi({ refuseProgress: true });
    renderApp('/orgs/organization-northwind/training');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'administrators can see its training progress',
    );
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });
});
