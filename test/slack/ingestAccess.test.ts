import { describe, expect, it } from "vitest";
import { createIngestAccess } from "../../src/slack/ingestAccess";

describe("ingest access", () => {
  it("lets anyone add articles anywhere by default, and only the listed people and channels when set", () => {
    const open = createIngestAccess({ users: undefined, channels: undefined, fetchesPerUserPerHour: 5 });
    expect(open.refusal("U1", "C1")).toBeUndefined();
    const narrowed = createIngestAccess({ users: ["U1"], channels: ["C1"], fetchesPerUserPerHour: 5 });
    expect(narrowed.refusal("U1", "C1")).toBeUndefined();
    expect(narrowed.refusal("U2", "C1")).toEqual({ reason: "user" });
    expect(narrowed.refusal("U1", "C2")).toEqual({ reason: "channel" });
  });

  it("counts fetches per person over the last hour and says when the oldest one leaves the window", () => {
    let now = 0;
    const access = createIngestAccess(
      { users: undefined, channels: undefined, fetchesPerUserPerHour: 3 },
      () => now,
    );
    for (const minute of [0, 10, 20]) {
      now = minute * 60_000;
      expect(access.takeFetch("U1")).toBeUndefined();
    }
    now = 30 * 60_000;
    expect(access.takeFetch("U1")).toEqual({ reason: "rate", retryAfterMinutes: 30 });
    // Someone else is counted apart.
    expect(access.takeFetch("U2")).toBeUndefined();
    // A refused fetch is not counted: once the first leaves the window, one more is allowed, then none.
    now = 60 * 60_000 + 1;
    expect(access.takeFetch("U1")).toBeUndefined();
    expect(access.takeFetch("U1")).toEqual({ reason: "rate", retryAfterMinutes: 10 });
  });
});
