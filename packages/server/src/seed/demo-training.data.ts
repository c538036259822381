import type { ContentVisibility, LessonKind } from '@foyer/shared';

export interface DemoLesson {
  title: string;
  kind: LessonKind;
  body: string;
  /** Video lessons all play the short demo clip (assets/demo-lesson.mp4). */
  durationSeconds?: number;
}

export interface DemoCourse {
  slug: string;
  title: string;
  summary: string;
  product: string | null;
  visibility: ContentVisibility;
  daysAgo: number;
  lessons: DemoLesson[];
}

/** How far a demo professional is: lessons completed (by position) and where a video stopped. */
export interface DemoProgress {
  email: string;
  courseSlug: string;
  completedPositions: number[];
  /** Lesson position → seconds into its video. */
  videoPositions?: Record<number, number>;
  daysAgo: number;
}

/**
 * Courses for the demo products: Acme (Ledger, Dispatch) and Globex (Insight) see different
 * catalogues, and everyone sees the portal tour.
 */
export const DEMO_COURSES: DemoCourse[] = [
  {
    slug: 'ledger-month-end-close',
    title: 'Ledger: closing the month',
    summary:
      'From bank import to a locked period in five short lessons, with the checks auditors ask for.',
    product: 'ledger',
    visibility: 'ENTITLED_PRODUCT',
    daysAgo: 20,
    lessons: [
      {
        title: 'The month-end close at a glance',
        kind: 'VIDEO',
        durationSeconds: 4,
        body: `
A short tour of the **Close** workspace: the checklist on the left, the open items in the middle and the
period lock at the top right.

- Every task on the checklist has an owner and a due day.
- The period can only be locked when every task is done.`,
      },
      {
        title: 'Importing bank statements',
        kind: 'TEXT',
        body: `
Ledger reads CAMT.053, MT940 and CSV statements.

1. Open **Banking → Statements** and choose **Import**.
2. Pick the account; Ledger recognises the format by itself.
3. Check the opening balance against the previous closing balance. A difference means a statement is missing.

> Tip: schedule the import under **Banking → Connections** so statements arrive every morning.`,
      },
      {
        title: 'Matching rules that save hours',
        kind: 'TEXT',
        body: `
Matching rules pair bank lines with open items automatically.

| Rule | Matches on |
| --- | --- |
| Reference | the invoice number in the payment reference |
| Amount and date | the exact amount within three days |
| Counterparty | the IBAN of a known supplier or customer |

Start with the reference rule; add the others once its hit rate is above 80 %.`,
      },
      {
        title: 'Accruals and deferrals',
        kind: 'TEXT',
        body: `
Record costs in the month they belong to. Use **Journal → Recurring** for rent and subscriptions, and
**Journal → Accrual** for invoices that arrive after the close. Ledger reverses accruals on the first day
of the next period.`,
      },
      {
        title: 'Locking the period',
        kind: 'TEXT',
        body: `
When the checklist is green, choose **Lock period**. A locked period refuses new postings; an
administrator can reopen it, and the audit log records who did and why.`,
      },
    ],
  },
  {
    slug: 'dispatch-route-planning',
    title: 'Dispatch: planning routes that hold',
    summary: 'Build a day plan, respect delivery windows and replan when a truck breaks down.',
    product: 'dispatch',
    visibility: 'ENTITLED_PRODUCT',
    daysAgo: 12,
    lessons: [
      {
        title: 'Depots, vehicles and drivers',
        kind: 'TEXT',
        body: `
Before planning, Dispatch needs your **depots** (with opening hours), **vehicles** (capacity in pallets and
kilograms) and **drivers** (shifts and licences). Import them from CSV under **Fleet → Import**.`,
      },
      {
        title: 'Your first day plan',
        kind: 'VIDEO',
        durationSeconds: 4,
        body: `
Watch the planner build a day plan for 40 stops. Notes:

- Delivery windows are hard constraints; preferred times are soft.
- The plan score weighs kilometres against late arrivals.`,
      },
      {
        title: 'Replanning during the day',
        kind: 'TEXT',
        body: `
When a vehicle drops out, select it and choose **Redistribute**. Dispatch moves its remaining stops to the
vehicles with room, keeps stops already started, and tells the affected drivers in the app.`,
      },
    ],
  },
  {
    slug: 'insight-dashboards-in-an-afternoon',
    title: 'Insight: dashboards in an afternoon',
    summary: 'Connect a data source, build three charts and share a dashboard with your team.',
    product: 'insight',
    visibility: 'ENTITLED_PRODUCT',
    daysAgo: 8,
    lessons: [
      {
        title: 'Connecting a data source',
        kind: 'TEXT',
        body: `
Insight connects to PostgreSQL, SQL Server and CSV uploads. Under **Data → Sources** choose **Add**, enter the
read-only credentials, and test the connection. Insight never writes to your database.`,
      },
      {
        title: 'Three charts everyone understands',
        kind: 'TEXT',
        body: `
A line for trends over time, a bar for comparing categories, a single number for the one figure that matters.
Avoid pie charts with more than four slices.`,
      },
      {
        title: 'Sharing and scheduling',
        kind: 'VIDEO',
        durationSeconds: 4,
        body: `Share a dashboard with a team, or schedule it as a PDF every Monday at 08:00.`,
      },
    ],
  },
  {
    slug: 'portal-tour',
    title: 'Getting the most out of the customer portal',
    summary:
      'Where to find answers, downloads and your licences, and how your administrators manage access.',
    product: null,
    visibility: 'ALL_CUSTOMERS',
    daysAgo: 30,
    lessons: [
      {
        title: 'A two-minute tour',
        kind: 'VIDEO',
        durationSeconds: 4,
        body: `The search box finds articles, updates, courses and news at once — only what your organization may open.`,
      },
      {
        title: 'Searching well',
        kind: 'TEXT',
        body: `
Every word must match; the last one also as the start of a word, so results appear as you type.
Put words in "quotes" to find them side by side, and narrow by kind or product on the left.`,
      },
      {
        title: 'Who manages your access',
        kind: 'TEXT',
        body: `
Your organization's **administrators** invite colleagues, edit profiles and keep the billing, customer care and
shipping contacts assigned. If you need access for someone, ask them — or your partner contact.`,
      },
    ],
  },
];

export const DEMO_PROGRESS: DemoProgress[] = [
  {
    email: 'chloe@acme.example',
    courseSlug: 'ledger-month-end-close',
    completedPositions: [1, 2],
    videoPositions: { 1: 4 },
    daysAgo: 1,
  },
  {
    email: 'chloe@acme.example',
    courseSlug: 'portal-tour',
    completedPositions: [1, 2, 3],
    videoPositions: { 1: 4 },
    daysAgo: 6,
  },
  {
    email: 'frank@acme.example',
    courseSlug: 'ledger-month-end-close',
    completedPositions: [1, 2, 3, 4, 5],
    videoPositions: { 1: 4 },
    daysAgo: 3,
  },
  {
    email: 'frank@acme.example',
    courseSlug: 'dispatch-route-planning',
    completedPositions: [],
    videoPositions: { 2: 2 },
    daysAgo: 2,
  },
  {
    email: 'ana@acme.example',
    courseSlug: 'portal-tour',
    completedPositions: [1],
    videoPositions: { 1: 4 },
    daysAgo: 4,
  },
  {
    email: 'hiro@globex.example',
    courseSlug: 'insight-dashboards-in-an-afternoon',
    completedPositions: [1],
    daysAgo: 2,
  },
];
