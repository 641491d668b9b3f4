import { briefCommand } from "./briefCommand";
import { runCliInThisProcess } from "./runCli";

await runCliInThisProcess(briefCommand);
