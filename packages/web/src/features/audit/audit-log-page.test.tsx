import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AUDIT_ACTIONS } from '@foyer/shared';
import { graphql, HttpResponse } from 'msw';
import { AuditLogPage_EventsDocument } from '../../gql/graphql';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { auditEvent, installFakeAuditApi, NORTHWIND_ID, PEOPLE } from './fake-audit-api';

// Each page is a lazy chunk that jest compiles on its first import, which can take longer than
// the default second on a busy machine.
configure({ asyncUtilTimeout: 5000 });

const AUDIT_PATH = `/orgs/${NORTHWIND_ID}/audit`;
const table = () => screen.getByRole('grid', { name: /Audit events of Northwind Traders/ });
const actions = () =>
  within(table())
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
/**
 * Types into the person search. user-event turns the blur that React Aria's virtual focus sends
 * the box into a 'change' event inside React's commit, which jsdom then rejects; setting the value
 * as one input event reaches the same handler without that artefact of the test library.
 */
function searchFor(search: HTMLElement, text: string) {
  fireEvent.change(search, { target: { value: text } });
}

const personButton = () => screen.getByRole('button', { name: /^Anyone|Person/ });
/** The events requests' filters and cursor, without the fields every request has. */
const sent = (requests: { action?: unknown; actor?: unknown; after?: unknown }[]) =>
  requests.map(({ action, actor, after }) => ({ action, actor, after }));

describe('AuditLogPage', () => {
  it('shows each event with when, what, who, to whom and what changed, newest first', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    const audit = installFakeAuditApi(api);
    renderApp(AUDIT_PATH);

    expect(await screen.findByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    await screen.findByRole('grid');
    expect(actions()).toEqual([
      'Role handed over',
      'Professional edited',
      'Professional added',
      'Sign-in failed',
    ]);
    expect(screen.getByText('4 events recorded.')).toBeInTheDocument();

    const handedOver = within(table()).getByRole('row', { name: /Role handed over/ });
    expect(handedOver.querySelector('time')).toHaveAttribute(
      'datetime',
      '2030-03-03T11:55:00.000Z',
    );
    const [, by, to] = within(handedOver).getAllByRole('gridcell');
    expect(by).toHaveTextContent('Ana Moreau <ana.moreau@northwind.example>');
    expect(to).toHaveTextContent('Bruno Lemaire <bruno.lemaire@northwind.example>');
    const changes = within(handedOver).getAllByRole('listitem');
    expect(changes[0]).toHaveTextContent('Role: Billing contact');
    expect(changes[1]).toHaveTextContent(
      /^Holder: from Ana Moreau <ana\.moreau@northwind\.example> →\s*to Bruno Lemaire <bruno\.lemaire@northwind\.example>$/,
    );

    const added = within(table()).getByRole('row', { name: /Professional added/ });
    expect(
      within(added)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Roles: Administrator, Shipping contact', 'Status: Invited']);
    // Nobody signed in: the system is named instead of a person.
    const failed = within(table()).getByRole('row', { name: /Sign-in failed/ });
    expect(within(failed).getByText('Foyer')).toBeInTheDocument();

    expect(sent(audit.requests)).toEqual([{ action: null, actor: null, after: null }]);
    expect(audit.requests[0]).toMatchObject({ organizationId: NORTHWIND_ID, first: 25 });
  });

  it('filters by action, sending the action and keeping it in the address', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    const audit = installFakeAuditApi(api);
    const { user, router } = renderApp(AUDIT_PATH);

    await screen.findByRole('grid');
    const action = screen.getByRole('combobox', { name: 'Action' });
    // Every action the log records is offered by its label.
    expect(within(action).getByRole('option', { name: 'Invitation re-sent' })).toBeInTheDocument();
    expect(within(action).getAllByRole('option')).toHaveLength(AUDIT_ACTIONS.length + 1);
    expect(
      within(action).getByRole('option', { name: 'Registration key revealed' }),
    ).toBeInTheDocument();
    await user.selectOptions(action, 'PROFESSIONAL_CREATED');

    await waitFor(() => expect(actions()).toEqual(['Professional added']));
    expect(screen.getByText('1 event matches the filters.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?action=professional_created');
    expect(sent(audit.requests).at(-1)).toEqual({
      action: 'PROFESSIONAL_CREATED',
      actor: null,
      after: null,
    });
  });

  it('filters by the person who acted, picked by name, sending their id', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    const audit = installFakeAuditApi(api);
    const { user, router } = renderApp(AUDIT_PATH);

    await screen.findByRole('grid');
    const person = personButton();
    expect(person).toHaveTextContent('Anyone');
    expect(person).toHaveAccessibleDescription('Only what this person did.');
    await user.click(person);
    const search = await screen.findByRole('searchbox', { name: 'Search by name or e-mail' });
    await waitFor(() => expect(search).toHaveFocus());
    searchFor(search, 'brun');
    await waitFor(() => expect(audit.searches).toContain('brun'));
    await waitFor(() =>
      expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
        'Anyone',
        `Bruno Lemaire${PEOPLE[1].email}`,
      ]),
    );
    await user.click(screen.getByRole('option', { name: /Bruno Lemaire/ }));

    await waitFor(() => expect(actions()).toEqual(['Professional edited']));
    expect(personButton()).toHaveTextContent('Bruno Lemaire');
    expect(router.state.location.search).toBe(`?actor=${PEOPLE[1].id}`);
    expect(sent(audit.requests).at(-1)).toEqual({ action: null, actor: PEOPLE[1].id, after: null });

    // "Anyone" in the same list removes the filter again.
    await user.click(personButton());
    await user.click(await screen.findByRole('option', { name: 'Anyone' }));
    await waitFor(() => expect(actions()).toHaveLength(4));
    expect(personButton()).toHaveTextContent('Anyone');
    expect(router.state.location.search).toBe('');
    expect(sent(audit.requests).at(-1)).toEqual({ action: null, actor: null, after: null });
  });

  it('picks a person by keyboard alone', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    const audit = installFakeAuditApi(api);
    const { user } = renderApp(AUDIT_PATH);

    await screen.findByRole('grid');
    personButton().focus();
    await user.keyboard('{Enter}');
    const search = await screen.findByRole('searchbox', { name: 'Search by name or e-mail' });
    await waitFor(() => expect(search).toHaveFocus());
    searchFor(search, 'chlo');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');

    await waitFor(() =>
      expect(sent(audit.requests).at(-1)).toEqual({
        action: null,
        actor: PEOPLE[2].id,
        after: null,
      }),
    );
    expect(personButton()).toHaveTextContent('Chloé Dubois');
  });

  it('opens with the filters of the address, naming the person', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    const audit = installFakeAuditApi(api);
    renderApp(`${AUDIT_PATH}?action=role_handed_over&actor=${PEOPLE[0].id}`);

    await screen.findByRole('grid');
    expect(actions()).toEqual(['Role handed over']);
    expect(screen.getByRole('combobox', { name: 'Action' })).toHaveValue('ROLE_HANDED_OVER');
    await waitFor(() => expect(personButton()).toHaveTextContent('Ana Moreau'));
    expect(sent(audit.requests)).toEqual([
      { action: 'ROLE_HANDED_OVER', actor: PEOPLE[0].id, after: null },
    ]);
  });

  it('pages with the end cursor, and a new filter starts again at the first page', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    const events = Array.from({ length: 30 }, (_, index) =>
      auditEvent(`event-${index}`, index % 2 ? 'SIGN_IN_SUCCEEDED' : 'INVITATION_SENT', {
        minutesAgo: index,
      }),
    );
    const audit = installFakeAuditApi(api, { events });
    const { user } = renderApp(AUDIT_PATH);

    await screen.findByRole('grid');
    const pager = screen.getByRole('navigation', { name: 'Pages of audit events' });
    expect(pager).toHaveTextContent('1–25 of 30');
    await user.click(within(pager).getByRole('button', { name: 'Next page' }));
    expect(await within(pager).findByText('26–30 of 30')).toBeInTheDocument();
    expect(actions()).toHaveLength(5);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Action' }), 'INVITATION_SENT');
    await waitFor(() => expect(actions()).toHaveLength(15));
    expect(sent(audit.requests)).toEqual([
      { action: null, actor: null, after: null },
      { action: null, actor: null, after: 'event-24' },
      { action: 'INVITATION_SENT', actor: null, after: null },
    ]);
  });

  it('says when nothing matches and clears the filters on request', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    installFakeAuditApi(api);
    const { user } = renderApp(`${AUDIT_PATH}?action=invitation_revoked`);

    expect(await screen.findByText('No events match these filters')).toBeInTheDocument();
    await user.click(
      within(screen.getByText('No events match these filters').parentElement!).getByRole('button', {
        name: 'Clear filters',
      }),
    );
    await waitFor(() => expect(actions()).toHaveLength(4));
  });

  it('says so when nothing has been recorded', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    installFakeAuditApi(api, { events: [] });
    renderApp(AUDIT_PATH);

    expect(await screen.findByText('Nothing recorded yet')).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });

  it('tells someone who may not read the log who can, without filters', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    installFakeAuditApi(api, { refuseWith: 'FORBIDDEN' });
    renderApp(AUDIT_PATH);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Only Northwind Traders’s administrators can read its audit log.',
    );
    expect(screen.queryByRole('combobox', { name: 'Action' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Person/ })).not.toBeInTheDocument();
  });

  it('says plainly when the organization does not exist or is not visible', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    installFakeAuditApi(api);
    renderApp('/orgs/organization-elsewhere/audit');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'There is no organization at this address, or it is not one you can see.',
    );
  });

  it('explains a failed load and loads again on request', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    installFakeAuditApi(api);
    server.use(
      graphql.query(AuditLogPage_EventsDocument, () => HttpResponse.error(), { once: true }),
    );
    const { user } = renderApp(AUDIT_PATH);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The audit log could not be loaded');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('grid')).toBeInTheDocument();
  });
});
