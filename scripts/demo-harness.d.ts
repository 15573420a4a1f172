/** Types of scripts/demo-harness.js (the Node side of the browser demo). */
import type { Browser } from "playwright-core";

export declare const ROOT: string;
export declare const DEMO_DIR: string;
export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];

/** Why dist/demo must be (re)built, or null when it is up to date. */
export declare function staleReason(): string | null;

/** Builds dist/demo in production mode unless it is up to date (one build at a time across processes). */
export declare function buildDemo(options?: { ifStale?: boolean; log?: (line: string) => void }): Promise<{ ms: number; reason: string | null }>;

export interface DemoServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves dist/demo (or `root`) over http; port 0 (the default) picks a free port. */
export declare function startServer(options?: { root?: string; port?: number; host?: string; urlHost?: string }): Promise<DemoServer>;

export declare function chromiumAvailable(): boolean;

/** Debian's Chromium, headless, through playwright-core. */
export declare function launchChromium(options?: { headless?: boolean }): Promise<Browser>;
