// Sentences that only say whose the sentence before was: "The ministry said this in a comment on ...", "This
// was reported by the Chinese Foreign Ministry." Wire copy often gives the words first and the speaker after.

import { agentNouns, nonGovernmentNouns, sourcingOpening } from "./lexicon";
import { hostBefore } from "./roles";
import type { SentenceMention, SpeechEvent } from "./sentenceAnalysis";
import { findQuotedRanges, insideAny, wordsIn } from "./sentenceParts";

/** "said this", "stated this on Tuesday", "said so after the meeting": the object points back ("this week" does not). */
const pointsBack =
  /^\s*(?:this|so)(?=\s*(?:[.,;:]|$|\s+(?:in|at|on|after|during|while|when|before|to|as|via|through|following|amid|ahead)\b))/iu;

/** Verbs that deny what the sentence before said. */
const denialCue = /^(?:den(?:y|ies|ied|ying)|reject|dismiss|refut|disput|contest)/iu;

/** A meeting or call only narrated ("Wang Yi met with Kuleba") is no position, whoever reported it. */
export const narratesMeeting = /\b(?:met|meets|meeting|talks|conversation|call|visit|visited|visits)\b/iu;

/**
 * "This was reported by ...", "This is stated in the message of ...", "It was reported to AFP by ...", "This call
 * to action was made on Wednesday by ...".
 */
const passiveSourcing =
  /^(?:(?:this|that|it)\s+(?:was|is|has\s+been|had\s+been)\s+(?:stated|said|reported|announced|declared|noted|written|emphasi[sz]ed|stressed|confirmed)\s+(?:to\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){1,4}?)?(?:by|in)|(?:this|that|the)\s+(?:call(?:\s+to\s+action)?|assertion|statement|remark|warning|appeal|claim|comment)s?\s+(?:was|were|has\s+been|had\s+been)\s+(?:made|voiced|issued|delivered|expressed)\s+(?:[^.;!?]*?\s)?by)\s+/iu;

/** Who tells unnamed: "a source", "sources close to the Kremlin", "insiders". */
const unnamedSourceWords = new Set(["source", "sources", "insider", "insiders"]);

/** "That's according to Reuters.": a sentence that only names the source of the one before. */
const accordingToOutlet =
  /^(?:that|this)(?:['’]s|\s+is|\s+was)\s+according\s+to\s+([^,;.!?]+?)\s*[.!]?\s*$/iu;

/** A paper or agency named alone: "South China Morning Post", "the Financial Times", "Reuters". */
const outletNamed = /^(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}$/u;

/**
 * The actors a sentence puts the previous sentence down to, when that is all it does: the speakers of "X said
 * this ..." or "This is what X declared ...", or the one actor named in "This was reported by ..."; or the paper
 * in "This is reported by South China Morning Post". Undefined when the sentence says more.
 */
export function backwardSourcing(
  text: string,
  events: readonly SpeechEvent[],
  mentions: readonly SentenceMention[],
): { speakers: string[]; event: SpeechEvent; added: boolean } | { outlet: string } | undefined {
  const sourcedTo = accordingToOutlet.exec(text)?.[1];
  if (sourcedTo && outletNamed.test(sourcedTo) && mentions.length === 0)
    return { outlet: sourcedTo.replace(/^the\s+/iu, "") };
  // "That's according to the Chinese Foreign Ministry.": the one before is the ministry's; this line says nothing.
  const sourcing = sourcedTo ? events.find((event) => event.speakers.length > 0) : undefined;
  if (sourcing) return { speakers: [...sourcing.speakers], event: sourcing, added: false };
  const passive = passiveSourcing.exec(text);
  if (passive) {
    // Only an official voice sources the sentence before: "by the EU's foreign policy chief Kaja Kallas", not
    // "by Russian political scientist ..." or "by Ukrainian media".
    const rest = text.slice(passive[0].length);
    const agentEnd = rest.search(/[,;.!?]|\s(?:in|on|at|during|after|before|via|while|with|citing)\s|$/u);
    const agent = wordsIn(text, { start: passive[0].length, end: passive[0].length + agentEnd });
    const official =
      mentions.some((mention) => mention.person && mention.start >= passive[0].length) ||
      agent.some((word) => agentNouns.has(word.lower));
    // "This is reported by South China Morning Post.": a paper's report, so the sentence before is its account.
    // "by The South China Morning Post (SCMP), citing sources": the paper, past its short name.
    const agentText = rest
      .slice(0, agentEnd)
      .replace(/\s*\([^)]{1,12}\)\s*$/u, "")
      .trim();
    const namesActor = mentions.some((mention) => mention.start >= passive[0].length);
    if (!official && !namesActor && /\breported\b/iu.test(passive[0]) && outletNamed.test(agentText))
      return { outlet: agentText.replace(/^the\s+/iu, "") };
    // "This was reported to the AFP news agency by a source in the Office of the President": an unnamed source's.
    if (agent.some((word) => unnamedSourceWords.has(word.lower))) return { outlet: agentText };
    if (
      !official ||
      agent.some((word) => nonGovernmentNouns.has(word.lower) || /^scientists?$/u.test(word.lower))
    )
      return undefined;
    const quoted = findQuotedRanges(text);
    // "by Chinese Ambassador to the European Union Fu Kong": the host after "to" is not the speaker.
    const named = new Set(
      mentions
        .filter((mention) => mention.start >= passive[0].length && !insideAny(quoted, mention.start))
        .filter((mention) => !hostBefore.test(text.slice(0, mention.start)))
        .map((mention) => mention.actor),
    );
    if (named.size !== 1) return undefined;
    // The sourcing is a statement of its own, so a later "she said" finds its speaker.
    const event: SpeechEvent = {
      kind: "statement",
      cue: "sourcing",
      speakers: [...named],
      targets: [],
      text: { start: 0, end: text.length },
    };
    return { speakers: [...named], event, added: true };
  }
  // "This is what Foreign Minister Lavrov declared during a meeting with students today.", "This is how Mao Ning
  // reacted to ...": the speaker after "what" or "how".
  const whatSourcing = sourcingOpening.exec(text);
  for (const event of events) {
    if (event.kind !== "statement" || event.speakers.length === 0) continue;
    // "Moscow and Pyongyang denied this": what is denied was someone else's claim, not the denier's words.
    if (denialCue.test(event.cue)) continue;
    if (whatSourcing && text.indexOf(event.cue, event.text.start) >= whatSourcing[0].length)
      return { speakers: [...event.speakers], event, added: false };
    const cueAt = text.indexOf(event.cue, event.speaker?.end ?? event.text.start);
    if (cueAt < 0) continue;
    if (pointsBack.test(text.slice(cueAt + event.cue.length, event.text.end)))
      return { speakers: [...event.speakers], event, added: false };
  }
  return undefined;
}
