import { configure, screen, within } from '@testing-library/react';
import { render } from '@testing-library/react';
import { ApolloProvider } from '@apollo/client/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from '../../app/apollo-client';
import { CoursesInProgress } from './courses-in-progress';
import { installFakeTrainingApi, PORTAL_COURSE, type FakeCourse } from './fake-training-api';

configure({ asyncUtilTimeout: 5000 });

function renderAlone() {
  const client = createApolloClient({ uri: 'http://localhost/graphql' });
  const router = createMemoryRouter([{ path: '/', element: <CoursesInProgress /> }]);
  return render(
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>,
  );
}

describe('CoursesInProgress', () => {
  it('lists the courses the professional started and has not finished, with their progress', async () => {
    installFakeTrainingApi();
    renderAlone();
    const list = await screen.findByRole('list', { name: 'Courses in progress' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(
      within(items[0]!).getByRole('link', { name: 'Ledger: closing the month' }),
    ).toHaveAttribute('href', '/training/ledger-month-end-close');
    expect(within(items[0]!).getByText('2 of 4 lessons done')).toBeInTheDocument();
  });

  it('says how far a course is that was started by watching a video, never that it was not started', async () => {
    const watched: FakeCourse = {
      ...PORTAL_COURSE,
      lessons: [
        { ...PORTAL_COURSE.lessons[0]!, videoPositionSeconds: 30 },
        PORTAL_COURSE.lessons[1]!,
      ],
    };
    installFakeTrainingApi({ courses: [watched] });
    renderAlone();
    const list = await screen.findByRole('list', { name: 'Courses in progress' });
    expect(within(list).getByRole('listitem')).toHaveTextContent('0 of 2 lessons done');
    expect(within(list).queryByText('Not started')).not.toBeInTheDocument();
  });

  it('points to the courses when none is in progress', async () => {
    installFakeTrainingApi({ courses: [PORTAL_COURSE] });
    renderAlone();
    expect(await screen.findByText('No course in progress')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse the courses' })).toHaveAttribute(
      'href',
      '/training',
    );
  });
});
