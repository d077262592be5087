import { NumberList } from "./time-summary";
import type { UnitOutcome } from "./unit-outcome";

/** Counts and times of the units of one group (the whole log, or one breakdown value). */
export class FunnelTally {
  readonly count: Float64Array;
  readonly customers: Float64Array;
  readonly fromPrevious: NumberList[];
  readonly fromStart: NumberList[];

  constructor(stepCount: number) {
    this.count = new Float64Array(stepCount);
    this.customers = new Float64Array(stepCount);
    this.fromPrevious = Array.from({ length: stepCount }, () => new NumberList());
    this.fromStart = Array.from({ length: stepCount }, () => new NumberList());
  }

  addUnit(outcome: UnitOutcome): void {
    const { reached, fromPrevious, fromStart } = outcome;
    for (let k = 0; k < this.count.length; k += 1) {
      if ((reached & (1 << k)) === 0) continue;
      this.count[k] = (this.count[k] as number) + 1;
      const previous = fromPrevious[k] as number;
      if (!Number.isNaN(previous)) (this.fromPrevious[k] as NumberList).push(previous);
      const start = fromStart[k] as number;
      if (k > 0 && !Number.isNaN(start)) (this.fromStart[k] as NumberList).push(start);
    }
  }

  /** Adds one distinct customer, who reached the steps in `reached` in at least one unit. */
  addCustomer(reached: number): void {
    for (let k = 0; k < this.customers.length; k += 1) {
      if ((reached & (1 << k)) !== 0) this.customers[k] = (this.customers[k] as number) + 1;
    }
  }

  /** Adds another group's counts and times (customers are recounted by the caller). */
  merge(other: FunnelTally): void {
    for (let k = 0; k < this.count.length; k += 1) {
      this.count[k] = (this.count[k] as number) + (other.count[k] as number);
      (this.fromPrevious[k] as NumberList).append(other.fromPrevious[k] as NumberList);
      (this.fromStart[k] as NumberList).append(other.fromStart[k] as NumberList);
    }
  }
}
