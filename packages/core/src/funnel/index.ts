// The public surface of funnel/: re-exported by src/index.ts.
export {};
