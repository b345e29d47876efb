import { Field, Int, ObjectType, ArgsType } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { badInput } from './errors.js';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  // a keyset cursor carries its sort key (a client's name, up to 200 characters)
  @MaxLength(1000, { message: 'Invalid cursor' })
  after?: string;
}

// Offset cursors, for lists that stay small (a simulation's movers, the service-level list):
// opaque to clients, they carry an offset. The book (clients) grew to a branch of 250k clients,
// where an offset walks every row before the page: it uses keyset cursors (below).
export const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

export function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m?.[1]) throw badInput('after', 'Invalid cursor', 'INVALID_CURSOR');
  return Number(m[1]) + 1;
}

/** Builds the Relay pieces from one page of rows fetched at `offset` with limit first+1. */
export function connectionOf<T>(rows: T[], offset: number, first: number, totalCount: number) {
  const page = rows.slice(0, first);
  return {
    totalCount,
    edges: page.map((node, i) => ({ node, cursor: encodeCursor(offset + i) })),
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: offset > 0,
      startCursor: page.length ? encodeCursor(offset) : null,
      endCursor: page.length ? encodeCursor(offset + page.length - 1) : null,
    },
  };
}

/**
 * Keyset cursors: the sort (so a cursor of one order is refused by another), the row's sort key
 * as text and its id. The next page is the rows after (key, id) in the order: as fast at page
 * 1,000 as at page 1, and a row added or moved before the cursor neither repeats nor shifts the
 * rows after it. Opaque to clients.
 */
export interface KeysetPosition {
  order: string;
  key: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const encodeKeysetCursor = (p: KeysetPosition) => Buffer.from(`k1:${p.order}:${p.id}:${p.key}`).toString('base64url');

/** The position a cursor of `order` names; BAD_USER_INPUT on `after` for anything else, including a cursor of another order. */
export function decodeKeysetCursor(cursor: string | undefined, order: string, validKey: RegExp): KeysetPosition | null {
  if (cursor === undefined || cursor === null) return null;
  const m = /^k1:([A-Z_]+):([0-9a-f-]{36}):(.*)$/s.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m || m[1] !== order || !UUID.test(m[2]!) || !validKey.test(m[3]!)) throw badInput('after', 'Invalid cursor', 'INVALID_CURSOR');
  return { order, id: m[2]!, key: m[3]! };
}

/** The Relay pieces for one keyset page fetched with limit first+1; `positionOf` gives each row's place. */
export function keysetConnectionOf<T>(
  rows: T[], first: number, after: KeysetPosition | null, positionOf: (row: T) => KeysetPosition,
  totalCount: number, totalCountIsEstimate: boolean,
) {
  const page = rows.slice(0, first);
  const cursors = page.map((r) => encodeKeysetCursor(positionOf(r)));
  return {
    totalCount,
    totalCountIsEstimate,
    edges: page.map((node, i) => ({ node, cursor: cursors[i]! })),
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: after !== null,
      startCursor: cursors[0] ?? null,
      endCursor: cursors.at(-1) ?? null,
    },
  };
}
