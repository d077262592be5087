// The public surface of matching/: re-exported by src/index.ts.
export type { Step } from "../model/step";
