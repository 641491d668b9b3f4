import { ingestCommand } from "./ingestCommand";
import { runCliInThisProcess } from "./runCli";

await runCliInThisProcess(ingestCommand);
