import { useQuery } from '@apollo/client/react';
import { SERVICE_PLAN_STATUS_LABELS } from '@foyer/shared';
import { Link } from 'react-router';
import { licensesPath, ORGANIZATIONS_PATH } from '../../app/paths';
import { graphql } from '../../gql';

const LicenseSummaryQuery = graphql(`
  query LicenseSummary_licenses {
    viewer {
      id
      organization {
        id
        licenses {
          id
          product
          edition
          planStatus
          daysLeft
        }
      }
    }
  }
`);

/** The home page's licensing card: each product held, its plan's state, and the way in. */
export function LicenseSummary({ organizationName }: { organizationName: string }) {
  const { data, loading, error } = useQuery(LicenseSummaryQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const organization = data?.viewer?.organization;
  const licenses = organization?.licenses ?? [];

  if (!organization || licenses.length === 0) {
    return (
      <div className="home-content__empty">
        <p className="home-content__empty-title">
          {!organization && loading
            ? 'Loading licences…'
            : !organization && error
              ? 'Licences could not be loaded'
              : 'No licences on record yet'}
        </p>
        <p className="home-content__empty-hint">
          {organizationName}’s products and service plan will be shown here.
        </p>
      </div>
    );
  }

  return (
    <div className="home-latest">
      <ul className="home-latest__list" aria-label="Licences held">
        {licenses.map((license) => (
          <li key={license.id} className="home-latest__item">
            <span className="home-latest__link">
              {license.product} <span className="muted">{license.edition}</span>
            </span>
            <span className="home-latest__date">
              {license.planStatus === 'EXPIRING_SOON' &&
              license.daysLeft !== null &&
              license.daysLeft !== undefined
                ? planEndsIn(license.daysLeft)
                : `Service plan: ${SERVICE_PLAN_STATUS_LABELS[license.planStatus].toLowerCase()}`}
            </span>
          </li>
        ))}
      </ul>
      <Link to={licensesPath(organization.id)} className="home-latest__all">
        See the licences
      </Link>
    </div>
  );
}

/**
 * The vendor's own card: the vendor holds no licences (its staff read everything), so instead of
 * an empty list that would never fill, it says so and where each customer's licences are.
 */
export function VendorLicensingNote() {
  return (
    <div className="home-content__empty">
      <p className="home-content__empty-title">
        The vendor holds no licences: its staff read everything.
      </p>
      <p className="home-content__empty-hint">
        Each customer’s licences are on its page:{' '}
        <Link to={ORGANIZATIONS_PATH}>Customers and partners</Link>
      </p>
    </div>
  );
}

/** The plan's last day is still a day of service: on it, the plan ends today, not in 0 days. */
function planEndsIn(days: number): string {
  if (days === 0) return 'Service plan ends today';
  return `Service plan ends in ${days} ${days === 1 ? 'day' : 'days'}`;
}
