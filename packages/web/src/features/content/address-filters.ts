import { useSearchParams } from 'react-router';
import type { SelectOption } from '../../ui/select-field';

/**
 * The filters of a list page, kept in the address (?product=…) so a filtered list can be linked
 * and survives a reload. A filter at its fallback value is left out of the address.
 */
export function useAddressFilters() {
  const [params, setParams] = useSearchParams();
  return {
    /** The filter's value, trimmed; '' when it is not set. */
    get(name: string): string {
      return params.get(name)?.trim() || '';
    },
    set(name: string, value: string, fallback = '') {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value !== fallback) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      );
    },
    clear() {
      setParams({}, { replace: true });
    },
  };
}

/**
 * The options of a filter: "All …" then each value in use, alphabetically; the one chosen stays
 * even when no longer listed.
 */
export function filterOptions(
  allLabel: string,
  values: readonly (string | null | undefined)[],
  chosen: string,
  labelOf: (value: string) => string = (value) => value,
): SelectOption[] {
  const distinct = new Set(values.filter((value): value is string => Boolean(value)));
  if (chosen) distinct.add(chosen);
  return [
    { value: '', label: allLabel },
    ...[...distinct]
      .sort((a, b) => a.localeCompare(b))
      .map((value) => ({ value, label: labelOf(value) })),
  ];
}
