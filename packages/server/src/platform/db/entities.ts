import { AccountEntity } from '../../modules/auth/account.entity';
import { SessionEntity } from '../../modules/auth/session.entity';
import { OrganizationEntity } from '../../modules/organization/organization.entity';
import { PartnerLinkEntity } from '../../modules/organization/partner-link.entity';
import { ProfessionalRoleEntity } from '../../modules/professional/professional-role.entity';
import { ProfessionalEntity } from '../../modules/professional/professional.entity';
import { SystemSettingEntity } from './system-setting.entity';
import { InvitationEntity } from '../../modules/invitation/invitation.entity';
import { AuditEventEntity } from '../../modules/audit/audit-event.entity';
import { AccessRequestEntity } from '../../modules/access-request/access-request.entity';
import { OutboxMessageEntity } from '../mail/outbox-message.entity';
import { RateLimitAttemptEntity } from '../http/rate-limit-attempt.entity';
import { LicenseEntity } from '../../modules/licensing/license.entity';
import { ArticleEntity } from '../../modules/knowledge-base/article.entity';
import { ArticleTagEntity } from '../../modules/knowledge-base/article-tag.entity';
import { ArticleVersionEntity } from '../../modules/knowledge-base/article-version.entity';
import { ArticleFeedbackEntity } from '../../modules/knowledge-base/article-feedback.entity';
import { SearchDocumentEntity } from './search/search-document.entity';
import { StoredFileEntity } from '../../modules/files/stored-file.entity';
import { SearchDocumentAudienceEntity } from './search/search-document-audience.entity';
import { AnnouncementEntity } from '../../modules/news/announcement.entity';
import { AnnouncementAudienceEntity } from '../../modules/news/announcement-audience.entity';
import { NewsLastSeenEntity } from '../../modules/news/news-last-seen.entity';
import { SoftwareUpdateEntity } from '../../modules/updates/software-update.entity';
import { SoftwareUpdateFileEntity } from '../../modules/updates/software-update-file.entity';
import { UpdateDownloadEntity } from '../../modules/updates/update-download.entity';
import { UpdateArticleLinkEntity } from '../../modules/updates/update-article-link.entity';
import {
  AnswerEntity,
  CommunityVoteEntity,
  QuestionArticleLinkEntity,
  QuestionEntity,
} from '../../modules/community/community.entity';
import { CourseEntity } from '../../modules/training/course.entity';
import { LessonEntity } from '../../modules/training/lesson.entity';
import { LessonProgressEntity } from '../../modules/training/lesson-progress.entity';

export const entities = [
  SystemSettingEntity,
  OrganizationEntity,
  PartnerLinkEntity,
  AccountEntity,
  ProfessionalEntity,
  ProfessionalRoleEntity,
  SessionEntity,
  InvitationEntity,
  OutboxMessageEntity,
  AuditEventEntity,
  AccessRequestEntity,
  LicenseEntity,
  ArticleEntity,
  ArticleTagEntity,
  ArticleVersionEntity,
  ArticleFeedbackEntity,
  SearchDocumentEntity,
  StoredFileEntity,
  SearchDocumentAudienceEntity,
  AnnouncementEntity,
  AnnouncementAudienceEntity,
  NewsLastSeenEntity,
  SoftwareUpdateEntity,
  SoftwareUpdateFileEntity,
  UpdateDownloadEntity,
  UpdateArticleLinkEntity,
  QuestionEntity,
  AnswerEntity,
  CommunityVoteEntity,
  QuestionArticleLinkEntity,
  CourseEntity,
  LessonEntity,
  LessonProgressEntity,
  RateLimitAttemptEntity,
];
