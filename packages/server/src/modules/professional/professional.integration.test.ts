import { startTestApp, type TestApp } from '../../test/test-app';
import {
  createOrganization,
  type CreatedOrganization,
  type PersonSpec,
} from '../../test/factories';
import { encodeCursor } from '../../platform/graphql/connection';
import { ProfessionalEntity } from './professional.entity';

const CREATE = `mutation ($input: CreateProfessionalInput!) {
  createProfessional(input: $input) {
    professional { id firstName lastName displayName email phone jobTitle preferredLanguage status roles organization { id } }
    error { code message field hint role }
  }
}`;

const UPDATE = `mutation ($input: UpdateProfessionalInput!) {
  updateProfessional(input: $input) {
    professional { id firstName lastName displayName email phone jobTitle preferredLanguage status }
    error { code message field hint reasons { code role } }
  }
}`;

const LIST = `query ($org: ID!, $first: Int, $after: String, $search: String, $role: Role, $status: ProfessionalStatus) {
  professionals(organizationId: $org, first: $first, after: $after, search: $search, role: $role, status: $status) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id displayName email status roles } }
  }
}`;

type Person = CreatedOrganization['people'][number];
interface ListedNode {
  id: string;
  displayName: string;
  email: string;
  status: string;
  roles: string[];
}
interface ListedPage {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: Array<{ cursor: string; node: ListedNode }>;
  nodes: ListedNode[];
}

describe('professionals', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  async function list(cookie: string, variables: Record<string, unknown>): Promise<ListedPage> {
    const result = await app.graphql(LIST, variables, cookie);
    expect(result.errors).toBeUndefined();
    const connection = result.data!.professionals;
    return { ...connection, nodes: connection.edges.map((e: { node: ListedNode }) => e.node) };
  }

  async function countIn(organizationId: string): Promise<number> {
    return app.db.manager.countBy(ProfessionalEntity, { organizationId });
  }

  describe('createProfessional', () => {
    let org: CreatedOrganization;
    let admin: Person;
    let cookie: string;
    beforeAll(async () => {
      org = await createOrganization(app.services, {
        people: [
          {
            firstName: 'Ada',
            lastName: 'Admin',
            email: 'ada.admin@example.test',
            roles: [
              'ADMINISTRATOR',
              'BILLING_CONTACT',
              'CUSTOMER_CARE_CONTACT',
              'SHIPPING_CONTACT',
            ],
          },
          { firstName: 'Ana', lastName: 'Silva', email: 'ana.silva@example.test' },
        ],
      });
      admin = org.people[0]!;
      cookie = await app.signIn(admin.email);
    });

    it('adds an INVITED professional with the fields and roles given, listed at once', async () => {
      const result = await app.graphql(
        CREATE,
        {
          input: {
            organizationId: org.gid,
            firstName: ' Bruno ',
            lastName: 'Costa',
            email: 'Bruno.Costa@Example.test',
            phone: '+351 21 000 0000',
            jobTitle: 'Buyer',
            preferredLanguage: 'pt-BR',
            roles: ['ADMINISTRATOR'],
          },
        },
        cookie,
      );
      expect(result.data?.createProfessional).toEqual({
        professional: {
          id: expect.any(String),
          firstName: 'Bruno',
          lastName: 'Costa',
          displayName: 'Bruno Costa',
          email: 'Bruno.Costa@Example.test',
          phone: '+351 21 000 0000',
          jobTitle: 'Buyer',
          preferredLanguage: 'pt-BR',
          status: 'INVITED',
          roles: ['ADMINISTRATOR'],
          organization: { id: org.gid },
        },
        error: null,
      });
      const listed = await list(cookie, { org: org.gid, search: 'costa' });
      expect(listed.nodes).toEqual([
        {
          id: result.data?.createProfessional.professional.id,
          displayName: 'Bruno Costa',
          email: 'Bruno.Costa@Example.test',
          status: 'INVITED',
          roles: ['ADMINISTRATOR'],
        },
      ]);
    });

    it('defaults to no roles and English', async () => {
      const result = await app.graphql(
        CREATE,
        {
          input: {
            organizationId: org.gid,
            firstName: 'Carla',
            lastName: 'Reis',
            email: 'carla@example.test',
          },
        },
        cookie,
      );
      expect(result.data?.createProfessional.professional).toMatchObject({
        status: 'INVITED',
        roles: [],
        preferredLanguage: 'en',
        phone: null,
        jobTitle: null,
      });
    });

    it('refuses an e-mail already used in the organization, whatever its case, on the email field', async () => {
      const before = await countIn(org.organization.id);
      const result = await app.graphql(
        CREATE,
        {
          input: {
            organizationId: org.gid,
            firstName: 'Other',
            lastName: 'Ana',
            email: 'ANA.Silva@EXAMPLE.test',
          },
        },
        cookie,
      );
      expect(result.data?.createProfessional).toEqual({
        professional: null,
        error: {
          code: 'EMAIL_TAKEN',
          message: 'Someone in this organization already uses ANA.Silva@EXAMPLE.test.',
          field: 'email',
          hint: 'Use another e-mail address, or edit the existing professional instead.',
          role: null,
        },
      });
      expect(await countIn(org.organization.id)).toBe(before);
    });

    it('accepts an address used in another organization: addresses are unique per organization', async () => {
      const other = await createOrganization(app.services);
      const otherCookie = await app.signIn(other.people[0]!.email);
      const result = await app.graphql(
        CREATE,
        {
          input: {
            organizationId: other.gid,
            firstName: 'Ana',
            lastName: 'Silva',
            email: 'ana.silva@example.test',
          },
        },
        otherCookie,
      );
      expect(result.data?.createProfessional.error).toBeNull();
    });

    it.each([
      ['not-an-email', 'email', 'Enter a valid e-mail address, like name@example.com.'],
      ['', 'firstName', 'Enter a first name (up to 100 characters).'],
    ])(
      'refuses invalid input (%j) as VALIDATION_FAILED naming the field',
      async (value, field, message) => {
        const before = await countIn(org.organization.id);
        const input = {
          organizationId: org.gid,
          firstName: 'Dora',
          lastName: 'Dias',
          email: 'dora@example.test',
          [field]: value,
        };
        const result = await app.graphql(CREATE, { input }, cookie);
        expect(result.data?.createProfessional).toMatchObject({
          professional: null,
          error: { code: 'VALIDATION_FAILED', field, message },
        });
        expect(await countIn(org.organization.id)).toBe(before);
      },
    );

    it('refuses a mandatory contact role (it is handed over, never added) and creates nobody', async () => {
      const before = await countIn(org.organization.id);
      const result = await app.graphql(
        CREATE,
        {
          input: {
            organizationId: org.gid,
            firstName: 'Eva',
            lastName: 'Elias',
            email: 'eva@example.test',
            roles: ['ADMINISTRATOR', 'BILLING_CONTACT'],
          },
        },
        cookie,
      );
      expect(result.data?.createProfessional).toEqual({
        professional: null,
        error: {
          code: 'ROLE_ALREADY_HELD',
          role: 'BILLING_CONTACT',
          message: 'Ada Admin holds Billing contact.',
          hint: 'Create the professional first, then hand Billing contact over to them.',
          field: null,
        },
      });
      expect(await countIn(org.organization.id)).toBe(before);
      expect(
        (await list(cookie, { org: org.gid, role: 'BILLING_CONTACT' })).nodes.map((n) => n.id),
      ).toEqual([admin.gid]);
    });
  });

  describe('updateProfessional', () => {
    it('changes the fields given, leaves the others, and re-sorts the list by the new last name', async () => {
      const org = await createOrganization(app.services, {
        people: [
          {
            firstName: 'Ada',
            lastName: 'Admin',
            roles: [
              'ADMINISTRATOR',
              'BILLING_CONTACT',
              'CUSTOMER_CARE_CONTACT',
              'SHIPPING_CONTACT',
            ],
          },
          { firstName: 'Bea', lastName: 'Brown', email: 'bea@example.test' },
        ],
      });
      const [admin, bea] = org.people as [Person, Person];
      const cookie = await app.signIn(admin.email);

      const changed = await app.graphql(
        UPDATE,
        {
          input: {
            id: bea.gid,
            firstName: 'Beatriz',
            lastName: 'Abreu',
            email: 'Beatriz@Example.test',
            phone: '+44 20 7946 0000',
            jobTitle: 'Engineer',
            preferredLanguage: 'fr',
            status: 'DISABLED',
          },
        },
        cookie,
      );
      expect(changed.data?.updateProfessional).toEqual({
        professional: {
          id: bea.gid,
          firstName: 'Beatriz',
          lastName: 'Abreu',
          displayName: 'Beatriz Abreu',
          email: 'Beatriz@Example.test',
          phone: '+44 20 7946 0000',
          jobTitle: 'Engineer',
          preferredLanguage: 'fr',
          status: 'DISABLED',
        },
        error: null,
      });
      // "Abreu" now sorts before "Admin".
      expect((await list(cookie, { org: org.gid })).nodes.map((n) => n.displayName)).toEqual([
        'Beatriz Abreu',
        'Ada Admin',
      ]);

      const partial = await app.graphql(
        UPDATE,
        { input: { id: bea.gid, phone: '', status: 'ACTIVE' } },
        cookie,
      );
      expect(partial.data?.updateProfessional.professional).toMatchObject({
        firstName: 'Beatriz',
        jobTitle: 'Engineer',
        phone: null,
        status: 'ACTIVE',
      });

      const taken = await app.graphql(
        UPDATE,
        { input: { id: bea.gid, email: admin.email.toUpperCase() } },
        cookie,
      );
      expect(taken.data?.updateProfessional.error).toMatchObject({
        code: 'EMAIL_TAKEN',
        field: 'email',
      });
      const invalid = await app.graphql(UPDATE, { input: { id: bea.gid, email: 'nope' } }, cookie);
      expect(invalid.data?.updateProfessional.error).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'email',
      });
      const reread = await app.graphql(
        'query ($id: ID!) { node(id: $id) { ... on Professional { email } } }',
        { id: bea.gid },
        cookie,
      );
      expect(reread.data?.node.email).toBe('Beatriz@Example.test');
    });

    it('refuses to disable the last active administrator, says why, and leaves them active', async () => {
      const org = await createOrganization(app.services, {
        people: [
          { firstName: 'Olga', lastName: 'Only', roles: ['ADMINISTRATOR'] },
          {
            firstName: 'Cid',
            lastName: 'Contacts',
            roles: ['BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
          },
        ],
      });
      const olga = org.people[0]!;
      const cookie = await app.signIn(olga.email);
      const result = await app.graphql(
        UPDATE,
        { input: { id: olga.gid, status: 'DISABLED' } },
        cookie,
      );
      expect(result.data?.updateProfessional).toEqual({
        professional: null,
        error: {
          code: 'LAST_ADMINISTRATOR',
          message: 'Olga Only is the only active Administrator of this organization.',
          field: null,
          hint: 'Make another active professional Administrator first, then disable Olga Only.',
          reasons: [{ code: 'LAST_ADMINISTRATOR', role: 'ADMINISTRATOR' }],
        },
      });
      expect(
        (await list(cookie, { org: org.gid, status: 'ACTIVE', role: 'ADMINISTRATOR' })).nodes.map(
          (n) => n.id,
        ),
      ).toEqual([olga.gid]);
    });

    it('becoming Active is joining: status alone cannot make someone invited Active, nor the other way', async () => {
      const org = await createOrganization(app.services, {
        people: [
          {
            roles: [
              'ADMINISTRATOR',
              'BILLING_CONTACT',
              'CUSTOMER_CARE_CONTACT',
              'SHIPPING_CONTACT',
            ],
          },
          { firstName: 'Ivy', lastName: 'Invited', status: 'INVITED' },
          { firstName: 'Abe', lastName: 'Active', status: 'ACTIVE' },
        ],
      });
      const [admin, ivy, abe] = org.people;
      const cookie = await app.signIn(admin!.email);

      const activated = await app.graphql(
        UPDATE,
        { input: { id: ivy!.gid, status: 'ACTIVE' } },
        cookie,
      );
      expect(activated.data?.updateProfessional).toMatchObject({
        professional: null,
        error: {
          code: 'VALIDATION_FAILED',
          field: 'status',
          message: 'Ivy Invited has not accepted an invitation yet, so cannot be made Active.',
          hint: 'They become Active when they follow the link in their invitation e-mail: send or re-send it from their page.',
        },
      });
      // Still invited, so an invitation can still reach them.
      const resent = await app.graphql(
        'mutation ($id: ID!) { resendInvitation(professionalId: $id) { professional { status } error { code } } }',
        { id: ivy!.gid },
        cookie,
      );
      expect(resent.data?.resendInvitation).toEqual({
        professional: { status: 'INVITED' },
        error: null,
      });

      const uninvited = await app.graphql(
        UPDATE,
        { input: { id: abe!.gid, status: 'INVITED' } },
        cookie,
      );
      expect(uninvited.data?.updateProfessional).toMatchObject({
        professional: null,
        error: { code: 'VALIDATION_FAILED', field: 'status' },
      });
    });

    it('re-activating someone disabled brings them back Active if they have a sign-in, Invited if not', async () => {
      const org = await createOrganization(app.services, {
        people: [
          {
            roles: [
              'ADMINISTRATOR',
              'BILLING_CONTACT',
              'CUSTOMER_CARE_CONTACT',
              'SHIPPING_CONTACT',
            ],
          },
          // Joined, but never signed in since: no last sign-in to go by.
          { firstName: 'Jo', lastName: 'Joined', status: 'DISABLED', canSignIn: true },
          { firstName: 'Nell', lastName: 'Never', status: 'DISABLED', canSignIn: false },
        ],
      });
      const [admin, jo, nell] = org.people;
      const cookie = await app.signIn(admin!.email);

      for (const [person, requested, expected] of [
        [jo!, 'INVITED', 'ACTIVE'],
        [nell!, 'ACTIVE', 'INVITED'],
      ] as const) {
        const result = await app.graphql(
          UPDATE,
          { input: { id: person.gid, status: requested } },
          cookie,
        );
        expect(result.data?.updateProfessional).toMatchObject({
          professional: { status: expected },
          error: null,
        });
      }
      await expect(app.signIn(jo!.email)).resolves.toMatch(/^foyer_session=/);
    });

    it('lets a professional edit their own name and phone, but not their own status', async () => {
      const org = await createOrganization(app.services, {
        people: [
          {
            roles: [
              'ADMINISTRATOR',
              'BILLING_CONTACT',
              'CUSTOMER_CARE_CONTACT',
              'SHIPPING_CONTACT',
            ],
          },
          { firstName: 'Sam', lastName: 'Self', status: 'ACTIVE' },
        ],
      });
      const sam = org.people[1]!;
      const cookie = await app.signIn(sam.email);

      const own = await app.graphql(
        UPDATE,
        {
          input: { id: sam.gid, firstName: 'Samuel', lastName: 'Selfridge', phone: '+1 555 0100' },
        },
        cookie,
      );
      expect(own.data?.updateProfessional).toMatchObject({
        professional: { displayName: 'Samuel Selfridge', phone: '+1 555 0100', status: 'ACTIVE' },
        error: null,
      });

      const status = await app.graphql(
        UPDATE,
        { input: { id: sam.gid, firstName: 'Sneaky', status: 'DISABLED' } },
        cookie,
      );
      expect(status.data?.updateProfessional).toMatchObject({
        professional: null,
        error: { code: 'FORBIDDEN', message: 'You are not allowed to do that.' },
      });

      const viewer = await app.graphql('{ viewer { displayName phone status } }', {}, cookie);
      expect(viewer.data?.viewer).toEqual({
        displayName: 'Samuel Selfridge',
        phone: '+1 555 0100',
        status: 'ACTIVE',
      });
    });
  });

  describe('the professionals list', () => {
    let org: CreatedOrganization;
    let cookie: string;
    beforeAll(async () => {
      // 25 people; five share one name so that a page boundary falls inside a run of equal sort keys.
      const people: PersonSpec[] = Array.from({ length: 25 }, (_, i) => ({
        firstName: i >= 8 && i <= 12 ? 'Twin' : `First${i}`,
        lastName: `Person${String(i >= 8 && i <= 12 ? 8 : i).padStart(2, '0')}`,
        roles:
          i === 0
            ? ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT']
            : [],
      }));
      org = await createOrganization(app.services, { people });
      cookie = await app.signIn(org.people[0]!.email);
    });

    it('pages through 25 people ten at a time, visiting each exactly once, in name order', async () => {
      const pages: ListedPage[] = [];
      let after: string | null = null;
      do {
        const page = await list(cookie, { org: org.gid, first: 10, after });
        pages.push(page);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after && pages.length < 10);

      expect(pages.map((p) => p.nodes.length)).toEqual([10, 10, 5]);
      expect(pages.map((p) => p.totalCount)).toEqual([25, 25, 25]);
      expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
      expect(pages.map((p) => p.pageInfo.hasPreviousPage)).toEqual([false, true, true]);
      for (const page of pages) {
        expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
        expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1].cursor);
      }

      const visited = pages.flatMap((p) => p.nodes.map((n) => n.id));
      expect(new Set(visited).size).toBe(25);
      expect([...visited].sort()).toEqual(org.people.map((p) => p.gid).sort());
      // The same order as one page of everything, and that order is by last name.
      const all = await list(cookie, { org: org.gid, first: 100 });
      expect(visited).toEqual(all.nodes.map((n) => n.id));
      const names = pages.flatMap((p) => p.nodes.map((n) => n.displayName));
      expect(names.slice(0, 8)).toEqual(
        Array.from({ length: 8 }, (_, i) => `First${i} Person0${i}`),
      );
      expect(names.slice(8, 13)).toEqual(Array(5).fill('Twin Person08'));
      expect(names.slice(13)).toEqual(
        Array.from({ length: 12 }, (_, i) => `First${i + 13} Person${i + 13}`),
      );
    });

    it('neither repeats nor skips anyone when someone is added before the cursor while paging', async () => {
      const first = await list(cookie, { org: org.gid, first: 10 });
      const added = await app.graphql(
        CREATE,
        {
          input: {
            organizationId: org.gid,
            firstName: 'Aaron',
            lastName: 'Aardvark',
            email: 'aaron@example.test',
          },
        },
        cookie,
      );
      expect(added.data?.createProfessional.error).toBeNull();
      const rest = await list(cookie, {
        org: org.gid,
        first: 100,
        after: first.pageInfo.endCursor,
      });
      expect(rest.totalCount).toBe(26);
      const seen = [...first.nodes, ...rest.nodes].map((n) => n.id);
      expect(new Set(seen).size).toBe(25);
      expect(seen.sort()).toEqual(org.people.map((p) => p.gid).sort());

      await app.graphql(
        'mutation ($id: ID!) { deleteProfessional(id: $id) { error { code } } }',
        { id: added.data?.createProfessional.professional.id },
        cookie,
      );
    });

    it.each([
      ['garbage', 'not-a-cursor'],
      ['a cursor of the wrong shape', encodeCursor(['only-one-part'])],
    ])('answers VALIDATION_FAILED for %s', async (_label, after) => {
      const result = await app.graphql(LIST, { org: org.gid, after }, cookie);
      expect(result.data).toBeNull();
      expect(result.errors?.[0]).toMatchObject({
        message: 'The cursor is not valid.',
        extensions: { code: 'VALIDATION_FAILED' },
      });
    });

    it.each([500, 0, -1])('answers VALIDATION_FAILED for first: %i', async (first) => {
      const result = await app.graphql(LIST, { org: org.gid, first }, cookie);
      expect(result.data).toBeNull();
      expect(result.errors?.[0]).toMatchObject({
        message: 'first must be between 1 and 100.',
        extensions: { code: 'VALIDATION_FAILED' },
      });
    });

    it('serves first: 100, the largest page', async () => {
      expect((await list(cookie, { org: org.gid, first: 100 })).nodes).toHaveLength(25);
    });
  });

  describe('searching and filtering', () => {
    let org: CreatedOrganization;
    let cookie: string;
    let byName: Map<string, Person>;
    beforeAll(async () => {
      org = await createOrganization(app.services, {
        people: [
          {
            firstName: 'Ana',
            lastName: 'Silva',
            email: 'ana.silva@search.test',
            roles: ['ADMINISTRATOR', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
          },
          {
            firstName: 'Bruno',
            lastName: 'Costa',
            email: 'bruno@costa-imports.test',
            roles: ['ADMINISTRATOR', 'BILLING_CONTACT'],
          },
          {
            firstName: 'Carla',
            lastName: 'Reis',
            email: 'carla.reis@search.test',
            status: 'INVITED',
          },
          { firstName: 'Dan', lastName: 'Down', email: 'dan@search.test', status: 'DISABLED' },
          { firstName: 'Percy', lastName: 'Hundred%', email: 'percy@search.test' },
          { firstName: 'Zoe', lastName: 'Under', email: 'zoe_under@search.test' },
          { firstName: 'Élodie', lastName: 'Dupont', email: 'elodie.dupont@search.test' },
        ],
      });
      byName = new Map(org.people.map((p) => [p.firstName, p]));
      cookie = await app.signIn(byName.get('Ana')!.email);
    });

    async function found(variables: Record<string, unknown>): Promise<string[]> {
      const result = await list(cookie, { org: org.gid, first: 100, ...variables });
      expect(result.totalCount).toBe(result.nodes.length);
      return result.nodes.map((n) => n.displayName);
    }

    it.each([
      ['silv', ['Ana Silva']],
      ['SILVA', ['Ana Silva']],
      ['ana silva', ['Ana Silva']],
      ['Silva Ana', ['Ana Silva']],
      ['  Costa  ', ['Bruno Costa']],
      ['costa-imports', ['Bruno Costa']],
      ['CARLA.REIS@', ['Carla Reis']],
      ['élodie', ['Élodie Dupont']],
      ['DUPONT', ['Élodie Dupont']],
      ['Élodie Dupont', ['Élodie Dupont']],
      ['%', ['Percy Hundred%']],
      ['_', ['Zoe Under']],
      ['nobody-has-this', []],
    ])('search %j finds %j', async (search, expected) => {
      expect(await found({ search })).toEqual(expected);
    });

    it('an empty search lists everyone', async () => {
      expect(await found({ search: '' })).toHaveLength(7);
    });

    it('filters by role and by status, alone and with a search', async () => {
      expect(await found({ role: 'ADMINISTRATOR' })).toEqual(['Bruno Costa', 'Ana Silva']);
      expect(await found({ role: 'BILLING_CONTACT' })).toEqual(['Bruno Costa']);
      expect(await found({ role: 'SHIPPING_CONTACT' })).toEqual(['Ana Silva']);
      expect(await found({ status: 'INVITED' })).toEqual(['Carla Reis']);
      expect(await found({ status: 'DISABLED' })).toEqual(['Dan Down']);
      expect(await found({ status: 'ACTIVE' })).toEqual([
        'Bruno Costa',
        'Élodie Dupont',
        'Percy Hundred%',
        'Ana Silva',
        'Zoe Under',
      ]);
      expect(await found({ role: 'ADMINISTRATOR', search: 'costa' })).toEqual(['Bruno Costa']);
      expect(await found({ role: 'ADMINISTRATOR', status: 'DISABLED' })).toEqual([]);
    });

    it('pages a filtered list with totalCount counting only the matches', async () => {
      const page = await list(cookie, { org: org.gid, first: 2, status: 'ACTIVE' });
      expect(page.totalCount).toBe(5);
      expect(page.nodes.map((n) => n.displayName)).toEqual(['Bruno Costa', 'Élodie Dupont']);
      const next = await list(cookie, {
        org: org.gid,
        first: 2,
        status: 'ACTIVE',
        after: page.pageInfo.endCursor,
      });
      expect(next.totalCount).toBe(5);
      expect(next.nodes.map((n) => n.displayName)).toEqual(['Percy Hundred%', 'Ana Silva']);
      expect(next.pageInfo.hasNextPage).toBe(true);
    });
  });

  describe('cost of a page', () => {
    it('runs as many SQL statements for 50 people as for 10', async () => {
      const people: PersonSpec[] = Array.from({ length: 60 }, (_, i) => ({
        firstName: `F${i}`,
        lastName: `L${String(i).padStart(2, '0')}`,
        roles:
          i === 0
            ? ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT']
            : i % 7 === 0
              ? ['ADMINISTRATOR']
              : [],
      }));
      const org = await createOrganization(app.services, { name: 'Sixty', people });
      const cookie = await app.signIn(org.people[0]!.email);
      const query = `query ($org: ID!, $first: Int) {
        professionals(organizationId: $org, first: $first) {
          edges { node { id displayName roles organization { name } viewerCanDelete } }
          totalCount
        }
      }`;

      const statementsFor = async (first: number) => {
        const before = app.db.statements.count;
        const result = await app.graphql(query, { org: org.gid, first }, cookie);
        const after = app.db.statements.count;
        expect(result.errors).toBeUndefined();
        expect(result.data?.professionals.edges).toHaveLength(first);
        expect(result.data?.professionals.totalCount).toBe(60);
        expect(result.data?.professionals.edges[first - 1].node).toMatchObject({
          organization: { name: 'Sixty' },
          viewerCanDelete: true,
        });
        return after - before;
      };

      const ten = await statementsFor(10);
      const fifty = await statementsFor(50);
      expect(fifty).toBe(ten);
      expect(ten).toBeGreaterThan(0);
    });
  });
});
