import { configure, screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { CourseEditor_MoveLessonDocument, CourseEditor_UpdateDocument } from '../../gql/graphql';
import { server } from '../../test/msw-server';
import { installFakePortalApi, ANA } from '../../test/fake-portal-api';
import { leavingAsksFirst } from '../../test/leaving';
import { renderApp } from '../../test/render-app';
import { installFakeOrganizationsApi, VERA } from '../organizations/fake-organizations-api';
import { installFakeTrainingApi } from './fake-training-api';

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);

describe('CourseEditorPage', () => {
  it('creates a draft course, adds a video lesson with its uploaded file, and publishes it', async () => {
    installFakeOrganizationsApi(installFakePortalApi({ signedInAs: VERA }));
    const training = installFakeTrainingApi({ canManage: true });
    const { user, router } = renderApp('/training/new');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'New course' }),
    ).toBeInTheDocument();
    const courseForm = screen.getByRole('form', { name: 'Course' });
    await user.type(within(courseForm).getByRole('textbox', { name: 'Title' }), 'Dispatch basics');
    await user.type(within(courseForm).getByRole('textbox', { name: /^Product/ }), 'dispatch');
    await user.click(within(courseForm).getByRole('button', { name: 'Create course' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Edit course' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/training/dispatch-basics/edit');
    expect(training.created).toEqual([
      expect.objectContaining({
        title: 'Dispatch basics',
        product: 'dispatch',
        visibility: 'ALL_CUSTOMERS',
      }),
    ]);
    expect(screen.getByText('No lessons yet.')).toBeInTheDocument();

    const lessonForm = screen.getByRole('form', { name: 'New lesson' });
    await user.type(
      within(lessonForm).getByRole('textbox', { name: 'Lesson title' }),
      'Depots and vehicles',
    );
    await user.selectOptions(within(lessonForm).getByRole('combobox', { name: 'Kind' }), 'VIDEO');
    await user.upload(
      within(lessonForm).getByLabelText('Video file'),
      new File([new Uint8Array(2048)], 'depots.mp4', { type: 'video/mp4' }),
    );
    expect(await within(lessonForm).findByText('Uploaded: depots.mp4')).toBeInTheDocument();
    // jsdom's XMLHttpRequest does not send a File's bytes, so only the name is checked here.
    expect(training.uploads.map((upload) => upload.fileName)).toEqual(['depots.mp4']);
    await user.click(within(lessonForm).getByRole('button', { name: 'Add lesson' }));

    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Lessons' })).toHaveTextContent(
        '1. Depots and vehicles · Video: depots.mp4',
      ),
    );
    expect(training.addedLessons).toEqual([
      expect.objectContaining({
        title: 'Depots and vehicles',
        kind: 'VIDEO',
        videoFileId: 'file-1',
      }),
    ]);

    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(await screen.findByRole('button', { name: 'Unpublish' })).toBeInTheDocument();
    expect(training.published).toEqual([training.courses.at(-1)!.id]);

    // Removing a lesson takes everyone's progress with it, so it is confirmed first.
    await user.click(screen.getByRole('button', { name: /^Remove.+Depots and vehicles$/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove this lesson?' });
    expect(training.removedLessons).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('No lessons yet.')).toBeInTheDocument();
    expect(training.removedLessons).toEqual(['lesson-1']);
  });

  it('asks before the tab is closed with unsaved changes to the course or a lesson, and not once they are saved', async () => {
    installFakeOrganizationsApi(installFakePortalApi({ signedInAs: VERA }));
    const training = installFakeTrainingApi({ canManage: true });
    const { user } = renderApp('/training/portal-tour/edit');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Edit course' }),
    ).toBeInTheDocument();
    expect(leavingAsksFirst()).toBe(false);
    const courseForm = screen.getByRole('form', { name: 'Course' });
    await user.type(within(courseForm).getByRole('textbox', { name: 'Title' }), ' today');
    expect(leavingAsksFirst()).toBe(true);
    await user.click(within(courseForm).getByRole('button', { name: 'Save course' }));
    expect(await screen.findByText('Course saved')).toBeInTheDocument();
    expect(training.updated).toEqual([
      expect.objectContaining({
        id: 'course-portal',
        title: 'Getting the most out of the portal today',
      }),
    ]);
    expect(leavingAsksFirst()).toBe(false);

    const lessonForm = screen.getByRole('form', { name: 'New lesson' });
    await user.type(
      within(lessonForm).getByRole('textbox', { name: 'Lesson title' }),
      'Asking for help',
    );
    expect(leavingAsksFirst()).toBe(true);
    await user.click(within(lessonForm).getByRole('button', { name: 'Add lesson' }));
    expect(await screen.findByText('Lesson added')).toBeInTheDocument();
    expect(training.addedLessons).toEqual([
      expect.objectContaining({ courseId: 'course-portal', title: 'Asking for help' }),
    ]);
    expect(leavingAsksFirst()).toBe(false);
  });

  it('still asks before a link leaves what was typed while the course was being saved', async () => {
    installFakeOrganizationsApi(installFakePortalApi({ signedInAs: VERA }));
    installFakeTrainingApi({ canManage: true });
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    // The save is held until the test lets it through to the fake API.
    server.use(graphql.mutation(CourseEditor_UpdateDocument, () => answered.then(() => undefined)));
    const { user, router } = renderApp('/training/portal-tour/edit');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Edit course' }),
    ).toBeInTheDocument();
    const title = within(screen.getByRole('form', { name: 'Course' })).getByRole('textbox', {
      name: 'Title',
    });
    await user.type(title, ' today');
    await user.click(screen.getByRole('button', { name: 'Save course' }));
    await user.type(title, ' and tomorrow');
    answer();
    expect(await screen.findByText('Course saved')).toBeInTheDocument();

    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'Training',
      }),
    );
    expect(
      await screen.findByRole('alertdialog', { name: 'Leave without saving?' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/training/portal-tour/edit');
  });

  it('says why a lesson was not moved, instead of that it was', async () => {
    installFakeOrganizationsApi(installFakePortalApi({ signedInAs: VERA }));
    installFakeTrainingApi({ canManage: true });
    // Another editor removed the lesson meanwhile.
    server.use(
      graphql.mutation(CourseEditor_MoveLessonDocument, () =>
        HttpResponse.json({
          data: {
            moveLesson: {
              __typename: 'MoveLessonPayload',
              course: null,
              error: {
                __typename: 'UserError',
                message: 'Lesson was not found.',
                hint: 'Check the id.',
              },
            },
          },
        }),
      ),
    );
    const { user } = renderApp('/training/portal-tour/edit');

    await user.click(await screen.findByRole('button', { name: /^Move down.+Searching well$/ }));
    const notifications = screen.getByRole('region', { name: 'Notifications' });
    expect(await within(notifications).findByText('Lesson was not found.')).toBeInTheDocument();
    expect(within(notifications).queryByText('Lesson moved down')).not.toBeInTheDocument();
  });

  it('tells a learner that only vendor administrators write courses', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeTrainingApi();
    renderApp('/training/new');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only the vendor’s administrators write courses.',
    );
    expect(screen.queryByRole('form', { name: 'Course' })).not.toBeInTheDocument();
  });
});
