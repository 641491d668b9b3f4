import pg from "pg";
import type { Logger } from "../log";

/**
 * Wakes this process's job workers when any instance records a job: the Postgres job store announces every
 * new job on `jobChannel` (NOTIFY, sent when the row commits), and this keeps one connection LISTENing. A
 * lost connection is reopened after a pause; meanwhile the workers' polls still find the work, later.
 */
export const jobChannel = "brief_bot_jobs";

export interface JobNotifications {
  close(): Promise<void>;
}

export async function listenForJobs(
  url: string,
  onJob: (kind: string) => void,
  logger: Logger,
  options: { reconnectMs?: number } = {},
): Promise<JobNotifications> {
  const reconnectMs = options.reconnectMs ?? 1_000;
  let closed = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on("notification", (message) => onJob(message.payload ?? ""));
    next.on("error", (error) => {
      logger.warn("jobs.listen_connection_lost", { error });
      void next.end().catch(() => undefined);
      if (client === next) client = undefined;
      scheduleReconnect();
    });
    await next.connect();
    await next.query(`LISTEN ${jobChannel}`);
    if (closed) {
      await next.end();
      return;
    }
    client = next;
    // Jobs recorded while no connection listened are found by the next claim.
    onJob("");
  };

  const scheduleReconnect = () => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      connect().catch((error: unknown) => {
        logger.warn("jobs.listen_reconnect_failed", { error });
        scheduleReconnect();
      });
    }, reconnectMs);
    retry.unref();
  };

  await connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
      client = undefined;
    },
  };
}
