import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AccessRequestResolver } from '../../modules/access-request/access-request.resolver';
import { AuditResolver } from '../../modules/audit/audit.resolver';
import { AuthResolver } from '../../modules/auth/auth.resolver';
import { NodeResolver } from '../../modules/node/node.resolver';
import { InvitationResolver } from '../../modules/invitation/invitation.resolver';
import { OrganizationResolver } from '../../modules/organization/organization.resolver';
import { ProfessionalResolver } from '../../modules/professional/professional.resolver';
import {
  ArticleResolver,
  ArticleVersionResolver,
} from '../../modules/knowledge-base/article.resolver';
import {
  SearchResolver,
  SearchSuggestionResolver,
} from '../../modules/knowledge-base/search.resolver';
import { SupportContactResolver } from '../../modules/support/support-contact.resolver';
import {
  LicenseResolver,
  OrganizationLicensesResolver,
} from '../../modules/licensing/license.resolver';
import { AnnouncementResolver } from '../../modules/news/announcement.resolver';
import {
  ArticleFixedInResolver,
  UpdateFileResolver,
  UpdateResolver,
} from '../../modules/updates/update.resolver';
import {
  AnswerResolver,
  ArticleCommunityResolver,
  QuestionResolver,
} from '../../modules/community/community.resolver';
import {
  CourseResolver,
  LessonResolver,
  TrainingProgressEntryResolver,
} from '../../modules/training/training.resolver';

export const resolvers = [
  AccessRequestResolver,
  ArticleResolver,
  ArticleVersionResolver,
  AuditResolver,
  AuthResolver,
  InvitationResolver,
  NodeResolver,
  OrganizationResolver,
  ProfessionalResolver,
  SearchResolver,
  SearchSuggestionResolver,
  SupportContactResolver,
  LicenseResolver,
  OrganizationLicensesResolver,
  AnnouncementResolver,
  UpdateResolver,
  UpdateFileResolver,
  ArticleFixedInResolver,
  QuestionResolver,
  AnswerResolver,
  ArticleCommunityResolver,
  CourseResolver,
  LessonResolver,
  TrainingProgressEntryResolver,
] as const;

/**
 * The one schema. Input validation runs inside the mutations (validateInput) so that bad input
 * comes back as a payload error, not as a thrown one.
 */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false, emitSchemaFile: false });
}
