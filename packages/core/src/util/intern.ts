/**
 * The code of `value` among `values` (its index), appending it when it is new: how the event log
 * and the analyses turn strings into small integers for typed-array columns. `codes` maps each
 * string already in `values` to its index; both grow together.
 */
export function intern(codes: Map<string, number>, values: string[], value: string): number {
  let code = codes.get(value);
  if (code === undefined) {
    code = values.length;
    values.push(value);
    codes.set(value, code);
  }
  return code;
}
