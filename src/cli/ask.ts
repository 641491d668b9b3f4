import { askCommand } from "./askCommand";
import { runCliInThisProcess } from "./runCli";

await runCliInThisProcess(askCommand);
