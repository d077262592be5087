// The public surface of attribution/: re-exported by src/index.ts.
export {};
