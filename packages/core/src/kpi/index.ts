// The public surface of kpi/: re-exported by src/index.ts.
export {};
