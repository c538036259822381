import { useQuery } from '@apollo/client/react';
import {
  lazy,
  Suspense,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { Link, Navigate, Outlet, useLocation, useMatch } from 'react-router';
import { SignOutButton } from '../features/auth/sign-out-button';
import { HeaderSearch } from '../features/search/header-search';
import { UnsavedChangesGuard } from '../features/content/unsaved-changes-guard';
import { NewsNavLabel, useNewsUnseenCount } from '../features/news/news-nav';
import { graphql } from '../gql';
import type { AppLayout_ViewerQuery } from '../gql/graphql';
import { ErrorState } from '../ui/error-state';
import { LoadingState } from '../ui/loading-state';
import { OrganizationPicker } from './organization-picker';
import { OrganizationSearchPicker } from './organization-search-picker';
import {
  ACCESS_REQUESTS_PATH,
  COMMUNITY_PATH,
  HELP_PATH,
  HOME_PATH,
  KNOWLEDGE_BASE_PATH,
  NEWS_PATH,
  UPDATES_PATH,
  ORGANIZATIONS_PATH,
  SIGN_IN_PATH,
  TRAINING_PATH,
  accessRequestsPath,
  accountsPath,
  auditLogPath,
  licensesPath,
  organizationTrainingPath,
  professionalPath,
  type SignInLocationState,
} from './paths';
import { useOrganizationChoices } from './use-organization-choices';

// The sign-in page fetches this same document after a successful sign-in, so the layout finds the
// new viewer in the cache instead of asking again.
const AppLayoutViewerQuery = graphql(`
  query AppLayout_viewer {
    viewer {
      id
      displayName
      organization {
        id
        name
        kind
        viewerCanViewProfessionals
        viewerCanManageProfessionals
        customers {
          id
          name
          kind
          viewerCanViewProfessionals
          viewerCanManageProfessionals
        }
      }
    }
    viewerCanCreateOrganization
  }
`);

// Notifications are drawn with React Aria, which the sign-in page does not need: the region
// loads with the first signed-in page instead of with the sign-in form.
const ToastRegion = lazy(() =>
  import('../ui/toast').then((module) => ({ default: module.ToastRegion })),
);

export interface AppLayoutProps {
  /** What a visitor without a session sees instead of being sent to sign in (a page open to all). */
  signedOut?: ReactNode;
}

/**
 * Frame of every signed-in page. It is also the gate: a visitor without a session never sees a
 * signed-in page, whichever address they opened.
 */
export function AppLayout({ signedOut }: AppLayoutProps = {}) {
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(AppLayoutViewerQuery);

  if (loading && !data) {
    return (
      <div className="page-center">
        <LoadingState label="Loading your account…" />
      </div>
    );
  }

  if (error) {
    return (
      <div className="page-center">
        <ErrorState
          title="Foyer is not answering"
          message="We could not check your session. Check your connection, then try again."
          onRetry={() => void refetch().catch(() => undefined)}
        />
      </div>
    );
  }

  const viewer = data?.viewer;
  if (!viewer && signedOut) return signedOut;
  if (!viewer) {
    const from = `${location.pathname}${location.search}${location.hash}`;
    const state: SignInLocationState = { from };
    return <Navigate to={SIGN_IN_PATH} replace state={state} />;
  }

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader
        viewer={viewer}
        canCreateOrganization={data?.viewerCanCreateOrganization ?? false}
      />
      <main id="main" className="app-main" tabIndex={-1}>
        <UnsavedChangesGuard>
          <Suspense fallback={<LoadingState label="Loading page…" />}>
            <Outlet />
          </Suspense>
        </UnsavedChangesGuard>
      </main>
      <footer className="app-footer">
        <p className="app-footer__inner">
          Questions about Foyer or your access? <Link to={HELP_PATH}>Who can help</Link>
        </p>
      </footer>
      <Suspense fallback={null}>
        <ToastRegion />
      </Suspense>
    </div>
  );
}

type LayoutViewer = NonNullable<AppLayout_ViewerQuery['viewer']>;

interface AppHeaderProps {
  viewer: LayoutViewer;
  canCreateOrganization: boolean;
}

function AppHeader({ viewer, canCreateOrganization }: AppHeaderProps) {
  const { pathname } = useLocation();
  const own = viewer.organization;
  const isVendor = own.kind === 'VENDOR';
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const organizationLabelId = useId();
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const newsUnseenCount = useNewsUnseenCount();

  // The organization being looked at is the one in the address; elsewhere it is the viewer's own.
  const orgMatch = useMatch('/orgs/:organizationId/*');
  const currentId = orgMatch?.params.organizationId ?? own.id;
  const { own: ownChoice, choices, complete, current } = useOrganizationChoices(own, currentId);
  const canViewPeople =
    current?.viewerCanViewProfessionals ?? (isVendor || own.viewerCanViewProfessionals);

  // A link followed from the small-screen menu closes it.
  useEffect(() => setMenuOpen(false), [pathname]);

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    menuButtonRef.current?.focus();
  }

  const links: NavItem[] = [
    { to: HOME_PATH, label: 'Home', active: pathname === HOME_PATH },
    {
      to: KNOWLEDGE_BASE_PATH,
      label: 'Knowledge base',
      active: pathname === KNOWLEDGE_BASE_PATH || pathname.startsWith(`${KNOWLEDGE_BASE_PATH}/`),
    },
    {
      to: NEWS_PATH,
      label: 'News',
      content: <NewsNavLabel count={newsUnseenCount} />,
      active: pathname === NEWS_PATH || pathname.startsWith(`${NEWS_PATH}/`),
    },
    {
      to: UPDATES_PATH,
      label: 'Updates',
      active: pathname === UPDATES_PATH || pathname.startsWith(`${UPDATES_PATH}/`),
    },
    {
      to: COMMUNITY_PATH,
      label: 'Community',
      active: pathname === COMMUNITY_PATH || pathname.startsWith(`${COMMUNITY_PATH}/`),
    },
    {
      to: TRAINING_PATH,
      label: 'Training',
      active: pathname === TRAINING_PATH || pathname.startsWith(`${TRAINING_PATH}/`),
    },
  ];
  // The pages of the organization being looked at, grouped under its name.
  const organizationLinks: NavItem[] = [];
  if (canViewPeople) {
    organizationLinks.push({
      to: accountsPath(currentId),
      label: 'Our accounts',
      active: /^\/orgs\/[^/]+\/(accounts|professionals)(\/|$)/.test(pathname),
    });
  }
  // Whoever may add people to the organization decides who joins it: a partner for the
  // customers it serves, the vendor's administrators for any.
  if (current?.viewerCanManageProfessionals ?? own.viewerCanManageProfessionals) {
    organizationLinks.push({
      to: currentId === own.id ? ACCESS_REQUESTS_PATH : accessRequestsPath(currentId),
      label: 'Access requests',
      active:
        pathname.startsWith(ACCESS_REQUESTS_PATH) ||
        /^\/orgs\/[^/]+\/access-requests(\/|$)/.test(pathname),
    });
  }
  // The audit log is open to exactly those who may see the organization's people.
  if (canViewPeople) {
    organizationLinks.push({
      to: auditLogPath(currentId),
      label: 'Audit log',
      active: /^\/orgs\/[^/]+\/audit(\/|$)/.test(pathname),
    });
  }
  // Every member sees their organization's licences; others see those of organizations they
  // manage or, as vendor staff, of any customer or partner. The vendor holds none.
  if ((currentId === own.id || canViewPeople) && (current?.kind ?? own.kind) !== 'VENDOR') {
    organizationLinks.push({
      to: licensesPath(currentId),
      label: 'Licences',
      active: /^\/orgs\/[^/]+\/licenses(\/|$)/.test(pathname),
    });
  }
  // Training progress is open to exactly those who may see the organization's people.
  if (canViewPeople) {
    organizationLinks.push({
      to: organizationTrainingPath(currentId),
      label: 'Training progress',
      active: /^\/orgs\/[^/]+\/training(\/|$)/.test(pathname),
    });
  }
  if (canCreateOrganization) {
    organizationLinks.push({
      to: ORGANIZATIONS_PATH,
      label: 'Organizations',
      active: pathname === ORGANIZATIONS_PATH || /^\/orgs\/[^/]+\/details(\/|$)/.test(pathname),
    });
  }

  return (
    <header className="app-header">
      <div className="app-header__inner" onKeyDown={closeOnEscape}>
        <Link to={HOME_PATH} className="app-header__brand">
          Foyer
        </Link>
        {/* Outside the menu, so it stays in view on a phone without opening anything. */}
        <HeaderSearch />
        <button
          ref={menuButtonRef}
          type="button"
          className="app-header__menu-button"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span
            className="app-header__menu-icon"
            aria-hidden="true"
            data-open={menuOpen || undefined}
          />
          Menu
        </button>
        <div id={menuId} className="app-header__menu" data-open={menuOpen || undefined}>
          <nav className="app-nav" aria-label="Main">
            <NavList links={links} />
            {organizationLinks.length > 0 ? (
              <div className="app-nav__group">
                <span id={organizationLabelId} className="app-nav__group-label">
                  {current?.name ?? own.name}
                </span>
                <NavList links={organizationLinks} labelledBy={organizationLabelId} />
              </div>
            ) : null}
          </nav>
          {!complete ? (
            <OrganizationSearchPicker own={ownChoice} current={current} pathname={pathname} />
          ) : choices.length > 1 ? (
            <OrganizationPicker choices={choices} currentId={currentId} pathname={pathname} />
          ) : null}
          <div className="app-header__session">
            {/* Everyone edits their own name and contact details on their profile. */}
            <Link className="app-header__viewer" to={professionalPath(own.id, viewer.id)}>
              <span className="visually-hidden">Signed in as </span>
              {viewer.displayName}
              <span className="visually-hidden"> (your profile)</span>
            </Link>
            <SignOutButton />
          </div>
        </div>
      </div>
    </header>
  );
}

function NavList({ links, labelledBy }: { links: NavItem[]; labelledBy?: string }) {
  return (
    <ul className="app-nav__list" aria-labelledby={labelledBy}>
      {links.map((link) => (
        <li key={link.label}>
          <Link
            to={link.to}
            className="app-nav__link"
            aria-current={link.active ? 'page' : undefined}
          >
            {link.content ?? link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

interface NavItem {
  to: string;
  label: string;
  /** What the link shows when more than its label, e.g. a count. */
  content?: ReactNode;
  active: boolean;
}
