import { useQuery } from '@apollo/client/react';
import { CONTENT_VISIBILITY_LABELS } from '@foyer/shared';
import { Link, useParams } from 'react-router';
import { findGraphQLError } from '../../app/graphql-errors';
import {
  articlePath,
  editUpdatePath,
  SEARCH_PATH,
  UPDATES_PATH,
  updatesPath,
} from '../../app/paths';
import { graphql } from '../../gql';
import type { UpdatePage_UpdateQuery } from '../../gql/graphql';
import { Button, buttonClassName } from '../../ui/button';
import { LoadFailed } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { notify } from '../../ui/toast';
import { formatDay, formatSize } from '../../ui/format';
import { ServerHtml } from '../search/server-html';
import { DownloadHistory } from './download-history';
import { appliesToText, kindLabel, productLabel } from './update-labels';
import '../knowledge-base/knowledge-base.css';
import './updates.css';

const UpdatePageQuery = graphql(`
  query UpdatePage_update($slug: String!) {
    updateBySlug(slug: $slug) {
      id
      slug
      kind
      title
      product
      version
      appliesToVersions
      releasedOn
      releaseNotesHtml
      visibility
      publishedAt
      viewerCanEdit
      viewerCanDownload
      downloadBlockedReason
      files {
        id
        label
        fileName
        size
        sha256
        downloadUrl
        downloadCount
      }
      fixesArticles {
        id
        slug
        title
        summary
      }
    }
  }
`);

type Update = UpdatePage_UpdateQuery['updateBySlug'];

/** One update or hotfix: what it is for, its release notes, its files and the problems it fixes. */
export function UpdatePage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(UpdatePageQuery, {
    variables: { slug },
    // Whether the files may be downloaded can change at any moment (a plan ends): ask again.
    fetchPolicy: 'cache-and-network',
  });
  const update = data?.updateBySlug;
  if (!update) {
    if (loading) return <LoadingState label="Loading the update…" />;
    if (findGraphQLError(error, 'NOT_FOUND')) return <UpdateNotFound />;
    return <LoadFailed what="The update" onRetry={refetch} />;
  }
  return <UpdateView update={update} onDownloadRefused={() => void explainRefusal(refetch)} />;
}

function UpdateView({
  update,
  onDownloadRefused,
}: {
  update: Update;
  onDownloadRefused: () => void;
}) {
  const appliesTo = appliesToText(update.appliesToVersions);
  const isVendorView = update.files.some((file) => file.downloadCount !== null);
  return (
    <article className="update-page" aria-labelledby="update-title">
      <title>{`${update.title} · Updates · Foyer`}</title>
      <p className="update-page__back">
        <Link to={UPDATES_PATH}>Updates</Link>
      </p>

      {update.publishedAt ? null : (
        <div className="notice notice--warning update-page__draft">
          <p className="notice__message">Draft: only vendor staff can see this update.</p>
          <p className="notice__hint">Publish it from the editor when it is ready for customers.</p>
        </div>
      )}

      <header className="update-page__header">
        <div className="update-page__heading">
          <h1 id="update-title">{update.title}</h1>
          {update.viewerCanEdit ? (
            <Link className={buttonClassName('secondary')} to={editUpdatePath(update.slug)}>
              Edit<span className="visually-hidden"> “{update.title}”</span>
            </Link>
          ) : null}
        </div>
        <dl className="update-meta">
          <div className="update-meta__item">
            <dt>Kind</dt>
            <dd>{kindLabel(update.kind)}</dd>
          </div>
          <div className="update-meta__item">
            <dt>Product</dt>
            <dd>
              <Link to={updatesPath({ product: update.product })}>
                {productLabel(update.product)}
              </Link>
            </dd>
          </div>
          <div className="update-meta__item">
            <dt>Version</dt>
            <dd>{update.version}</dd>
          </div>
          <div className="update-meta__item">
            <dt>Released</dt>
            <dd>
              <time dateTime={update.releasedOn}>{formatDay(update.releasedOn)}</time>
            </dd>
          </div>
          {appliesTo ? (
            <div className="update-meta__item">
              <dt>Applies to</dt>
              <dd>{update.appliesToVersions.join(', ')}</dd>
            </div>
          ) : null}
          {update.viewerCanEdit ? (
            <div className="update-meta__item">
              <dt>Visible to</dt>
              <dd>{CONTENT_VISIBILITY_LABELS[update.visibility]}</dd>
            </div>
          ) : null}
        </dl>
      </header>

      <section className="update-files" aria-labelledby="update-files-heading">
        <h2 id="update-files-heading">Files</h2>
        {update.downloadBlockedReason && update.files.length > 0 ? (
          <div className="notice notice--warning update-files__blocked" role="note">
            <p className="notice__message">{update.downloadBlockedReason}</p>
          </div>
        ) : null}
        {update.files.length === 0 ? (
          <p className="muted">
            No files are offered with this {kindLabel(update.kind).toLowerCase()} yet.
          </p>
        ) : (
          <ul className="update-files__list">
            {update.files.map((file) => (
              <li key={file.id} className="update-file">
                <div className="update-file__main">
                  <h3 className="update-file__label">{file.label}</h3>
                  <p className="update-file__name">
                    {file.fileName} · {formatSize(file.size)}
                    {file.downloadCount !== null
                      ? ` · ${downloadCountText(file.downloadCount)}`
                      : ''}
                  </p>
                  <p className="update-file__checksum">
                    <span className="update-file__checksum-label">SHA-256</span>{' '}
                    <code className="update-file__sha">{file.sha256}</code>{' '}
                    <Button
                      variant="quiet"
                      onPress={() => void copyChecksum(file.fileName, file.sha256)}
                    >
                      Copy<span className="visually-hidden"> the SHA-256 of {file.fileName}</span>
                    </Button>
                  </p>
                </div>
                <div className="update-file__action">
                  {file.downloadUrl ? (
                    <a
                      className={buttonClassName('primary')}
                      href={file.downloadUrl}
                      download={file.fileName}
                      onClick={() => void askAboutDownload(file.downloadUrl!, onDownloadRefused)}
                    >
                      Download<span className="visually-hidden"> {file.label}</span>
                    </a>
                  ) : (
                    <span className="update-file__unavailable">Not available to you</span>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="update-notes" aria-labelledby="update-notes-heading">
        <h2 id="update-notes-heading">Release notes</h2>
        {/* The server's releaseNotesHtml: Markdown rendered and passed through its allow-list. */}
        <ServerHtml
          as="div"
          className="update-notes__body article-body"
          html={update.releaseNotesHtml}
        />
      </section>

      {update.fixesArticles.length > 0 ? (
        <section className="update-fixes" aria-labelledby="update-fixes-heading">
          <h2 id="update-fixes-heading">Fixes</h2>
          <ul className="update-fixes__list">
            {update.fixesArticles.map((article) => (
              <li key={article.id}>
                <Link to={articlePath(article.slug)}>{article.title}</Link>
                {article.summary ? (
                  <p className="update-fixes__summary">{article.summary}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {isVendorView ? <DownloadHistory updateId={update.id} /> : null}
    </article>
  );
}

/**
 * The browser downloads the file itself and, when the server refuses (the plan ended or the
 * licence went since the page was opened), only shows a failed download. So the same address is
 * asked about beside it (HEAD: checked like a download, never recorded as one), and a refusal
 * brings the page up to date, with the reason in place of the Download button.
 */
async function askAboutDownload(url: string, onRefused: () => void): Promise<void> {
  try {
    const response = await fetch(url, { method: 'HEAD', credentials: 'same-origin' });
    if (!response.ok) onRefused();
  } catch {
    // Offline: the browser's own download says so.
  }
}

async function explainRefusal(refetch: () => Promise<{ data?: UpdatePage_UpdateQuery }>) {
  const reason = (await refetch().catch(() => null))?.data?.updateBySlug.downloadBlockedReason;
  notify({
    title: 'The file was not downloaded',
    description: reason ?? 'Reload the page to see whether you may download it.',
    tone: 'error',
  });
}

function downloadCountText(count: number): string {
  if (count === 0) return 'not downloaded yet';
  return count === 1 ? 'downloaded once' : `downloaded ${count} times`;
}

async function copyChecksum(fileName: string, sha256: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(sha256);
    notify({
      title: 'Checksum copied',
      description: `The SHA-256 of ${fileName} is on the clipboard.`,
    });
  } catch {
    notify({
      title: 'The checksum could not be copied',
      description: 'Select it and copy it by hand.',
      tone: 'error',
    });
  }
}

/** The same page whether the update does not exist or the reader may not open it. */
function UpdateNotFound() {
  return (
    <div className="update-page update-page--not-found">
      <title>Update not found · Foyer</title>
      <h1>Update not found</h1>
      <div className="notice" role="alert">
        <p className="notice__message">
          There is no update at this address, or it is not one you can open.
        </p>
        <p className="notice__hint">
          Updates are for organizations licensed for the product. Search for it, or ask your
          organization’s administrators.
        </p>
      </div>
      <p className="update-page__not-found-links">
        <Link className={buttonClassName('primary')} to={SEARCH_PATH}>
          Search
        </Link>
        <Link className={buttonClassName('secondary')} to={UPDATES_PATH}>
          All updates
        </Link>
      </p>
    </div>
  );
}
