import { useMutation, useQuery } from '@apollo/client/react';
import { SERVICE_PLAN_STATUS_LABELS, type ServicePlanStatus } from '@foyer/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { auditLogPath, HOME_PATH } from '../../app/paths';
import { findGraphQLError } from '../../app/graphql-errors';
import { graphql } from '../../gql';
import type { LicensesPage_OrganizationQuery } from '../../gql/graphql';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { EmptyState } from '../../ui/empty-state';
import { LoadFailed } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { notify } from '../../ui/toast';
import { formatDay } from '../../ui/format';
import { LicenseDialog } from './license-dialog';
import { RevealKeyDialog } from './reveal-key-dialog';
import './licensing.css';

const LicensesPageQuery = graphql(`
  query LicensesPage_organization($organizationId: ID!) {
    viewer {
      id
      organization {
        id
        name
      }
    }
    organization(id: $organizationId) {
      id
      name
      kind
      viewerCanManageLicenses
      licenses {
        id
        product
        edition
        seats
        servicePlan
        startsOn
        endsOn
        planStatus
        daysLeft
        registrationKeyMasked
        viewerCanRevealRegistrationKey
      }
    }
  }
`);

const RemoveLicenseMutation = graphql(`
  mutation LicensesPage_remove($id: ID!) {
    removeLicense(id: $id) {
      removedLicenseId
      error {
        code
        message
        hint
      }
    }
  }
`);

export type ListedLicense = NonNullable<
  NonNullable<LicensesPage_OrganizationQuery['organization']>['licenses']
>[number];

type Dialog =
  | { kind: 'reveal'; license: ListedLicense }
  | { kind: 'add' }
  | { kind: 'edit'; license: ListedLicense }
  | { kind: 'remove'; license: ListedLicense }
  | null;

/** An organization's licences: products, editions, seats, service plans and masked keys. */
export function LicensesPage() {
  const { organizationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(LicensesPageQuery, {
    variables: { organizationId },
    // A plan's days left change daily and the vendor may have changed a licence: ask each visit.
    fetchPolicy: 'cache-and-network',
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [removeLicense] = useMutation(RemoveLicenseMutation);

  if (loading && !data) return <LoadingState label="Loading the licences…" />;
  if (error && !data) {
    if (findGraphQLError(error, 'NOT_FOUND')) return <OrganizationNotFound />;
    return <LoadFailed what="The licences" onRetry={refetch} />;
  }
  const organization = data?.organization;
  if (!organization) return <OrganizationNotFound />;
  const licenses = organization.licenses;
  const viewerOrganization = data?.viewer?.organization;
  const canManage = organization.viewerCanManageLicenses;
  const close = () => setDialog(null);
  const reload = () => void refetch().catch(() => undefined);

  async function remove(license: ListedLicense) {
    const result = await removeLicense({ variables: { id: license.id } });
    const payload = result.data?.removeLicense;
    if (!payload || payload.error)
      return (
        payload?.error ?? {
          message: 'Foyer did not answer as expected.',
          hint: 'Try again in a moment.',
        }
      );
    notify({ title: `The ${license.product} licence was removed` });
    reload();
    return null;
  }

  return (
    <div className="licenses-page">
      <title>{`Licences · ${organization.name} · Foyer`}</title>
      <div className="licenses-page__heading">
        <h1>Licences</h1>
        {canManage ? (
          <Button variant="primary" onPress={() => setDialog({ kind: 'add' })}>
            Add licence
          </Button>
        ) : null}
      </div>
      <p className="muted licenses-page__intro">
        What {organization.name} holds: products, editions, seats and service plans. When a service
        plan ends, its hotfixes and plan-only content stop at once. Registration keys are shown
        masked; revealing one is recorded in the{' '}
        <Link to={auditLogPath(organization.id)}>audit log</Link>.
      </p>

      {licenses === null || licenses === undefined ? (
        <div className="notice" role="alert">
          <p className="notice__message">You cannot see {organization.name}’s licences.</p>
          <p className="notice__hint">Ask one of its administrators, or your account manager.</p>
        </div>
      ) : licenses.length === 0 ? (
        <EmptyState
          title="No licences yet"
          message={
            canManage
              ? `${organization.name} holds no licence. Add one to open its products’ content.`
              : `${organization.name} holds no licence. Your account manager can help.`
          }
        />
      ) : (
        <table className="licenses-table">
          <caption className="visually-hidden">Licences of {organization.name}</caption>
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col">Edition</th>
              <th scope="col">Seats</th>
              <th scope="col">Service plan</th>
              <th scope="col">Registration key</th>
              {canManage ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {licenses.map((license) => (
              <tr key={license.id}>
                <th scope="row" data-label="Product" className="licenses-table__product">
                  {license.product}
                </th>
                <td data-label="Edition">{license.edition}</td>
                <td data-label="Seats">{license.seats.toLocaleString('en')}</td>
                <td data-label="Service plan">
                  <ServicePlan license={license} />
                </td>
                <td data-label="Registration key">
                  <div className="licenses-table__key">
                    <code
                      aria-label={`Masked key ending in ${license.registrationKeyMasked.slice(-4)}`}
                    >
                      {license.registrationKeyMasked}
                    </code>
                    {license.viewerCanRevealRegistrationKey ? (
                      <Button
                        size="small"
                        aria-label={`Reveal the ${license.product} registration key`}
                        onPress={() => setDialog({ kind: 'reveal', license })}
                      >
                        Reveal
                      </Button>
                    ) : null}
                  </div>
                </td>
                {canManage ? (
                  <td data-label="Actions">
                    <div className="licenses-table__actions">
                      <Button
                        size="small"
                        aria-label={`Edit the ${license.product} licence`}
                        onPress={() => setDialog({ kind: 'edit', license })}
                      >
                        Edit
                      </Button>
                      <Button
                        size="small"
                        variant="danger"
                        aria-label={`Remove the ${license.product} licence`}
                        onPress={() => setDialog({ kind: 'remove', license })}
                      >
                        Remove
                      </Button>
                    </div>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {licenses &&
      licenses.length > 0 &&
      !licenses.some((l) => l.viewerCanRevealRegistrationKey) ? (
        <p className="muted licenses-page__note">
          {!viewerOrganization || viewerOrganization.id === organization.id
            ? `Only ${organization.name}’s administrators can reveal a registration key. Ask one of them if you need it.`
            : // Vendor staff see every customer's licences; their own administrators may reveal keys.
              `Only administrators can reveal a registration key. Ask one of ${viewerOrganization.name}’s administrators if you need it.`}
        </p>
      ) : null}

      {dialog?.kind === 'reveal' ? (
        <RevealKeyDialog
          license={dialog.license}
          organizationName={organization.name}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'add' || dialog?.kind === 'edit' ? (
        <LicenseDialog
          organizationId={organization.id}
          organizationName={organization.name}
          license={dialog.kind === 'edit' ? dialog.license : null}
          onClose={close}
          onSaved={(message) => {
            close();
            notify({ title: message });
            reload();
          }}
        />
      ) : null}
      {dialog?.kind === 'remove' ? (
        <ConfirmDialog
          isOpen
          onOpenChange={(open) => (open ? undefined : close())}
          title={`Remove the ${dialog.license.product} licence?`}
          variant="danger"
          onConfirm={() => remove(dialog.license)}
        >
          <p>
            {organization.name} loses access to {dialog.license.product}’s licence-holder and
            service-plan content and downloads at once. The removal is recorded in the audit log.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

const TONES: Record<ServicePlanStatus, 'positive' | 'notice' | 'negative' | 'neutral'> = {
  ACTIVE: 'positive',
  EXPIRING_SOON: 'notice',
  EXPIRED: 'negative',
  NOT_STARTED: 'neutral',
  NONE: 'neutral',
};

function ServicePlan({ license }: { license: ListedLicense }) {
  const status = license.planStatus;
  return (
    <div className="licenses-table__plan">
      {license.servicePlan ? (
        <span className="licenses-table__plan-name">{license.servicePlan}</span>
      ) : null}
      <span className={`badge badge--${TONES[status]}`}>
        <span className="badge__dot" aria-hidden="true" />
        {SERVICE_PLAN_STATUS_LABELS[status]}
      </span>
      {license.servicePlan ? (
        <span className="licenses-table__dates">
          {formatDay(license.startsOn, { compact: true })} –{' '}
          {formatDay(license.endsOn, { compact: true })}
        </span>
      ) : null}
      {status === 'EXPIRING_SOON' && license.daysLeft !== null && license.daysLeft !== undefined ? (
        <span className="licenses-table__warning">{endsIn(license.daysLeft)}</span>
      ) : null}
    </div>
  );
}

function endsIn(days: number): string {
  if (days === 0) return 'Ends today: renew it to keep hotfixes coming.';
  return `Ends in ${days} ${days === 1 ? 'day' : 'days'}: renew it to keep hotfixes coming.`;
}

function OrganizationNotFound() {
  return (
    <div className="licenses-page">
      <title>Organization not found · Foyer</title>
      <h1>Licences</h1>
      <div className="notice" role="alert">
        <p className="notice__message">
          There is no organization at this address, or it is not one you can see.
        </p>
        <p className="notice__hint">
          Check the link, or start again from your <Link to={HOME_PATH}>home page</Link>.
        </p>
      </div>
    </div>
  );
}
