// Test support: a funnel's mean times are float sums, and a sum's last bits depend on the order it
// is added in (in memory, the order customers appear in; in SQL, the engine's). Everything else in
// a funnel result must be identical; means are compared to 12 significant digits.
export function roundMeans<T>(result: T): T {
  return JSON.parse(
    JSON.stringify(result, (key, value) =>
      key === "mean" && typeof value === "number" ? Number(value.toPrecision(12)) : value,
    ),
  ) as T;
}
