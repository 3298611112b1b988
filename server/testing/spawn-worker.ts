import { type ChildProcess, spawn } from "node:child_process";

// Runs server/worker.ts in a process of its own, as `npm run worker` does (TypeScript through the
// register hook), for tests that kill it or run several.

export type WorkerProcess = {
  child: ChildProcess;
  output: () => string;
  /** Resolves when the worker has logged that it started. */
  started: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

export function spawnWorker(env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ["--import", "./scripts/register.mjs", "server/worker.ts"], {
    env: { ...process.env, LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let markStarted: () => void = () => {};
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.includes("mail worker started")) markStarted();
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, started, exited };
}
