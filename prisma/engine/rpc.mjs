// The engine's process protocol: line-delimited JSON-RPC 2.0, requests from the CLI on stdin,
// responses on stdout. stdout carries JSON-RPC only; everything else goes to stderr.
import readline from "node:readline";
import { rpcError } from "./errors.mjs";

const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

/**
 * Serves requests with `host` until stdin closes, one at a time in arrival order (the wasm
 * engine is not re-entrant). `done` resolves once the last response is written;
 * `failInFlight(error)` answers the running request with `error` (used when the wasm traps,
 * since the engine's promise then never settles). Returns false when nothing was running.
 */
export function serve(host) {
  let nextOwnId = 1;
  let queue = Promise.resolve();
  let abortInFlight;

  const handle = async (request) => {
    const { id, method, params } = request;
    try {
      const aborted = new Promise((_, reject) => (abortInFlight = reject));
      let result = await Promise.race([host.call(method, params), aborted]);
      if (method === "diff") {
        // The native engine has the CLI print the diff; the wasm returns the text instead.
        if (result.stdout) {
          send({ jsonrpc: "2.0", id: nextOwnId++, method: "print", params: { content: result.stdout } });
        }
        result = { exitCode: result.exitCode };
      }
      send({ jsonrpc: "2.0", id, result });
    } catch (error) {
      send({ jsonrpc: "2.0", id, error: rpcError(error, { target: safeTarget(host), registry: host.errorRegistry }) });
    } finally {
      abortInFlight = undefined;
    }
  };

  const done = new Promise((resolve) => {
    const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
    lines.on("line", (line) => {
      if (!line.trim()) return;
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
        return;
      }
      // Answers to our own `print` requests carry no method: nothing to do with them.
      if (typeof message.method !== "string") return;
      queue = queue.then(() => handle(message));
    });
    lines.on("close", () => queue.then(resolve));
  });

  const failInFlight = (error) => {
    if (!abortInFlight) return false;
    abortInFlight(error);
    return true;
  };
  return { done, failInFlight };
}

function safeTarget(host) {
  try {
    return host.resolveTarget();
  } catch {
    return undefined;
  }
}
