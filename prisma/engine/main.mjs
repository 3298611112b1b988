// The schema engine stand-in's process: arguments, --version, the one-shot `cli` forms, or
// the JSON-RPC server. Started by ./schema-engine (see README.md).
import { parseArgs } from "node:util";

// stdout is the JSON-RPC channel: any library logging goes to stderr instead.
// eslint-disable-next-line no-console -- redirecting console.log is the point here
console.log = console.info = console.debug = console.error;
process.removeAllListeners("warning"); // Node's warnings would break the CLI's stderr parsing

const USAGE = `Usage: schema-engine [--datamodels <file>]... [--datasource <json>] [cli <command>]
  --version                 print the engine version
  cli can-connect-to-database | cli create-database`;

const fail = (message) => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      datamodels: { type: "string", multiple: true, default: [] },
      datasource: { type: "string" },
      "enabled-preview-features": { type: "string" },
      "extension-types": { type: "string" },
      version: { type: "boolean", short: "V" },
      help: { type: "boolean", short: "h" },
    },
  });
} catch (error) {
  fail(`${error.message}\n${USAGE}`);
}
const { values, positionals } = args;

if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

if (values.version) {
  const { loadWasmEngine } = await import("./wasm.mjs");
  process.stdout.write(`schema-engine-cli ${(await loadWasmEngine()).version()}\n`);
  process.exit(0);
}

let datasource;
try {
  datasource = values.datasource ? JSON.parse(values.datasource) : undefined;
} catch {
  fail("--datasource must be JSON, e.g. '{\"url\":\"file:./dev.db\"}'");
}

if (positionals[0] === "cli") {
  const { runCliCommand } = await import("./cli.mjs");
  process.exit(await runCliCommand(positionals[1], datasource));
}
if (positionals.length > 0) fail(`Unexpected arguments: ${positionals.join(" ")}\n${USAGE}`);

const { EngineHost } = await import("./engine.mjs");
const { serve } = await import("./rpc.mjs");
const { logLine } = await import("./errors.mjs");
const { takePanicMessage } = await import("./wasm.mjs");

const log = (line) => process.stderr.write(`${line}\n`);
const host = new EngineHost({ datamodelPaths: values.datamodels, datasource, log });
const server = serve(host);

// A wasm panic traps asynchronously and leaves the engine's promise pending: answer the
// request with an ordinary error (never exit 101 or set is_panic, which would start the
// CLI's crash-report flow) and refuse further calls, as no method is safe after a panic.
process.on("uncaughtException", (error) => {
  const panic = takePanicMessage();
  const message = panic ?? String(error?.stack ?? error);
  log(logLine("ERROR", { message }));
  if (panic) host.poison(panic);
  if (!server.failInFlight(new Error(message)) && !panic) process.exit(1);
});

// The CLI ends stdin and at once sends SIGTERM: close connections (SQLite deletes its
// journal, PostgreSQL shadow databases get dropped) before exiting.
let exiting;
const shutdown = () =>
  (exiting ??= host
    .dispose()
    .catch(() => {})
    .then(() => process.exit(0)));
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
process.stdout.on("error", () => {}); // the CLI may be gone already
process.stderr.on("error", () => {});
await server.done;
await shutdown();
