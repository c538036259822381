import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { DateTime } from '../../ui/date-time';

const DownloadHistoryQuery = graphql(`
  query DownloadHistory_downloads($updateId: ID!) {
    updateDownloads(updateId: $updateId, first: 200) {
      id
      fileName
      fileLabel
      downloadedAt
      professionalName
      professionalEmail
      organizationName
    }
  }
`);

/** For vendor staff: who downloaded the update's files and when, newest first. */
export function DownloadHistory({ updateId }: { updateId: string }) {
  const { data, loading, error } = useQuery(DownloadHistoryQuery, {
    variables: { updateId },
    fetchPolicy: 'cache-and-network',
  });
  const downloads = data?.updateDownloads;
  return (
    <section className="download-history" aria-labelledby="download-history-heading">
      <h2 id="download-history-heading">Downloads</h2>
      {!downloads ? (
        <p className="muted">
          {loading
            ? 'Loading downloads…'
            : error
              ? 'The downloads could not be loaded. Reload the page to try again.'
              : ''}
        </p>
      ) : downloads.length === 0 ? (
        <p className="muted">Nobody has downloaded these files yet.</p>
      ) : (
        <div
          className="download-history__scroll"
          tabIndex={0}
          role="region"
          aria-label="Downloads, newest first"
        >
          <table className="download-history__table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Organization</th>
                <th scope="col">File</th>
              </tr>
            </thead>
            <tbody>
              {downloads.map((download) => (
                <tr key={download.id}>
                  <td>
                    <DateTime value={download.downloadedAt} compact />
                  </td>
                  <td>{download.professionalName ?? 'A deleted person'}</td>
                  <td>{download.organizationName ?? '—'}</td>
                  <td>
                    {download.fileLabel
                      ? `${download.fileLabel} (${download.fileName})`
                      : download.fileName}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
