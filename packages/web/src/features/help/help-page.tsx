import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { REQUEST_ACCESS_PATH, SIGN_IN_PATH } from '../../app/paths';
import { graphql } from '../../gql';
import type { HelpPage_HelpQuery } from '../../gql/graphql';
import { AuthCard } from '../../ui/auth-card';
import { LoadFailed } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import './help-page.css';

const HelpPageQuery = graphql(`
  query HelpPage_help {
    supportContact {
      email
    }
    viewer {
      id
      organization {
        id
        name
        kind
        administrators {
          id
          displayName
          email
          phone
          jobTitle
        }
        accountManager {
          id
          displayName
          email
          phone
          jobTitle
        }
        partners {
          id
          name
          administrators {
            id
            displayName
            email
            phone
            jobTitle
          }
        }
      }
    }
  }
`);

type ViewerOrganization = NonNullable<HelpPage_HelpQuery['viewer']>['organization'];

/**
 * Who can help: a signed-in person sees their own administrators, account manager and partner by
 * name; a visitor without a session learns whom to ask and where support is.
 */
export function HelpPage() {
  const { data, loading, error, refetch } = useQuery(HelpPageQuery);

  if (loading && !data) return <LoadingState label="Loading who can help…" />;

  if (error || !data) {
    return <LoadFailed what="Who can help" onRetry={refetch} />;
  }

  const supportEmail = data.supportContact.email;
  if (!data.viewer) return <SignedOutHelp supportEmail={supportEmail} />;
  return <SignedInHelp organization={data.viewer.organization} supportEmail={supportEmail} />;
}

function SignedOutHelp({ supportEmail }: { supportEmail: string }) {
  return (
    <AuthCard labelledBy="help-heading" size="medium">
      <title>Who can help · Foyer</title>
      <h1 id="help-heading">Who can help</h1>
      <p>
        Your company&rsquo;s administrators can invite you, re-send an invitation that expired and
        restore your access. Ask them first.
      </p>
      <p>Your account manager at the vendor can help as well.</p>
      <p>
        If neither can, write to our support team at{' '}
        <a href={`mailto:${supportEmail}`}>{supportEmail}</a>.
      </p>
      <p className="auth-card__alt">
        <Link to={SIGN_IN_PATH}>Back to sign in</Link> ·{' '}
        <Link to={REQUEST_ACCESS_PATH}>Request access</Link>
      </p>
    </AuthCard>
  );
}

interface SignedInHelpProps {
  organization: ViewerOrganization;
  supportEmail: string;
}

function SignedInHelp({ organization, supportEmail }: SignedInHelpProps) {
  // The vendor looks after others; its own staff have no account manager or partner.
  const servedByVendor = organization.kind !== 'VENDOR';
  return (
    <div className="help-page">
      <title>Who can help · Foyer</title>
      <h1>Who can help</h1>
      <p className="help-page__intro">
        Stuck with your access, an invitation or your roles? These people can help you at{' '}
        {organization.name}.
      </p>

      <div className="help-page__grid">
        <section className="card help-page__card" aria-labelledby="help-administrators">
          <h2 id="help-administrators">Your administrators</h2>
          <p className="muted">
            They invite people, restore access and hand roles over at {organization.name}.
          </p>
          {organization.administrators.length > 0 ? (
            <ContactList contacts={organization.administrators} labelledBy="help-administrators" />
          ) : (
            <p className="help-page__none">
              {organization.name} has no administrator right now. Write to support below.
            </p>
          )}
        </section>

        {servedByVendor ? (
          <section className="card help-page__card" aria-labelledby="help-account-manager">
            <h2 id="help-account-manager">Your account manager</h2>
            {organization.accountManager ? (
              <>
                <p className="muted">
                  Looks after {organization.name} at the vendor: licences, renewals, and anything
                  your administrators cannot settle.
                </p>
                <ContactList
                  contacts={[organization.accountManager]}
                  labelledBy="help-account-manager"
                />
              </>
            ) : (
              <p className="help-page__none">
                No account manager is named for {organization.name} yet. Your administrators or
                support can help instead.
              </p>
            )}
          </section>
        ) : null}

        {servedByVendor
          ? organization.partners.map((partner) => (
              <section
                key={partner.id}
                className="card help-page__card"
                aria-labelledby={`help-partner-${partner.id}`}
              >
                <h2 id={`help-partner-${partner.id}`}>Your partner: {partner.name}</h2>
                <p className="muted">
                  {partner.name} serves {organization.name}; its administrators can manage your
                  company&rsquo;s accounts too.
                </p>
                {partner.administrators.length > 0 ? (
                  <ContactList
                    contacts={partner.administrators}
                    labelledBy={`help-partner-${partner.id}`}
                  />
                ) : null}
              </section>
            ))
          : null}

        <section className="card help-page__card" aria-labelledby="help-support">
          <h2 id="help-support">Support</h2>
          <p className="muted">For anything else, or if nobody above can help.</p>
          <p className="help-page__support">
            <a href={`mailto:${supportEmail}`}>{supportEmail}</a>
          </p>
        </section>
      </div>
    </div>
  );
}

interface Contact {
  id: string;
  displayName: string;
  email: string;
  phone?: string | null;
  jobTitle?: string | null;
}

interface ContactListProps {
  contacts: readonly Contact[];
  labelledBy: string;
}

function ContactList({ contacts, labelledBy }: ContactListProps) {
  return (
    <ul className="help-page__contacts" aria-labelledby={labelledBy}>
      {contacts.map((contact) => (
        <li key={contact.id} className="help-page__contact">
          <span className="help-page__name">{contact.displayName}</span>
          {contact.jobTitle ? <span className="muted">{contact.jobTitle}</span> : null}
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
          {contact.phone ? (
            <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
