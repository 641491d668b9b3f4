/** Structured JSON log lines on stderr. Values under secret-looking keys never leave this module. */
export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

const levelRank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const secretKeyPattern = /(token|secret|key|password|authorization)/i;
const secretValuePattern = /\b(xox[abpr]-[\w-]+|xapp-[\w-]+|sk-[\w-]{8,})/g;
// The password of a database URL (postgres://user:password@host/...), wherever a message quotes one.
const urlPasswordPattern = /(\b[a-z][a-z0-9+.-]*:\/\/[^:@/\s]+:)[^@/\s]+@/gi;

function redact(value: unknown, depth = 0): unknown {
  if (typeof value === "string")
    return value.replace(secretValuePattern, "[redacted]").replace(urlPasswordPattern, "$1[redacted]@");
  if (value instanceof Error) {
    return {
      name: value.name,
      message: redact(value.message),
      ...("code" in value ? { code: value.code } : {}),
    };
  }
  if (depth > 4 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      secretKeyPattern.test(key) && !/tokens$/i.test(key) ? "[redacted]" : redact(item, depth + 1),
    ]),
  );
}

export function createLogger(
  options: { level?: LogLevel; write?: (line: string) => void; base?: LogFields } = {},
): Logger {
  const minimum = levelRank[options.level ?? "info"];
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const base = options.base ?? {};
  const emit = (level: LogLevel, event: string, fields: LogFields = {}) => {
    if (levelRank[level] < minimum) return;
    const record = { time: new Date().toISOString(), level, event, ...base, ...fields };
    write(JSON.stringify(redact(record)));
  };
  return {
    debug: (event, fields) => emit("debug", event, fields),
    info: (event, fields) => emit("info", event, fields),
    warn: (event, fields) => emit("warn", event, fields),
    error: (event, fields) => emit("error", event, fields),
    child: (fields) => createLogger({ ...options, base: { ...base, ...fields } }),
  };
}

/** For tests and quiet CLI runs. */
export const silentLogger: Logger = createLogger({ write: () => {} });
