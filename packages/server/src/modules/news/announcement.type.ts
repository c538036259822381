import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { ContentVisibility } from '@foyer/shared';
import { NodeInterface } from '../../platform/graphql/node.interface';
import { ContentVisibilityEnum } from '../../platform/graphql/enums';
import { connectionType } from '../../platform/graphql/connection';
import { UserError } from '../../platform/graphql/user-error.type';
import { resultPayload } from '../../platform/graphql/result-payload';
import { OrganizationType } from '../organization/organization.type';

@ObjectType('Announcement', {
  implements: NodeInterface,
  simpleResolvers: true,
  description:
    'A news announcement, for all customers or for the products and organizations it names. Vendor staff also see drafts.',
})
export class AnnouncementType extends NodeInterface {
  @Field({ description: 'Unique; its address in the web app (/news/:slug).' })
  slug: string;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field({ description: 'The body as written (Markdown). Render bodyHtml, which is sanitized.' })
  bodyMarkdown: string;

  @Field(() => ContentVisibilityEnum, { description: 'ALL_CUSTOMERS or CHOSEN_AUDIENCE.' })
  visibility: ContentVisibility;

  @Field({ description: 'Pinned announcements come first.' })
  pinned: boolean;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Null for a draft.' })
  publishedAt: Date | null;

  @Field(() => GraphQLDateTime)
  createdAt: Date;

  @Field(() => GraphQLDateTime)
  updatedAt: Date;
}

@ObjectType('AnnouncementAudience', {
  description: 'Who an announcement is for. Vendor staff only.',
})
export class AnnouncementAudienceType {
  @Field()
  allCustomers: boolean;

  @Field(() => [String], {
    description: 'Organizations licensed for any of these products read it.',
  })
  products: string[];

  @Field(() => [OrganizationType])
  organizations: OrganizationType[];
}

export const AnnouncementConnection = connectionType(
  'Announcement',
  () => AnnouncementType,
  'How many the reader may open, across all pages.',
);

function announcementPayload(name: string, description: string) {
  return resultPayload(name, description, 'announcement', () => AnnouncementType);
}

export const CreateAnnouncementPayload = announcementPayload(
  'CreateAnnouncementPayload',
  'The new announcement (a draft), or why not.',
);
export const UpdateAnnouncementPayload = announcementPayload(
  'UpdateAnnouncementPayload',
  'The announcement as changed, or why not.',
);
export const PublishAnnouncementPayload = announcementPayload(
  'PublishAnnouncementPayload',
  'The published announcement, or why not.',
);
export const UnpublishAnnouncementPayload = announcementPayload(
  'UnpublishAnnouncementPayload',
  'The announcement, a draft again, or why not.',
);
export const PinAnnouncementPayload = announcementPayload(
  'PinAnnouncementPayload',
  'The announcement, pinned or not as asked, or why not.',
);

@ObjectType('DeleteAnnouncementPayload', {
  description: 'The id of the deleted announcement, or why not.',
})
export class DeleteAnnouncementPayload {
  @Field(() => String, { nullable: true })
  deletedAnnouncementId?: string | null;

  @Field(() => UserError, { nullable: true })
  error: UserError | null;
}

@ObjectType('MarkNewsSeenPayload', {
  description: 'When the viewer last looked, now; nothing is new to them any more.',
})
export class MarkNewsSeenPayload {
  @Field(() => GraphQLDateTime, { nullable: true })
  seenAt?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The viewer’s unseen count afterwards (0 unless something was published since).',
  })
  newsUnseenCount?: number | null;

  @Field(() => UserError, { nullable: true })
  error: UserError | null;
}
