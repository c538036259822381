/** The distinct values in use, alphabetically: how the server answers articleProducts and the like. */
export function distinctSorted(values: readonly (string | null | undefined)[]): string[] {
  const present = values.filter((value): value is string => Boolean(value));
  return [...new Set(present)].sort();
}
