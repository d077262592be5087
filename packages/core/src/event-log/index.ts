// The public surface of event-log/: re-exported by src/index.ts.
export {};
