/** Whether two drafts of plain values (strings, numbers, booleans) hold the same in every field. */
export function sameFields<T extends object>(a: T, b: T): boolean {
  return (Object.keys(a) as (keyof T)[]).every((field) => a[field] === b[field]);
}
