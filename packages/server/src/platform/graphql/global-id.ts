import { DomainError } from './domain-error';

export type NodeTypeName =
  | 'Organization'
  | 'Professional'
  | 'AccessRequest'
  | 'Article'
  | 'SoftwareUpdate'
  | 'Course'
  | 'Announcement'
  | 'Question'
  | 'License'
  | 'Answer'
  | 'Lesson';

/** Relay global ids: base64url of "Type:uuid", opaque to clients. */
export function toGlobalId(type: NodeTypeName, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator <= 0) return null;
  return { type: decoded.slice(0, separator), id: decoded.slice(separator + 1) };
}

/** The database id inside a global id of the expected type; NOT_FOUND for anything else. */
export function idOf(type: NodeTypeName, globalId: string, what: string = type): string {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type) {
    throw new DomainError('NOT_FOUND', `${what} was not found.`, { hint: 'Check the id.' });
  }
  return parsed.id;
}
