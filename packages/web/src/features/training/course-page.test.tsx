import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { seriousAccessibilityProblems } from '../../test/axe';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { renderApp } from '../../test/render-app';
import { installFakeTrainingApi, LEDGER_COURSE } from './fake-training-api';

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);

const lessons = () => within(screen.getByRole('navigation', { name: 'Lessons' }));

describe('CoursePage', () => {
  it('lists the lessons with check marks and opens the first one not done', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeTrainingApi();
    const { container } = renderApp('/training/ledger-month-end-close');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ledger: closing the month' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Progress: 50%' })).toBeInTheDocument();
    expect(
      lessons()
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      '✓The close at a glance · Video (completed)',
      '✓Importing bank statements (completed)',
      '3Matching rules',
      '4Locking the period',
    ]);
    expect(lessons().getByRole('link', { name: /Matching rules/ })).toHaveAttribute(
      'aria-current',
      'step',
    );
    const lesson = screen.getByRole('region', { name: 'Matching rules' });
    expect(within(lesson).getByText('Lesson 3 of 4')).toBeInTheDocument();
    // The lesson's text is the server's sanitized HTML.
    expect(
      within(lesson).getByRole('heading', { level: 3, name: 'Rules that save hours' }),
    ).toBeInTheDocument();
    expect(
      within(lesson).getByRole('link', { name: /^Next lesson.+Locking the period$/ }),
    ).toHaveAttribute('href', '/training/ledger-month-end-close?lesson=4');
    expect(await seriousAccessibilityProblems(container)).toEqual([]);
  });

  it('marks a lesson complete, and the course when the last one is done', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const training = installFakeTrainingApi();
    const { user } = renderApp('/training/ledger-month-end-close?lesson=3');

    await screen.findByRole('region', { name: 'Matching rules' });
    await user.click(screen.getByRole('button', { name: 'Mark as complete' }));
    expect(await screen.findByText(/Completed on/)).toBeInTheDocument();
    expect(training.completed).toEqual(['lesson-matching']);
    expect(lessons().getByRole('link', { name: /Matching rules/ })).toHaveTextContent(
      '(completed)',
    );
    expect(screen.getByRole('progressbar', { name: 'Progress: 75%' })).toBeInTheDocument();
    expect(screen.queryByText(/You completed this course/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: /^Next lesson.+Locking the period$/ }));
    await screen.findByRole('region', { name: 'Locking the period' });
    await user.click(screen.getByRole('button', { name: 'Mark as complete' }));
    expect(await screen.findByText(/You completed this course on/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Progress: 100%' })).toBeInTheDocument();
    expect(training.completed).toEqual(['lesson-matching', 'lesson-lock']);
  });

  it('plays a video lesson from the video address, saves where it stopped and completes it at the end', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const unwatched = {
      ...LEDGER_COURSE,
      lessons: LEDGER_COURSE.lessons.map((l) => ({
        ...l,
        completedAt: null,
        videoPositionSeconds: l.kind === 'VIDEO' ? 2 : 0,
      })),
    };
    const training = installFakeTrainingApi({ courses: [unwatched] });
    renderApp('/training/ledger-month-end-close');

    const lesson = await screen.findByRole('region', { name: 'The close at a glance' });
    const video = within(lesson).getByLabelText('Video: The close at a glance') as HTMLVideoElement;
    expect(video).toHaveAttribute('src', '/api/training/lessons/lesson-overview/video');
    expect(video).toHaveAttribute('controls');

    Object.defineProperty(video, 'currentTime', { configurable: true, writable: true, value: 3.4 });
    fireEvent.pause(video);
    await waitFor(() =>
      expect(training.positions).toEqual([{ lessonId: 'lesson-overview', seconds: 3 }]),
    );

    video.currentTime = 4;
    fireEvent.ended(video);
    expect(await within(lesson).findByText(/Completed on/)).toBeInTheDocument();
    expect(training.positions.at(-1)).toEqual({ lessonId: 'lesson-overview', seconds: 4 });
    expect(training.completed).toEqual(['lesson-overview']);
  });

  it('says what to do when the video cannot be played, instead of a silent player', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeTrainingApi();
    renderApp('/training/ledger-month-end-close?lesson=1');

    const lesson = await screen.findByRole('region', { name: 'The close at a glance' });
    // The video address answers 404 once the organization's licence is gone, or 401 signed out.
    fireEvent.error(within(lesson).getByLabelText('Video: The close at a glance'));
    expect(await within(lesson).findByRole('alert')).toHaveTextContent(
      'The video could not be played.',
    );
    expect(within(lesson).getByRole('alert')).toHaveTextContent('Reload the page');
  });

  it('shows the same page for a course that does not exist or is out of reach', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeTrainingApi();
    renderApp('/training/secret-course');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Course not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse the courses' })).toHaveAttribute(
      'href',
      '/training',
    );
  });
});
