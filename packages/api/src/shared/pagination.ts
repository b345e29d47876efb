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
  @MaxLength(100, { message: 'Invalid cursor' })
  after?: string;
}

// Cursors are opaque to clients. They carry an offset: the book is small per adviser
// and sorted on volatile columns (assets, last contact), where keyset cursors would
// skip or repeat rows as figures change between pages anyway.
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
