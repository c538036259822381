/** The demo community: questions from the demo customers and partner, answered across organizations. */

export interface DemoAnswer {
  author: string;
  daysAgo: number;
  body: string;
  /** E-mails of those who voted it up (and down). */
  upVoters?: string[];
  downVoters?: string[];
  accepted?: boolean;
  hiddenReason?: string;
}

export interface DemoQuestion {
  slug: string;
  title: string;
  author: string;
  product: 'ledger' | 'dispatch' | 'insight' | null;
  daysAgo: number;
  body: string;
  upVoters?: string[];
  downVoters?: string[];
  answers: DemoAnswer[];
  /** Slugs of demo knowledge-base articles the question links to. */
  articles?: string[];
  hiddenReason?: string;
  locked?: boolean;
}

/** Hides and locks, as the moderator. */
export const DEMO_MODERATOR = 'vera@northwind.example';

export const DEMO_QUESTIONS: DemoQuestion[] = [
  {
    slug: 'is-it-safe-to-skip-ledger-4-2-cumulative-updates-before-upgrading-to-5-0',
    title: 'Is it safe to skip Ledger 4.2 cumulative updates before upgrading to 5.0?',
    author: 'ana@acme.example',
    product: 'ledger',
    daysAgo: 21,
    body: 'We are two cumulative updates behind on **Ledger 4.2**. Do we have to apply them before the 5.0 upgrade, or can the upgrade go straight from where we are?',
    upVoters: ['hiro@globex.example', 'lars@bluefin.example', 'chloe@acme.example'],
    articles: ['upgrading-ledger-from-4-2-to-5-0'],
    answers: [
      {
        author: 'lars@bluefin.example',
        daysAgo: 20,
        body: 'Apply the latest 4.2 cumulative update first. The 5.0 upgrade checks the schema version and stops if it is older than CU 7. We did three customer upgrades this way last quarter.',
        upVoters: ['ana@acme.example', 'hiro@globex.example', 'frank@acme.example'],
        accepted: true,
      },
      {
        author: 'jonas@globex.example',
        daysAgo: 19,
        body: 'We skipped them on a test copy and the upgrade refused to start, so no harm done — but it cost us a maintenance window.',
        upVoters: ['ana@acme.example'],
      },
    ],
  },
  {
    slug: 'dispatch-driver-app-drains-the-battery-on-older-android-phones',
    title: 'Dispatch driver app drains the battery on older Android phones',
    author: 'chloe@acme.example',
    product: 'dispatch',
    daysAgo: 14,
    body: 'Drivers with Android 11 devices report that the battery is empty by early afternoon. Is there a setting for how often positions are sent?',
    upVoters: ['lars@bluefin.example'],
    answers: [
      {
        author: 'omar@northwind.example',
        daysAgo: 13,
        body: 'Set **Position interval** to 60 seconds in *Administration › Mobile*. The default of 10 seconds is meant for dense urban routes.',
        upVoters: ['chloe@acme.example', 'lars@bluefin.example'],
        accepted: true,
      },
    ],
  },
  {
    slug: 'how-do-you-organise-insight-dashboards-for-several-clinics',
    title: 'How do you organise Insight dashboards for several clinics?',
    author: 'hiro@globex.example',
    product: 'insight',
    daysAgo: 10,
    body: 'We run Insight for 12 clinics. One dashboard per clinic, or one dashboard with a clinic filter? Curious what others do.',
    upVoters: ['ana@acme.example', 'sofia@bluefin.example'],
    answers: [
      {
        author: 'lars@bluefin.example',
        daysAgo: 9,
        body: 'One dashboard with a filter, and a saved view per clinic manager. Twelve copies drift apart within a month.',
        upVoters: ['hiro@globex.example'],
      },
      {
        author: 'jonas@globex.example',
        daysAgo: 8,
        body: 'Agree with Lars. We also pin the filter in the address so managers can bookmark their clinic.',
      },
    ],
  },
  {
    slug: 'year-end-close-fails-with-lgr-2041-although-the-period-is-open',
    title: 'Year-end close fails with LGR-2041 although the period is open',
    author: 'frank@acme.example',
    product: 'ledger',
    daysAgo: 6,
    body: 'Running the year-end close gives `LGR-2041 Period is locked`, but **Fiscal periods** shows December as open. What else locks a period?',
    upVoters: ['chloe@acme.example'],
    answers: [
      {
        author: 'hiro@globex.example',
        daysAgo: 5,
        body: 'Check the sub-ledgers: an open period in the general ledger is not enough if Payables still has December locked.',
        upVoters: ['frank@acme.example', 'ana@acme.example'],
      },
    ],
  },
  {
    slug: 'can-dispatch-import-orders-from-an-sftp-folder-every-five-minutes',
    title: 'Can Dispatch import orders from an SFTP folder every five minutes?',
    author: 'sofia@bluefin.example',
    product: 'dispatch',
    daysAgo: 3,
    body: 'A customer of ours wants near-real-time imports. The documentation mentions a schedule but not the shortest interval.',
    answers: [],
  },
  {
    slug: 'best-practice-for-rotating-service-account-passwords',
    title: 'Best practice for rotating service account passwords?',
    author: 'ana@acme.example',
    product: null,
    daysAgo: 2,
    body: 'Our security team wants every service account password rotated quarterly. How do you do it without downtime across the Northwind products?',
    upVoters: ['hiro@globex.example'],
    answers: [
      {
        author: 'jonas@globex.example',
        daysAgo: 1,
        body: 'Create the new credential first, switch each service over, then remove the old one. Never change it in place.',
        upVoters: ['ana@acme.example'],
      },
      {
        author: 'frank@acme.example',
        daysAgo: 1,
        body: 'Buy cheap watches here: www.example.com/deals',
        downVoters: ['ana@acme.example'],
        hiddenReason: 'Off-topic advertising.',
      },
    ],
  },
  {
    slug: 'selling-old-ledger-licences',
    title: 'Selling old Ledger licences',
    author: 'frank@acme.example',
    product: 'ledger',
    daysAgo: 4,
    body: 'We have spare seats. Anyone want to buy them privately?',
    downVoters: ['lars@bluefin.example'],
    answers: [],
    hiddenReason: 'Licences cannot be resold; please contact your account manager instead.',
    locked: true,
  },
];
