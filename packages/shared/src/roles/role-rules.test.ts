import type { ProfessionalStatus, Role } from '../domain/professional';
import type { ErrorCode } from '../errors/error-codes';
import {
  findInvariantViolations,
  holderOf,
  isActingAdministrator,
  whyCannotAssignRolesOnCreate,
  whyCannotChangeStatus,
  whyCannotDeleteProfessional,
  whyCannotRevokeAdministrator,
  whyCannotTransferRole,
} from './role-rules';
import type { MemberState, RuleViolation } from './rule-violation';

// ---------------------------------------------------------------------------------------------
// Fixtures: one organization's members, written out in full for every state.
// ---------------------------------------------------------------------------------------------

function member(
  id: string,
  firstName: string,
  lastName: string,
  status: ProfessionalStatus,
  roles: Role[] = [],
): MemberState {
  return { id, firstName, lastName, status, roles };
}

const ADMIN = 'ADMINISTRATOR';
const BILLING = 'BILLING_CONTACT';
const CARE = 'CUSTOMER_CARE_CONTACT';
const SHIPPING = 'SHIPPING_CONTACT';

/** Ana is the only administrator; each contact is held by someone else; Eva has no role. */
const base = (): MemberState[] => [
  member('ana', 'Ana', 'Silva', 'ACTIVE', [ADMIN]),
  member('bruno', 'Bruno', 'Costa', 'ACTIVE', [BILLING]),
  member('carla', 'Carla', 'Dias', 'ACTIVE', [CARE]),
  member('diego', 'Diego', 'Lima', 'ACTIVE', [SHIPPING]),
  member('eva', 'Eva', 'Rocha', 'ACTIVE'),
];

interface OrgState {
  members: MemberState[];
  /** The professional the action is about. */
  target: string;
  /** Display name the messages must use. */
  name: string;
}

const STATES = {
  'sole acting administrator': {
    members: base(),
    target: 'ana',
    name: 'Ana Silva',
  },
  'one of two administrators': {
    members: [
      ...base().filter((m) => m.id !== 'eva'),
      member('eva', 'Eva', 'Rocha', 'ACTIVE', [ADMIN]),
    ],
    target: 'ana',
    name: 'Ana Silva',
  },
  'administrator whose only other administrator is disabled': {
    members: [...base(), member('fabio', 'Fabio', 'Nunes', 'DISABLED', [ADMIN])],
    target: 'ana',
    name: 'Ana Silva',
  },
  'administrator whose other administrator is invited': {
    members: [...base(), member('ines', 'Ines', 'Moura', 'INVITED', [ADMIN])],
    target: 'ana',
    name: 'Ana Silva',
  },
  'invited administrator who is the only acting one': {
    members: [
      member('ines', 'Ines', 'Moura', 'INVITED', [ADMIN]),
      member('fabio', 'Fabio', 'Nunes', 'DISABLED', [ADMIN]),
      ...base().filter((m) => m.id !== 'ana'),
    ],
    target: 'ines',
    name: 'Ines Moura',
  },
  'holder of Billing contact': {
    members: base(),
    target: 'bruno',
    name: 'Bruno Costa',
  },
  'holder of Customer Care contact': {
    members: base(),
    target: 'carla',
    name: 'Carla Dias',
  },
  'holder of Shipping contact': {
    members: base(),
    target: 'diego',
    name: 'Diego Lima',
  },
  'holder of Billing and Shipping contacts': {
    members: [
      member('ana', 'Ana', 'Silva', 'ACTIVE', [ADMIN]),
      member('bruno', 'Bruno', 'Costa', 'ACTIVE', [BILLING, SHIPPING]),
      member('carla', 'Carla', 'Dias', 'ACTIVE', [CARE]),
      member('eva', 'Eva', 'Rocha', 'ACTIVE'),
    ],
    target: 'bruno',
    name: 'Bruno Costa',
  },
  'holder of every contact': {
    members: [
      member('ana', 'Ana', 'Silva', 'ACTIVE', [ADMIN]),
      member('bruno', 'Bruno', 'Costa', 'ACTIVE', [BILLING, CARE, SHIPPING]),
    ],
    target: 'bruno',
    name: 'Bruno Costa',
  },
  'sole administrator who also holds Billing contact': {
    members: [
      member('ana', 'Ana', 'Silva', 'ACTIVE', [ADMIN, BILLING]),
      member('carla', 'Carla', 'Dias', 'ACTIVE', [CARE]),
      member('diego', 'Diego', 'Lima', 'ACTIVE', [SHIPPING]),
      member('eva', 'Eva', 'Rocha', 'ACTIVE'),
    ],
    target: 'ana',
    name: 'Ana Silva',
  },
  'plain member': {
    members: base(),
    target: 'eva',
    name: 'Eva Rocha',
  },
  'invited plain member': {
    members: [...base(), member('hugo', 'Hugo', 'Alves', 'INVITED')],
    target: 'hugo',
    name: 'Hugo Alves',
  },
  'disabled plain member': {
    members: [...base(), member('gil', 'Gil', 'Souza', 'DISABLED')],
    target: 'gil',
    name: 'Gil Souza',
  },
  'disabled administrator (another is active)': {
    members: [...base(), member('fabio', 'Fabio', 'Nunes', 'DISABLED', [ADMIN])],
    target: 'fabio',
    name: 'Fabio Nunes',
  },
  'disabled holder of Billing contact': {
    members: [
      member('ana', 'Ana', 'Silva', 'ACTIVE', [ADMIN]),
      member('bruno', 'Bruno', 'Costa', 'DISABLED', [BILLING]),
      member('carla', 'Carla', 'Dias', 'ACTIVE', [CARE]),
      member('diego', 'Diego', 'Lima', 'ACTIVE', [SHIPPING]),
    ],
    target: 'bruno',
    name: 'Bruno Costa',
  },
} satisfies Record<string, OrgState>;

type StateName = keyof typeof STATES;
const STATE_NAMES = Object.keys(STATES) as StateName[];

// ---------------------------------------------------------------------------------------------
// Expected outcomes, written by hand. `[]` means the action is allowed.
// ---------------------------------------------------------------------------------------------

interface Expected {
  code: ErrorCode;
  role: Role;
}
const v = (code: ErrorCode, role: Role): Expected => ({ code, role });

const ADMIN_NOT_DELETABLE = v('ADMINISTRATOR_CANNOT_BE_DELETED', ADMIN);
const LAST_ADMIN = v('LAST_ADMINISTRATOR', ADMIN);
const NOT_ADMIN = v('NOT_ADMINISTRATOR', ADMIN);
const held = (role: Role) => v('MANDATORY_ROLE_HELD', role);
const already = (role: Role) => v('ROLE_ALREADY_HELD', role);
const disabled = (role: Role) => v('TARGET_DISABLED', role);

type ActionName =
  | 'delete'
  | 'revoke Administrator'
  | 'transfer Administrator to'
  | 'transfer Billing contact to'
  | 'transfer Customer Care contact to'
  | 'transfer Shipping contact to'
  | 'change status to DISABLED'
  | 'change status to ACTIVE'
  | 'change status to INVITED';

const ACTIONS_UNDER_TEST: Record<ActionName, (s: OrgState) => RuleViolation[]> = {
  delete: (s) => whyCannotDeleteProfessional(s.members, s.target),
  'revoke Administrator': (s) => whyCannotRevokeAdministrator(s.members, s.target),
  'transfer Administrator to': (s) => whyCannotTransferRole(s.members, ADMIN, s.target),
  'transfer Billing contact to': (s) => whyCannotTransferRole(s.members, BILLING, s.target),
  'transfer Customer Care contact to': (s) => whyCannotTransferRole(s.members, CARE, s.target),
  'transfer Shipping contact to': (s) => whyCannotTransferRole(s.members, SHIPPING, s.target),
  'change status to DISABLED': (s) => whyCannotChangeStatus(s.members, s.target, 'DISABLED'),
  'change status to ACTIVE': (s) => whyCannotChangeStatus(s.members, s.target, 'ACTIVE'),
  'change status to INVITED': (s) => whyCannotChangeStatus(s.members, s.target, 'INVITED'),
};

const EXPECTED: Record<StateName, Record<ActionName, Expected[]>> = {
  'sole acting administrator': {
    delete: [ADMIN_NOT_DELETABLE],
    'revoke Administrator': [LAST_ADMIN],
    'transfer Administrator to': [already(ADMIN)],
    'transfer Billing contact to': [],
    'transfer Customer Care contact to': [],
    'transfer Shipping contact to': [],
    'change status to DISABLED': [LAST_ADMIN],
    'change status to ACTIVE': [],
    'change status to INVITED': [],
  },
  'one of two administrators': {
    delete: [ADMIN_NOT_DELETABLE],
    'revoke Administrator': [],
    'transfer Administrator to': [already(ADMIN)],
    'transfer Billing contact to': [],
    'transfer Customer Care contact to': [],
    'transfer Shipping contact to': [],
    'change status to DISABLED': [],
    'change status to ACTIVE': [],
    'change status to INVITED': [],
  },
  'administrator whose only other administrator is disabled': {
    delete: [ADMIN_NOT_DELETABLE],
    'revoke Administrator': [LAST_ADMIN],
    'transfer Administrator to': [already(ADMIN)],
    'transfer Billing contact to': [],
    'transfer Customer Care contact to': [],
    'transfer Shipping contact to': [],
    'change status to DISABLED': [LAST_ADMIN],
    'change status to ACTIVE': [],
    'change status to INVITED': [],
  },
  'administrator whose other administrator is invited': {
    delete: [ADMIN_NOT_DELETABLE],
    'revoke Administrator': [],
    'transfer Administrator to': [already(ADMIN)],
    'transfer Billing contact to': [],
    'transfer Customer Care contact to': [],
    'transfer Shipping contact to': [],
    'change status to DISABLED': [],
    'change status to ACTIVE': [],
    'change status to INVITED': [],
  },
  'invited administrator who is the only acting one': {
    delete: [ADMIN_NOT_DELETABLE],
    'revoke Administrator': [LAST_ADMIN],
    'transfer Administrator to': [already(ADMIN)],
    'transfer Billing contact to': [],
    'transfer Customer Care contact to': [],
    'transfer Shipping contact to': [],
    'change status to DISABLED': [LAST_ADMIN],
    'change status to ACTIVE': [],
    'change status to INVITED': [],
  },
  'holder of Billing contact': {
    delete: [held(BILLING)],
    'revoke Administrator': [NOT_ADMIN],
    'transfer Administrator to': [],
    'transfer Billing contact to': [already(BILLING)],
    'transfer Customer Care contact to': [],
    'transfer Shipping contact to': [],
    'change status to DISABLED': [held(BILLING)],
    'change status to ACTIVE': [],
    'change status to INVITED': [],
  },
  'holder of Customer Care contact': {
    delete: [held(CARE)],
    'revoke Administrator': [NOT_ADMIN],
    'transfer Administrator to': [],
    'transfer Billing contact to': [],
    'transfer Customer Care contact to': [already(CARE)],
    'transfer Shipping contact to': [],
    'change status to DISABLED': [held(CARE)],
    'change status to ACTIVE': [],
    'change status to INVITED': [],
  },
  'holder of Shipping contact': {
    delete: [held(SHIPPING)],
    'revoke Administrator': [NOT_ADMIN],
    'transfer Administrator to': [],
    'transfer Billing contact to': [],
    'transfer Customer Care contact to': [],
    'transfer Shipping contact to': [already(SHIPPING)],
    'change status to DISABLED': [held(SHIPPING)],
    'change status to ACTIVE': [],
    'change status to INVITED': [],
  },
  'holder of Billing and Shipping contacts': {
    delete: [held(BILLING), held(SHIPPING)],
    'revoke Administrator': [NOT_ADMIN],
    'transfer Administrator to': [],
    'transfer Billing contact to': [already(BILLING)],
    'transfer Customer Care contact to': [],
    'transfer Shipping contact to': [already(SHIPPING)],
    'change status to DISABLED': [held(BILLING), held(SHIPPING)],
    'change status to ACTIVE': [],
    'change status to INVITED': [],
  },
  'holder of every contact': {
    delete: [held(BILLING), held(CARE), held(SHIPPING)],
    'revoke Administrator': [NOT_ADMIN],
    'transfer Administrator to': [],
    'transfer Billing contact to': [already(BILLING)],
    'transfer Customer Care contact to': [already(CARE)],
    'transfer Shipping contact to': [already(SHIPPING)],
    'change status to DISABLED': [held(BILLING), held(CARE), held(SHIPPING)],
    'change status to ACTIVE': [],
    'change status to INVITED': [],
  },
  'sole administrator who also holds Billing contact': {
    delete: [ADMIN_NOT_DELETABLE, held(BILLING)],
    'revoke Administrator': [LAST_ADMIN],
    'transfer Administrator to': [already(ADMIN)],
    'transfer Billing contact to': [already(BILLING)],
    'transfer Customer Care contact to': [],
    'transfer Shipping contact to': [],
    'change status to DISABLED': [LAST_ADMIN, held(BILLING)],
    'change status to ACTIVE': [],
    'change status to INVITED': [],
  },
  'plain member': {
    delete: [],
    'revoke Administrator': [NOT_ADMIN],
    'transfer Administrator to': [],
    'transfer Billing contact to': [],
    'transfer Customer Care contact to': [],
    'transfer Shipping contact to': [],
    'change status to DISABLED': [],
    'change status to ACTIVE': [],
    'change status to INVITED': [],
  },
  'invited plain member': {
    delete: [],
    'revoke Administrator': [NOT_ADMIN],
    'transfer Administrator to': [],
    'transfer Billing contact to': [],
    'transfer Customer Care contact to': [],
    'transfer Shipping contact to': [],
    'change status to DISABLED': [],
    'change status to ACTIVE': [],
    'change status to INVITED': [],
  },
  'disabled plain member': {
    delete: [],
    'revoke Administrator': [NOT_ADMIN],
    'transfer Administrator to': [disabled(ADMIN)],
    'transfer Billing contact to': [disabled(BILLING)],
    'transfer Customer Care contact to': [disabled(CARE)],
    'transfer Shipping contact to': [disabled(SHIPPING)],
    'change status to DISABLED': [],
    'change status to ACTIVE': [],
    'change status to INVITED': [],
  },
  'disabled administrator (another is active)': {
    delete: [ADMIN_NOT_DELETABLE],
    // Revoking from a disabled administrator leaves the count of acting administrators unchanged.
    'revoke Administrator': [],
    // "Already holds" is reported before "disabled".
    'transfer Administrator to': [already(ADMIN)],
    'transfer Billing contact to': [disabled(BILLING)],
    'transfer Customer Care contact to': [disabled(CARE)],
    'transfer Shipping contact to': [disabled(SHIPPING)],
    'change status to DISABLED': [],
    'change status to ACTIVE': [],
    'change status to INVITED': [],
  },
  'disabled holder of Billing contact': {
    delete: [held(BILLING)],
    'revoke Administrator': [NOT_ADMIN],
    'transfer Administrator to': [disabled(ADMIN)],
    'transfer Billing contact to': [already(BILLING)],
    'transfer Customer Care contact to': [disabled(CARE)],
    'transfer Shipping contact to': [disabled(SHIPPING)],
    // Already disabled: nothing changes, nothing is blocked.
    'change status to DISABLED': [],
    'change status to ACTIVE': [],
    'change status to INVITED': [],
  },
};

const CASES = STATE_NAMES.flatMap((state) =>
  (Object.keys(ACTIONS_UNDER_TEST) as ActionName[]).map(
    (action) => [action, state, EXPECTED[state][action]] as const,
  ),
);

const codesAndRoles = (violations: RuleViolation[]) =>
  violations.map(({ code, role }) => ({ code, role }));

// ---------------------------------------------------------------------------------------------

describe('fixtures', () => {
  test.each(STATE_NAMES)('%s is a healthy organization to start from', (state) => {
    expect(findInvariantViolations(STATES[state].members)).toEqual([]);
  });

  test('every state has an expectation for every action', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...STATE_NAMES].sort());
  });
});

describe('role rules: action × member state', () => {
  test.each(CASES)('%s the %s', (action, state, expected) => {
    const violations = ACTIONS_UNDER_TEST[action](STATES[state]);
    expect(codesAndRoles(violations)).toEqual(expected);
  });

  test.each(CASES.filter(([, , expected]) => expected.length > 0))(
    '%s the %s: every violation points at that professional and names them',
    (action, state) => {
      const s = STATES[state];
      for (const violation of ACTIONS_UNDER_TEST[action](s)) {
        expect(violation.professionalId).toBe(s.target);
        expect(violation.message).toContain(s.name);
        expect(violation.hint.length).toBeGreaterThan(0);
      }
    },
  );

  test.each([
    ['delete', () => whyCannotDeleteProfessional(base(), 'nobody')],
    ['revoke Administrator', () => whyCannotRevokeAdministrator(base(), 'nobody')],
    ['transfer', () => whyCannotTransferRole(base(), BILLING, 'nobody')],
    ['change status', () => whyCannotChangeStatus(base(), 'nobody', 'DISABLED')],
  ])('%s of someone outside the organization throws', (_action, run) => {
    expect(run).toThrow('Professional nobody is not a member of this organization');
  });
});

describe('role rules: an organization already without an acting administrator', () => {
  // Not a state a committed change can produce; the rules must not blame the disabled
  // administrator for a gap they do not cause.
  const noActingAdmin = (): MemberState[] => [
    member('fabio', 'Fabio', 'Nunes', 'DISABLED', [ADMIN]),
    ...base().filter((m) => m.id !== 'ana'),
  ];

  test.each<[string, () => RuleViolation[], Expected[]]>([
    [
      'revoke Administrator from the disabled administrator',
      () => whyCannotRevokeAdministrator(noActingAdmin(), 'fabio'),
      [],
    ],
    [
      'disable the disabled administrator again',
      () => whyCannotChangeStatus(noActingAdmin(), 'fabio', 'DISABLED'),
      [],
    ],
    [
      're-activate the disabled administrator',
      () => whyCannotChangeStatus(noActingAdmin(), 'fabio', 'ACTIVE'),
      [],
    ],
    [
      'delete the disabled administrator',
      () => whyCannotDeleteProfessional(noActingAdmin(), 'fabio'),
      [ADMIN_NOT_DELETABLE],
    ],
    [
      'grant Administrator to a plain member',
      () => whyCannotTransferRole(noActingAdmin(), ADMIN, 'eva'),
      [],
    ],
  ])('%s', (_label, run, expected) => {
    expect(codesAndRoles(run())).toEqual(expected);
  });
});

describe('role rules: what the person is told', () => {
  test.each<[string, () => RuleViolation[], Array<{ message: string; hint: string }>]>([
    [
      'delete the holder of Billing contact',
      () => whyCannotDeleteProfessional(STATES['holder of Billing contact'].members, 'bruno'),
      [
        {
          message: 'Bruno Costa holds Billing contact: hand it to someone else first.',
          hint: 'Hand Billing contact to another professional, then delete Bruno Costa.',
        },
      ],
    ],
    [
      'delete the sole administrator who also holds Billing contact',
      () =>
        whyCannotDeleteProfessional(
          STATES['sole administrator who also holds Billing contact'].members,
          'ana',
        ),
      [
        {
          message: 'Ana Silva is an Administrator and cannot be deleted.',
          hint: 'Make sure another professional is Administrator, then revoke Administrator from Ana Silva first.',
        },
        {
          message: 'Ana Silva holds Billing contact: hand it to someone else first.',
          hint: 'Hand Billing contact to another professional, then delete Ana Silva.',
        },
      ],
    ],
    [
      'delete the holder of every contact',
      () => whyCannotDeleteProfessional(STATES['holder of every contact'].members, 'bruno'),
      [
        {
          message: 'Bruno Costa holds Billing contact: hand it to someone else first.',
          hint: 'Hand Billing contact to another professional, then delete Bruno Costa.',
        },
        {
          message: 'Bruno Costa holds Customer Care contact: hand it to someone else first.',
          hint: 'Hand Customer Care contact to another professional, then delete Bruno Costa.',
        },
        {
          message: 'Bruno Costa holds Shipping contact: hand it to someone else first.',
          hint: 'Hand Shipping contact to another professional, then delete Bruno Costa.',
        },
      ],
    ],
    [
      'disable the holder of Shipping contact',
      () =>
        whyCannotChangeStatus(STATES['holder of Shipping contact'].members, 'diego', 'DISABLED'),
      [
        {
          message: 'Diego Lima holds Shipping contact: hand it to someone else first.',
          hint: 'Hand Shipping contact to another professional, then disable Diego Lima.',
        },
      ],
    ],
    [
      'revoke Administrator from the sole acting administrator',
      () => whyCannotRevokeAdministrator(STATES['sole acting administrator'].members, 'ana'),
      [
        {
          message: 'Ana Silva is the only active Administrator of this organization.',
          hint: 'Make another active professional Administrator first, then revoke it from Ana Silva.',
        },
      ],
    ],
    [
      'disable the sole acting administrator',
      () => whyCannotChangeStatus(STATES['sole acting administrator'].members, 'ana', 'DISABLED'),
      [
        {
          message: 'Ana Silva is the only active Administrator of this organization.',
          hint: 'Make another active professional Administrator first, then disable Ana Silva.',
        },
      ],
    ],
    [
      'revoke Administrator from a plain member',
      () => whyCannotRevokeAdministrator(STATES['plain member'].members, 'eva'),
      [{ message: 'Eva Rocha is not an Administrator.', hint: 'Nothing to revoke.' }],
    ],
    [
      'transfer Billing contact to its holder',
      () => whyCannotTransferRole(STATES['holder of Billing contact'].members, BILLING, 'bruno'),
      [
        {
          message: 'Bruno Costa already holds Billing contact.',
          hint: 'Choose another professional to hand Billing contact to.',
        },
      ],
    ],
    [
      'transfer Customer Care contact to a disabled member',
      () => whyCannotTransferRole(STATES['disabled plain member'].members, CARE, 'gil'),
      [
        {
          message: 'Gil Souza is disabled and cannot take Customer Care contact.',
          hint: 'Re-activate Gil Souza first, or choose another professional.',
        },
      ],
    ],
    [
      'grant Administrator to a disabled member',
      () => whyCannotTransferRole(STATES['disabled plain member'].members, ADMIN, 'gil'),
      [
        {
          message: 'Gil Souza is disabled and cannot take Administrator.',
          hint: 'Re-activate Gil Souza first, or choose another professional.',
        },
      ],
    ],
  ])('%s', (_label, run, expected) => {
    expect(run().map(({ message, hint }) => ({ message, hint }))).toEqual(expected);
  });
});

describe('whyCannotAssignRolesOnCreate', () => {
  const everyContactHeld = base();
  const billingUnassigned = base().map((m) => (m.id === 'bruno' ? { ...m, roles: [] } : m));

  test.each<
    [string, MemberState[], Role[], Array<Expected & { professionalId: string | undefined }>]
  >([
    ['no roles', everyContactHeld, [], []],
    ['Administrator only', everyContactHeld, [ADMIN], []],
    ['Administrator only, in an empty organization', [], [ADMIN], []],
    [
      'Billing contact',
      everyContactHeld,
      [BILLING],
      [{ ...already(BILLING), professionalId: 'bruno' }],
    ],
    [
      'Customer Care contact',
      everyContactHeld,
      [CARE],
      [{ ...already(CARE), professionalId: 'carla' }],
    ],
    [
      'Shipping contact',
      everyContactHeld,
      [SHIPPING],
      [{ ...already(SHIPPING), professionalId: 'diego' }],
    ],
    [
      'Administrator and Billing contact',
      everyContactHeld,
      [ADMIN, BILLING],
      [{ ...already(BILLING), professionalId: 'bruno' }],
    ],
    [
      'all three contacts',
      everyContactHeld,
      [BILLING, CARE, SHIPPING],
      [
        { ...already(BILLING), professionalId: 'bruno' },
        { ...already(CARE), professionalId: 'carla' },
        { ...already(SHIPPING), professionalId: 'diego' },
      ],
    ],
    [
      'Billing contact while nobody holds it',
      billingUnassigned,
      [BILLING],
      [{ ...already(BILLING), professionalId: undefined }],
    ],
    [
      'Shipping contact, in an empty organization',
      [],
      [SHIPPING],
      [{ ...already(SHIPPING), professionalId: undefined }],
    ],
  ])('create with %s', (_label, members, roles, expected) => {
    expect(
      whyCannotAssignRolesOnCreate(members, roles).map(({ code, role, professionalId }) => ({
        code,
        role,
        professionalId,
      })),
    ).toEqual(expected);
  });

  test.each<[string, MemberState[], Role, { message: string; hint: string }]>([
    [
      'names the current holder',
      everyContactHeld,
      BILLING,
      {
        message: 'Bruno Costa holds Billing contact.',
        hint: 'Create the professional first, then hand Billing contact over to them.',
      },
    ],
    [
      'says how the role is assigned when nobody holds it',
      billingUnassigned,
      BILLING,
      {
        message: 'Billing contact is assigned by handing it over.',
        hint: 'Create the professional first, then hand Billing contact over to them.',
      },
    ],
    [
      'names the Customer Care holder',
      everyContactHeld,
      CARE,
      {
        message: 'Carla Dias holds Customer Care contact.',
        hint: 'Create the professional first, then hand Customer Care contact over to them.',
      },
    ],
  ])('%s', (_label, members, role, expected) => {
    const [violation, ...rest] = whyCannotAssignRolesOnCreate(members, [role]);
    expect(rest).toEqual([]);
    expect({ message: violation?.message, hint: violation?.hint }).toEqual(expected);
  });
});

describe('findInvariantViolations', () => {
  test.each<[string, MemberState[], Array<Expected & { message: string; hint: string }>]>([
    ['a healthy organization', base(), []],
    [
      'a healthy organization whose only administrator is still invited',
      base().map((m) => (m.id === 'ana' ? { ...m, status: 'INVITED' as const } : m)),
      [],
    ],
    [
      'no administrator at all',
      base().map((m) => (m.id === 'ana' ? { ...m, roles: [] } : m)),
      [
        {
          ...LAST_ADMIN,
          message: 'The organization would be left without an active Administrator.',
          hint: 'Make another active professional Administrator first.',
        },
      ],
    ],
    [
      'only a disabled administrator',
      base().map((m) => (m.id === 'ana' ? { ...m, status: 'DISABLED' as const } : m)),
      [
        {
          ...LAST_ADMIN,
          message: 'The organization would be left without an active Administrator.',
          hint: 'Make another active professional Administrator first.',
        },
      ],
    ],
    [
      'two holders of Billing contact',
      base().map((m) => (m.id === 'eva' ? { ...m, roles: [BILLING] } : m)),
      [
        {
          ...already(BILLING),
          message: 'Billing contact would be held by 2 professionals.',
          hint: 'Exactly one professional holds Billing contact: hand it over instead.',
        },
      ],
    ],
    [
      'a disabled second holder of Shipping contact',
      [...base(), member('gil', 'Gil', 'Souza', 'DISABLED', [SHIPPING])],
      [
        {
          ...already(SHIPPING),
          message: 'Shipping contact would be held by 2 professionals.',
          hint: 'Exactly one professional holds Shipping contact: hand it over instead.',
        },
      ],
    ],
    [
      'nobody holding Customer Care contact',
      base().filter((m) => m.id !== 'carla'),
      [
        {
          ...v('MANDATORY_ROLE_UNASSIGNED', CARE),
          message: 'Nobody would hold Customer Care contact.',
          hint: 'Exactly one professional holds Customer Care contact: hand it over instead.',
        },
      ],
    ],
    [
      'several problems at once',
      [
        member('ana', 'Ana', 'Silva', 'DISABLED', [ADMIN, BILLING]),
        member('bruno', 'Bruno', 'Costa', 'ACTIVE', [BILLING, CARE]),
        member('carla', 'Carla', 'Dias', 'ACTIVE', [CARE]),
        member('diego', 'Diego', 'Lima', 'ACTIVE', [CARE]),
      ],
      [
        {
          ...LAST_ADMIN,
          message: 'The organization would be left without an active Administrator.',
          hint: 'Make another active professional Administrator first.',
        },
        {
          ...already(BILLING),
          message: 'Billing contact would be held by 2 professionals.',
          hint: 'Exactly one professional holds Billing contact: hand it over instead.',
        },
        {
          ...already(CARE),
          message: 'Customer Care contact would be held by 3 professionals.',
          hint: 'Exactly one professional holds Customer Care contact: hand it over instead.',
        },
        {
          ...v('MANDATORY_ROLE_UNASSIGNED', SHIPPING),
          message: 'Nobody would hold Shipping contact.',
          hint: 'Exactly one professional holds Shipping contact: hand it over instead.',
        },
      ],
    ],
    [
      'an empty organization',
      [],
      [
        {
          ...LAST_ADMIN,
          message: 'The organization would be left without an active Administrator.',
          hint: 'Make another active professional Administrator first.',
        },
        {
          ...v('MANDATORY_ROLE_UNASSIGNED', BILLING),
          message: 'Nobody would hold Billing contact.',
          hint: 'Exactly one professional holds Billing contact: hand it over instead.',
        },
        {
          ...v('MANDATORY_ROLE_UNASSIGNED', CARE),
          message: 'Nobody would hold Customer Care contact.',
          hint: 'Exactly one professional holds Customer Care contact: hand it over instead.',
        },
        {
          ...v('MANDATORY_ROLE_UNASSIGNED', SHIPPING),
          message: 'Nobody would hold Shipping contact.',
          hint: 'Exactly one professional holds Shipping contact: hand it over instead.',
        },
      ],
    ],
  ])('%s', (_label, members, expected) => {
    expect(
      findInvariantViolations(members).map(({ code, role, message, hint, professionalId }) => ({
        code,
        role,
        message,
        hint,
        ...(professionalId === undefined ? {} : { professionalId }),
      })),
    ).toEqual(expected);
  });
});

describe('isActingAdministrator', () => {
  test.each<[ProfessionalStatus, Role[], boolean]>([
    ['ACTIVE', [ADMIN], true],
    ['INVITED', [ADMIN], true],
    ['DISABLED', [ADMIN], false],
    ['ACTIVE', [ADMIN, BILLING], true],
    ['ACTIVE', [], false],
    ['ACTIVE', [BILLING, CARE, SHIPPING], false],
    ['INVITED', [], false],
  ])('%s with roles %j → %s', (status, roles, expected) => {
    expect(isActingAdministrator(member('x', 'X', 'Y', status, roles))).toBe(expected);
  });
});

describe('holderOf', () => {
  const members = STATES['holder of Billing and Shipping contacts'].members;
  test.each<[Role, string | undefined]>([
    [ADMIN, 'ana'],
    [BILLING, 'bruno'],
    [CARE, 'carla'],
    [SHIPPING, 'bruno'],
  ])('%s is held by %s', (role, id) => {
    expect(holderOf(members, role)?.id).toBe(id);
  });

  test('nobody holds a role in an empty organization', () => {
    expect(holderOf([], BILLING)).toBeUndefined();
  });
});
