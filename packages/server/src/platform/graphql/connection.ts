import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { DomainError } from './domain-error';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** One page of a keyset-paginated list, before it is mapped to GraphQL edges. */
export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number;
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new DomainError('VALIDATION_FAILED', `first must be between 1 and ${MAX_PAGE_SIZE}.`, {
      field: 'first',
    });
  }
  return size;
}

/** Cursors carry the sort key of the last row seen; opaque to clients. */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, parts: number): string[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === parts && key.every((p) => typeof p === 'string'))
      return key;
  } catch {
    // fall through to the error below
  }
  throw new DomainError('VALIDATION_FAILED', 'The cursor is not valid.', {
    field: 'after',
    hint: 'Use an endCursor from an earlier page, or leave it out to start at the beginning.',
  });
}

export function pageInfoOf(page: Page<unknown>): PageInfo {
  return Object.assign(new PageInfo(), {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: page.cursors[0] ?? null,
    endCursor: page.cursors[page.cursors.length - 1] ?? null,
  });
}

/** The Relay connection shape of a page: edges with cursors, pageInfo and totalCount. */
export function connectionOf<T>(page: Page<T>) {
  return {
    edges: page.nodes.map((node, i) => ({ node, cursor: page.cursors[i]! })),
    pageInfo: pageInfoOf(page),
    totalCount: page.totalCount,
  };
}

/**
 * The GraphQL types of a Relay connection of `node`s: `<name>Edge { cursor, node }` and
 * `<name>Connection { edges, pageInfo, totalCount }`, the shape connectionOf answers with. Every
 * paginated list has the same two types; only the node and what totalCount counts differ.
 */
export function connectionType<T extends object>(
  name: string,
  node: () => ClassType<T>,
  totalCountDescription: string,
): ClassType<{ edges: { cursor: string; node: T }[]; pageInfo: PageInfo; totalCount: number }> {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field()
    cursor: string;

    @Field(node)
    node: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class Connection {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: totalCountDescription })
    totalCount: number;
  }

  return Connection;
}
