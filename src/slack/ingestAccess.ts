import type { CoreConfig } from "../config";

/**
 * Who may add articles from Slack, where, and how often a person may have a link fetched. Anyone, anywhere by
 * default; BRIEF_INGEST_USERS and BRIEF_INGEST_CHANNELS narrow it. Fetches are counted per person over the
 * last hour in this process (a sliding window), so one person cannot make the bot hammer a site or the network.
 */

export type IngestRefusal =
  | { reason: "user" }
  | { reason: "channel" }
  | { reason: "rate"; retryAfterMinutes: number };

export interface IngestAccess {
  /** Why this person may not add an article here, or undefined when they may. */
  refusal(userId: string, channelId: string): IngestRefusal | undefined;
  /** Counts one fetch for the person; a refusal (and no count) when they are over the hourly limit. */
  takeFetch(userId: string): IngestRefusal | undefined;
}

const hourMs = 60 * 60 * 1000;

export function createIngestAccess(
  settings: CoreConfig["ingest"],
  now: () => number = Date.now,
): IngestAccess {
  const users = settings.users && new Set(settings.users);
  const channels = settings.channels && new Set(settings.channels);
  const fetchTimes = new Map<string, number[]>();
  return {
    refusal(userId, channelId) {
      if (users && !users.has(userId)) return { reason: "user" };
      if (channels && !channels.has(channelId)) return { reason: "channel" };
      return undefined;
    },
    takeFetch(userId) {
      const current = now();
      const recent = (fetchTimes.get(userId) ?? []).filter((time) => time > current - hourMs);
      if (recent.length >= settings.fetchesPerUserPerHour) {
        fetchTimes.set(userId, recent);
        const oldest = recent[0] ?? current;
        return {
          reason: "rate",
          retryAfterMinutes: Math.max(1, Math.ceil((oldest + hourMs - current) / 60_000)),
        };
      }
      recent.push(current);
      fetchTimes.set(userId, recent);
      return undefined;
    },
  };
}
