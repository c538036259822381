import { useMutation, useQuery } from '@apollo/client/react';
import { CONTENT_VISIBILITY_LABELS } from '@foyer/shared';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../gql';
import type {
  ArticleEditor_ArticleFragment,
  VersionHistory_VersionsQuery,
} from '../../gql/graphql';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { DateTime } from '../../ui/date-time';
import { Dialog } from '../../ui/dialog';
import { LoadFailed } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { notify } from '../../ui/toast';
import { MarkdownPreview } from './markdown-preview';

const VersionHistoryQuery = graphql(`
  query VersionHistory_versions($articleId: ID!) {
    articleVersions(articleId: $articleId) {
      number
      title
      summary
      bodyMarkdown
      product
      version
      category
      tags
      visibility
      editedAt
      editedBy
      restoredFrom
    }
  }
`);

const RestoreVersionMutation = graphql(`
  mutation VersionHistory_restore($articleId: ID!, $number: Int!) {
    restoreArticleVersion(articleId: $articleId, number: $number) {
      article {
        ...ArticleEditor_article
      }
      error {
        code
        message
        hint
      }
    }
  }
`);

type Version = VersionHistory_VersionsQuery['articleVersions'][number];

export interface VersionHistoryProps {
  articleId: string;
  /** The version the article is at; a new one (a save, a restore) reloads the list. */
  currentNumber: number;
  isPublished: boolean;
  hasUnsavedChanges: boolean;
  onRestored: (article: ArticleEditor_ArticleFragment) => void;
}

/** Every saved version, newest first: each can be read, and an earlier one brought back. */
export function VersionHistory({
  articleId,
  currentNumber,
  isPublished,
  hasUnsavedChanges,
  onRestored,
}: VersionHistoryProps) {
  const { data, previousData, loading, error, refetch } = useQuery(VersionHistoryQuery, {
    variables: { articleId },
    fetchPolicy: 'cache-and-network',
  });
  const [restore] = useMutation(RestoreVersionMutation);
  const [viewing, setViewing] = useState<Version | null>(null);
  const [restoring, setRestoring] = useState<Version | null>(null);

  // A save or a restore made a new version: the list is asked for again to include it.
  const listedFor = useRef(currentNumber);
  useEffect(() => {
    if (listedFor.current === currentNumber) return;
    listedFor.current = currentNumber;
    void refetch().catch(() => undefined);
  }, [currentNumber, refetch]);

  const versions = (data ?? previousData)?.articleVersions;

  async function confirmRestore() {
    if (!restoring) return null;
    const { data: answer } = await restore({ variables: { articleId, number: restoring.number } });
    const refusal = answer?.restoreArticleVersion.error;
    if (refusal) return { message: refusal.message, hint: refusal.hint };
    const article = answer?.restoreArticleVersion.article;
    if (!article)
      return { message: 'The version was not restored.', hint: 'Try again in a moment.' };
    onRestored(article);
    notify({
      title: `Version ${restoring.number} restored`,
      description: `Its text and details are now version ${article.versionNumber}.`,
    });
    return null;
  }

  let content;
  if (!versions) {
    content = error ? (
      <LoadFailed what="The versions" onRetry={refetch} />
    ) : (
      <LoadingState label="Loading versions…" />
    );
  } else {
    content = (
      <ol className="versions" aria-busy={loading || undefined}>
        {versions.map((version) => {
          const isCurrent = version.number === currentNumber;
          return (
            <li key={version.number} className="version">
              <div className="version__text">
                <p className="version__name">
                  Version {version.number}
                  {isCurrent ? <span className="version__current">Current</span> : null}
                </p>
                <p className="version__title">{version.title}</p>
                <p className="version__meta">
                  <DateTime value={version.editedAt} compact />
                  {version.editedBy ? ` by ${version.editedBy}` : null}
                  {version.restoredFrom ? ` · restored from version ${version.restoredFrom}` : null}
                </p>
              </div>
              <div className="version__actions">
                <Button size="small" onPress={() => setViewing(version)}>
                  View<span className="visually-hidden"> version {version.number}</span>
                </Button>
                {isCurrent ? null : (
                  <Button size="small" onPress={() => setRestoring(version)}>
                    Restore<span className="visually-hidden"> version {version.number}</span>
                  </Button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    );
  }

  return (
    <section
      className="card article-editor__section version-history"
      aria-labelledby="version-history-heading"
    >
      <h2 id="version-history-heading" className="article-editor__section-title">
        Version history
      </h2>
      <p className="muted version-history__intro">
        Each save that changes the article is kept: its text and its details. Restoring one makes it
        the newest version; nothing in between is lost. The address and who may read the article
        stay as they are now.
      </p>
      {content}

      <Dialog
        isOpen={viewing !== null}
        onOpenChange={(open) => {
          if (!open) setViewing(null);
        }}
        title={viewing ? `Version ${viewing.number}` : 'Version'}
        size="large"
      >
        {(close) =>
          viewing ? (
            <div className="dialog__body version-view">
              <p className="version__meta">
                <DateTime value={viewing.editedAt} />
                {viewing.editedBy ? ` by ${viewing.editedBy}` : null}
              </p>
              <VersionDetails version={viewing} />
              <h3 className="version-view__title">{viewing.title}</h3>
              {viewing.summary ? <p className="version-view__summary">{viewing.summary}</p> : null}
              <div className="version-view__body">
                <MarkdownPreview
                  source={viewing.bodyMarkdown}
                  emptyText="This version has no body."
                />
              </div>
              <div className="dialog__actions">
                <Button onPress={close}>Close</Button>
              </div>
            </div>
          ) : null
        }
      </Dialog>

      <ConfirmDialog
        isOpen={restoring !== null}
        onOpenChange={(open) => {
          if (!open) setRestoring(null);
        }}
        title={restoring ? `Restore version ${restoring.number}?` : 'Restore this version?'}
        onConfirm={confirmRestore}
      >
        <p>
          Its text and details become version {currentNumber + 1}; who may read the article stays as
          it is. {isPublished ? 'Readers see it at once. ' : ''}The versions in between are kept.
        </p>
        {hasUnsavedChanges ? (
          <p className="notice notice--warning">
            Your unsaved changes in the editor will be replaced.
          </p>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}

/** Product, version, category, tags and visibility as the version recorded them, when it did. */
function VersionDetails({ version }: { version: Version }) {
  if (!version.visibility) {
    return <p className="muted">This version kept the text only: its details were not recorded.</p>;
  }
  const details: Array<[string, string]> = [
    ['Product', version.product ?? '—'],
    ['Version', version.version ?? '—'],
    ['Category', version.category ?? '—'],
    ['Tags', version.tags && version.tags.length > 0 ? version.tags.join(', ') : '—'],
    ['Who could read it', CONTENT_VISIBILITY_LABELS[version.visibility]],
  ];
  return (
    <dl className="version-view__details">
      {details.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
