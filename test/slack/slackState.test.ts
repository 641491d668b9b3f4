import { describe, expect, it } from "vitest";
import { createSlackState } from "../../src/slack/slackState";
import { slackMarkupToPlainText } from "../../src/slack/slackText";
import { openDatabase } from "../../src/store/database";
import { closeTestStorage, countRows, openTestStorage, storageBackends } from "../support/storageBackends";

describe.each(storageBackends)("Slack state on $name", (backend) => {
  it("keeps briefing threads and one vote per person across a restart", async () => {
    const location = await backend.freshLocation();
    const first = await openTestStorage(location);
    const state = createSlackState(first);
    await state.rememberBriefingThread({
      channel: "C1",
      ts: "1.1",
      slug: "xi-putin",
      articleHash: "h",
      requestedBy: "U1",
    });
    await state.recordFeedback({ channel: "C1", messageTs: "1.1", user: "U1", vote: "up", slug: "xi-putin" });
    await state.recordFeedback({
      channel: "C1",
      messageTs: "1.1",
      user: "U1",
      vote: "down",
      slug: "xi-putin",
    });
    await state.recordFeedback({
      channel: "C1",
      messageTs: "1.1",
      user: "U2",
      vote: "down",
      slug: "xi-putin",
    });
    await closeTestStorage(first);
    const reopened = createSlackState(await openTestStorage(location));
    expect(await reopened.findBriefingThread("C1", "1.1")).toEqual({
      channel: "C1",
      ts: "1.1",
      slug: "xi-putin",
      articleHash: "h",
      requestedBy: "U1",
    });
    expect(await reopened.findBriefingThread("C1", "9.9")).toBeUndefined();
    expect(await reopened.feedbackFor("C1", "1.1")).toEqual({ up: 0, down: 2 });
    expect(await reopened.feedbackFor("C1", "2.2")).toEqual({ up: 0, down: 0 });
  });

  it("drops the deliveries table the job table replaced, from a database that still has it", async () => {
    const location = await backend.freshLocation();
    if (location.kind === "sqlite") {
      // A file from before the job table: its Slack state kept the dedupe's table, with rows.
      const old = openDatabase(location.path);
      old.exec(`CREATE TABLE slack_processed_deliveries (key TEXT PRIMARY KEY, at INTEGER NOT NULL) WITHOUT ROWID;
        INSERT INTO slack_processed_deliveries VALUES ('event:Ev1', 1)`);
      old.close();
    }
    // On Postgres, migration 2 creates it and a later one drops it, both at this start.
    const storage = await openTestStorage(location);
    createSlackState(storage);
    const tables =
      storage.kind === "sqlite"
        ? "sqlite_master WHERE name = 'slack_processed_deliveries'"
        : "pg_tables WHERE tablename = 'slack_processed_deliveries'";
    expect(await countRows(storage, tables)).toBe(0);
  });

  it("numbers a thread's citations after its briefing's, once each, across a restart and two instances", async () => {
    const location = await backend.freshLocation();
    const first = await openTestStorage(location);
    const state = createSlackState(first);
    const thread = { channel: "C1", ts: "1.1", slug: "xi-putin", articleHash: "h", requestedBy: "U1" };
    await state.rememberBriefingThread({ ...thread, briefingCitations: ["S3", "S7"] });
    expect(await state.numberThreadCitations("C1", "1.1", ["S7", "S12", "S1", "S12"])).toEqual({
      briefing: ["S3", "S7"],
      thread: ["S12", "S1"],
    });
    // The same briefing remembered again (a resumed job) keeps what the thread numbered.
    await state.rememberBriefingThread({ ...thread, briefingCitations: ["S3", "S7"] });
    await closeTestStorage(first);

    const reopened = await openTestStorage(location);
    const other = await openTestStorage(location);
    const [left, right] = [createSlackState(reopened), createSlackState(other)];
    expect((await left.findBriefingThread("C1", "1.1"))?.briefingCitations).toEqual(["S3", "S7"]);
    // Two instances answering at once: each new sentence gets one number, and no number two sentences.
    await Promise.all([
      left.numberThreadCitations("C1", "1.1", ["S20", "S21"]),
      right.numberThreadCitations("C1", "1.1", ["S21", "S22"]),
    ]);
    const numbered = await left.numberThreadCitations("C1", "1.1", ["S1"]);
    expect(numbered?.thread.slice(0, 2)).toEqual(["S12", "S1"]);
    expect([...(numbered?.thread ?? [])].sort()).toEqual(["S1", "S12", "S20", "S21", "S22"]);
    expect(await left.numberThreadCitations("C9", "9.9", ["S1"])).toBeUndefined();
    // A briefing whose numbers are not known yet (its frame only): nothing numbered that they could collide with.
    await left.rememberBriefingThread({ ...thread, ts: "2.2" });
    expect(await left.numberThreadCitations("C1", "2.2", ["S1"])).toBeUndefined();
    await left.rememberBriefingThread({ ...thread, ts: "2.2", briefingCitations: ["S1"] });
    expect(await left.numberThreadCitations("C1", "2.2", ["S1", "S5"])).toEqual({
      briefing: ["S1"],
      thread: ["S5"],
    });
  });
});

describe("slackMarkupToPlainText", () => {
  it("turns Slack markup back into what the person typed, dropping the bot's own mention", () => {
    expect(slackMarkupToPlainText("<@UBOT> what did <@U123|ana> say?", "UBOT")).toBe("what did @ana say?");
    expect(slackMarkupToPlainText("<!channel> see <https://x.example|the truce> &lt;b&gt; &amp;")).toBe(
      "@channel see the truce (https://x.example) <b> &",
    );
    expect(slackMarkupToPlainText("<!subteam^S1|@desk> hi")).toBe("@desk hi");
  });
});
