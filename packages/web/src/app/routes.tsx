import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { LoadingState } from '../ui/loading-state';
import { AppLayout } from './app-layout';
import {
  ACCESS_REQUESTS_PATH,
  ORGANIZATION_ACCESS_REQUESTS_PATH,
  ACCOUNTS_PATH,
  ARTICLE_PATH,
  ASK_QUESTION_PATH,
  COMMUNITY_PATH,
  QUESTION_PATH,
  AUDIT_LOG_PATH,
  COURSE_PATH,
  EDIT_COURSE_PATH,
  EDIT_ARTICLE_PATH,
  EDIT_UPDATE_PATH,
  HELP_PATH,
  INVITATION_PATH,
  KNOWLEDGE_BASE_PATH,
  LICENSES_PATH,
  NEW_ARTICLE_PATH,
  NEW_UPDATE_PATH,
  NEW_COURSE_PATH,
  ORGANIZATION_DETAILS_PATH,
  ORGANIZATION_TRAINING_PATH,
  ORGANIZATIONS_PATH,
  PROFESSIONAL_PATH,
  REQUEST_ACCESS_PATH,
  SEARCH_PATH,
  SIGN_IN_PATH,
  NEWS_PATH,
  NEW_ANNOUNCEMENT_PATH,
  ANNOUNCEMENT_PATH,
  EDIT_ANNOUNCEMENT_PATH,
  UPDATE_PATH,
  UPDATES_PATH,
  TRAINING_PATH,
} from './paths';
import { RouteErrorPage } from './route-error-page';

// Each page is its own chunk: a person signing in downloads the form, not the portal behind it.
const SignInPage = lazy(() =>
  import('../features/auth/sign-in-page').then((module) => ({ default: module.SignInPage })),
);
const InvitationPage = lazy(() =>
  import('../features/invitations/invitation-page').then((module) => ({
    default: module.InvitationPage,
  })),
);
const RequestAccessPage = lazy(() =>
  import('../features/access-requests/request-access-page').then((module) => ({
    default: module.RequestAccessPage,
  })),
);
const HomePage = lazy(() =>
  import('../features/home/home-page').then((module) => ({ default: module.HomePage })),
);
const AccessRequestsPage = lazy(() =>
  import('../features/access-requests/access-requests-page').then((module) => ({
    default: module.AccessRequestsPage,
  })),
);
const OrganizationsPage = lazy(() =>
  import('../features/organizations/organizations-page').then((module) => ({
    default: module.OrganizationsPage,
  })),
);
const OrganizationPage = lazy(() =>
  import('../features/organizations/organization-page').then((module) => ({
    default: module.OrganizationPage,
  })),
);
const AuditLogPage = lazy(() =>
  import('../features/audit/audit-log-page').then((module) => ({ default: module.AuditLogPage })),
);
const LicensesPage = lazy(() =>
  import('../features/licensing/licenses-page').then((module) => ({
    default: module.LicensesPage,
  })),
);
const AccountsPage = lazy(() =>
  import('../features/accounts/accounts-page').then((module) => ({
    default: module.AccountsPage,
  })),
);
const ProfessionalPage = lazy(() =>
  import('../features/professional/professional-page').then((module) => ({
    default: module.ProfessionalPage,
  })),
);
const HelpPage = lazy(() =>
  import('../features/help/help-page').then((module) => ({ default: module.HelpPage })),
);
const SearchPage = lazy(() =>
  import('../features/search/search-page').then((module) => ({ default: module.SearchPage })),
);
const KnowledgeBasePage = lazy(() =>
  import('../features/knowledge-base/knowledge-base-page').then((module) => ({
    default: module.KnowledgeBasePage,
  })),
);
const ArticlePage = lazy(() =>
  import('../features/knowledge-base/article-page').then((module) => ({
    default: module.ArticlePage,
  })),
);
// The editor brings the Markdown renderer for its preview: only vendor staff who write download it.
const ArticleEditorPage = lazy(() =>
  import('../features/knowledge-base/article-editor-page').then((module) => ({
    default: module.ArticleEditorPage,
  })),
);
const NewsPage = lazy(() =>
  import('../features/news/news-page').then((module) => ({ default: module.NewsPage })),
);
const AnnouncementPage = lazy(() =>
  import('../features/news/announcement-page').then((module) => ({
    default: module.AnnouncementPage,
  })),
);
const AnnouncementEditorPage = lazy(() =>
  import('../features/news/announcement-editor-page').then((module) => ({
    default: module.AnnouncementEditorPage,
  })),
);
const UpdatesPage = lazy(() =>
  import('../features/updates/updates-page').then((module) => ({ default: module.UpdatesPage })),
);
const UpdatePage = lazy(() =>
  import('../features/updates/update-page').then((module) => ({ default: module.UpdatePage })),
);
const UpdateEditorPage = lazy(() =>
  import('../features/updates/update-editor-page').then((module) => ({
    default: module.UpdateEditorPage,
  })),
);
const CommunityPage = lazy(() =>
  import('../features/community/community-page').then((module) => ({
    default: module.CommunityPage,
  })),
);
const AskQuestionPage = lazy(() =>
  import('../features/community/ask-question-page').then((module) => ({
    default: module.AskQuestionPage,
  })),
);
const QuestionPage = lazy(() =>
  import('../features/community/question-page').then((module) => ({
    default: module.QuestionPage,
  })),
);
const TrainingPage = lazy(() =>
  import('../features/training/training-page').then((module) => ({ default: module.TrainingPage })),
);
const CoursePage = lazy(() =>
  import('../features/training/course-page').then((module) => ({ default: module.CoursePage })),
);
const CourseEditorPage = lazy(() =>
  import('../features/training/course-editor-page').then((module) => ({
    default: module.CourseEditorPage,
  })),
);
const OrganizationTrainingPage = lazy(() =>
  import('../features/training/organization-training-page').then((module) => ({
    default: module.OrganizationTrainingPage,
  })),
);
const NotFoundPage = lazy(() =>
  import('./not-found-page').then((module) => ({ default: module.NotFoundPage })),
);

/** Pages outside the signed-in layout bring their own loading fallback. */
function publicPage(page: ReactNode): ReactNode {
  return (
    <Suspense
      fallback={
        <div className="page-center">
          <LoadingState label="Loading…" />
        </div>
      }
    >
      {page}
    </Suspense>
  );
}

export const appRoutes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    children: [
      { path: SIGN_IN_PATH, element: publicPage(<SignInPage />) },
      // Public: the person following an invitation or asking for access has no session yet.
      { path: INVITATION_PATH, element: publicPage(<InvitationPage />) },
      { path: REQUEST_ACCESS_PATH, element: publicPage(<RequestAccessPage />) },
      // Open to everyone: in the portal's frame when signed in, on its own page when not.
      {
        element: <AppLayout signedOut={publicPage(<HelpPage />)} />,
        children: [{ path: HELP_PATH, element: <HelpPage /> }],
      },
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: ACCESS_REQUESTS_PATH, element: <AccessRequestsPage /> },
          { path: ORGANIZATION_ACCESS_REQUESTS_PATH, element: <AccessRequestsPage /> },
          { path: ORGANIZATIONS_PATH, element: <OrganizationsPage /> },
          { path: ORGANIZATION_DETAILS_PATH, element: <OrganizationPage /> },
          { path: AUDIT_LOG_PATH, element: <AuditLogPage /> },
          { path: LICENSES_PATH, element: <LicensesPage /> },
          { path: ACCOUNTS_PATH, element: <AccountsPage /> },
          { path: PROFESSIONAL_PATH, element: <ProfessionalPage /> },
          { path: SEARCH_PATH, element: <SearchPage /> },
          { path: KNOWLEDGE_BASE_PATH, element: <KnowledgeBasePage /> },
          // "new" outranks ":slug" in React Router's matching, so the editor is never taken for an article.
          { path: NEW_ARTICLE_PATH, element: <ArticleEditorPage /> },
          { path: ARTICLE_PATH, element: <ArticlePage /> },
          { path: EDIT_ARTICLE_PATH, element: <ArticleEditorPage /> },
          { path: NEWS_PATH, element: <NewsPage /> },
          { path: NEW_ANNOUNCEMENT_PATH, element: <AnnouncementEditorPage /> },
          { path: ANNOUNCEMENT_PATH, element: <AnnouncementPage /> },
          { path: EDIT_ANNOUNCEMENT_PATH, element: <AnnouncementEditorPage /> },
          { path: UPDATES_PATH, element: <UpdatesPage /> },
          { path: NEW_UPDATE_PATH, element: <UpdateEditorPage /> },
          { path: UPDATE_PATH, element: <UpdatePage /> },
          { path: EDIT_UPDATE_PATH, element: <UpdateEditorPage /> },
          { path: COMMUNITY_PATH, element: <CommunityPage /> },
          // "ask" outranks ":slug", and no question is given that slug.
          { path: ASK_QUESTION_PATH, element: <AskQuestionPage /> },
          { path: QUESTION_PATH, element: <QuestionPage /> },
          { path: TRAINING_PATH, element: <TrainingPage /> },
          { path: NEW_COURSE_PATH, element: <CourseEditorPage /> },
          { path: COURSE_PATH, element: <CoursePage /> },
          { path: EDIT_COURSE_PATH, element: <CourseEditorPage /> },
          { path: ORGANIZATION_TRAINING_PATH, element: <OrganizationTrainingPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
