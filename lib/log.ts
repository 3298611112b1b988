// A small logger: one line per event on stderr/stdout, prefixed so it stands out in
// journald or docker logs. Never pass it secrets, tokens or subscriber addresses.

const levels = { error: 0, warn: 1, info: 2, debug: 3 } as const;
type Level = keyof typeof levels;

function threshold(): number {
  const configured = process.env.LOG_LEVEL as Level | undefined;
  return levels[configured ?? "info"] ?? levels.info;
}

function write(level: Level, message: string, context?: Record<string, unknown>): void {
  if (levels[level] > threshold()) return;
  const suffix = context ? ` ${JSON.stringify(context)}` : "";
  const line = `beacon: ${message}${suffix}`;
  if (level === "error" || level === "warn") console.error(line);
  else console.info(line);
}

export const log = {
  error: (message: string, context?: Record<string, unknown>) => write("error", message, context),
  warn: (message: string, context?: Record<string, unknown>) => write("warn", message, context),
  info: (message: string, context?: Record<string, unknown>) => write("info", message, context),
  debug: (message: string, context?: Record<string, unknown>) => write("debug", message, context),
};
