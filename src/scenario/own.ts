/**
 * A lookup by a key that came from a content file. Plain `record[key]` would find inherited
 * members for keys such as `constructor` or `toString`; content can name anything.
 */
export const own = <T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined => (record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined);
