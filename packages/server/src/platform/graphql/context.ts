import type { Actor } from '@foyer/shared';
import type { Services } from '../../services';
import type { SignedInSession } from '../../modules/auth/session.service';
import type { OrganizationLoaders } from '../../modules/organization/organization.loaders';
import type { ProfessionalLoaders } from '../../modules/professional/professional.loaders';
import type { InvitationLoaders } from '../../modules/invitation/invitation.loaders';
import type { ArticleLoaders } from '../../modules/knowledge-base/article.loaders';
import type { LicenseLoaders } from '../../modules/licensing/license.loaders';
import type { NewsLoaders } from '../../modules/news/news.loaders';
import type { UpdateLoaders, UpdateReaderLoaders } from '../../modules/updates/update.loaders';
import type {
  CommunityLoaders,
  CommunityReaderLoaders,
} from '../../modules/community/community.loaders';
import type { TrainingLoaders } from '../../modules/training/training.loaders';

/** Sets and clears the session cookie on the HTTP response of this request. */
export interface SessionCookieWriter {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface GraphQLContext {
  requestId: string;
  services: Services;
  session: SignedInSession | null;
  actor: Actor | null;
  loaders: OrganizationLoaders &
    ProfessionalLoaders &
    InvitationLoaders &
    ArticleLoaders &
    LicenseLoaders &
    NewsLoaders &
    UpdateLoaders &
    CommunityLoaders &
    TrainingLoaders &
    UpdateReaderLoaders &
    CommunityReaderLoaders;
  sessionCookie: SessionCookieWriter;
  /** The client's IP address (behind a local proxy, the one it forwarded), for rate limits. */
  clientAddress: string;
}
