import type { App } from "@slack/bolt";
import type { ListenerDependencies } from "../listenerDependencies";
import { registerActionListeners } from "./actions";
import { registerCommandListeners } from "./commands";
import { registerEventListeners } from "./events";
import { registerShortcutListeners } from "./shortcuts";
import { registerViewListeners } from "./views";

/** One registrar per Slack surface; each listener lives in its own file and acks first. */
export function registerListeners(app: App, dependencies: ListenerDependencies): void {
  registerCommandListeners(app, dependencies);
  registerEventListeners(app, dependencies);
  registerActionListeners(app, dependencies);
  registerShortcutListeners(app, dependencies);
  registerViewListeners(app, dependencies);
}
