import type { ContentVisibility } from '@foyer/shared';

/**
 * The demo knowledge base: Northwind Software's articles about its three products, Northwind
 * Ledger (accounting, 4.2 and 5.0), Northwind Dispatch (fleet dispatch, 2.9 and 3.0) and Northwind
 * Insight (reporting, 1.6 and 1.7), plus a few about support itself. Written by hand, fixed text:
 * the same articles on every demo database, varied enough that search has something to rank.
 *
 * Visibility is mixed on purpose. With the demo licences (demo-world.data.ts), Acme Logistics
 * holds Ledger with an active service plan and Dispatch whose plan has ended; Globex Health holds
 * Insight with an active plan; the partner holds nothing. So each of them finds a different set.
 *
 * Code blocks use ~~~ fences and inline code \`…\` so the text needs no other escaping here.
 */
export interface DemoArticle {
  slug: string;
  title: string;
  summary: string;
  /** A product code, as licences name it; null for articles about no product in particular. */
  product: 'ledger' | 'dispatch' | 'insight' | null;
  version: string | null;
  category: string;
  tags: string[];
  visibility: ContentVisibility;
  /** False: a draft, which only vendor staff see. */
  published: boolean;
  /** Published (and last updated) this many days before the content is seeded. */
  daysAgo: number;
  body: string;
}

const LEDGER: DemoArticle[] = [
  {
    slug: 'ledger-5-0-system-requirements',
    title: 'Northwind Ledger 5.0 system requirements',
    summary: 'Operating systems, databases, hardware sizing and browsers supported by Ledger 5.0.',
    product: 'ledger',
    version: '5.0',
    category: 'Installation',
    tags: ['requirements', 'sizing', 'database'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 96,
    body: `Check these requirements before you install or upgrade to Northwind Ledger 5.0. Anything not listed here is not tested and not supported.

## Application server

- Windows Server 2019 or 2022 (Standard or Datacenter), or
- Red Hat Enterprise Linux 8.6+ / 9.x, Ubuntu Server 22.04 LTS
- Java is bundled; do not point Ledger at a system JRE

## Database

| Engine | Versions | Notes |
| --- | --- | --- |
| Microsoft SQL Server | 2019, 2022 | Read Committed Snapshot Isolation must be on |
| PostgreSQL | 14, 15, 16 | \`max_connections\` of at least 200 |
| Oracle Database | 19c | Supported until Ledger 5.2 |

## Sizing

| Posting volume per month | CPU cores | Memory | Database storage |
| --- | --- | --- | --- |
| up to 250,000 lines | 4 | 16 GB | 100 GB |
| up to 2 million lines | 8 | 32 GB | 500 GB |
| more | talk to your account manager about a sizing review | | |

## Clients

The web client supports the two most recent versions of Chrome, Edge, Firefox and Safari. The Windows desktop client (\`LedgerDesk.exe\`) needs .NET 8 Desktop Runtime.

> Ledger 5.0 no longer supports SQL Server 2016 or Windows Server 2016. Move the database before you upgrade.`,
  },
  {
    slug: 'installing-ledger-5-0-on-windows-server',
    title: 'Installing Ledger 5.0 on Windows Server',
    summary:
      'A step-by-step installation of the Ledger 5.0 application server on Windows Server 2022 with SQL Server.',
    product: 'ledger',
    version: '5.0',
    category: 'Installation',
    tags: ['install', 'windows', 'sql-server'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 95,
    body: `This guide installs a single Ledger 5.0 application server against an existing SQL Server instance. Allow about 45 minutes.

## Before you start

1. Download \`NorthwindLedger-5.0.3-win-x64.msi\` from **Software updates** in this portal.
2. Create an empty database (collation \`Latin1_General_CI_AS\`) and a SQL login that owns it.
3. Open TCP 8443 inbound on the server for the web client.

## Run the installer

~~~powershell
msiexec /i NorthwindLedger-5.0.3-win-x64.msi /l*v ledger-install.log
~~~

The wizard asks for:

- **Install folder** – the default is \`C:\\Program Files\\Northwind\\Ledger\`.
- **Database connection** – server, database name, login. Use *Test connection* before you continue.
- **Service account** – a domain account with *Log on as a service*. Avoid LocalSystem in production.
- **Licence file** – the \`.nwlic\` file from **Licences** in this portal.

## First start

The Windows service *Northwind Ledger Server* starts at the end. The first start creates the schema, which can take ten minutes on an empty database. Follow it in:

~~~
C:\\ProgramData\\Northwind\\Ledger\\logs\\server.log
~~~

When the log says \`Ledger server ready on port 8443\`, open \`https://<server>:8443\` and sign in as \`admin\` with the password the installer showed.

## Next steps

- Replace the self-signed certificate (see *Hardening the Ledger application server*).
- Configure single sign-on.
- Schedule database backups; Ledger does not back up its own database.`,
  },
  {
    slug: 'installing-ledger-5-0-on-linux',
    title: 'Installing Ledger 5.0 on Red Hat and Ubuntu',
    summary:
      'Install the Ledger 5.0 server from the RPM or DEB package, run it under systemd and connect it to PostgreSQL.',
    product: 'ledger',
    version: '5.0',
    category: 'Installation',
    tags: ['install', 'linux', 'postgresql', 'systemd'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 94,
    body: `Ledger 5.0 ships as an RPM for Red Hat Enterprise Linux and a DEB for Ubuntu. Both install the server under \`/opt/northwind/ledger\` and a systemd unit called \`ledger-server\`.

## Install the package

~~~sh
# Red Hat Enterprise Linux 8 or 9
sudo dnf install ./northwind-ledger-5.0.3.x86_64.rpm

# Ubuntu 22.04
sudo apt install ./northwind-ledger_5.0.3_amd64.deb
~~~

## Prepare PostgreSQL

~~~sql
CREATE ROLE ledger LOGIN PASSWORD 'change-me';
CREATE DATABASE ledger OWNER ledger ENCODING 'UTF8';
~~~

## Configure and start

Edit \`/etc/northwind/ledger/server.properties\`:

~~~properties
db.url=jdbc:postgresql://db01.internal:5432/ledger
db.user=ledger
db.password=change-me
http.port=8443
license.file=/etc/northwind/ledger/acme.nwlic
~~~

Then:

~~~sh
sudo systemctl enable --now ledger-server
sudo journalctl -u ledger-server -f
~~~

Wait for \`Ledger server ready on port 8443\`. If SELinux is enforcing, allow the port first:

~~~sh
sudo semanage port -a -t http_port_t -p tcp 8443
~~~

## Uninstalling

Removing the package keeps \`/etc/northwind/ledger\` and the database. Delete them yourself if you really mean to start over.`,
  },
  {
    slug: 'ledger-4-2-system-requirements',
    title: 'Northwind Ledger 4.2 system requirements',
    summary:
      'Supported platforms for Ledger 4.2, which stays in maintenance until the end of next year.',
    product: 'ledger',
    version: '4.2',
    category: 'Installation',
    tags: ['requirements', 'sizing'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 540,
    body: `Ledger 4.2 is in maintenance: it receives cumulative updates with security and legal fixes, but no new features. Plan your move to 5.0.

## Supported platforms

- **Server:** Windows Server 2016, 2019 or 2022; Red Hat Enterprise Linux 7.9 or 8.x
- **Database:** SQL Server 2016, 2017 or 2019; Oracle Database 19c
- **Java:** bundled Java 11 (do not replace it)
- **Desktop client:** Windows 10 or 11 with .NET Framework 4.8

## Memory

Give the server process at least 8 GB of heap for more than 50 concurrent users. The heap is set in \`conf/wrapper.conf\`:

~~~
wrapper.java.maxmemory=8192
~~~

## Not supported

- PostgreSQL (added in 5.0)
- Running the server in a container
- Browsers older than two major versions`,
  },
  {
    slug: 'upgrading-ledger-from-4-2-to-5-0',
    title: 'Upgrading Ledger from 4.2 to 5.0',
    summary:
      'Plan, rehearse and run the upgrade from Ledger 4.2 to 5.0, including the database conversion and the new permission model.',
    product: 'ledger',
    version: '5.0',
    category: 'Upgrade',
    tags: ['upgrade', 'migration', 'planning'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 90,
    body: `The upgrade from 4.2 to 5.0 converts the database in place and replaces the role-based permissions with permission sets. Rehearse it on a copy of production first.

## What changes in 5.0

- **Permission sets** replace the fixed roles. Each 4.2 role becomes a permission set of the same name; review them after the upgrade.
- **Posting queue**: postings are processed asynchronously. Reports may lag a few seconds behind entry.
- **PostgreSQL** is supported as a database.
- The **SOAP API** is removed; use the REST API (\`/api/v2\`).

## Supported paths

| From | To 5.0 |
| --- | --- |
| 4.2 CU6 or later | direct |
| 4.2 before CU6 | apply CU6 first |
| 4.1 or earlier | upgrade to 4.2 CU6 first |

## Steps

1. Apply the latest 4.2 cumulative update and let the nightly jobs run once.
2. Close the open posting batches: **Finance › Batches › Post all**.
3. Stop the Ledger service and back up the database.
4. Run the upgrade check:

   ~~~sh
   ledger-admin upgrade-check --target 5.0 --report upgrade-check.html
   ~~~

5. Fix every item marked *blocking* in the report.
6. Install 5.0 over the existing installation. The installer converts the database; on 50 GB this takes about an hour.
7. Start the service and review **Administration › Permission sets**.

## After the upgrade

Rebuild the reporting indexes overnight:

~~~sh
ledger-admin reindex --all --parallel 4
~~~

If anything goes wrong, see *Rolling back a failed Ledger 5.0 upgrade* (customers with an active service plan).`,
  },
  {
    slug: 'ledger-5-0-database-migration-checklist',
    title: 'Ledger 5.0 database migration checklist',
    summary:
      'The checks our consultants run before converting a production Ledger database to 5.0.',
    product: 'ledger',
    version: '5.0',
    category: 'Upgrade',
    tags: ['upgrade', 'database', 'checklist'],
    visibility: 'ENTITLED_PRODUCT',
    published: true,
    daysAgo: 88,
    body: `This is the checklist Northwind consultants use on upgrade projects. Work through it on the rehearsal copy and again on the night.

## Two weeks before

- [ ] Production is on 4.2 CU6 or later
- [ ] A full copy of production restored on a test server
- [ ] \`ledger-admin upgrade-check\` shows no blocking items on the copy
- [ ] Custom reports listed, and owners found for each
- [ ] Integrations using the SOAP API identified (they stop working in 5.0)

## Data checks

Run these on the copy; each should return no rows.

~~~sql
-- journal lines without a header
SELECT l.id FROM journal_line l LEFT JOIN journal_header h ON h.id = l.header_id WHERE h.id IS NULL;

-- accounts whose currency is not set
SELECT code FROM account WHERE currency_code IS NULL;

-- periods left half-closed by an interrupted close
SELECT fiscal_year, period FROM fiscal_period WHERE status = 'CLOSING';
~~~

## On the night

- [ ] Users notified, sessions ended, service stopped
- [ ] Database backup taken **and** restore tested
- [ ] Free disk space at least twice the database size (the conversion copies the journal tables)
- [ ] Upgrade run, log kept (\`upgrade-5.0.log\`)
- [ ] Smoke test: post a journal, run a trial balance, open a custom report

Keep the backup for at least one full month-end close.`,
  },
  {
    slug: 'rolling-back-a-failed-ledger-5-0-upgrade',
    title: 'Rolling back a failed Ledger 5.0 upgrade',
    summary:
      'How to return to Ledger 4.2 when the 5.0 conversion fails or the smoke test does not pass.',
    product: 'ledger',
    version: '5.0',
    category: 'Upgrade',
    tags: ['upgrade', 'rollback', 'backup'],
    visibility: 'ACTIVE_SERVICE_PLAN',
    published: true,
    daysAgo: 85,
    body: `The database conversion to 5.0 cannot be reversed in place. Rolling back means restoring the backup taken before the upgrade and reinstalling 4.2.

## When to roll back

- The installer stops with \`LGR-9001 conversion failed\`
- The smoke test fails and the cause is not found within your maintenance window
- A critical integration cannot be switched to the REST API in time

## Steps

1. Stop the *Northwind Ledger Server* service.
2. Uninstall Ledger 5.0 (keep the configuration folder when asked).
3. Restore the pre-upgrade backup over the Ledger database:

   ~~~sql
   RESTORE DATABASE Ledger FROM DISK = N'D:\\backup\\ledger-pre-5.0.bak' WITH REPLACE, RECOVERY;
   ~~~

4. Reinstall 4.2 with the same cumulative update as before, pointing at the restored database.
5. Start the service and check \`server.log\` for \`schema version 4.2.x\`.

## Tell us

Open a case with the upgrade log and the diagnostic bundle (see *Collecting a diagnostic bundle*). With an active service plan, an engineer reviews failed conversions within one business day, and we can run the conversion on an anonymised copy of your database in our lab.`,
  },
  {
    slug: 'applying-ledger-4-2-cumulative-updates',
    title: 'Applying Ledger 4.2 cumulative updates',
    summary:
      'Cumulative updates for 4.2 are installed with the patch tool; this is the routine and what each update contains.',
    product: 'ledger',
    version: '4.2',
    category: 'Upgrade',
    tags: ['patch', 'cumulative-update'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 180,
    body: `Ledger 4.2 receives a cumulative update (CU) every quarter. Each one contains all the fixes of the previous ones, so install only the latest.

## Installing a CU

~~~bat
net stop "Northwind Ledger Server"
ledger-patch.exe apply NorthwindLedger-4.2-CU8.nwp
net start "Northwind Ledger Server"
~~~

The patch tool backs up the files it replaces to \`patches\\backup\\CU8\`. It does not back up the database; take a backup first because some updates add indexes.

## Recent updates

| Update | Highlights |
| --- | --- |
| CU8 | Tax tables for the new year; fix for the VAT return export |
| CU7 | TLS 1.3 support; desktop client no longer freezes on large attachments |
| CU6 | Required before upgrading to 5.0; adds \`ledger-admin upgrade-check\` |

## Checking the installed level

**Help › About** shows the version as \`4.2.0.8\` for CU8. From the command line:

~~~bat
ledger-admin version
~~~`,
  },
  {
    slug: 'configuring-single-sign-on-for-ledger',
    title: 'Configuring single sign-on for Ledger with SAML or OpenID Connect',
    summary:
      'Let people sign in to Ledger 5.0 with Microsoft Entra ID, Okta or any SAML 2.0 or OpenID Connect provider.',
    product: 'ledger',
    version: '5.0',
    category: 'Configuration',
    tags: ['sso', 'saml', 'oidc', 'authentication'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 70,
    body: `Ledger 5.0 supports SAML 2.0 and OpenID Connect. Local passwords keep working for the \`admin\` account so you cannot lock yourself out.

## OpenID Connect (recommended)

1. In your identity provider, register a web application with the redirect URI \`https://ledger.example.com/auth/oidc/callback\`.
2. In Ledger, open **Administration › Authentication › OpenID Connect** and enter:
   - Issuer URL, e.g. \`https://login.microsoftonline.com/<tenant>/v2.0\`
   - Client ID and client secret
   - Claim for the user name: \`preferred_username\` (Entra ID) or \`email\`
3. Click **Test sign-in** in a private window before you enable it for everyone.

## SAML 2.0

Download the service-provider metadata from \`https://ledger.example.com/auth/saml/metadata\` and give it to your identity provider. Then upload the provider's metadata XML in **Administration › Authentication › SAML**.

## Mapping groups to permission sets

Ledger reads the \`groups\` claim (OIDC) or attribute (SAML) at each sign-in:

~~~yaml
group-mapping:
  "Finance-Accountants": Accountant
  "Finance-Controllers": Controller
  "IT-Ledger-Admins": Administrator
~~~

People whose groups map to nothing are refused with *No permission set for your account*.

## Troubleshooting

- **Clock skew**: SAML assertions are rejected when the server clock is more than two minutes off. Keep NTP running.
- **Redirect loop**: the public URL in **Administration › Server** must match the address people use, including the port.`,
  },
  {
    slug: 'configuring-ledger-multi-currency',
    title: 'Setting up multi-currency accounting and exchange-rate feeds',
    summary:
      'Enable foreign currencies, load daily exchange rates automatically and choose how unrealised gains are revalued.',
    product: 'ledger',
    version: '5.0',
    category: 'Configuration',
    tags: ['currency', 'exchange-rates', 'revaluation'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 64,
    body: `Each company in Ledger has one functional currency. Foreign-currency transactions are translated at the rate of the posting date and revalued at period end.

## Enable currencies

**Finance › Setup › Currencies**: tick the currencies you trade in. ISO 4217 codes only; three decimals are supported for currencies such as the Kuwaiti dinar.

## Exchange-rate feeds

Ledger can fetch daily rates from the European Central Bank or from a CSV file your treasury system drops on a share.

~~~properties
fx.feed=ecb
fx.feed.time=06:30
fx.feed.fallback=previous-day
~~~

For a file feed, the expected format is:

~~~csv
date,from,to,rate
2025-03-03,USD,EUR,0.9241
2025-03-03,GBP,EUR,1.1987
~~~

## Revaluation

At period end run **Finance › Period end › Revalue open items**. Choose:

- **Reversing** – the revaluation entry is reversed on the first day of the next period (most common)
- **Cumulative** – each run adjusts the previous one

Unrealised gains and losses post to the accounts set on each currency. Realised differences post when an open item is settled.`,
  },
  {
    slug: 'setting-up-fiscal-periods-and-year-end-close',
    title: 'Setting up fiscal periods and the year-end close in Ledger 4.2',
    summary:
      'Create a fiscal calendar with 12 or 13 periods, lock periods, and close the year in Ledger 4.2.',
    product: 'ledger',
    version: '4.2',
    category: 'How-to',
    tags: ['fiscal-year', 'period-close', 'year-end'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 400,
    body: `A fiscal year in Ledger 4.2 has 12 monthly periods, 13 four-week periods, or a 4-4-5 pattern, plus an adjustment period for closing entries.

## Create the calendar

1. **Finance › Setup › Fiscal years › New**.
2. Pick the first day and the pattern. Ledger proposes the periods; adjust the end dates if your year does not follow the calendar.
3. Save. Periods start in the state *Open*.

## Period states

| State | Who can post |
| --- | --- |
| Open | everyone with posting rights |
| Soft-locked | controllers only |
| Locked | nobody; reopening needs the *Reopen period* right |

Posting into a locked period fails with **LGR-2041 Period is locked**.

## Closing the year

1. Lock periods 1–12 (or 1–13).
2. Post the closing adjustments in the adjustment period.
3. Run **Period end › Close fiscal year**. Ledger moves the profit and loss balances to retained earnings and opens the balance sheet accounts in the new year.

The close can be undone until the first posting in the new year with **Period end › Undo close**.`,
  },
  {
    slug: 'running-the-year-end-close-in-ledger-5-0',
    title: 'Running the year-end close in Ledger 5.0',
    summary:
      'The year-end close is now a guided checklist with a dry run; this is what each step does and how long it takes.',
    product: 'ledger',
    version: '5.0',
    category: 'How-to',
    tags: ['year-end', 'period-close', 'retained-earnings'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 40,
    body: `Ledger 5.0 replaces the single *Close fiscal year* command with a guided close. Each step can be run, checked and, until the final step, undone.

## The steps

1. **Pre-close checks** – unposted batches, open intercompany items, missing exchange rates.
2. **Revalue** foreign-currency balances at the closing rate.
3. **Allocate** – runs the allocation rules marked *year-end*.
4. **Dry run** – calculates the closing entries without posting and shows the retained earnings movement per company.
5. **Close** – posts the closing entries and locks the year.

## Dry run from the command line

Large groups often run the dry run overnight:

~~~sh
ledger-admin close-year --year 2025 --company ALL --dry-run --output close-2025.xlsx
~~~

## Timing

On a ledger with 10 million lines a year, the dry run takes about 20 minutes and the close about 35. The posting queue is paused during the final step; entries made meanwhile wait and post afterwards.

## Good to know

- The close no longer needs every user signed out.
- Closing entries carry the source \`YEC\` and can be filtered out of management reports.
- Reopening a closed year is an administrator action and is written to the audit trail.`,
  },
  {
    slug: 'importing-a-chart-of-accounts-from-csv',
    title: 'Importing a chart of accounts from CSV',
    summary:
      'Load or update accounts in bulk from a spreadsheet, with validation before anything is saved.',
    product: 'ledger',
    version: '5.0',
    category: 'How-to',
    tags: ['chart-of-accounts', 'import', 'csv'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 58,
    body: `New implementations and reorganisations often start from a spreadsheet. **Finance › Setup › Accounts › Import** reads a CSV file and shows every change before saving.

## File format

UTF-8, comma-separated, with a header row:

~~~csv
code,name,type,normal_balance,currency,parent,blocked
1000,Cash at bank,ASSET,DEBIT,EUR,,false
1010,Petty cash,ASSET,DEBIT,EUR,1000,false
4000,Revenue – services,REVENUE,CREDIT,,,false
~~~

- \`type\` is one of ASSET, LIABILITY, EQUITY, REVENUE, EXPENSE.
- An empty \`currency\` means the company's functional currency.
- \`parent\` must exist already or appear earlier in the file.

## What the import does

- New codes are created.
- Existing codes are updated (name, parent, blocked). The type of an account with postings cannot change; the row is reported and skipped.
- Accounts missing from the file are left alone. Block them explicitly if they are no longer used.

## Using the API

~~~sh
curl -X POST https://ledger.example.com/api/v2/accounts/import \\
  -H "Authorization: Bearer $LEDGER_TOKEN" \\
  -F file=@accounts.csv -F dryRun=true
~~~

Run with \`dryRun=true\` first; the response lists the changes the import would make.`,
  },
  {
    slug: 'scheduling-bank-statement-imports',
    title: 'Scheduling automatic bank statement imports',
    summary:
      'Fetch CAMT.053 and MT940 statements over SFTP every morning and match them to open items automatically.',
    product: 'ledger',
    version: '5.0',
    category: 'How-to',
    tags: ['bank', 'reconciliation', 'camt', 'sftp'],
    visibility: 'ENTITLED_PRODUCT',
    published: true,
    daysAgo: 52,
    body: `Ledger 5.0 can pick up statements from your bank's SFTP server and reconcile them before your team starts the day.

## Supported formats

- ISO 20022 CAMT.053 (recommended) and CAMT.054
- SWIFT MT940
- BAI2 (North American banks)

## Set up the connection

**Finance › Bank accounts › (account) › Statement feed**:

~~~yaml
protocol: sftp
host: sftp.bank.example
port: 22
user: acme-logistics
key: /etc/northwind/ledger/keys/bank_ed25519
path: /outbound/statements
pattern: "*.xml"
schedule: "0 6 * * MON-FRI"
after-import: move-to /outbound/statements/done
~~~

## Matching rules

Each statement line is matched in this order:

1. Payment reference equals an invoice number
2. Amount and counterparty IBAN equal an open item
3. Rules you define (for example *card fees → account 6810*)

Unmatched lines wait in **Bank › Reconciliation** for a person.

## Monitoring

Failed fetches raise an alert in **Administration › Jobs** and, if configured, an e-mail to the treasury mailbox. The job log keeps the bank's response for 30 days.`,
  },
  {
    slug: 'ledger-posting-queue-stuck-in-pending',
    title: 'Postings stay in "Pending" and never reach the ledger',
    summary:
      'Journal entries remain in the posting queue in Ledger 5.0; usually the queue worker is stopped or blocked by a lock.',
    product: 'ledger',
    version: '5.0',
    category: 'Troubleshooting',
    tags: ['posting-queue', 'performance', 'locks'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 33,
    body: `## Symptom

Journal entries show the status **Pending** for minutes or hours. Reports do not include them. The queue count in **Administration › Posting queue** keeps growing.

## Causes

1. The queue worker is stopped (after a failed restart or a licence problem).
2. A long-running report holds locks on the balance tables.
3. One entry fails over and over and blocks its company's queue.

## Resolution

Check the worker:

~~~sh
ledger-admin queue status
~~~

~~~
worker      state     company   pending   oldest
posting-1   RUNNING   ACME01    12        00:00:04
posting-2   STOPPED   ACME02    4,310     02:41:17
~~~

Restart a stopped worker with \`ledger-admin queue restart posting-2\`.

If the worker runs but nothing moves, look for blocking sessions. On SQL Server:

~~~sql
SELECT blocking_session_id, wait_type, wait_time, command
FROM sys.dm_exec_requests WHERE blocking_session_id <> 0;
~~~

An entry that fails repeatedly is moved to **Posting queue › Failed** after five attempts; fix the cause shown there (often a blocked account) and click **Retry**.

## Prevention

Schedule heavy reports outside the posting peak, or point them at the reporting replica (**Administration › Reporting database**).`,
  },
  {
    slug: 'error-lgr-2041-period-is-locked',
    title: 'Error LGR-2041: Period is locked',
    summary:
      'Why a posting is refused with LGR-2041 in Ledger 4.2 and how to post the entry in the right period.',
    product: 'ledger',
    version: '4.2',
    category: 'Troubleshooting',
    tags: ['error', 'fiscal-year', 'posting'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 380,
    body: `## Message

~~~
LGR-2041 Period is locked: 2024/11 (company ACME01). Entry JV-118204 was not posted.
~~~

## Cause

The posting date of the entry falls in a period whose state is *Locked*. Periods are locked after the month-end close so that reported figures do not change.

## What to do

- **Post in the current period instead.** Change the posting date and keep the original date in the description. This is what auditors expect for late entries.
- **Reopen the period** if the entry really belongs there: a controller with the *Reopen period* right sets the period to *Soft-locked*, posts, and locks it again. Both actions are in the audit trail.

## Recurring entries

Recurring journals generated for a locked period fail every night. Edit the recurring journal and set **Skip locked periods** so they move to the next open period.

## Automation

Integrations receive HTTP 409 with the code \`PERIOD_LOCKED\`. Retrying does not help; the integration should move the date or raise a task for the finance team.`,
  },
  {
    slug: 'ledger-client-cannot-connect-tls-handshake-failed',
    title: 'Desktop client cannot connect: "TLS handshake failed"',
    summary:
      'The Ledger desktop client refuses the server certificate after a certificate renewal or when TLS 1.0 is disabled.',
    product: 'ledger',
    version: '5.0',
    category: 'Troubleshooting',
    tags: ['tls', 'certificates', 'desktop-client'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 27,
    body: `## Symptom

Starting \`LedgerDesk.exe\` shows *Could not connect to the Ledger server: TLS handshake failed*. The web client works.

## Causes and fixes

**The certificate does not name the address the client uses.** The desktop client checks the host name strictly. If the client connects to \`ledger01\` but the certificate says \`ledger.acme.example\`, change the server address in **File › Connection** to the name in the certificate.

**The issuing CA is not trusted on the PC.** Internal CAs must be in the Windows certificate store (*Trusted Root Certification Authorities*). Check with:

~~~powershell
Test-NetConnection ledger.acme.example -Port 8443
certutil -verify -urlfetch .\\ledger.cer
~~~

**An old client.** Clients older than 5.0.2 only offer TLS 1.2 with RSA ciphers. If the server only allows ECDHE, update the clients (the 5.0.3 MSI can be pushed with Intune or SCCM).

## Collecting details

Start the client with logging to see the exact failure:

~~~
LedgerDesk.exe /log:%TEMP%\\ledgerdesk.log /loglevel:debug
~~~`,
  },
  {
    slug: 'slow-trial-balance-report-on-large-ledgers',
    title: 'Trial balance takes minutes on large ledgers',
    summary:
      'Speed up the trial balance and general ledger reports in Ledger 4.2 with balance snapshots and index maintenance.',
    product: 'ledger',
    version: '4.2',
    category: 'Troubleshooting',
    tags: ['performance', 'reports', 'indexes'],
    visibility: 'ENTITLED_PRODUCT',
    published: true,
    daysAgo: 310,
    body: `## Symptom

The trial balance for a full year takes several minutes, or times out after 300 seconds, on ledgers with more than 20 million journal lines.

## Why

Ledger 4.2 sums journal lines for every account and period on the fly unless balance snapshots exist. Fragmented indexes make it worse.

## Fix

1. **Turn on balance snapshots** (**Administration › Performance › Balance snapshots**). Ledger keeps a running balance per account and period; the first build takes about an hour per 50 million lines.
2. **Rebuild fragmented indexes** weekly:

   ~~~sql
   ALTER INDEX ALL ON journal_line REBUILD WITH (ONLINE = ON);
   UPDATE STATISTICS journal_line WITH FULLSCAN;
   ~~~

3. **Raise the report timeout** only if needed, in \`conf/reporting.properties\`:

   ~~~properties
   report.timeout.seconds=900
   ~~~

## Results we see

| Ledger size | Before | With snapshots |
| --- | --- | --- |
| 20 million lines | 3 min 40 s | 6 s |
| 80 million lines | time-out | 19 s |

In Ledger 5.0 snapshots are always on and maintained by the posting queue.`,
  },
  {
    slug: 'ledger-5-0-known-issues',
    title: 'Known issues in Ledger 5.0',
    summary: 'Open problems in Ledger 5.0 with their workarounds and the update that fixes them.',
    product: 'ledger',
    version: '5.0',
    category: 'Known issues',
    tags: ['known-issues', 'release'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 12,
    body: `We update this list with every 5.0 update. Issues fixed in the update you run are marked with the version.

## Open

- **Intercompany eliminations skip zero-amount lines** (NWL-18822). Consolidated reports are correct, but the elimination journal omits lines with a zero amount. *Workaround:* none needed for figures; add the lines by hand if your auditor requires them.
- **Budget import ignores the 13th period** (NWL-18840). Budgets for 13-period calendars import 12 periods. *Workaround:* enter period 13 in the grid.
- **Desktop client shows dates in US format** on Windows set to English (United Kingdom). *Workaround:* set the format in **File › Preferences › Regional**.

## Fixed in 5.0.2

- Posting queue stops after a database fail-over (NWL-18611).
- Exchange-rate feed fails on bank holidays instead of using the previous day's rate (NWL-18650).

## Fixed in 5.0.3

- Permission set *Accountant* could not open fixed-asset registers (NWL-18702).
- SAML sign-in failed when the identity provider signed only the response (NWL-18733).

Report a new problem through **Support cases** with the build number from **Help › About**.`,
  },
  {
    slug: 'ledger-5-0-1-hotfix-rounding-on-foreign-currency-revaluation',
    title: 'Hotfix 5.0.1-HF2: rounding differences in foreign-currency revaluation',
    summary:
      'A hotfix for revaluation entries that are off by one cent per open item when the rate has six decimals.',
    product: 'ledger',
    version: '5.0',
    category: 'Known issues',
    tags: ['hotfix', 'currency', 'revaluation', 'rounding'],
    visibility: 'ACTIVE_SERVICE_PLAN',
    published: true,
    daysAgo: 75,
    body: `## Problem

With exchange rates that have six decimals, **Revalue open items** rounds each item before summing. On a few thousand open items the revaluation entry differs from the expected amount by several currency units, and the difference lands on the rounding account.

Affects 5.0.0 and 5.0.1. Fixed in 5.0.2; this hotfix is for customers who cannot move to 5.0.2 before their period end.

## Installing the hotfix

1. Download \`NorthwindLedger-5.0.1-HF2.nwp\` from **Software updates** (visible with an active service plan).
2. Stop the Ledger service.
3. Apply it:

   ~~~sh
   ledger-patch apply NorthwindLedger-5.0.1-HF2.nwp --verify-checksum
   ~~~

4. Start the service. **Help › About** shows \`5.0.1.2\`.

## Correcting earlier periods

Reverse the last revaluation, then run it again after installing the hotfix. Closed periods keep their figures; the difference is small enough that most customers book it in the current period. Your service engineer can produce a list of the affected items:

~~~sh
ledger-admin diagnose revaluation --period 2025/02 --company ALL
~~~`,
  },
  {
    slug: 'ledger-4-2-known-issues',
    title: 'Known issues in Ledger 4.2',
    summary: 'Problems we know about in Ledger 4.2 and its cumulative updates, with workarounds.',
    product: 'ledger',
    version: '4.2',
    category: 'Known issues',
    tags: ['known-issues', 'release'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 150,
    body: `Ledger 4.2 is in maintenance. Issues that need a design change are fixed in 5.0 only.

## Open

- **VAT return export truncates counterparty names at 35 characters** (NWL-14410). Affects the XML export for some tax authorities. *Workaround:* shorten names in the vendor master or edit the export file. Fixed in 5.0.
- **Attachments larger than 25 MB freeze the desktop client** (NWL-14502). Fixed in CU7.
- **The Oracle driver leaks cursors on long-running imports** (NWL-14620). *Workaround:* raise \`open_cursors\` to 1000 and restart the server weekly during large data migrations.

## Will not be fixed in 4.2

- PostgreSQL support
- Posting more than 100,000 lines in one journal (use batches)
- Running the server on Windows Server 2025

Moving to 5.0 is the way out of these; see *Upgrading Ledger from 4.2 to 5.0*.`,
  },
  {
    slug: 'hardening-the-ledger-application-server',
    title: 'Hardening the Ledger application server',
    summary:
      'Certificates, TLS settings, service accounts, secrets and network rules we recommend for production Ledger servers.',
    product: 'ledger',
    version: '5.0',
    category: 'Security',
    tags: ['security', 'tls', 'hardening'],
    visibility: 'ENTITLED_PRODUCT',
    published: true,
    daysAgo: 47,
    body: `A default installation is secure enough for a test system. For production, work through this list.

## Certificates and TLS

- Replace the self-signed certificate with one from your CA (PKCS#12, in \`conf/tls/server.p12\`).
- Allow TLS 1.2 and 1.3 only:

  ~~~properties
  tls.protocols=TLSv1.3,TLSv1.2
  tls.ciphers=TLS_AES_256_GCM_SHA384,TLS_CHACHA20_POLY1305_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
  http.hsts.maxAgeSeconds=31536000
  ~~~

## Accounts

- Run the service under a dedicated account with no interactive sign-in.
- The database login owns the Ledger schema and nothing else; it does not need \`sysadmin\` or superuser.
- Rename or disable the built-in \`admin\` account once single sign-on works, and keep its password in your vault.

## Secrets

Database passwords and API keys in \`server.properties\` can be encrypted:

~~~sh
ledger-admin secrets encrypt --key-file /etc/northwind/ledger/master.key db.password
~~~

## Network

| Port | From | Purpose |
| --- | --- | --- |
| 8443/tcp | users, integrations | web client and REST API |
| 8444/tcp | other Ledger servers only | cluster traffic |
| database port | Ledger servers only | database |

Put the web client behind your reverse proxy or WAF if it is reachable from the internet, and forward \`X-Forwarded-For\` so the audit trail shows the real client address.`,
  },
  {
    slug: 'rotating-the-ledger-database-encryption-key',
    title: 'Rotating the Ledger database encryption key',
    summary:
      'Ledger 5.0 encrypts bank details and tax identifiers at rest; rotate the key yearly or after staff changes, without downtime.',
    product: 'ledger',
    version: '5.0',
    category: 'Security',
    tags: ['encryption', 'key-rotation', 'security'],
    visibility: 'ACTIVE_SERVICE_PLAN',
    published: true,
    daysAgo: 22,
    body: `Ledger 5.0 encrypts IBANs, account numbers and tax identifiers in the database with a data key, which is itself protected by a master key you hold.

## When to rotate

- Once a year (most audit frameworks ask for this)
- When someone who had access to the master key leaves
- When a backup containing the key file may have been exposed

## Rotate the master key

The master key protects the data key only, so rotating it is instant:

~~~sh
ledger-admin keys rotate-master \\
  --old /etc/northwind/ledger/master.key \\
  --new /etc/northwind/ledger/master-2025.key
~~~

Update \`keys.master.file\` on every server of the cluster, then restart them one at a time.

## Rotate the data key

Rotating the data key re-encrypts every protected value. It runs in the background while people keep working:

~~~sh
ledger-admin keys rotate-data --batch-size 5000
ledger-admin keys status
~~~

On a database with five million protected values, expect about two hours.

## Keep the old key

Backups taken before the rotation need the old master key to be restored. Keep it in your vault for as long as you keep those backups.`,
  },
  {
    slug: 'ledger-api-rate-limits-and-pagination',
    title: 'Using the Ledger REST API: authentication, paging and rate limits',
    summary:
      'Get a token, page through large result sets with cursors and stay within the rate limits of the Ledger v2 API.',
    product: 'ledger',
    version: '5.0',
    category: 'How-to',
    tags: ['api', 'rest', 'integration'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 30,
    body: `The REST API at \`/api/v2\` replaces the SOAP API of 4.2. Every request needs a bearer token.

## Tokens

Create an API client in **Administration › API clients** and exchange its credentials for a token, valid for one hour:

~~~sh
curl -s -X POST https://ledger.example.com/api/v2/oauth/token \\
  -d grant_type=client_credentials -d client_id=$CLIENT_ID -d client_secret=$CLIENT_SECRET
~~~

## Paging

Lists return at most 500 items and a cursor:

~~~json
{
  "items": [ { "id": "JV-118204", "status": "POSTED" } ],
  "next": "eyJpZCI6IkpWLTExODIwNCJ9"
}
~~~

Pass \`?after=<next>\` to get the following page. Cursors stay valid while new entries are posted, unlike page numbers.

## Rate limits

| Client type | Requests per minute |
| --- | --- |
| Standard | 600 |
| Bulk (set on the API client) | 3,000, writes only between 20:00 and 06:00 |

Over the limit, the API answers \`429 Too Many Requests\` with a \`Retry-After\` header in seconds. Retry after that delay; do not retry in a tight loop.`,
  },
  {
    slug: 'ledger-5-1-preview-internal-test-plan',
    title: 'Ledger 5.1 preview: internal test plan',
    summary:
      'Draft test plan for the 5.1 preview programme. Not for customers until the preview opens.',
    product: 'ledger',
    version: '5.1',
    category: 'Upgrade',
    tags: ['preview', 'internal'],
    visibility: 'VENDOR_ONLY',
    published: false,
    daysAgo: 4,
    body: `**Draft – vendor staff only.**

## Scope of the preview

- Cash-flow forecasting module
- Continuous close (sub-ledger reconciliation during the month)
- PostgreSQL 17 support

## Preview customers

Three customers with an active service plan and a test environment on 5.0.3. Account managers propose candidates by the end of the month.

## Exit criteria

- No open severity-1 or severity-2 defects
- Upgrade from 5.0.3 rehearsed on two customer databases
- Documentation reviewed: installation, upgrade, known issues`,
  },
];

const DISPATCH: DemoArticle[] = [
  {
    slug: 'dispatch-3-0-system-requirements',
    title: 'Northwind Dispatch 3.0 system requirements',
    summary: 'Server, database, message broker and driver-device requirements for Dispatch 3.0.',
    product: 'dispatch',
    version: '3.0',
    category: 'Installation',
    tags: ['requirements', 'mobile', 'sizing'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 120,
    body: `Dispatch 3.0 has three parts: the dispatch server, the telematics gateway that receives vehicle positions, and the driver app.

## Dispatch server

- Linux x86-64 (RHEL 8/9, Ubuntu 22.04/24.04) or Windows Server 2022
- 8 cores and 32 GB of memory for up to 500 vehicles; add 4 cores per further 500
- PostgreSQL 15 or 16 with the PostGIS 3.3+ extension
- RabbitMQ 3.12+ (bundled for single-server installations)

## Telematics gateway

One gateway handles about 2,000 vehicles reporting every 15 seconds. It needs UDP 5170 and TCP 5171 open from your telematics provider.

## Driver app

| Platform | Minimum | Recommended |
| --- | --- | --- |
| Android | 11 | 13 or later, rugged devices with 4 GB memory |
| iOS / iPadOS | 16 | 17 or later |

The app works offline for up to 72 hours and synchronises when a connection returns.

## Maps

Dispatch uses OpenStreetMap tiles by default. For HERE or TomTom routing, enter the provider key in **Settings › Maps**.`,
  },
  {
    slug: 'installing-the-dispatch-3-0-server',
    title: 'Installing the Dispatch 3.0 server',
    summary:
      'Install the Dispatch server and telematics gateway with the installer script, create the PostGIS database and load your depots.',
    product: 'dispatch',
    version: '3.0',
    category: 'Installation',
    tags: ['install', 'postgis', 'linux'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 118,
    body: `## 1. Database

~~~sql
CREATE ROLE dispatch LOGIN PASSWORD 'change-me';
CREATE DATABASE dispatch OWNER dispatch;
\\c dispatch
CREATE EXTENSION postgis;
CREATE EXTENSION pg_trgm;
~~~

## 2. Installer

~~~sh
tar xzf northwind-dispatch-3.0.4-linux-x64.tar.gz
cd northwind-dispatch-3.0.4
sudo ./install.sh --db postgres://dispatch:change-me@db01:5432/dispatch \\
                  --with-gateway --with-rabbitmq
~~~

The script creates the services \`dispatch-server\`, \`dispatch-gateway\` and, if asked, \`rabbitmq-server\`.

## 3. First sign-in

Open \`https://<server>:9443\`, sign in as \`dispatcher-admin\` with the password printed by the installer, and upload your licence file.

## 4. Depots and vehicles

Load depots and vehicles from CSV (**Fleet › Import**) or through the API. Every vehicle needs a telematics unit ID if you want live positions.

~~~csv
vehicle_id,registration,depot,capacity_kg,capacity_pallets,telematics_unit
TRK-014,KL-482-PX,Chicago South,12000,18,862531040112233
~~~

## 5. Check

\`sudo dispatch-admin health\` should report the database, the broker and the gateway as \`UP\`.`,
  },
  {
    slug: 'installing-dispatch-mobile-on-driver-devices',
    title: 'Rolling out the Dispatch driver app with your MDM',
    summary:
      'Distribute the Dispatch driver app through Intune, Workspace ONE or SOTI and pre-configure the server address.',
    product: 'dispatch',
    version: '3.0',
    category: 'Installation',
    tags: ['mobile', 'mdm', 'driver-app'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 110,
    body: `Drivers should not have to type a server address. Push the app with managed configuration instead.

## Managed configuration keys

| Key | Example | Meaning |
| --- | --- | --- |
| \`serverUrl\` | \`https://dispatch.acme.example:9443\` | Dispatch server |
| \`tenant\` | \`acme\` | Tenant code |
| \`kioskMode\` | \`true\` | Lock the device to the app during a shift |
| \`photoQuality\` | \`medium\` | Proof-of-delivery photo size |

## Android (Intune example)

1. Add *Northwind Dispatch* from managed Google Play.
2. Create an app configuration policy for managed devices and enter the keys above.
3. Assign it to the driver device group.

## iOS

Use the same keys in an *App Configuration* profile (XML):

~~~xml
<dict>
  <key>serverUrl</key><string>https://dispatch.acme.example:9443</string>
  <key>tenant</key><string>acme</string>
</dict>
~~~

## Shared devices

For devices shared between shifts, turn on **Settings › Mobile › Sign out at end of shift**. The app clears cached routes and photos when the driver signs out.`,
  },
  {
    slug: 'upgrading-dispatch-2-9-to-3-0',
    title: 'Upgrading Dispatch from 2.9 to 3.0',
    summary:
      'Dispatch 3.0 moves to PostGIS and a new route engine; plan a weekend for the upgrade and retrain dispatchers on the new planning board.',
    product: 'dispatch',
    version: '3.0',
    category: 'Upgrade',
    tags: ['upgrade', 'migration', 'postgis'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 115,
    body: `Dispatch 3.0 is a major release. Plan the upgrade like a small project.

## What is different

- **Database**: 2.9 used SQL Server or PostgreSQL; 3.0 needs PostgreSQL with PostGIS. Route history is converted to geometry columns.
- **Route engine**: the new optimiser handles time windows and driver breaks together. Plans differ from 2.9 plans for the same orders.
- **Planning board**: a new web UI replaces the Windows dispatcher console.
- **Driver app**: version 3 of the app is required; the 2.x app cannot sign in to a 3.0 server.

## Order of work

1. Upgrade the driver app on all devices first: app 3.x also works with a 2.9 server.
2. Export the 2.9 configuration: \`dispatch-admin export-config > dispatch-2.9-config.json\`.
3. Migrate the data (see *Dispatch 3.0 route data migration*, for licence holders).
4. Install 3.0 and import the configuration.
5. Run yesterday's orders through the optimiser and compare the plans with what drivers did.

## Downtime

Drivers can keep delivering during the upgrade: the app works offline and uploads proof of delivery when the server is back. Stop order intake for the duration, or queue orders in your ERP.`,
  },
  {
    slug: 'dispatch-3-0-route-data-migration',
    title: 'Dispatch 3.0 route data migration',
    summary:
      'Convert 2.9 route history, geofences and proof-of-delivery archives to the 3.0 PostGIS schema with the migration tool.',
    product: 'dispatch',
    version: '3.0',
    category: 'Upgrade',
    tags: ['migration', 'postgis', 'data'],
    visibility: 'ENTITLED_PRODUCT',
    published: true,
    daysAgo: 112,
    body: `The migration tool reads a 2.9 database (SQL Server or PostgreSQL) and writes a 3.0 database. The 2.9 database is not changed, so you can run it as often as you like.

## Run

~~~sh
dispatch-migrate \\
  --source "sqlserver://dispatch29:secret@sql01/Dispatch" \\
  --target "postgres://dispatch:secret@pg01/dispatch" \\
  --history-days 400 \\
  --parallel 6 \\
  --report migrate-report.html
~~~

## What is migrated

| 2.9 data | 3.0 | Notes |
| --- | --- | --- |
| Routes and stops | routes, stops | last \`--history-days\` days |
| GPS breadcrumbs | positions (geometry) | downsampled to one point per 30 s |
| Geofences | zones | polygons are validated; self-intersecting ones are repaired |
| Proof-of-delivery photos | object storage | copied, not moved |

## Duration

About 40 minutes per million stops with six parallel workers. Photos dominate when there are many: plan the photo copy as a separate step with \`--only photos\` the day before.

## Checking

The report lists counts per table and every record that could not be converted, with the reason. Zero rejected stops is the target; rejected breadcrumbs are usually points with impossible coordinates and can be ignored.`,
  },
  {
    slug: 'connecting-dispatch-to-ledger-for-freight-invoicing',
    title: 'Connecting Dispatch to Ledger for freight invoicing',
    summary:
      'Send delivered shipments from Dispatch to Ledger as invoice lines, with the customer account, tariff and fuel surcharge.',
    product: 'dispatch',
    version: '3.0',
    category: 'Configuration',
    tags: ['integration', 'ledger', 'invoicing'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 80,
    body: `Dispatch 3.0 can hand delivered shipments to Northwind Ledger 5.0, which turns them into customer invoices.

## Prerequisites

- Ledger 5.0.2 or later with the *Freight billing* option
- An API client in Ledger with the permission set *Integration – sales*
- Customer codes in Dispatch that match the customer accounts in Ledger

## Configure

**Settings › Integrations › Northwind Ledger**:

~~~yaml
ledgerUrl: https://ledger.acme.example/api/v2
clientId: dispatch-freight
clientSecret: ••••••••
company: ACME01
sendWhen: delivered        # or: route-closed
tariffSource: dispatch     # or: ledger
fuelSurcharge:
  percent: 7.5
  account: "4050"
~~~

## What Ledger receives

One invoice line per shipment with the weight, the distance, the tariff amount and the surcharge. Failed deliveries are not sent; re-deliveries are sent once, when delivered.

## Monitoring

The integration retries for 24 hours. Shipments that still fail appear in **Integrations › Outbox** with Ledger's answer, for example *Customer account 10442 is blocked*.`,
  },
  {
    slug: 'configuring-geofences-and-delivery-windows',
    title: 'Configuring geofences and delivery time windows',
    summary:
      'Draw geofences for depots and customer sites, and set delivery windows that the route optimiser respects.',
    product: 'dispatch',
    version: '3.0',
    category: 'How-to',
    tags: ['geofence', 'time-windows', 'planning'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 66,
    body: `Geofences tell Dispatch when a vehicle arrives at and leaves a place. Delivery windows tell the optimiser when a customer accepts deliveries.

## Geofences

1. Open **Places**, search the customer site and click **Draw zone**.
2. Draw the yard rather than the building: trucks stop at the gate.
3. Set the dwell time that counts as a visit (default 2 minutes).

Arrivals and departures are recorded automatically, so drivers no longer need to tap *Arrived*.

## Delivery windows

Windows are set per place, per weekday:

~~~
Mon–Fri  07:00–11:30, 13:00–16:00
Sat      08:00–12:00
~~~

- **Hard** windows are never broken; the stop stays unplanned if no vehicle can make it.
- **Soft** windows may be missed at a cost you choose (for example 1 minute late = 2 km of driving).

## Tips

- Keep windows at least 90 minutes wide where you can; narrow windows cost vehicles.
- Import windows in bulk with **Places › Import** (CSV with \`place_id,weekday,from,to,kind\`).`,
  },
  {
    slug: 'importing-orders-from-sftp',
    title: 'Importing transport orders from an SFTP folder',
    summary:
      'Have Dispatch 2.9 pick up order files from your ERP every few minutes, with field mapping and error files.',
    product: 'dispatch',
    version: '2.9',
    category: 'How-to',
    tags: ['import', 'orders', 'sftp', 'integration'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 430,
    body: `Many ERPs export orders as files. Dispatch 2.9 polls an SFTP folder and creates orders from CSV or XML files.

## Set up the poller

In the dispatcher console: **Tools › Interfaces › Order import › New**.

~~~ini
[order-import]
host = sftp.acme.example
user = dispatch
keyFile = C:\\Dispatch\\keys\\erp_rsa
folder = /export/orders
pattern = ORD_*.csv
interval = 300
onSuccess = move:/export/orders/archive
onError = move:/export/orders/error
~~~

## Mapping

Map the columns of your file to Dispatch fields once; the mapping is saved with the interface. Required fields: order number, customer, delivery address, weight or pallets, requested date.

## Errors

A file with an invalid line is moved to the error folder as a whole, with a \`.err\` file next to it listing each problem:

~~~
line 14: postcode "6060O" is not valid for country NL
line 31: weight "12,5t" is not a number
~~~

Fix the file and put it back in the import folder; orders already imported from it are recognised by their order number and not created twice.`,
  },
  {
    slug: 'setting-up-proof-of-delivery-signatures',
    title: 'Setting up proof of delivery: signatures, photos and barcodes',
    summary:
      'Choose what drivers must capture at each stop and how proof of delivery reaches your customers.',
    product: 'dispatch',
    version: '3.0',
    category: 'How-to',
    tags: ['proof-of-delivery', 'driver-app', 'signature'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 60,
    body: `Proof of delivery (POD) rules are set per customer, with a default for everyone else.

## Options

- **Signature** – with the printed name of the person signing
- **Photo** – of the goods at the drop point; required for unattended deliveries
- **Barcode scan** – every package label, with a warning for missing or extra packages
- **Temperature** – for chilled goods, read from a Bluetooth probe

## Configure

**Customers › (customer) › Proof of delivery**. Rules apply to orders created after the change.

## Sending POD to customers

Dispatch can e-mail a PDF with the signature and photos when a stop is completed, or post it to a webhook:

~~~json
{
  "event": "stop.completed",
  "order": "SO-448120",
  "completedAt": "2025-03-04T09:41:12Z",
  "signedBy": "J. Alvarez",
  "photos": ["https://dispatch.acme.example/pod/8f1c.jpg"]
}
~~~

## Retention

Photos and signatures are kept for 13 months by default (**Settings › Retention**), long enough for most freight claims.`,
  },
  {
    slug: 'optimizing-routes-for-multi-drop-deliveries',
    title: 'Getting better routes for multi-drop deliveries',
    summary:
      'Tune the Dispatch 3.0 optimiser for dense urban multi-drop routes: service times, balancing and vehicle restrictions.',
    product: 'dispatch',
    version: '3.0',
    category: 'How-to',
    tags: ['route-optimization', 'planning', 'multi-drop'],
    visibility: 'ENTITLED_PRODUCT',
    published: true,
    daysAgo: 45,
    body: `The optimiser's defaults suit regional distribution with 10–20 stops per route. Urban parcel and grocery routes with 60+ drops need different settings.

## Service times matter more than distance

Measure real service times from last month's data:

~~~sh
dispatch-admin stats service-times --from 2025-02-01 --to 2025-02-28 --by customer-type
~~~

Set a fixed part (parking, walking) and a variable part per package. Underestimated service times are the most common reason routes run late.

## Settings for dense routes

| Setting | Regional default | Urban multi-drop |
| --- | --- | --- |
| Cluster stops first | off | on |
| Max. route duration | 10 h | 8 h 30 |
| Balance routes by | distance | number of stops |
| U-turn penalty | low | high |

## Vehicle restrictions

Low-emission zones, height limits and weight limits are read from the map data. Tag vehicles with their emission class and height so the optimiser keeps them out of places they cannot go.

## Compare before you switch

Run **Planning › Compare plans** on two weeks of past orders with the old and new settings. Look at late stops and overtime, not only kilometres.`,
  },
  {
    slug: 'dispatch-driver-app-shows-offline',
    title: 'Driver app stays "Offline" although the phone has a connection',
    summary:
      'The Dispatch driver app cannot reach the server: certificate pinning, a captive portal or an outdated app version are the usual causes.',
    product: 'dispatch',
    version: '3.0',
    category: 'Troubleshooting',
    tags: ['driver-app', 'connectivity', 'mobile'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 35,
    body: `## Symptom

The status bar of the driver app shows **Offline** for hours. Stops completed by the driver stay in the upload queue. Other apps on the device work.

## Check, in this order

1. **App version.** Dispatch 3.0 servers refuse app versions below 3.0.0. The app shows its version under **Menu › About**.
2. **Time.** A device clock more than five minutes off makes TLS fail. Turn on automatic time.
3. **Captive portal or proxy.** Depot Wi-Fi with a sign-in page blocks the app silently. Test with mobile data.
4. **Certificate.** After replacing the server certificate with one from a private CA, add the CA to the devices through your MDM.
5. **Server address.** The managed configuration may still point to a test server.

## On the server

~~~sh
sudo dispatch-admin devices last-seen --vehicle TRK-014
~~~

shows when the device last connected and the error it got, for example \`certificate_unknown\` or \`app_version_too_old\`.

## The queue is safe

The app keeps completed stops, signatures and photos until the server confirms them, for up to 72 hours. Uninstalling the app deletes the queue: do not reinstall to "fix" it.`,
  },
  {
    slug: 'gps-positions-arrive-late-or-out-of-order',
    title: 'GPS positions arrive late or out of order',
    summary:
      'Vehicles jump on the map or lag minutes behind in Dispatch 2.9; check gateway time-stamps, buffering and the queue depth.',
    product: 'dispatch',
    version: '2.9',
    category: 'Troubleshooting',
    tags: ['gps', 'telematics', 'gateway'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 360,
    body: `## Symptom

On the live map, vehicles freeze and then jump, or arrive at a stop on the map minutes after the driver tapped *Arrived*.

## Causes

- **Telematics units buffering** positions when coverage is poor and sending them in bursts. Dispatch 2.9 shows them in arrival order, not in the order they were recorded.
- **The gateway queue is backing up** because the database is slow to insert positions.
- **Units sending local time** instead of UTC.

## Diagnose

~~~sh
dispatch-gateway stats --last 15m
~~~

~~~
received/s   queued   oldest-in-queue   db-insert-p95
  412          18,240     00:04:51          950 ms
~~~

A growing queue with slow inserts points to the database. More than a few hundred queued positions is not normal.

## Fix

- Set the units to send UTC time-stamps (ask your telematics provider).
- Turn on **Order by device time** in the gateway configuration (2.9.6 and later).
- Move the positions table to faster storage, or enable partitioning by day (\`dispatch-admin positions partition --daily\`).

Dispatch 3.0 orders positions by device time always and writes them in batches.`,
  },
  {
    slug: 'route-optimizer-times-out-on-large-plans',
    title: 'Route optimiser times out on plans with more than 2,000 orders',
    summary:
      'Large daily plans stop with "Optimisation did not finish in time"; split the plan by depot or raise the time budget on a larger worker.',
    product: 'dispatch',
    version: '3.0',
    category: 'Troubleshooting',
    tags: ['route-optimization', 'performance', 'timeout'],
    visibility: 'ACTIVE_SERVICE_PLAN',
    published: true,
    daysAgo: 28,
    body: `## Symptom

Planning a full day stops after 10 minutes with **Optimisation did not finish in time** and no plan is saved.

## Why

The optimiser gets a time budget (default 600 seconds) and must return a feasible plan within it. With more than about 2,000 orders and many hard time windows, the first feasible plan can take longer than that on a 4-core worker.

## Fixes

1. **Plan per depot.** Orders rarely move between depots; splitting makes each problem much smaller. **Planning › New plan › Split by depot**.
2. **Give the optimiser more time and cores** in \`optimizer.yaml\`:

   ~~~yaml
   timeBudgetSeconds: 1200
   workers: 8
   firstSolution: savings   # faster start than the default "insertion"
   ~~~

3. **Relax hard windows** that are not really hard. Every hard window removes options.

## Still timing out?

With an active service plan, send us the plan export (**Planning › Export for support**). It contains no customer names; our optimisation team tunes the settings on a copy and sends them back, usually within two business days.`,
  },
  {
    slug: 'dispatch-3-0-known-issues',
    title: 'Known issues in Dispatch 3.0',
    summary: 'Open issues in Dispatch 3.0 and its updates, with workarounds.',
    product: 'dispatch',
    version: '3.0',
    category: 'Known issues',
    tags: ['known-issues', 'release'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 9,
    body: `## Open

- **Planning board: dragging a stop between two routes on a touch screen drops it on the wrong route** (NWD-7741). *Workaround:* use the *Move to route* menu.
- **Geofence arrival not recorded when a vehicle enters and leaves within the dwell time twice** (NWD-7768). Arrival is recorded on the second visit only.
- **Driver app on Android 14: the camera opens in portrait when the device is locked in landscape** (NWD-7790).

## Fixed in 3.0.3

- Duplicate stops after re-planning a route that was already sent to a driver (NWD-7702). A hotfix is available for 3.0.2.
- Fuel surcharge sent to Ledger with the wrong sign for credit notes (NWD-7715).

## Fixed in 3.0.4

- Planning board slow with more than 300 routes open (NWD-7730).
- Proof-of-delivery PDF missing the second page of photos (NWD-7736).`,
  },
  {
    slug: 'dispatch-2-9-known-issues',
    title: 'Known issues in Dispatch 2.9',
    summary: 'Problems in Dispatch 2.9 that remain open, and the 3.0 changes that remove them.',
    product: 'dispatch',
    version: '2.9',
    category: 'Known issues',
    tags: ['known-issues', 'release'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 300,
    body: `Dispatch 2.9 receives security fixes until its end of support. These functional issues will not be fixed in 2.9.

- **Positions shown in arrival order** rather than recording order when units buffer (see *GPS positions arrive late or out of order*).
- **Dispatcher console memory grows during long shifts** (NWD-6210). *Workaround:* restart the console at shift change.
- **Daylight-saving change:** routes planned across the change show stop times one hour off in the console (not in the driver app). *Workaround:* avoid planning routes that span 02:00–03:00 on the change night.
- **SQL Server 2022** is not supported; 2.9 supports SQL Server 2016–2019 only.

All four are resolved in 3.0.`,
  },
  {
    slug: 'dispatch-2-9-end-of-support',
    title: 'Dispatch 2.9 end of support',
    summary:
      'Dispatch 2.9 reaches end of support; what that means for fixes, the support desk and your service plan.',
    product: 'dispatch',
    version: '2.9',
    category: 'Upgrade',
    tags: ['lifecycle', 'end-of-support', 'planning'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 200,
    body: `Dispatch 2.9 reaches the end of support on the last day of June next year.

## Until then

- Security fixes and fixes for severity-1 problems
- Support cases handled as usual

## After that date

- No more fixes, including security fixes
- Support cases limited to help with the upgrade to 3.0
- The 2.x driver app stays available in the stores for six more months

## Your options

1. **Upgrade to 3.0** – included in an active service plan. See *Upgrading Dispatch from 2.9 to 3.0*.
2. **Extended support** for 2.9 for up to 12 months, for an additional fee, for customers with a signed upgrade plan.

Talk to your account manager if the date is a problem. We would rather help you plan than have you run unsupported software.`,
  },
  {
    slug: 'dispatch-3-0-2-hotfix-duplicate-stops',
    title: 'Hotfix 3.0.2-HF1: duplicate stops after re-planning',
    summary:
      'Stops appear twice on the driver app after a dispatcher re-plans a route that was already sent; install HF1 or update to 3.0.3.',
    product: 'dispatch',
    version: '3.0',
    category: 'Known issues',
    tags: ['hotfix', 'driver-app', 'planning'],
    visibility: 'ACTIVE_SERVICE_PLAN',
    published: true,
    daysAgo: 70,
    body: `## Problem

When a dispatcher re-plans a route after it was sent to the driver, the app shows some stops twice. Completing one copy leaves the other open, and the route never closes.

Affects 3.0.0 to 3.0.2 (NWD-7702).

## Install the hotfix

~~~sh
sudo dispatch-admin patch apply dispatch-3.0.2-HF1.tar.gz
sudo systemctl restart dispatch-server
~~~

The hotfix changes the server only; drivers do not need to update the app.

## Clean up existing duplicates

~~~sh
sudo dispatch-admin routes dedupe-stops --date today --dry-run
sudo dispatch-admin routes dedupe-stops --date today
~~~

The command keeps the copy with the most progress (completed over arrived over planned) and removes the other from the driver's list.`,
  },
  {
    slug: 'securing-the-dispatch-telematics-gateway',
    title: 'Securing the Dispatch telematics gateway',
    summary:
      'Restrict which units may send positions, switch providers to TLS and keep the gateway out of the internal network.',
    product: 'dispatch',
    version: '3.0',
    category: 'Security',
    tags: ['security', 'telematics', 'gateway', 'network'],
    visibility: 'ENTITLED_PRODUCT',
    published: true,
    daysAgo: 55,
    body: `The gateway accepts data from the internet, so treat it like any exposed service.

## Network placement

Run the gateway in a DMZ. It needs to reach only the message broker (AMQP 5671 with TLS). It never needs the database.

## Accept known units only

~~~yaml
# gateway.yaml
acceptUnknownUnits: false
allowedSourceNetworks:
  - 203.0.113.0/24   # telematics provider
  - 198.51.100.16/28
~~~

Positions from units that are not registered to a vehicle are dropped and counted in \`dispatch-gateway stats\`.

## Encrypt the feed

Most providers support TLS on TCP. Turn off the plain UDP listener once all units have moved:

~~~yaml
listeners:
  - { protocol: tcp+tls, port: 5171, certificate: /etc/dispatch/tls/gateway.p12 }
~~~

## Rate limiting

A misconfigured unit can send thousands of messages a second. \`maxMessagesPerUnitPerMinute: 120\` protects the broker; excess messages are dropped and logged once a minute.`,
  },
  {
    slug: 'dispatch-escalation-runbook',
    title: 'Dispatch escalation runbook for support engineers',
    summary:
      'Internal: how support escalates Dispatch outages to engineering, with on-call contacts and the data to collect.',
    product: 'dispatch',
    version: '3.0',
    category: 'Troubleshooting',
    tags: ['internal', 'escalation', 'runbook'],
    visibility: 'VENDOR_ONLY',
    published: false,
    daysAgo: 6,
    body: `**Draft – internal.**

## Severity 1 (fleet cannot be dispatched)

1. Page the Dispatch on-call engineer through the incident tool within 15 minutes.
2. Ask the customer for \`dispatch-admin health --verbose\` and the last hour of \`server.log\`.
3. Open a bridge; update the customer every 30 minutes.

## Severity 2 (degraded, workaround exists)

- Escalate during business hours; collect the diagnostic bundle first.

## Open questions

- Should optimiser time-outs be severity 2 when plans can still be made by hand?
- Who owns driver-app store releases during an incident?`,
  },
];

const INSIGHT: DemoArticle[] = [
  {
    slug: 'insight-1-7-system-requirements',
    title: 'Northwind Insight 1.7 system requirements',
    summary:
      'Container platform, metadata database, memory per concurrent user and supported data sources for Insight 1.7.',
    product: 'insight',
    version: '1.7',
    category: 'Installation',
    tags: ['requirements', 'docker', 'kubernetes'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 100,
    body: `Insight 1.7 runs as containers: the web front end, the query service and the scheduler.

## Platform

- Docker Engine 24+ with Compose v2, or
- Kubernetes 1.27–1.30 (Helm chart provided)
- Linux x86-64 or arm64 nodes

## Metadata database

PostgreSQL 14–16 for dashboards, users and schedules. It stays small (a few GB) but must be backed up.

## Memory

| Concurrent users | Query service memory | Cache |
| --- | --- | --- |
| up to 50 | 8 GB | 4 GB |
| up to 250 | 24 GB | 16 GB |

## Data sources

PostgreSQL, Microsoft SQL Server, Oracle, Snowflake, BigQuery, Northwind Ledger (built-in connector) and CSV/Parquet files on S3-compatible storage.

## Browsers

Current Chrome, Edge, Firefox and Safari. Dashboards are readable on tablets; editing needs a screen at least 1280 pixels wide.`,
  },
  {
    slug: 'installing-insight-1-7-with-docker-compose',
    title: 'Installing Insight 1.7 with Docker Compose',
    summary:
      'A single-server Insight installation with Docker Compose, a PostgreSQL metadata database and TLS at the reverse proxy.',
    product: 'insight',
    version: '1.7',
    category: 'Installation',
    tags: ['install', 'docker', 'compose'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 98,
    body: `For up to about 100 users, one server with Docker Compose is enough.

## Files

Download \`insight-1.7.2-compose.zip\` from **Software updates** and unpack it. Edit \`.env\`:

~~~sh
INSIGHT_VERSION=1.7.2
INSIGHT_PUBLIC_URL=https://insight.globex.example
INSIGHT_DB_URL=postgres://insight:change-me@db:5432/insight
INSIGHT_LICENSE_FILE=./globex.nwlic
INSIGHT_CACHE_MB=4096
~~~

## Start

~~~sh
docker compose pull
docker compose up -d
docker compose logs -f query
~~~

Wait for \`query service ready\`. The first start creates the metadata schema.

## TLS

The bundle includes a Caddy reverse proxy that obtains certificates automatically when the server is reachable from the internet. For internal servers, mount your certificate instead:

~~~yaml
services:
  proxy:
    volumes:
      - ./tls/insight.crt:/etc/tls/insight.crt:ro
      - ./tls/insight.key:/etc/tls/insight.key:ro
~~~

## Backups

Back up the \`insight\` PostgreSQL database and the \`uploads\` volume. The cache volume can be discarded at any time.`,
  },
  {
    slug: 'upgrading-insight-1-6-to-1-7',
    title: 'Upgrading Insight from 1.6 to 1.7',
    summary:
      'Insight 1.7 changes the dashboard format and the cache; upgrade in place with a short downtime.',
    product: 'insight',
    version: '1.7',
    category: 'Upgrade',
    tags: ['upgrade', 'docker'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 92,
    body: `## Before you start

- Back up the metadata database.
- Note custom visualisations (plug-ins): 1.7 needs plug-in API version 3. Check each plug-in's page for a compatible release.

## Upgrade

~~~sh
docker compose down
sed -i 's/^INSIGHT_VERSION=.*/INSIGHT_VERSION=1.7.2/' .env
docker compose pull
docker compose up -d
~~~

On start, 1.7 converts saved dashboards to the new layout format. A few hundred dashboards take under a minute.

## What users notice

- Dashboards use a responsive grid; some tiles move on narrow screens.
- Filters can be pinned and shared as links.
- The query cache is empty after the upgrade, so the first views are slower.

## Rolling back

Restore the metadata backup and start 1.6 again. Dashboards edited after the upgrade are lost, so decide within a day.`,
  },
  {
    slug: 'connecting-insight-to-ledger',
    title: 'Connecting Insight to Northwind Ledger',
    summary:
      'Use the built-in Ledger connector to report on balances, journals and budgets, with Ledger permissions applied in Insight.',
    product: 'insight',
    version: '1.7',
    category: 'Configuration',
    tags: ['ledger', 'connector', 'finance-reporting'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 84,
    body: `The Ledger connector reads Ledger 4.2 or 5.0 through its reporting views, so Insight never touches the posting tables.

## Add the data source

**Data › Sources › New › Northwind Ledger**:

- Connection: the Ledger database or, better, its reporting replica
- Ledger version: 4.2 or 5.0 (the views differ)
- Companies: all, or a list

## The model you get

| Table | Contents |
| --- | --- |
| \`gl_balance\` | balance per account, period, company, dimension |
| \`gl_journal\` | journal lines with source, user and posting date |
| \`gl_budget\` | budget lines per version |
| \`dim_account\` | chart of accounts with the hierarchy flattened |

## Respecting Ledger permissions

Turn on **Apply Ledger company permissions**. Insight then looks up each viewer's Ledger permission sets (matched by e-mail) and shows only the companies they may see in Ledger.

## Starter dashboards

Import *Finance starter pack* from **Dashboards › Templates**: P&L by month, balance sheet, budget versus actual, top journal sources.`,
  },
  {
    slug: 'connecting-insight-to-postgresql-and-sql-server-data-sources',
    title: 'Connecting Insight to PostgreSQL and SQL Server data sources',
    summary:
      'Add database data sources with read-only accounts, choose live or cached queries, and limit how much a dashboard can ask for.',
    product: 'insight',
    version: '1.7',
    category: 'Configuration',
    tags: ['data-sources', 'postgresql', 'sql-server'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 76,
    body: `## Create a read-only account

PostgreSQL:

~~~sql
CREATE ROLE insight_reader LOGIN PASSWORD 'change-me';
GRANT CONNECT ON DATABASE clinical TO insight_reader;
GRANT USAGE ON SCHEMA reporting TO insight_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO insight_reader;
~~~

SQL Server:

~~~sql
CREATE LOGIN insight_reader WITH PASSWORD = 'Change-me-1';
CREATE USER insight_reader FOR LOGIN insight_reader;
ALTER ROLE db_datareader ADD MEMBER insight_reader;
~~~

## Live or cached

- **Live**: every dashboard view queries the source. Right for small, fast sources.
- **Cached**: results are kept for a time you choose (default 15 minutes). Right for warehouses and busy operational databases.

## Guard rails

Set per source: maximum rows returned (default 100,000), statement timeout (default 60 s) and maximum concurrent queries (default 8). A dashboard that exceeds them shows a clear message instead of slowing the source down.`,
  },
  {
    slug: 'building-your-first-dashboard',
    title: 'Building your first Insight dashboard',
    summary:
      'From a data source to a shared dashboard in fifteen minutes: datasets, charts, filters and sharing.',
    product: 'insight',
    version: '1.7',
    category: 'How-to',
    tags: ['dashboards', 'getting-started', 'charts'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 68,
    body: `## 1. Make a dataset

**Data › Datasets › New**. Pick a table or write SQL. Give columns readable names and set their types (date, number, currency, category). Add calculated fields, for example:

~~~
Margin % = (Revenue - Cost) / Revenue
~~~

## 2. Add charts

**Dashboards › New**, then drag charts onto the grid:

- a **KPI tile** for this month's revenue compared with last month,
- a **line chart** of revenue by week,
- a **bar chart** of the top ten customers,
- a **table** with drill-down to invoices.

## 3. Filters

Add a date range filter and a region filter. Pin them so viewers see them at the top; link them to every chart or only some.

## 4. Share

**Share** lets you add people or groups as viewers or editors, or create a link that keeps the current filters. Viewers only see rows their data permissions allow (see *Row-level security for dashboards*).

## Tips

- Keep a dashboard to one question; make another for the next question.
- Put the most important number top left.`,
  },
  {
    slug: 'scheduling-report-emails',
    title: 'Scheduling dashboard e-mails and PDF reports',
    summary:
      'Send dashboards as PDF or images on a schedule in Insight 1.6, with filters per recipient and conditions.',
    product: 'insight',
    version: '1.6',
    category: 'How-to',
    tags: ['schedules', 'email', 'reports'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 260,
    body: `Schedules send a dashboard by e-mail at set times.

## Create a schedule

Open the dashboard, then **Share › Schedule**:

- **When**: daily, weekly, monthly or a cron expression such as \`0 7 * * 1-5\`
- **Format**: PDF (whole dashboard), PNG (one chart) or CSV (one table)
- **Recipients**: people, groups or external addresses (if allowed by your administrator)

## Different filters per recipient

Use *Burst by* to send each regional manager their own region:

| Recipient | Filter |
| --- | --- |
| north@globex.example | Region = North |
| south@globex.example | Region = South |

## Send only when it matters

A condition such as *Send only when Overdue invoices > 0* avoids empty reports.

## Mail server

Schedules use the SMTP server set in **Administration › E-mail**. Test it there first: most "report not sent" cases are mail settings (see *Scheduled reports are not sent*).`,
  },
  {
    slug: 'row-level-security-for-dashboards',
    title: 'Row-level security for dashboards',
    summary:
      'Show each viewer only their own rows: rules on user attributes, groups from single sign-on and testing as another user.',
    product: 'insight',
    version: '1.7',
    category: 'Security',
    tags: ['security', 'row-level-security', 'permissions'],
    visibility: 'ENTITLED_PRODUCT',
    published: true,
    daysAgo: 50,
    body: `Row-level security (RLS) filters the data of a dataset for each viewer, whatever dashboard shows it.

## Rules

**Data › Datasets › (dataset) › Row security**. A rule is a condition on a column and a user attribute:

~~~
facility_id IN user.facilities
OR user.groups CONTAINS "Clinical-Directors"
~~~

Attributes come from single sign-on claims or are set by administrators (**Administration › Users › Attributes**).

## Defaults

- A dataset with RLS turned on and no rule that matches the viewer returns **no rows**, never all rows.
- Editors see the rules; only administrators change them.
- Exports (CSV, PDF, scheduled e-mails) apply the rules of the recipient, not the sender.

## Test as another user

**View as** shows a dashboard exactly as a chosen user would see it. Every use is written to the audit log.

## Performance

RLS conditions are pushed down to the source database. Index the columns you filter on (\`facility_id\` above), or queries on large tables slow down for everyone.`,
  },
  {
    slug: 'insight-dashboard-shows-no-data-after-refresh',
    title: 'Dashboard shows "No data" after a refresh',
    summary:
      'Charts go empty after a data refresh in Insight 1.7; a changed column, an RLS rule or a stale cache entry is usually the cause.',
    product: 'insight',
    version: '1.7',
    category: 'Troubleshooting',
    tags: ['dashboards', 'cache', 'row-level-security'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 25,
    body: `## Symptom

A dashboard that worked yesterday shows **No data** in some or all charts. Other dashboards on the same source work.

## Work through these

1. **Does the dataset still return rows?** Open it in **Data › Datasets** and click *Preview*. An error such as \`column "admit_date" does not exist\` means the source changed; fix the dataset.
2. **Is it you, or everyone?** Ask a colleague, or use **View as**. If only some people see nothing, a row-level security rule does not match them, often because an attribute from single sign-on is missing.
3. **Filters.** A pinned date filter saved as a fixed range ("1–31 January") shows nothing once the data has moved on. Switch it to a relative range ("last 30 days").
4. **Cache.** Clear the dataset's cache (**Dataset › Cache › Clear**). If that fixes it, the refresh ran while the source was being loaded; schedule refreshes after your ETL finishes.

## Logs

~~~sh
docker compose logs query | grep -i "dataset=clinical_admissions"
~~~

shows each query with its duration and row count.`,
  },
  {
    slug: 'insight-scheduled-reports-not-sent',
    title: 'Scheduled reports are not sent',
    summary:
      'Insight 1.6 schedules run but no e-mail arrives: check the scheduler, SMTP settings, attachment size and conditions.',
    product: 'insight',
    version: '1.6',
    category: 'Troubleshooting',
    tags: ['schedules', 'email', 'smtp'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 240,
    body: `## Check the schedule history

**Share › Schedules › (schedule) › History** lists every run:

| Status | Meaning |
| --- | --- |
| Sent | handed to the mail server |
| Skipped | the condition was false |
| Failed | rendering or sending failed; the error is shown |

No runs at all means the scheduler container is not running: \`docker compose ps scheduler\`.

## Common errors

- \`535 Authentication failed\` – the SMTP password changed. Update **Administration › E-mail**.
- \`552 Message size exceeds limit\` – the PDF is too big. Send a link instead of an attachment, or fewer pages.
- \`Rendering timed out\` – a chart's query takes longer than 120 s. Cache the dataset or raise \`SCHEDULER_RENDER_TIMEOUT\`.

## Sent but not received

Check the recipient's spam folder and your mail gateway's quarantine. Set up SPF and DKIM for the sender address Insight uses; many gateways drop report e-mails without them.`,
  },
  {
    slug: 'insight-query-cache-tuning',
    title: 'Tuning the Insight query cache',
    summary:
      'Size the cache, choose expiry per dataset and pre-warm popular dashboards before the morning peak.',
    product: 'insight',
    version: '1.7',
    category: 'Configuration',
    tags: ['cache', 'performance', 'tuning'],
    visibility: 'ACTIVE_SERVICE_PLAN',
    published: true,
    daysAgo: 38,
    body: `The query cache keeps results keyed by the query and the viewer's row-level security. A well-sized cache serves most dashboard views in under 200 ms.

## Size

Look at the hit rate in **Administration › Cache**. Below 70 % during the day, the cache is too small or expiries are too short.

~~~sh
INSIGHT_CACHE_MB=16384
INSIGHT_CACHE_EVICTION=lru
~~~

## Expiry per dataset

| Data | Suggested expiry |
| --- | --- |
| Loaded nightly | until the next load (\`expire-on: etl-complete\`) |
| Operational, minutes old is fine | 5–15 minutes |
| Real time | no cache |

The \`etl-complete\` expiry needs your ETL to call the refresh endpoint when it finishes:

~~~sh
curl -X POST https://insight.globex.example/api/datasets/clinical_admissions/refresh \\
  -H "Authorization: Bearer $INSIGHT_TOKEN"
~~~

## Pre-warming

**Dashboard › Settings › Warm cache at 06:45** runs the dashboard's queries for each group of viewers before people arrive. Use it for the handful of dashboards everyone opens first thing.`,
  },
  {
    slug: 'insight-1-7-known-issues',
    title: 'Known issues in Insight 1.7',
    summary: 'Open issues in Insight 1.7 with workarounds, and what the 1.7 updates fixed.',
    product: 'insight',
    version: '1.7',
    category: 'Known issues',
    tags: ['known-issues', 'release'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 14,
    body: `## Open

- **PDF export cuts wide tables** at the page edge instead of scaling them (NWI-3120). *Workaround:* export the table as CSV, or set the page to landscape in the schedule.
- **Snowflake sources: time zones** – timestamps without a zone are shown in UTC instead of the viewer's zone (NWI-3141).
- **Pinned filters are not kept in shared links** when the dashboard has more than 20 filters (NWI-3152).

## Fixed in 1.7.1

- Dashboards converted from 1.6 lost custom colour palettes (NWI-3088).
- Scheduler sent a schedule twice after a container restart (NWI-3095).

## Fixed in 1.7.2

- Row-level security rules using \`CONTAINS\` were case-sensitive (NWI-3109).`,
  },
  {
    slug: 'insight-1-6-known-issues',
    title: 'Known issues in Insight 1.6',
    summary: 'Issues that remain in Insight 1.6; most are fixed by upgrading to 1.7.',
    product: 'insight',
    version: '1.6',
    category: 'Known issues',
    tags: ['known-issues', 'release'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 230,
    body: `- **Dashboards do not adapt to narrow screens**; tiles overlap on tablets in portrait. Fixed by the responsive grid in 1.7.
- **Scheduler memory grows** with many PNG schedules (NWI-2870). *Workaround:* restart the scheduler container weekly.
- **Oracle sources: NUMBER columns without precision** are read as text (NWI-2902). *Workaround:* cast them in the dataset SQL, e.g. \`CAST(amount AS NUMBER(18,2))\`.
- **Filters on calculated date fields** ignore the viewer's time zone.

Insight 1.6 receives security fixes until 1.8 is released.`,
  },
  {
    slug: 'exporting-dashboards-to-pdf',
    title: 'Exporting dashboards to PDF for board packs',
    summary:
      'Lay out dashboards for print, add cover pages and export a multi-dashboard PDF for board and committee packs.',
    product: 'insight',
    version: '1.7',
    category: 'How-to',
    tags: ['pdf', 'export', 'reports'],
    visibility: 'ENTITLED_PRODUCT',
    published: true,
    daysAgo: 42,
    body: `Monthly board packs usually combine several dashboards. Insight 1.7 builds them as one PDF.

## Print layout

Each dashboard can have a print layout next to its screen layout (**Edit › Print layout**). Set A4 or Letter, portrait or landscape, and place tiles so nothing is cut.

## Packs

**Reports › Packs › New**:

1. Add a cover page with a title, the period and your logo.
2. Add dashboards in order. Each can have its own filter values, for example *Period = last month*.
3. Add a table of contents if you like; page numbers are filled in.

## Export

~~~sh
curl -X POST https://insight.globex.example/api/packs/board-monthly/render \\
  -H "Authorization: Bearer $INSIGHT_TOKEN" \\
  -d '{"filters": {"period": "2025-02"}}' -o board-2025-02.pdf
~~~

Packs can also be scheduled like dashboards.

## Tips

- Use the *Print* theme: thinner lines and no dark backgrounds.
- Tables longer than a page continue on the next page with the header repeated.`,
  },
  {
    slug: 'insight-audit-log-export-for-hipaa',
    title: 'Exporting the Insight audit log for HIPAA and ISO 27001 reviews',
    summary:
      'Which access events Insight records, how long it keeps them and how to export them to your SIEM.',
    product: 'insight',
    version: '1.7',
    category: 'Security',
    tags: ['audit', 'compliance', 'hipaa', 'siem'],
    visibility: 'ACTIVE_SERVICE_PLAN',
    published: true,
    daysAgo: 20,
    body: `Health-care and regulated customers must show who saw which data. Insight records every access to dashboards and datasets.

## What is recorded

- Sign-ins, failed sign-ins and sign-outs
- Every dashboard view, with the filters applied
- Dataset previews, exports and scheduled sends (with recipients)
- Changes to row-level security rules and permissions
- Every use of **View as**

## Retention

Events are kept in the metadata database for 400 days (\`AUDIT_RETENTION_DAYS\`). Export them if you must keep them longer.

## Export to a SIEM

Insight can forward events as JSON over syslog (RFC 5424, TLS) or to an HTTPS endpoint:

~~~sh
AUDIT_FORWARD_URL=syslog+tls://siem.globex.example:6514
AUDIT_FORWARD_FORMAT=json
~~~

A dashboard view looks like this:

~~~json
{ "ts": "2025-03-04T08:12:44Z", "user": "hiro@globex.example", "action": "dashboard.view",
  "dashboard": "clinical-admissions", "filters": { "facility": "Osaka" }, "rows": 214 }
~~~

## Reviews

For a periodic access review, **Administration › Audit › Access report** lists who viewed each dataset in a date range, as CSV.`,
  },
];

const GENERAL: DemoArticle[] = [
  {
    slug: 'contacting-northwind-support',
    title: 'How to contact Northwind Support and choose the right severity',
    summary:
      'Open a support case, pick its severity, and know when to expect an answer for each service plan.',
    product: null,
    version: null,
    category: 'Support',
    tags: ['support', 'severity', 'cases'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 150,
    body: `Open cases in this portal under **Support cases**. Phone support is for severity 1 only.

## Severity

| Severity | Meaning | Example |
| --- | --- | --- |
| 1 – Critical | Production is down or data is at risk, no workaround | Ledger server does not start after month-end |
| 2 – High | A major function fails, a workaround exists but hurts | Route optimiser fails; dispatchers plan by hand |
| 3 – Normal | A problem with limited impact | A report shows a wrong label |
| 4 – Question | How-to and advice | How to set up a new company |

## Response times

| Severity | Premier Support | Standard Support | No service plan |
| --- | --- | --- | --- |
| 1 | 1 hour, 24×7 | 4 business hours | best effort |
| 2 | 4 hours | 1 business day | best effort |
| 3 and 4 | 1 business day | 2 business days | knowledge base only |

## A good case

- Product, version and build (from **Help › About**)
- What you expected and what happened, with the exact error message
- When it started and what changed around then
- A diagnostic bundle (see *Collecting a diagnostic bundle*)`,
  },
  {
    slug: 'northwind-product-lifecycle-policy',
    title: 'Northwind product lifecycle and support policy',
    summary:
      'How long each major and minor release is supported, and what mainstream and maintenance support include.',
    product: null,
    version: null,
    category: 'Support',
    tags: ['lifecycle', 'end-of-support', 'policy'],
    visibility: 'ALL_CUSTOMERS',
    published: true,
    daysAgo: 420,
    body: `Every Northwind product follows the same lifecycle.

## Phases

1. **Mainstream support** – from release until the next minor release plus 12 months: fixes, security updates, legal and tax changes, support cases.
2. **Maintenance** – 12 further months: security fixes and severity-1 fixes only.
3. **End of support** – no fixes; support helps with upgrades only.

## Current releases

| Product | Mainstream | Maintenance |
| --- | --- | --- |
| Ledger 5.0 | current | – |
| Ledger 4.2 | ended | until the end of next year |
| Dispatch 3.0 | current | – |
| Dispatch 2.9 | ended | until the end of June next year |
| Insight 1.7 | current | – |
| Insight 1.6 | current until 1.8 | – |

## Upgrades

Upgrades between releases are included in every active service plan. Licences without a service plan keep working, but receive no updates.`,
  },
  {
    slug: 'collecting-a-diagnostic-bundle',
    title: 'Collecting a diagnostic bundle for Northwind Support',
    summary:
      'One command per product gathers logs, configuration (with secrets removed) and health checks for a support case.',
    product: null,
    version: null,
    category: 'Troubleshooting',
    tags: ['diagnostics', 'logs', 'support'],
    visibility: 'ACTIVE_SERVICE_PLAN',
    published: true,
    daysAgo: 140,
    body: `A diagnostic bundle lets our engineers start on your case without a round of questions. Passwords, keys and tokens are removed before the archive is written.

## Ledger

~~~sh
ledger-admin diagnose bundle --days 3 --output ledger-diag.zip
~~~

## Dispatch

~~~sh
sudo dispatch-admin diagnose --include gateway,optimizer --output dispatch-diag.tar.gz
~~~

## Insight

~~~sh
docker compose exec query insight-diag --since 48h > insight-diag.tar.gz
~~~

## What is inside

- Log files for the period you choose
- Configuration files, with every value whose key contains *password*, *secret*, *key* or *token* replaced by \`***\`
- Versions, installed updates, operating system and database versions
- A health check: disk space, memory, connectivity to the database and broker

No business data (journals, orders, patient records) is collected. Attach the file to your case; files up to 2 GB are accepted.`,
  },
];

/** About sixty articles, in a fixed order (the seed inserts them in this order). */
export const DEMO_ARTICLES: readonly DemoArticle[] = [
  ...LEDGER,
  ...DISPATCH,
  ...INSIGHT,
  ...GENERAL,
];
