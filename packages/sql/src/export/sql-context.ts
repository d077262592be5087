import type { Dialect } from "../dialect/dialect";
import type { ParamBag } from "../statement/param-bag";
import type { ResolvedToSqlOptions } from "../to-sql/to-sql-options";
import type { PropertyColumns } from "./property-columns";
import type { TrafficFields } from "./traffic-fields";

/** What every part of the generator shares while it writes one query. */
export interface SqlContext {
  readonly dialect: Dialect;
  readonly options: ResolvedToSqlOptions;
  readonly params: ParamBag;
  readonly properties: PropertyColumns;
  readonly traffic: TrafficFields;
}
