/** Who a demo announcement is for: everyone, or demo organizations (by key) and products. */
export interface DemoAnnouncement {
  slug: string;
  title: string;
  summary: string;
  body: string;
  audience: 'ALL_CUSTOMERS' | { organizationKeys?: string[]; products?: string[] };
  pinned: boolean;
  /** Published this many days before the seed; null for a draft. */
  daysAgo: number | null;
}

export const DEMO_ANNOUNCEMENTS: DemoAnnouncement[] = [
  {
    slug: 'welcome-to-the-northwind-customer-portal',
    title: 'Welcome to the Northwind customer portal',
    summary: 'Knowledge base, licences, news and your team in one place.',
    body: `Everything you need from Northwind now lives here:

- **Knowledge base**: search answers across every product you hold.
- **Licences**: products, seats and service plans for your organization.
- **News**: announcements for everyone, and for the products you use.

Your company's administrators invite colleagues from the **People** page.`,
    audience: 'ALL_CUSTOMERS',
    pinned: true,
    daysAgo: 45,
  },
  {
    slug: 'scheduled-maintenance-for-acme-hosted-services',
    title: 'Scheduled maintenance of your hosted services',
    summary: 'Acme’s hosted Ledger instance is upgraded next Saturday between 02:00 and 04:00 UTC.',
    body: `We upgrade your hosted **Ledger** instance next Saturday, 02:00–04:00 UTC.

Expect up to 20 minutes of read-only access. No action is needed; your account manager can move the window if it collides with a closing run.`,
    audience: { organizationKeys: ['acme'] },
    pinned: false,
    daysAgo: 1,
  },
  {
    slug: 'holiday-support-hours',
    title: 'Holiday support hours',
    summary:
      'Support answers around the clock for severity 1; other requests are answered on working days.',
    body: `Between 24 December and 2 January, severity 1 incidents are answered around the clock as usual.

Other requests are answered on working days, within two business days.`,
    audience: 'ALL_CUSTOMERS',
    pinned: false,
    daysAgo: 2,
  },
  {
    slug: 'ledger-9-2-released',
    title: 'Ledger 9.2 released',
    summary: 'Faster period close, multi-currency revaluation and a new audit export.',
    body: `**Ledger 9.2** is available for every Ledger licence.

## Highlights
- Period close runs up to 40% faster on large ledgers.
- Multi-currency revaluation in one step.
- Audit export as CSV or XLSX.

Read the release notes in the knowledge base before upgrading.`,
    audience: { products: ['ledger'] },
    pinned: false,
    daysAgo: 4,
  },
  {
    slug: 'insight-dashboards-new-export-formats',
    title: 'Insight dashboards: new export formats',
    summary: 'Dashboards export to PDF and PowerPoint, with your theme.',
    body: `Insight dashboards now export to **PDF** and **PowerPoint**, keeping your colours and logo.

Open a dashboard and choose *Export* in its menu.`,
    audience: { products: ['insight'] },
    pinned: false,
    daysAgo: 8,
  },
  {
    slug: 'partner-programme-deal-registration',
    title: 'Partner programme: deal registration opens',
    summary: 'Register opportunities in the portal and keep your partner margin.',
    body: `Partners can now register deals with their account manager.

A registered deal is protected for 90 days.`,
    audience: { organizationKeys: ['partner'] },
    pinned: false,
    daysAgo: 12,
  },
  {
    slug: 'dispatch-3-end-of-support',
    title: 'Dispatch 3 reaches the end of support',
    summary: 'Plan your move to Dispatch 4 before the end of the quarter.',
    body: `**Dispatch 3** receives no more fixes after the end of this quarter.

Dispatch 4 reads your existing routes and fleets; the upgrade guide walks through it step by step.`,
    audience: { products: ['dispatch'] },
    pinned: false,
    daysAgo: 30,
  },
  {
    slug: 'coming-soon-training-library',
    title: 'Coming soon: the training library',
    summary: 'Courses and videos for every product, with your progress saved.',
    body: 'A draft: vendor staff see it, customers do not yet.',
    audience: 'ALL_CUSTOMERS',
    pinned: false,
    daysAgo: null,
  },
];
