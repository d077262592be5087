/** The repository's root folder. */
export declare const repoRoot: string;
/** Builds the workspace (`pnpm build`) when a package's build is missing or older than its sources. */
export declare function ensureBuilt(): Promise<void>;
