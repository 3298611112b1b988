import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { describeSeedResult, seedDemo } from "../prisma/seed/demo";
import { commandLineActor } from "../lib/auth/actor";
import { unlockSignIn } from "../lib/auth/unlock-sign-in";
import { checkConnection } from "../lib/database/check-connection";
import { migrateDeploy } from "../lib/database/migrate";
import { disconnectDb } from "../lib/db";
import { getEnv } from "../lib/env";
import { databaseTarget } from "../lib/database/url";
import { updatePageSettings } from "../lib/pages/update-page-settings";
import { loadSupport, mirrorWriterFor } from "../server/mirror/start-mirror";
import { SnapshotStore } from "../server/snapshot/snapshot-store";
import { isStartupError } from "../server/startup/prepare-instance";
import { createApiToken } from "../lib/tokens/create-api-token";
import { createUser } from "../lib/users/create-user";
import { roleSchema } from "../lib/users/schemas";

// `npm run beacon -- <command>`: administration from the shell. Each command is a thin
// adapter over the same lib/ functions the dashboard and the API use.

const usage = `Usage: npm run beacon -- <command> [options]

Commands:
  migrate                                   apply pending database migrations
  create-user --email E --password P [--role owner|admin|editor] [--name N]
                                            add a user who can sign in to /admin (role: editor)
  create-token --name N                     create an API token; it is printed once, on the last line
  unlock --email E                          let E sign in again now: its failed sign-ins stop counting
  set-page [--name N] [--site-url U] [--time-zone Z] [--support-contact C]
           [--guidance TEXT | --guidance-file F] [--logo-url U] [--accent-color #RRGGBB]
                                            change the page's settings; an empty value clears one
  seed-demo [--replace]                     fill an empty page with demo components and history
  export --to DIR | --error-pages DIR       write the public site as static files (and 502/503/504.html),
                                            from the snapshot a running Beacon keeps (BEACON_DATA_DIR)
  help                                      show this text

The database is DATABASE_URL (default file:./data/beacon.db).`;

class UsageError extends Error {}

type Options = Record<string, string | boolean | undefined>;

function required(options: Options, name: string): string {
  const value = options[name];
  if (typeof value !== "string" || value.trim() === "") throw new UsageError(`--${name} is required`);
  return value;
}

async function prepareDatabase(): Promise<void> {
  await checkConnection(databaseTarget(), { allowMissingDatabase: true });
  await migrateDeploy();
}

const commands: Record<string, { options: Record<string, { type: "string" | "boolean" }>; run: (o: Options) => Promise<void> }> = {
  migrate: {
    options: {},
    run: async () => {
      await checkConnection(databaseTarget(), { allowMissingDatabase: true });
      console.info(await migrateDeploy());
    },
  },
  "create-user": {
    options: { email: { type: "string" }, password: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
    run: async (options) => {
      const email = required(options, "email");
      const password = required(options, "password");
      const role = roleSchema.safeParse(options.role ?? "editor");
      if (!role.success) throw new UsageError("--role must be owner, admin or editor");
      await prepareDatabase();
      const name = typeof options.name === "string" ? options.name : undefined;
      const user = await createUser(commandLineActor, { email, password, role: role.data, name });
      console.info(`Created ${user.role} ${user.email}`);
    },
  },
  "create-token": {
    options: { name: { type: "string" } },
    run: async (options) => {
      const name = required(options, "name");
      await prepareDatabase();
      const created = await createApiToken(commandLineActor, { name });
      console.info(`Created API token "${created.name}". Store it now: it is not shown again.`);
      console.info(created.token);
    },
  },
  unlock: {
    options: { email: { type: "string" } },
    run: async (options) => {
      const email = required(options, "email");
      await prepareDatabase();
      const { cleared } = await unlockSignIn(commandLineActor, { email });
      const shown = email.trim().toLowerCase();
      const attempts = `${cleared} failed sign-in${cleared === 1 ? "" : "s"}`;
      console.info(cleared > 0 ? `Unlocked ${shown}: ${attempts} no longer count` : `${shown} had no failed sign-ins to clear`);
    },
  },
  "set-page": {
    options: {
      name: { type: "string" },
      "site-url": { type: "string" },
      "time-zone": { type: "string" },
      "support-contact": { type: "string" },
      guidance: { type: "string" },
      "guidance-file": { type: "string" },
      "logo-url": { type: "string" },
      "accent-color": { type: "string" },
    },
    run: async (options) => {
      const text = (name: string) => (typeof options[name] === "string" ? (options[name] as string) : undefined);
      const file = text("guidance-file");
      if (file !== undefined && text("guidance") !== undefined) throw new UsageError("use --guidance or --guidance-file, not both");
      if (file !== undefined && !fs.existsSync(file)) throw new UsageError(`--guidance-file: no such file ${file}`);
      await prepareDatabase();
      const page = await updatePageSettings(commandLineActor, {
        name: text("name"),
        siteUrl: text("site-url"),
        timeZone: text("time-zone"),
        supportContact: text("support-contact"),
        guidanceText: file !== undefined ? fs.readFileSync(file, "utf8") : text("guidance"),
        logoUrl: text("logo-url"),
        accentColor: text("accent-color"),
      });
      console.info(`Updated the page "${page.name}" (time zone ${page.timeZone})`);
    },
  },
  export: {
    options: { to: { type: "string" }, "error-pages": { type: "string" } },
    run: async (options) => {
      const to = typeof options.to === "string" ? options.to : undefined;
      const errorPages = typeof options["error-pages"] === "string" ? options["error-pages"] : undefined;
      if (!to === !errorPages) throw new UsageError("give --to DIR (the whole site) or --error-pages DIR (only the error pages)");
      const env = getEnv();
      const store = new SnapshotStore(path.resolve(env.BEACON_DATA_DIR, "snapshot"));
      if (store.load() === 0) throw new UsageError(`no snapshot in ${path.resolve(env.BEACON_DATA_DIR, "snapshot")} yet: start Beacon (npm start) once, then export`);
      const entries = store.all();
      const writer = mirrorWriterFor((to ?? errorPages)!, env.BEACON_URL, { errorPagesOnly: !to });
      await loadSupport(writer);
      writer.write(entries);
      const newest = new Date(Math.max(...entries.map((entry) => entry.builtAt)));
      console.info(`Wrote ${to ? `${entries.length} public pages and ` : ""}502.html, 503.html and 504.html to ${path.resolve((to ?? errorPages)!)} (snapshot as of ${newest.toISOString()})`);
    },
  },
  "seed-demo": {
    options: { replace: { type: "boolean" } },
    run: async (options) => {
      await prepareDatabase();
      const result = await seedDemo({ replace: options.replace === true });
      console.info(describeSeedResult(result));
    },
  },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    console.info(usage);
    return name ? 0 : 2;
  }
  const command = commands[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    const { values, positionals } = parseArgs({ args: rest, options: command.options, strict: true, allowPositionals: true });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    await command.run(values);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`beacon: ${(error as Error).message}\n\n${usage}`);
      return 2;
    }
    if (isStartupError(error)) {
      console.error(`beacon: ${error.message}`);
      return 1;
    }
    console.error(`beacon: ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await disconnectDb();
  }
}

process.exitCode = await main(process.argv.slice(2));
