// The public surface of adapter/: re-exported by src/index.ts.
export {};
