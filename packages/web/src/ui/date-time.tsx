export interface DateTimeProps {
  /** An ISO 8601 instant, as the API sends DateTime values. */
  value: string;
  /** Leave the time of day out. */
  dateOnly?: boolean;
}

/** An instant in the reader's own locale and time zone, machine-readable through <time>. */
export function DateTime({ value, dateOnly = false }: DateTimeProps) {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return <>{value}</>;
  const text = new Intl.DateTimeFormat(undefined, {
    dateStyle: 'long',
    timeStyle: dateOnly ? undefined : 'short',
  }).format(date);
  return <time dateTime={value}>{text}</time>;
}
