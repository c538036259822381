import { Router } from 'express';
import type { Services } from '../../services';
import { DomainError, notFound } from '../../platform/graphql/domain-error';
import { idOf } from '../../platform/graphql/global-id';
import { sessionOfRequest } from '../../platform/http/request-actor';
import { sendRouteError } from '../../platform/http/rest-errors';
import { sendStoredFile } from '../../platform/http/send-stored-file';

/**
 * GET (and HEAD) /api/training/lessons/:lessonId/video: a lesson's video, for readers of its
 * course, inline and with range requests so players can seek. Signed out is 401; a lesson the
 * reader may not open, or one without a video, is 404 exactly like one that does not exist.
 */
export function createLessonVideoRouter(services: Services): Router {
  const router = Router();
  router.get('/api/training/lessons/:lessonId/video', async (req, res) => {
    try {
      const { actor } = await sessionOfRequest(services, req);
      if (!actor)
        throw new DomainError('UNAUTHENTICATED', 'Sign in to watch training videos.', {
          hint: 'Your session may have expired.',
        });
      const { lesson } = await services.courses.getLesson(
        actor,
        idOf('Lesson', String(req.params.lessonId)),
      );
      const file =
        lesson.kind === 'VIDEO' && lesson.videoFileId
          ? await services.files.find(lesson.videoFileId)
          : null;
      if (!file) throw notFound('Video');
      await sendStoredFile(req, res, services.files.storage, file, { inline: true });
    } catch (error) {
      sendRouteError(res, error);
    }
  });
  return router;
}
