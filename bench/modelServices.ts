import path from "node:path";
import { loadCoreConfig } from "../src/config";
import { silentLogger } from "../src/log";
import { createServices, type Services } from "../src/services";
import {
  type FakeOpenAiServer,
  type RecordedRequest,
  type ScriptedReply,
  startFakeOpenAiServer,
} from "../test/support/fakeOpenAiServer";
import { benchModelReply } from "./fakeModel";
import { temporaryDirectory } from "./section";

/**
 * The app's services built twice on one temporary database, as the composition root builds them: with the
 * model engine pointed at the fake OpenAI server on loopback, and with the offline engine.
 */
export interface ModelAndOfflineServices {
  model: Services;
  offline: Services;
  fakeModel: FakeOpenAiServer;
  close(): Promise<void>;
}

export async function startModelAndOfflineServices(
  name: string,
  modelReply: (request: RecordedRequest) => ScriptedReply = benchModelReply,
): Promise<ModelAndOfflineServices> {
  const temporary = temporaryDirectory(name);
  const fakeModel = await startFakeOpenAiServer(modelReply);
  const databasePath = path.join(temporary.directory, "brief.db");
  const model = await createServices(
    loadCoreConfig({
      BRIEF_DB: databasePath,
      BRIEF_ENGINE: "openai",
      OPENAI_BASE_URL: fakeModel.baseURL,
      OPENAI_API_KEY: "sk-bench-fake-key-0000",
    }),
    silentLogger,
  );
  const offline = await createServices(
    loadCoreConfig({ BRIEF_DB: databasePath, BRIEF_ENGINE: "offline" }),
    silentLogger,
  );
  return {
    model,
    offline,
    fakeModel,
    async close() {
      await model.close();
      await offline.close();
      await fakeModel.close();
      temporary.remove();
    },
  };
}
