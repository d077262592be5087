/**
 * Whether `value` is a plain record (an object literal or `Object.create(null)`), the only kind of
 * object the event log keeps as an event's properties: class instances and arrays are not.
 */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
