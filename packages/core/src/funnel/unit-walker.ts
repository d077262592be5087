import type { EventLog } from "../event-log/event-log";
import { ChainPool } from "./chain-pool";
import type { CompiledFunnel } from "./compile-funnel";

/**
 * What every walker does: find, for the unit whose events are positions `from..to`, the steps it
 * reached (`reached`, bit k for step k) and the chain of the one attempt chosen to describe it
 * (`chain`, an entry of `pool`, or -1 when nothing was reached). The base holds what each
 * `order` needs alike (the plan and the log columns it reads) so the walkers differ only in how
 * they walk.
 */
export abstract class UnitWalker {
  readonly pool = new ChainPool();
  reached = 0;
  chain = -1;
  protected readonly plan: CompiledFunnel;
  protected readonly names: Uint16Array | Uint32Array;
  protected readonly timestamp: Float64Array;

  constructor(log: EventLog, plan: CompiledFunnel) {
    this.plan = plan;
    this.names = log.columns.name;
    this.timestamp = log.columns.timestamp;
  }

  /** `order` maps positions to log indexes (sessions); undefined means positions are log indexes. */
  abstract walk(order: Uint32Array | undefined, from: number, to: number): void;
}
