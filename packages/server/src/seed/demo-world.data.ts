import type { OrganizationKind, ProfessionalStatus, Region, Role } from '@foyer/shared';

export interface DemoPerson {
  firstName: string;
  lastName: string;
  email: string;
  jobTitle: string;
  status: ProfessionalStatus;
  roles: Role[];
  phone?: string;
  preferredLanguage?: string;
}

export interface DemoOrganization {
  key: string;
  kind: OrganizationKind;
  name: string;
  accountNumber: string;
  region: Region;
  emailDomain: string;
  people: DemoPerson[];
  /** E-mail of the vendor's professional who looks after this customer or partner. */
  accountManager?: string;
}

/**
 * The vendor, one partner and the two customers it serves: every role and status appears, and
 * each organization satisfies the role invariants from the start.
 */
export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: 'vendor',
    kind: 'VENDOR',
    name: 'Northwind Software',
    accountNumber: 'NW-0001',
    emailDomain: 'northwind.example',
    region: 'NORTH_AMERICA',
    people: [
      {
        firstName: 'Vera',
        lastName: 'Lindqvist',
        email: 'vera@northwind.example',
        jobTitle: 'Customer Portal Manager',
        status: 'ACTIVE',
        roles: ['ADMINISTRATOR', 'BILLING_CONTACT'],
      },
      {
        firstName: 'Omar',
        lastName: 'Haddad',
        email: 'omar@northwind.example',
        jobTitle: 'Account Manager',
        status: 'ACTIVE',
        roles: ['CUSTOMER_CARE_CONTACT'],
        phone: '+1 415 555 0142',
      },
      {
        firstName: 'Priya',
        lastName: 'Nair',
        email: 'priya@northwind.example',
        jobTitle: 'Release Coordinator',
        status: 'ACTIVE',
        roles: ['SHIPPING_CONTACT'],
      },
    ],
  },
  {
    key: 'partner',
    kind: 'PARTNER',
    name: 'Bluefin Systems Integration',
    accountNumber: 'BF-1001',
    accountManager: 'omar@northwind.example',
    emailDomain: 'bluefin.example',
    region: 'EMEA',
    people: [
      {
        firstName: 'Lars',
        lastName: 'Becker',
        email: 'lars@bluefin.example',
        jobTitle: 'Partner Success Lead',
        status: 'ACTIVE',
        roles: ['ADMINISTRATOR', 'SHIPPING_CONTACT'],
        preferredLanguage: 'de',
      },
      {
        firstName: 'Sofia',
        lastName: 'Romano',
        email: 'sofia@bluefin.example',
        jobTitle: 'Finance Officer',
        status: 'ACTIVE',
        roles: ['BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT'],
        preferredLanguage: 'it',
      },
      {
        firstName: 'Tom',
        lastName: 'Okafor',
        email: 'tom@bluefin.example',
        jobTitle: 'Solutions Engineer',
        status: 'INVITED',
        roles: [],
      },
    ],
  },
  {
    key: 'acme',
    kind: 'CUSTOMER',
    name: 'Acme Logistics',
    accountNumber: 'AC-2001',
    accountManager: 'omar@northwind.example',
    emailDomain: 'acme.example',
    region: 'NORTH_AMERICA',
    people: [
      {
        firstName: 'Ana',
        lastName: 'Silva',
        email: 'ana@acme.example',
        jobTitle: 'IT Director',
        status: 'ACTIVE',
        roles: ['ADMINISTRATOR'],
        phone: '+1 312 555 0199',
      },
      {
        firstName: 'Ben',
        lastName: 'Carter',
        email: 'ben@acme.example',
        jobTitle: 'Systems Administrator',
        status: 'ACTIVE',
        roles: ['ADMINISTRATOR'],
      },
      {
        firstName: 'Chloe',
        lastName: 'Dubois',
        email: 'chloe@acme.example',
        jobTitle: 'Support Engineer',
        status: 'ACTIVE',
        roles: ['CUSTOMER_CARE_CONTACT'],
        preferredLanguage: 'fr',
      },
      {
        firstName: 'David',
        lastName: 'Kim',
        email: 'david@acme.example',
        jobTitle: 'Warehouse Systems Lead',
        status: 'INVITED',
        roles: ['SHIPPING_CONTACT'],
      },
      {
        firstName: 'Eva',
        lastName: 'Müller',
        email: 'eva@acme.example',
        jobTitle: 'Former Analyst',
        status: 'DISABLED',
        roles: [],
      },
      {
        firstName: 'Frank',
        lastName: 'Osei',
        email: 'frank@acme.example',
        jobTitle: 'Accounts Payable Lead',
        status: 'ACTIVE',
        roles: ['BILLING_CONTACT'],
      },
    ],
  },
  {
    key: 'globex',
    kind: 'CUSTOMER',
    name: 'Globex Health',
    accountNumber: 'GX-2002',
    accountManager: 'omar@northwind.example',
    emailDomain: 'globex.example',
    region: 'APAC',
    people: [
      {
        firstName: 'Hiro',
        lastName: 'Tanaka',
        email: 'hiro@globex.example',
        jobTitle: 'Head of Clinical IT',
        status: 'ACTIVE',
        roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        preferredLanguage: 'ja',
      },
      {
        firstName: 'Isla',
        lastName: 'Brown',
        email: 'isla@globex.example',
        jobTitle: 'Data Analyst',
        status: 'INVITED',
        roles: [],
      },
      {
        firstName: 'Jonas',
        lastName: 'Weber',
        email: 'jonas@globex.example',
        jobTitle: 'Integration Engineer',
        status: 'ACTIVE',
        roles: [],
      },
    ],
  },
];

/** Which customers the demo partner serves. */
export const DEMO_PARTNER_LINKS: Array<[partnerKey: string, customerKey: string]> = [
  ['partner', 'acme'],
  ['partner', 'globex'],
];

/** The sign-ins printed at start, one per kind of user worth trying. */
export const DEMO_SIGN_INS = [
  { email: 'vera@northwind.example', who: 'vendor administrator' },
  { email: 'lars@bluefin.example', who: 'partner administrator (serves Acme and Globex)' },
  { email: 'ana@acme.example', who: 'customer administrator (Acme Logistics)' },
  { email: 'frank@acme.example', who: 'customer professional, Billing contact' },
  { email: 'chloe@acme.example', who: 'customer professional, Customer Care contact' },
  { email: 'hiro@globex.example', who: 'customer administrator holding every contact role' },
];

export interface DemoLicense {
  organizationKey: string;
  product: string;
  edition: string;
  seats: number;
  servicePlan: string | null;
  /** The service plan's first and last day, in days from the day the demo content is seeded. */
  startsInDays: number;
  endsInDays: number;
  registrationKey: string;
}

/**
 * What the demo customers hold, so that entitlement differences show: Acme reads Ledger's
 * licence-holder and service-plan articles, and Dispatch's licence-holder ones but not its
 * service-plan ones (that plan has ended); Globex reads Insight's; the partner holds nothing.
 * Globex's Beacon plan ends within 30 days, so the licences page shows the renewal warning.
 */
export const DEMO_LICENSES: DemoLicense[] = [
  {
    organizationKey: 'acme',
    product: 'ledger',
    edition: 'Enterprise',
    seats: 120,
    servicePlan: 'Premier Support',
    startsInDays: -300,
    endsInDays: 430,
    registrationKey: 'NWL5-ACME-7Q4K-29XD-M3PV',
  },
  {
    organizationKey: 'acme',
    product: 'dispatch',
    edition: 'Fleet 500',
    seats: 350,
    servicePlan: 'Standard Support',
    startsInDays: -700,
    endsInDays: -35,
    registrationKey: 'NWD3-ACME-K8R2-5TZL-Q9WB',
  },
  {
    organizationKey: 'globex',
    product: 'insight',
    edition: 'Professional',
    seats: 80,
    servicePlan: 'Premier Support',
    startsInDays: -120,
    endsInDays: 245,
    registrationKey: 'NWI1-GLBX-3HJ7-VP6N-28CE',
  },
  {
    organizationKey: 'globex',
    product: 'beacon',
    edition: 'Standard',
    seats: 25,
    servicePlan: 'Standard Support',
    startsInDays: -345,
    endsInDays: 20,
    registrationKey: 'NWB2-GLBX-8MKR-4TQH-J6WD',
  },
];
