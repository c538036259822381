import type { FileOutcome, ImportProgress, ImportReport } from './article-importer';

/** Where the import writes: a terminal (a progress bar) or anything else (a log, one line per file). */
export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const LABELS: Record<FileOutcome['status'], string> = {
  created: 'created',
  updated: 'updated',
  unchanged: 'unchanged',
  skipped: 'SKIPPED',
};
const BAR_WIDTH = 24;
const REDRAW_MS = 50;

/**
 * On a terminal: one progress line redrawn in place, with a skipped file's reason printed above
 * it as it happens. Otherwise: one plain line per file, for logs and CI.
 */
export function progressOutput(stream: OutputStream): ImportProgress & { finish(): void } {
  if (!stream.isTTY) {
    return {
      started: (total) =>
        stream.write(`${total} ${total === 1 ? 'document' : 'documents'} found\n`),
      fileDone: (outcome) => stream.write(`${describeOutcome(outcome)}\n`),
      finish: () => undefined,
    };
  }
  let lastDraw = 0;
  let bar = '';
  const draw = (done: number, total: number, name: string) => {
    const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
    const head = `Importing [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(done).padStart(String(total).length)}/${total} `;
    const room = Math.max(0, (stream.columns || 80) - head.length - 1);
    bar = head + (name.length > room ? `…${name.slice(name.length - room + 1)}` : name);
    stream.write(`\r\x1b[2K${bar}`);
    lastDraw = Date.now();
  };
  return {
    started: (total) => draw(0, total, ''),
    fileDone: (outcome, done, total) => {
      if (outcome.status === 'skipped') {
        stream.write(`\r\x1b[2K${describeOutcome(outcome)}\n`);
        draw(done, total, outcome.name);
      } else if (done === total || Date.now() - lastDraw >= REDRAW_MS) {
        draw(done, total, outcome.name);
      }
    },
    finish: () => {
      if (bar) stream.write('\n');
    },
  };
}

function describeOutcome(outcome: FileOutcome): string {
  const label = LABELS[outcome.status].padEnd(9);
  if (outcome.status === 'skipped') return `${label}  ${outcome.name}: ${outcome.reason}`;
  const note = outcome.note ? ` (${outcome.note})` : '';
  return `${label}  ${outcome.name} -> ${outcome.slug}${note}`;
}

/** The closing summary: the counts, then every skipped file again with its reason. */
export function formatSummary(report: ImportReport, target: string): string {
  const lines = [
    '',
    `Summary for ${target}:`,
    `  created    ${report.created}`,
    `  updated    ${report.updated}`,
    `  unchanged  ${report.unchanged}`,
    `  skipped    ${report.skipped}`,
  ];
  if (report.ignored > 0)
    lines.push(
      `  (${report.ignored} other ${report.ignored === 1 ? 'file' : 'files'} in the folder, not Markdown or HTML, ignored)`,
    );
  const skipped = report.outcomes.filter((o) => o.status === 'skipped');
  if (report.documents === 0 && skipped.length === 0)
    lines.push('', 'Warning: the folder holds no .md, .markdown, .html or .htm file.');
  if (skipped.length > 0) {
    lines.push(
      '',
      `Warning: ${skipped.length} ${skipped.length === 1 ? 'file was' : 'files were'} skipped and left nothing behind:`,
    );
    for (const outcome of skipped) lines.push(`  ${outcome.name}: ${outcome.reason}`);
    lines.push('Fix them and run the same command again: it only writes what changed.');
  }
  return `${lines.join('\n')}\n`;
}
