import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { UPDATE_KINDS, type ContentVisibility, type UpdateKind } from '@foyer/shared';
import { NodeInterface } from '../../platform/graphql/node.interface';
import { ContentVisibilityEnum } from '../../platform/graphql/enums';
import { connectionType } from '../../platform/graphql/connection';
import { resultPayload } from '../../platform/graphql/result-payload';

export const UpdateKindEnum = Object.fromEntries(UPDATE_KINDS.map((k) => [k, k])) as {
  [K in UpdateKind]: K;
};
registerEnumType(UpdateKindEnum, {
  name: 'UpdateKind',
  valuesConfig: {
    UPDATE: {
      description: 'A new version; its files are for organizations licensed for the product.',
    },
    HOTFIX: {
      description:
        'A fix for a released version; its files are for organizations whose service plan for the product is active today.',
    },
  },
});

@ObjectType('SoftwareUpdate', {
  implements: NodeInterface,
  simpleResolvers: true,
  description:
    'A software update or hotfix. Readers see it when its visibility lets them; downloading its files is a further rule (see files).',
})
export class SoftwareUpdateType extends NodeInterface {
  @Field({ description: 'Unique; the address in the web app (/updates/:slug).' })
  slug: string;

  @Field(() => UpdateKindEnum)
  kind: UpdateKind;

  @Field()
  title: string;

  @Field({ description: 'Product code, e.g. "ledger".' })
  product: string;

  @Field({ description: 'The version it installs.' })
  version: string;

  @Field({
    description:
      'The release notes as written (Markdown). Render releaseNotesHtml, which is sanitized.',
  })
  releaseNotesMarkdown: string;

  @Field(() => ContentVisibilityEnum)
  visibility: ContentVisibility;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Null for a draft.' })
  publishedAt: Date | null;

  @Field(() => GraphQLDateTime)
  createdAt: Date;

  @Field(() => GraphQLDateTime)
  updatedAt: Date;
}

@ObjectType('SoftwareUpdateFile', { description: 'A file offered with an update or hotfix.' })
export class SoftwareUpdateFileType {
  @Field(() => ID, { description: 'Random; part of the download address.' })
  id: string;

  @Field({ description: 'What it is for, e.g. "Linux x64".' })
  label: string;

  @Field()
  fileName: string;

  @Field()
  contentType: string;

  @Field(() => Number, { description: 'Bytes.' })
  size: number;

  @Field({ description: 'SHA-256 of the file, lower-case hex, to check the download against.' })
  sha256: string;
}

export const SoftwareUpdateConnection = connectionType(
  'SoftwareUpdate',
  () => SoftwareUpdateType,
  'How many the reader may open with these filters, across all pages.',
);

@ObjectType('UpdateDownload', {
  simpleResolvers: true,
  description: 'Someone downloaded a file of an update.',
})
export class UpdateDownloadType {
  @Field(() => ID)
  id: string;

  @Field()
  fileName: string;

  @Field(() => String, {
    nullable: true,
    description: 'The file’s label; null once it is no longer offered.',
  })
  fileLabel: string | null;

  @Field(() => GraphQLDateTime)
  downloadedAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Null when the person has since been deleted.',
  })
  professionalName: string | null;

  @Field(() => String, { nullable: true })
  professionalEmail: string | null;

  @Field(() => String, { nullable: true })
  organizationName: string | null;
}

function updatePayload(name: string, description: string) {
  return resultPayload(name, description, 'update', () => SoftwareUpdateType);
}

export const CreateUpdatePayload = updatePayload(
  'CreateUpdatePayload',
  'The new update (a draft), or why not.',
);
export const UpdateUpdatePayload = updatePayload(
  'UpdateUpdatePayload',
  'The update as changed, or why not.',
);
export const PublishUpdatePayload = updatePayload(
  'PublishUpdatePayload',
  'The published update, or why not.',
);
export const UnpublishUpdatePayload = updatePayload(
  'UnpublishUpdatePayload',
  'The update, a draft again, or why not.',
);
export const AttachUpdateFilePayload = updatePayload(
  'AttachUpdateFilePayload',
  'The update with the file added, or why not.',
);
export const RemoveUpdateFilePayload = updatePayload(
  'RemoveUpdateFilePayload',
  'The update without the file, or why not.',
);
export const LinkUpdateArticlePayload = updatePayload(
  'LinkUpdateArticlePayload',
  'The update with the article it fixes, or why not.',
);
export const UnlinkUpdateArticlePayload = updatePayload(
  'UnlinkUpdateArticlePayload',
  'The update without the link, or why not.',
);
