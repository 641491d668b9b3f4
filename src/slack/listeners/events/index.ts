import type { App } from "@slack/bolt";
import type { ListenerDependencies } from "../../listenerDependencies";
import { appMention } from "./appMention";
import { threadMessage } from "./threadMessage";

export function registerEventListeners(app: App, dependencies: ListenerDependencies): void {
  app.event("message", threadMessage(dependencies));
  app.event("app_mention", appMention(dependencies));
}
