const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * True for a well-formed uuid. Checked before an id reaches SQL: PostgreSQL would answer a
 * malformed one with a cast error, which must surface as NOT_FOUND / BAD_USER_INPUT instead.
 */
export const isUuid = (id: string): boolean => UUID.test(id);
