import { graphql } from '../../gql';
import type { OrganizationsOfKind_ListQuery } from '../../gql/graphql';

/** Organizations of the kinds asked for, by name; with `name`, those whose name contains it. */
export const OrganizationsOfKindQuery = graphql(`
  query OrganizationsOfKind_list($kinds: [OrganizationKind!]!, $name: String, $first: Int!) {
    organizations(kinds: $kinds, name: $name, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          name
          kind
          accountNumber
        }
      }
    }
  }
`);

export type PickableOrganization =
  OrganizationsOfKind_ListQuery['organizations']['edges'][number]['node'];

/** How an organization is named in a picker: its account number tells namesakes apart. */
export function pickableLabel(organization: Pick<PickableOrganization, 'name' | 'accountNumber'>) {
  return `${organization.name} (${organization.accountNumber})`;
}
