import { type ChildProcess, fork } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { log } from "../../lib/log";
import type { SnapshotStore } from "../snapshot/snapshot-store";
import { type AppMessage, followApp, type FrontMessage } from "./snapshot-sync";

// The front door's one child: the app process (app.ts), started with the same Node flags, on
// a Unix socket in a fresh folder only this user can open. If it exits after it was ready (a
// crash, the kernel's OOM killer), it is started again after a pause that doubles up to 30 s,
// while the snapshot goes on being served. If it fails before it was ever ready, start-up
// failed (it has said why): the front door exits with its code.

const FIRST_PAUSE_MS = 1_000;
const LONGEST_PAUSE_MS = 30_000;
// Running this long counts as recovered: the next failure pauses FIRST_PAUSE_MS again.
const HEALTHY_MS = 60_000;
// Requests held while the app is away: past this many, more are answered 503 at once rather
// than kept open (a flood during a restart must not pile up sockets).
const MAX_WAITING = 1_000;
// What a stop gives the app to finish the emails in flight.
const STOP_GRACE_MS = 30_000;

export type AppProcessOptions = {
  store: SnapshotStore;
  /** Called once the app is first ready. */
  onReady: () => void;
  /** Called when the app fails before it was ever ready. */
  onStartFailed: (code: number) => void;
};

function appEntry(): string {
  // Beside this file: app.ts when run from source (tests), app.mjs in the build (dist/).
  const here = new URL(import.meta.url);
  return new URL(here.pathname.endsWith(".ts") ? "../app.ts" : "./app.mjs", here).pathname;
}

export class AppProcess {
  readonly socketPath: string;
  private readonly socketDir: string;
  private child: ChildProcess | undefined;
  private ready = false;
  private everReady = false;
  private stopping = false;
  private pauseMs = FIRST_PAUSE_MS;
  private readyAt = 0;
  private waiting: (() => void)[] = [];
  private restartTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: AppProcessOptions) {
    // mkdtemp makes it readable and writable by this user alone.
    this.socketDir = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-"));
    this.socketPath = path.join(this.socketDir, "app.sock");
  }

  start(): void {
    fs.rmSync(this.socketPath, { force: true });
    const child = fork(appEntry(), [], {
      env: { ...process.env, BEACON_APP_SOCKET: this.socketPath },
      execArgv: process.execArgv,
      serialization: "advanced",
      stdio: "inherit",
    });
    this.child = child;
    child.on("message", (message: AppMessage) => this.receive(message));
    child.once("exit", (code, signal) => this.exited(code, signal));
  }

  /** Whether requests can be forwarded now. */
  isReady(): boolean {
    return this.ready;
  }

  /** Resolves true once the app is ready, or false after `timeoutMs`. */
  whenReady(timeoutMs: number): Promise<boolean> {
    if (this.ready) return Promise.resolve(true);
    if (this.waiting.length >= MAX_WAITING) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting = this.waiting.filter((waiter) => waiter !== done);
        resolve(false);
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        resolve(true);
      };
      this.waiting.push(done);
    });
  }

  /** Stops the app (it finishes what is in flight), then resolves. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill("SIGTERM");
      });
    }
    fs.rmSync(this.socketDir, { recursive: true, force: true });
  }

  private receive(message: AppMessage): void {
    const wanted = followApp(this.options.store, message);
    if (wanted.length > 0) this.child?.send({ type: "want", keys: wanted } satisfies FrontMessage);
    if (message.type !== "ready") return;
    this.ready = true;
    this.readyAt = Date.now();
    for (const waiter of this.waiting.splice(0)) waiter();
    if (!this.everReady) {
      this.everReady = true;
      this.options.onReady();
    } else {
      log.info("the app process is back");
    }
  }

  private exited(code: number | null, signal: NodeJS.Signals | null): void {
    const readyFor = this.ready ? Date.now() - this.readyAt : 0;
    this.ready = false;
    this.child = undefined;
    if (this.stopping) return;
    if (!this.everReady) {
      fs.rmSync(this.socketDir, { recursive: true, force: true });
      this.options.onStartFailed(code ?? 1);
      return;
    }
    if (readyFor > HEALTHY_MS) this.pauseMs = FIRST_PAUSE_MS;
    const how = signal ? `was killed (${signal})` : `exited with code ${code}`;
    log.error(`the app process ${how}: starting it again in ${this.pauseMs / 1000} s; the status page is served from the snapshot meanwhile`);
    this.restartTimer = setTimeout(() => this.start(), this.pauseMs);
    this.pauseMs = Math.min(this.pauseMs * 2, LONGEST_PAUSE_MS);
  }
}
