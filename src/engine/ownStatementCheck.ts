import type { OwnStatementCheck } from "../verify/verifyCitations";
import { actorActsIn } from "./offline/offlineAnswerEngine";

/**
 * The offline engine's speaker detection, reused by verification: does this sentence show the actor itself
 * saying or doing something, rather than others talking about it?
 */
export const ownStatementCheck: OwnStatementCheck = (sentence, actor) => actorActsIn(sentence.text, actor);
