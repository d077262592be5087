// The public surface of retention/: re-exported by src/index.ts.
export {};
