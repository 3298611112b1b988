// The one-shot forms `schema-engine --datasource '<json>' cli <command>` the Prisma CLI runs
// before migrate commands. Exit 0 means success. On failure the CLI skips the first stderr
// line and parses every other one as JSON, so stderr must hold nothing else.
import { canConnect, createDatabase, parseTarget } from "./datasource.mjs";
import { classifyDriverError, logLine, messageOf } from "./errors.mjs";

const COMMANDS = {
  "can-connect-to-database": canConnect,
  "create-database": createDatabase,
};

/** Runs `command`; resolves with the process exit code. */
export async function runCliCommand(command, datasource) {
  const run = COMMANDS[command];
  let target;
  try {
    if (!run) throw new Error(`Unknown cli command "${command}" (supported: ${Object.keys(COMMANDS).join(", ")})`);
    target = parseTarget(datasource?.url);
    await run(target);
    return 0;
  } catch (error) {
    const known = target ? classifyDriverError(error, target) : null;
    const fields = { message: known?.message ?? messageOf(error) };
    const code = known?.code ?? (/^P\d{4}$/.test(error?.code ?? "") ? error.code : undefined);
    if (code) fields.error_code = code;
    process.stderr.write(`schema-engine stand-in: cli ${command} failed\n${logLine("ERROR", fields)}\n`);
    return 1;
  }
}
