import type { App } from "@slack/bolt";
import { pasteArticleForm } from "../../../render/pasteArticleForm";
import type { ListenerDependencies } from "../../listenerDependencies";
import { pasteArticleSubmission } from "./pasteArticleSubmission";

export function registerViewListeners(app: App, dependencies: ListenerDependencies): void {
  app.view(pasteArticleForm.callbackId, pasteArticleSubmission(dependencies));
}
