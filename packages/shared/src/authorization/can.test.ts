import { ACTIONS, can, type Action, type Actor, type OrganizationTarget } from './can';

// ---------------------------------------------------------------------------------------------
// Organizations. The partner serves CUSTOMER_SERVED; nobody serves CUSTOMER_UNSERVED.
// ---------------------------------------------------------------------------------------------

const VENDOR: OrganizationTarget = { id: 'org-vendor', kind: 'VENDOR' };
const PARTNER: OrganizationTarget = { id: 'org-partner', kind: 'PARTNER' };
const OTHER_PARTNER: OrganizationTarget = { id: 'org-partner-other', kind: 'PARTNER' };
const CUSTOMER_OWN: OrganizationTarget = { id: 'org-customer', kind: 'CUSTOMER' };
const CUSTOMER_SERVED: OrganizationTarget = { id: 'org-customer-served', kind: 'CUSTOMER' };
const CUSTOMER_UNSERVED: OrganizationTarget = { id: 'org-customer-unserved', kind: 'CUSTOMER' };

function actor(
  org: OrganizationTarget,
  overrides: Partial<Omit<Actor, 'organizationId' | 'organizationKind'>> = {},
): Actor {
  return {
    professionalId: `person-in-${org.id}`,
    organizationId: org.id,
    organizationKind: org.kind,
    status: 'ACTIVE',
    roles: [],
    servedCustomerIds: [],
    ...overrides,
  };
}

const ACTORS = {
  'vendor administrator': actor(VENDOR, { roles: ['ADMINISTRATOR'] }),
  'vendor non-administrator': actor(VENDOR, { roles: ['BILLING_CONTACT'] }),
  'customer administrator': actor(CUSTOMER_OWN, { roles: ['ADMINISTRATOR'] }),
  'invited customer administrator': actor(CUSTOMER_OWN, {
    status: 'INVITED',
    roles: ['ADMINISTRATOR'],
  }),
  'customer non-administrator': actor(CUSTOMER_OWN, {
    roles: ['BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
  }),
  'partner administrator serving the customer': actor(PARTNER, {
    roles: ['ADMINISTRATOR'],
    servedCustomerIds: [CUSTOMER_SERVED.id],
  }),
  'partner administrator not serving the customer': actor(PARTNER, {
    roles: ['ADMINISTRATOR'],
    servedCustomerIds: ['org-customer-elsewhere'],
  }),
  'partner non-administrator (its partner serves the customer)': actor(PARTNER, {
    roles: ['SHIPPING_CONTACT'],
    servedCustomerIds: [CUSTOMER_SERVED.id],
  }),
  'disabled vendor administrator': actor(VENDOR, { status: 'DISABLED', roles: ['ADMINISTRATOR'] }),
  'disabled customer administrator': actor(CUSTOMER_OWN, {
    status: 'DISABLED',
    roles: ['ADMINISTRATOR'],
  }),
  'disabled partner administrator serving the customer': actor(PARTNER, {
    status: 'DISABLED',
    roles: ['ADMINISTRATOR'],
    servedCustomerIds: [CUSTOMER_SERVED.id],
  }),
  'nobody signed in': null,
} satisfies Record<string, Actor | null>;
type ActorName = keyof typeof ACTORS;

// ---------------------------------------------------------------------------------------------
// Targets, in the order of the expectation strings below.
// ---------------------------------------------------------------------------------------------

const TARGET_NAMES = [
  'own organization',
  'served customer',
  'unserved customer',
  'other partner',
  'vendor organization',
  'no organization',
] as const;
type TargetName = (typeof TARGET_NAMES)[number];

function targetFor(who: Actor | null, name: TargetName): OrganizationTarget | undefined {
  switch (name) {
    case 'own organization':
      return who ? { id: who.organizationId, kind: who.organizationKind } : CUSTOMER_OWN;
    case 'served customer':
      return CUSTOMER_SERVED;
    case 'unserved customer':
      return CUSTOMER_UNSERVED;
    case 'other partner':
      return OTHER_PARTNER;
    case 'vendor organization':
      return VENDOR;
    case 'no organization':
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Expected permissions, one character per target:
//   own | served customer | unserved customer | other partner | vendor | no target
// 'Y' = allowed, '-' = refused.
// ---------------------------------------------------------------------------------------------

const NONE = '------';

const EXPECTED: Record<ActorName, Record<Action, string>> = {
  'vendor administrator': {
    viewOrganization: 'YYYYYY',
    listOrganizations: 'YYYYYY',
    createOrganization: 'YYYYYY',
    linkPartner: 'YYYYYY',
    setAccountManager: 'YYYYYY',
    viewProfessionals: 'YYYYYY',
    manageProfessionals: 'YYYYYY',
    viewAuditLog: 'YYYYYY',
    viewLicenses: 'YYYYYY',
    revealRegistrationKey: 'YYYYYY',
    manageLicenses: 'YYYYYY',
    viewTrainingProgress: 'YYYYYY',
  },
  'vendor non-administrator': {
    viewOrganization: 'YYYYY-',
    listOrganizations: 'YYYYYY',
    createOrganization: NONE,
    linkPartner: NONE,
    setAccountManager: NONE,
    viewProfessionals: 'YYYYY-',
    manageProfessionals: NONE,
    viewAuditLog: 'YYYYY-',
    viewLicenses: 'YYYYY-',
    revealRegistrationKey: NONE,
    manageLicenses: NONE,
    viewTrainingProgress: 'YYYYY-',
  },
  'customer administrator': {
    viewOrganization: 'Y-----',
    listOrganizations: NONE,
    createOrganization: NONE,
    linkPartner: NONE,
    setAccountManager: NONE,
    viewProfessionals: 'Y-----',
    manageProfessionals: 'Y-----',
    viewAuditLog: 'Y-----',
    viewLicenses: 'Y-----',
    revealRegistrationKey: 'Y-----',
    manageLicenses: NONE,
    viewTrainingProgress: 'Y-----',
  },
  'invited customer administrator': {
    viewOrganization: 'Y-----',
    listOrganizations: NONE,
    createOrganization: NONE,
    linkPartner: NONE,
    setAccountManager: NONE,
    viewProfessionals: 'Y-----',
    manageProfessionals: 'Y-----',
    viewAuditLog: 'Y-----',
    viewLicenses: 'Y-----',
    revealRegistrationKey: 'Y-----',
    manageLicenses: NONE,
    viewTrainingProgress: 'Y-----',
  },
  'customer non-administrator': {
    viewOrganization: 'Y-----',
    listOrganizations: NONE,
    createOrganization: NONE,
    linkPartner: NONE,
    setAccountManager: NONE,
    viewProfessionals: NONE,
    manageProfessionals: NONE,
    viewAuditLog: NONE,
    viewLicenses: 'Y-----',
    revealRegistrationKey: NONE,
    manageLicenses: NONE,
    viewTrainingProgress: NONE,
  },
  'partner administrator serving the customer': {
    viewOrganization: 'YY----',
    listOrganizations: NONE,
    createOrganization: NONE,
    linkPartner: NONE,
    setAccountManager: NONE,
    viewProfessionals: 'YY----',
    manageProfessionals: 'YY----',
    viewAuditLog: 'YY----',
    viewLicenses: 'YY----',
    revealRegistrationKey: 'YY----',
    manageLicenses: NONE,
    viewTrainingProgress: 'YY----',
  },
  'partner administrator not serving the customer': {
    viewOrganization: 'Y-----',
    listOrganizations: NONE,
    createOrganization: NONE,
    linkPartner: NONE,
    setAccountManager: NONE,
    viewProfessionals: 'Y-----',
    manageProfessionals: 'Y-----',
    viewAuditLog: 'Y-----',
    viewLicenses: 'Y-----',
    revealRegistrationKey: 'Y-----',
    manageLicenses: NONE,
    viewTrainingProgress: 'Y-----',
  },
  'partner non-administrator (its partner serves the customer)': {
    viewOrganization: 'Y-----',
    listOrganizations: NONE,
    createOrganization: NONE,
    linkPartner: NONE,
    setAccountManager: NONE,
    viewProfessionals: NONE,
    manageProfessionals: NONE,
    viewAuditLog: NONE,
    viewLicenses: 'Y-----',
    revealRegistrationKey: NONE,
    manageLicenses: NONE,
    viewTrainingProgress: NONE,
  },
  'disabled vendor administrator': {
    viewOrganization: NONE,
    listOrganizations: NONE,
    createOrganization: NONE,
    linkPartner: NONE,
    setAccountManager: NONE,
    viewProfessionals: NONE,
    manageProfessionals: NONE,
    viewAuditLog: NONE,
    viewLicenses: NONE,
    revealRegistrationKey: NONE,
    manageLicenses: NONE,
    viewTrainingProgress: NONE,
  },
  'disabled customer administrator': {
    viewOrganization: NONE,
    listOrganizations: NONE,
    createOrganization: NONE,
    linkPartner: NONE,
    setAccountManager: NONE,
    viewProfessionals: NONE,
    manageProfessionals: NONE,
    viewAuditLog: NONE,
    viewLicenses: NONE,
    revealRegistrationKey: NONE,
    manageLicenses: NONE,
    viewTrainingProgress: NONE,
  },
  'disabled partner administrator serving the customer': {
    viewOrganization: NONE,
    listOrganizations: NONE,
    createOrganization: NONE,
    linkPartner: NONE,
    setAccountManager: NONE,
    viewProfessionals: NONE,
    manageProfessionals: NONE,
    viewAuditLog: NONE,
    viewLicenses: NONE,
    revealRegistrationKey: NONE,
    manageLicenses: NONE,
    viewTrainingProgress: NONE,
  },
  'nobody signed in': {
    viewOrganization: NONE,
    listOrganizations: NONE,
    createOrganization: NONE,
    linkPartner: NONE,
    setAccountManager: NONE,
    viewProfessionals: NONE,
    manageProfessionals: NONE,
    viewAuditLog: NONE,
    viewLicenses: NONE,
    revealRegistrationKey: NONE,
    manageLicenses: NONE,
    viewTrainingProgress: NONE,
  },
};

const ACTOR_NAMES = Object.keys(ACTORS) as ActorName[];

const CASES = ACTOR_NAMES.flatMap((actorName) =>
  ACTIONS.flatMap((action) =>
    TARGET_NAMES.map((targetName, index) => {
      const flag = EXPECTED[actorName][action][index];
      if (flag !== 'Y' && flag !== '-')
        throw new Error(`Bad expectation for ${actorName} / ${action}`);
      return [actorName, action, targetName, flag === 'Y'] as const;
    }),
  ),
);

describe('can(): actor × action × target', () => {
  test('the table covers every action, and every row has one flag per target', () => {
    for (const actorName of ACTOR_NAMES) {
      expect(Object.keys(EXPECTED[actorName]).sort()).toEqual([...ACTIONS].sort());
      for (const action of ACTIONS)
        expect(EXPECTED[actorName][action]).toHaveLength(TARGET_NAMES.length);
    }
  });

  test.each(CASES)('%s → %s on %s: %s', (actorName, action, targetName, allowed) => {
    const who = ACTORS[actorName];
    expect(can(who, action, targetFor(who, targetName))).toBe(allowed);
  });
});

describe('can(): a partner manages customers it serves, and nothing more', () => {
  const partnerAdmin = (servedCustomerIds: string[]) =>
    actor(PARTNER, { roles: ['ADMINISTRATOR'], servedCustomerIds });

  test.each<[string, Actor, OrganizationTarget, Action, boolean]>([
    // A "served" id that is not a customer grants nothing.
    [
      'served list names another partner',
      partnerAdmin([OTHER_PARTNER.id]),
      OTHER_PARTNER,
      'manageProfessionals',
      false,
    ],
    [
      'served list names another partner',
      partnerAdmin([OTHER_PARTNER.id]),
      OTHER_PARTNER,
      'viewOrganization',
      false,
    ],
    [
      'served list names the vendor',
      partnerAdmin([VENDOR.id]),
      VENDOR,
      'manageProfessionals',
      false,
    ],
    ['served list names the vendor', partnerAdmin([VENDOR.id]), VENDOR, 'viewProfessionals', false],
    // Several served customers: each one is managed.
    [
      'serves two customers',
      partnerAdmin([CUSTOMER_SERVED.id, CUSTOMER_UNSERVED.id]),
      CUSTOMER_UNSERVED,
      'manageProfessionals',
      true,
    ],
    [
      'serves two customers',
      partnerAdmin([CUSTOMER_SERVED.id, CUSTOMER_UNSERVED.id]),
      CUSTOMER_SERVED,
      'manageProfessionals',
      true,
    ],
    // Licences: a partner sees and reveals for the customers it serves, never manages them.
    [
      'serves the customer',
      partnerAdmin([CUSTOMER_SERVED.id]),
      CUSTOMER_SERVED,
      'viewLicenses',
      true,
    ],
    [
      'serves the customer',
      partnerAdmin([CUSTOMER_SERVED.id]),
      CUSTOMER_SERVED,
      'revealRegistrationKey',
      true,
    ],
    [
      'serves the customer',
      partnerAdmin([CUSTOMER_SERVED.id]),
      CUSTOMER_SERVED,
      'manageLicenses',
      false,
    ],
    [
      'served list names another partner',
      partnerAdmin([OTHER_PARTNER.id]),
      OTHER_PARTNER,
      'viewLicenses',
      false,
    ],
    // Serving no one.
    ['serves nobody', partnerAdmin([]), CUSTOMER_SERVED, 'viewOrganization', false],
    // Serving grants no vendor powers.
    [
      'serves the customer',
      partnerAdmin([CUSTOMER_SERVED.id]),
      CUSTOMER_SERVED,
      'linkPartner',
      false,
    ],
    [
      'serves the customer',
      partnerAdmin([CUSTOMER_SERVED.id]),
      CUSTOMER_SERVED,
      'createOrganization',
      false,
    ],
    [
      'serves the customer',
      partnerAdmin([CUSTOMER_SERVED.id]),
      CUSTOMER_SERVED,
      'listOrganizations',
      false,
    ],
  ])('partner administrator whose %s: %s → %s is %s', (_label, who, target, action, allowed) => {
    expect(can(who, action, target)).toBe(allowed);
  });

  test('a customer administrator with a (wrongly) filled served list still manages only its own organization', () => {
    const who = actor(CUSTOMER_OWN, {
      roles: ['ADMINISTRATOR'],
      servedCustomerIds: [CUSTOMER_SERVED.id],
    });
    expect(can(who, 'manageProfessionals', CUSTOMER_SERVED)).toBe(false);
    expect(can(who, 'viewOrganization', CUSTOMER_SERVED)).toBe(false);
    expect(can(who, 'manageProfessionals', CUSTOMER_OWN)).toBe(true);
  });
});
