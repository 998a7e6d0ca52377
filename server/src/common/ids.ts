const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids that are not UUIDs cannot exist; answering NOT_FOUND early avoids a database type error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
