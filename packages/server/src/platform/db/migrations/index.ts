import { InitialSchema1764374400000 } from './1764374400000-initial-schema';
import { InvitationsOutboxAudit1764460800000 } from './1764460800000-invitations-outbox-audit';
import { KnowledgeBase1764547200000 } from './1764547200000-knowledge-base';
import { AccountManager1764633600000 } from './1764633600000-account-manager';
import { SearchPrefixes1764720000000 } from './1764720000000-search-prefixes';
import { StoredFiles1764806400000 } from './1764806400000-stored-files';
import { SoftwareUpdates1764892800000 } from './1764892800000-software-updates';
import { Training1764979200000 } from './1764979200000-training';
import { News1765065600000 } from './1765065600000-news';
import { Community1765152000000 } from './1765152000000-community';
import { OneLicensePerProduct1765238400000 } from './1765238400000-one-license-per-product';
import { ArticleVersionDetails1765324800000 } from './1765324800000-article-version-details';
import { ArticleCategoryIndex1765411200000 } from './1765411200000-article-category-index';
import { RateLimitAttempts1765497600000 } from './1765497600000-rate-limit-attempts';
import { SearchVectorInline1765584000000 } from './1765584000000-search-vector-inline';
import { OrganizationKindIndex1765670400000 } from './1765670400000-organization-kind-index';

/** Every migration, oldest first. Listed explicitly so the build needs no file globbing. */
export const migrations = [
  InitialSchema1764374400000,
  InvitationsOutboxAudit1764460800000,
  KnowledgeBase1764547200000,
  AccountManager1764633600000,
  SearchPrefixes1764720000000,
  StoredFiles1764806400000,
  SoftwareUpdates1764892800000,
  Training1764979200000,
  News1765065600000,
  Community1765152000000,
  OneLicensePerProduct1765238400000,
  ArticleVersionDetails1765324800000,
  ArticleCategoryIndex1765411200000,
  RateLimitAttempts1765497600000,
  SearchVectorInline1765584000000,
  OrganizationKindIndex1765670400000,
];
