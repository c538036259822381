import type { Config } from './platform/config';
import type { Database } from './platform/db/database';
import { systemClock, type Clock } from './platform/clock';
import { PasswordHasher } from './platform/auth/password-hasher';
import { OrganizationService } from './modules/organization/organization.service';
import { ProfessionalService } from './modules/professional/professional.service';
import { RoleAssignmentService } from './modules/professional/role-assignment.service';
import { SessionService } from './modules/auth/session.service';
import { SignInService } from './modules/auth/sign-in.service';
import { AccountService } from './modules/auth/account.service';
import { AuditRecorder } from './modules/audit/audit-recorder';
import { AuditLogService } from './modules/audit/audit-log.service';
import { InvitationSender } from './modules/invitation/invitation-sender';
import { InvitationAcceptance } from './modules/invitation/invitation-acceptance';
import { AccessRequestService } from './modules/access-request/access-request.service';
import { SupportContactService } from './modules/support/support-contact.service';
import {
  DEFAULT_RATE_LIMITS,
  RateLimiter,
  type RateLimitSettings,
} from './platform/http/rate-limiter';
import { EntitlementService } from './modules/licensing/entitlement.service';
import { ArticleService } from './modules/knowledge-base/article.service';
import { ArticleEditor } from './modules/knowledge-base/article-editor';
import { ArticleIndexer } from './modules/knowledge-base/article-indexer';
import { ArticleFeedbackService } from './modules/knowledge-base/article-feedback.service';
import { ContentSearchService } from './modules/knowledge-base/content-search.service';
import { SearchDocuments } from './platform/db/search/search-documents';
import { createSearchIndex } from './platform/db/search/create-search-index';
import { LocalFileStorage } from './platform/storage/local-file-storage';
import { StoredFileService } from './modules/files/stored-file.service';
import { LicenseService } from './modules/licensing/license.service';
import { LicenseEditor } from './modules/licensing/license-editor';
import { AnnouncementService } from './modules/news/announcement.service';
import { AnnouncementEditor } from './modules/news/announcement-editor';
import { AnnouncementIndexer } from './modules/news/announcement-indexer';
import { UpdateService } from './modules/updates/update.service';
import { UpdateEditor } from './modules/updates/update-editor';
import { UpdateIndexer } from './modules/updates/update-indexer';
import { UpdateDownloads } from './modules/updates/update-downloads';
import { CommunityService } from './modules/community/community.service';
import { CommunityWriter } from './modules/community/community-writer';
import { QuestionIndexer } from './modules/community/question-indexer';
import { CourseService } from './modules/training/course.service';
import { CourseEditor } from './modules/training/course-editor';
import { CourseIndexer } from './modules/training/course-indexer';
import { LessonProgressService } from './modules/training/lesson-progress.service';
import { TrainingProgressService } from './modules/training/training-progress.service';

/** What the services need from the configuration. */
export type ServiceSettings = Pick<
  Config,
  'sessionTtlDays' | 'supportEmail' | 'invitationTtlDays' | 'publicUrl' | 'files'
> & {
  rateLimits?: RateLimitSettings;
};

/** The composition root: every service, wired once per process. */
export function createServices(db: Database, config: ServiceSettings, clock: Clock = systemClock) {
  const hasher = new PasswordHasher();
  const sessions = new SessionService(db, clock, config.sessionTtlDays);
  const audit = new AuditRecorder(clock);
  const accounts = new AccountService(hasher);
  const rateLimiter = new RateLimiter(db, clock);
  const rateLimits = config.rateLimits ?? DEFAULT_RATE_LIMITS;
  const invitations = new InvitationSender(
    db,
    clock,
    audit,
    config,
    rateLimiter,
    rateLimits.sendInvitation,
  );
  const entitlements = new EntitlementService(db, clock);
  const articles = new ArticleService(db, entitlements);
  const updates = new UpdateService(db, clock, entitlements);
  return {
    db,
    clock,
    audit,
    auditLog: new AuditLogService(db),
    organizations: new OrganizationService(db, clock, audit),
    professionals: new ProfessionalService(db, clock, audit, invitations),
    roles: new RoleAssignmentService(db, clock, audit),
    sessions,
    signIn: new SignInService(db, clock, hasher, sessions, audit, config.supportEmail),
    accounts,
    invitations,
    invitationAcceptance: new InvitationAcceptance(db, clock, hasher, accounts, sessions, audit),
    accessRequests: new AccessRequestService(db, clock, audit, invitations, config),
    supportContact: new SupportContactService(config.supportEmail),
    rateLimiter,
    entitlements,
    articles,
    articleEditor: new ArticleEditor(db, clock, new ArticleIndexer(new SearchDocuments())),
    articleFeedback: new ArticleFeedbackService(db, clock, articles),
    contentSearch: new ContentSearchService(db, createSearchIndex(db.kind), entitlements),
    files: new StoredFileService(
      db,
      clock,
      new LocalFileStorage(config.files.dir),
      config.files.maxUploadBytes,
    ),
    rateLimits,
    licenses: new LicenseService(db, audit),
    licenseEditor: new LicenseEditor(db, clock, audit),
    announcements: new AnnouncementService(db, clock, entitlements),
    announcementEditor: new AnnouncementEditor(
      db,
      clock,
      new AnnouncementIndexer(new SearchDocuments()),
    ),
    updates,
    updateEditor: new UpdateEditor(db, clock, new UpdateIndexer(new SearchDocuments())),
    updateDownloads: new UpdateDownloads(db, clock, entitlements, updates),
    community: new CommunityService(db, entitlements),
    communityWriter: new CommunityWriter(
      db,
      clock,
      entitlements,
      audit,
      new QuestionIndexer(new SearchDocuments()),
    ),
    courses: new CourseService(db, entitlements),
    courseEditor: new CourseEditor(db, clock, new CourseIndexer(new SearchDocuments())),
    lessonProgress: new LessonProgressService(db, clock, entitlements),
    trainingProgress: new TrainingProgressService(db, entitlements),
  };
}

export type Services = ReturnType<typeof createServices>;
