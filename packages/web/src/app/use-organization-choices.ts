import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { AppLayout_ViewerQuery } from '../gql/graphql';
import type { OrganizationChoice } from './organization-picker';
import { PLAIN_SELECT_LIMIT } from '../ui/plain-select-limit';

/**
 * Vendor staff may open any organization: the first ones by name, or those whose name contains
 * what is typed.
 */
export const OrganizationChoicesQuery = graphql(`
  query AppLayout_organizations($name: String, $first: Int!) {
    organizations(name: $name, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          name
          kind
          viewerCanViewProfessionals
          viewerCanManageProfessionals
        }
      }
    }
  }
`);

// The organization in the address when it is not among those listed: vendor staff can follow a
// link to any of thousands.
const CurrentOrganizationQuery = graphql(`
  query AppLayout_currentOrganization($id: ID!) {
    organization(id: $id) {
      id
      name
      kind
      viewerCanViewProfessionals
      viewerCanManageProfessionals
    }
  }
`);

type OwnOrganization = NonNullable<AppLayout_ViewerQuery['viewer']>['organization'];

export interface OrganizationChoices {
  own: OrganizationChoice;
  /** The viewer's own organization first, then the others they may look at. */
  choices: OrganizationChoice[];
  /** False when there are more organizations than listed: the switcher must search. */
  complete: boolean;
  /** The organization being looked at, once known. */
  current: OrganizationChoice | undefined;
}

/**
 * Which organizations the viewer may switch between: their own, the customers a partner serves,
 * and for vendor staff every organization (the first hundred by name, the rest by searching).
 */
export function useOrganizationChoices(
  own: OwnOrganization,
  currentId: string,
): OrganizationChoices {
  const isVendor = own.kind === 'VENDOR';
  const { data } = useQuery(OrganizationChoicesQuery, {
    variables: { name: null, first: PLAIN_SELECT_LIMIT },
    skip: !isVendor,
  });
  const listed = data?.organizations;
  const ownChoice = choiceOf(own);
  const choices = organizationChoices(ownChoice, [
    ...own.customers,
    ...(listed?.edges.map((edge) => edge.node) ?? []),
  ]);
  const listedCurrent = choices.find((choice) => choice.id === currentId);
  // Asked only once the list is in and does not hold it, so the usual case costs nothing more.
  const { data: currentData } = useQuery(CurrentOrganizationQuery, {
    variables: { id: currentId },
    skip: !isVendor || !listed || Boolean(listedCurrent),
  });
  return {
    own: ownChoice,
    choices,
    complete: !listed?.pageInfo.hasNextPage,
    current: listedCurrent ?? currentData?.organization,
  };
}

function choiceOf(organization: OrganizationChoice): OrganizationChoice {
  const { id, name, kind, viewerCanViewProfessionals, viewerCanManageProfessionals } = organization;
  return { id, name, kind, viewerCanViewProfessionals, viewerCanManageProfessionals };
}

/** Own first, then each other organization once, if the viewer may see its people. */
function organizationChoices(
  own: OrganizationChoice,
  others: readonly OrganizationChoice[],
): OrganizationChoice[] {
  const seen = new Set([own.id]);
  const choices = [own];
  for (const organization of others) {
    if (seen.has(organization.id) || !organization.viewerCanViewProfessionals) continue;
    seen.add(organization.id);
    choices.push(organization);
  }
  return choices;
}
