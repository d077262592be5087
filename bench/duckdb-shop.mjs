// Loads generated shop events (generator.mjs columns) into a DuckDB table for the benchmarks'
// SQL peers: events(customer varchar, name varchar, ts double, seq uinteger), where `seq` is the
// export row number, so that SQL can break timestamp ties as EventLog does (input order).
import { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";

/** An in-memory DuckDB with 2 threads (the machine the anchor figures came from). */
export async function openDuckDb() {
  const instance = await DuckDBInstance.create(":memory:", { threads: "2" });
  const connection = await DuckDBConnection.create(instance);
  return {
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** Replaces the `events` table with the shop's rows. Loading is not what the benchmarks time. */
export async function loadShopEvents(connection, shop) {
  await connection.run("create or replace table shop_names (name_code uinteger, name varchar)");
  await connection.run("create or replace table shop_customers (customer_code uinteger, customer varchar)");
  await connection.run(
    "create or replace table shop_rows (customer_code uinteger, name_code uinteger, seq uinteger, ts double)",
  );
  const fill = async (table, write) => {
    const appender = await connection.createAppender(table);
    write(appender);
    appender.closeSync();
  };
  const codes = (values) => (appender) => {
    for (let code = 0; code < values.length; code += 1) {
      appender.appendUInteger(code);
      appender.appendVarchar(values[code]);
      appender.endRow();
    }
  };
  await fill("shop_names", codes(shop.names));
  await fill("shop_customers", codes(shop.customerIds));
  await fill("shop_rows", (appender) => {
    for (let row = 0; row < shop.size; row += 1) {
      appender.appendUInteger(shop.customer[row]);
      appender.appendUInteger(shop.name[row]);
      appender.appendUInteger(row);
      appender.appendDouble(shop.timestamp[row]);
      appender.endRow();
    }
  });
  await connection.run(`create or replace table events as
    select customer, name, ts, seq from shop_rows join shop_names using (name_code) join shop_customers using (customer_code)`);
  await connection.run("drop table shop_rows");
}

/**
 * The funnel in SQL over a table or view `events(customer, name, ts, seq)`: step k's chains start
 * at the latest start among step k-1's chains before it. Shared by the funnel and GA4 benchmarks.
 */
export function funnelSql(steps, window) {
  const quoted = steps.map((step) => `'${step}'`);
  const layers = [
    `e0 as (select customer, ts, seq, case name ${steps.map((s, k) => `when '${s}' then ${k}`).join(" ")} end as step,
       case when name = ${quoted[0]} then ts end as start0
     from events where name in (${quoted.join(", ")}))`,
  ];
  for (let k = 1; k < steps.length; k += 1) {
    layers.push(`e${k} as (
      select *, case when step = ${k} and ts - reach${k} <= ${window} then reach${k} end as start${k}
      from (select *, max(start${k - 1}) over (partition by customer order by ts, seq
                      rows between unbounded preceding and 1 preceding) as reach${k} from e${k - 1}))`);
  }
  const counts = steps.map(
    (_, k) => `count(distinct customer) filter (where start${k} is not null)::integer as s${k}`,
  );
  return `with ${layers.join(",\n")} select ${counts.join(", ")} from e${steps.length - 1}`;
}
