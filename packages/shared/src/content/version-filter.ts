/**
 * Does a version filter take this version in? A filter names a release and everything under it:
 * "5" takes 5, 5.0 and 5.2.1; "5.0" takes 5.0 and 5.0.3. It never takes a longer number (5.0 does
 * not take 5.01, 5 does not take 50) nor a release above it (5.0.1 does not take 5.0). People type
 * the release they run, and what is written about 5.0.3 is written about 5.0. The database queries
 * mirror this (platform/db/version-filter.ts on the server).
 */
export function versionWithin(version: string | null, filter: string): boolean {
  const wanted = filter.trim();
  if (version === null || wanted === '') return wanted === '';
  return version === wanted || version.startsWith(`${wanted}.`);
}
