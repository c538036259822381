export interface DateTimeProps {
  /** An ISO 8601 instant, as the API sends DateTime values. */
  value: string;
  /** Leave the time of day out. */
  dateOnly?: boolean;
  /** "14 Jun 2031, 09:30" instead of "14 June 2031 at 09:30", for tables. */
  compact?: boolean;
}

/** An instant in the reader's own locale and time zone, machine-readable through <time>. */
export function DateTime({ value, dateOnly = false, compact = false }: DateTimeProps) {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return <>{value}</>;
  const text = new Intl.DateTimeFormat(undefined, {
    dateStyle: compact ? 'medium' : 'long',
    timeStyle: dateOnly ? undefined : 'short',
  }).format(date);
  return <time dateTime={value}>{text}</time>;
}
