import { graphql } from '../../gql';
import type { AccountManagerPanel_CandidatesQuery } from '../../gql/graphql';

/** The vendor's professionals, by name; with `search`, those whose name or e-mail contains it. */
export const AccountManagerCandidatesQuery = graphql(`
  query AccountManagerPanel_candidates($vendorId: ID!, $search: String, $first: Int!) {
    professionals(organizationId: $vendorId, search: $search, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          displayName
          jobTitle
          status
        }
      }
    }
  }
`);

export type Candidate =
  AccountManagerPanel_CandidatesQuery['professionals']['edges'][number]['node'];

/** How a candidate is named in the picker: with their job title, which tells namesakes apart. */
export function candidateLabel(candidate: Pick<Candidate, 'displayName' | 'jobTitle'>): string {
  return candidate.jobTitle
    ? `${candidate.displayName} (${candidate.jobTitle})`
    : candidate.displayName;
}
