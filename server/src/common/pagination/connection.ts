import type { EntityManager, EntityName, FilterQuery, FindOptions } from '@mikro-orm/postgresql';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { DomainError } from '../errors/domain-error.js';
import { ErrorCode } from '../errors/error-codes.js';
import { isUuid } from '../ids.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  after?: string;
}

export type Edge<T> = { node: T; cursor: string };
export type Connection<T> = { edges: Edge<T>[]; pageInfo: PageInfo; readonly totalCount: Promise<number> };

/** Declares `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => nodeType)
    node!: T;

    @Field(() => String)
    cursor!: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Counted only when selected.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

type SortValue = string | number | Date;
type CursorData = { v: string | number; d?: 1; id: string };

export function encodeCursor(value: SortValue, id: string): string {
  const data: CursorData = value instanceof Date ? { v: value.toISOString(), d: 1, id } : { v: value, id };
  return Buffer.from(JSON.stringify(data)).toString('base64url');
}

export function decodeCursor(cursor: string): { value: SortValue; id: string } {
  try {
    const data = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorData;
    if (typeof data.id !== 'string' || !isUuid(data.id)) throw new Error('bad id');
    if (typeof data.v !== 'string' && typeof data.v !== 'number') throw new Error('bad value');
    const value = data.d ? new Date(data.v) : data.v;
    if (value instanceof Date && Number.isNaN(value.getTime())) throw new Error('bad date');
    return { value, id: data.id };
  } catch {
    throw new DomainError(ErrorCode.VALIDATION, 'The cursor is not valid; start again from the first page.', 'after');
  }
}

export type PaginateOptions<T> = {
  /** A non-null property to order by; ties are broken by id. */
  sortBy?: keyof T & string;
  direction?: 'ASC' | 'DESC';
};

/**
 * Keyset pagination over (sortBy, id): stable under inserts, one query per page (+1 count only when
 * `totalCount` is selected, because it is a lazy getter that the GraphQL executor reads only then).
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: ConnectionArgs,
  options: PaginateOptions<T> = {},
): Promise<Connection<T>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (first < 1 || first > MAX_PAGE_SIZE) {
    throw new DomainError(ErrorCode.VALIDATION, `first must be between 1 and ${MAX_PAGE_SIZE}`, 'first');
  }
  const sortBy = options.sortBy ?? ('createdAt' as keyof T & string);
  const direction = options.direction ?? 'ASC';
  const op = direction === 'ASC' ? '$gt' : '$lt';
  let pageWhere = where;
  if (args.after) {
    const { value, id } = decodeCursor(args.after);
    const keyset = { $or: [{ [sortBy]: { [op]: value } }, { [sortBy]: value, id: { [op]: id } }] };
    pageWhere = { $and: [where, keyset] } as FilterQuery<T>;
  }
  const rows = await em.find(entity, pageWhere, {
    orderBy: { [sortBy]: direction, id: direction } as never,
    limit: first + 1,
  } as FindOptions<T, never>);
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor((node as Record<string, unknown>)[sortBy] as SortValue, node.id) }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    get totalCount() {
      counted ??= em.count(entity, where);
      return counted;
    },
  };
}

/**
 * The same page with each node turned into another shape (e.g. an entity into a view). `totalCount` stays lazy:
 * spreading the connection would read the getter and count on every request.
 */
export function mapConnection<T, U>(page: Connection<T>, toNodes: (nodes: T[]) => U[]): Connection<U> {
  const nodes = toNodes(page.edges.map((edge) => edge.node));
  return {
    edges: page.edges.map((edge, i) => ({ cursor: edge.cursor, node: nodes[i]! })),
    pageInfo: page.pageInfo,
    get totalCount() {
      return page.totalCount;
    },
  };
}
