// Whether a stretch says anything beyond who spoke: "Kremlin says." and "Kallas noted on Monday." do not.
import {
  agentNouns,
  calendarWords,
  determiners,
  emptySubjectWords,
  reportingVerbs,
  stancePhrases,
  stanceVerbs,
} from "./lexicon";
import { insideMention, type SentenceMention } from "./sentenceAnalysis";
import { type TextRange, wordsIn } from "./sentenceParts";

/** Words an attribution is made of besides names and verbs: pronouns, time, where and to whom it was said. */
const attributionWords = new Set([
  ...`he she it they his her its their this that so these those reporters journalists media press conference
  news briefing interview statement readout speech remarks television tv radio channel told later separately
  mr ms mrs comrade whatever whenever many several numerous times repeatedly often again before already
  previously publicly`.split(/\s+/),
  ...calendarWords,
]);

/**
 * "He thus responded to the approval of a new package.", "Zelenskyy commented on the attack.": what was answered,
 * to the sentence's end, with nothing said (no "that", "by saying", "with", "saying", no comma going on; "the
 * sanctions announced by the EU" is still only the topic).
 */
const answeredTopicOnly =
  /^\s+(?:to|on)\s+(?![^.;!?]*\b(?:that|by\s+\p{L}+ing|with\s+(?:a|an|its|his|her|their|new|more|further|sanctions|measures|countermeasures)|saying|calling|stressing|noting|adding)\b)[^,;:"“”.!?]{1,160}[.!?]?\s*$/iu;

/**
 * "Zelenskiy spoke after his first meeting with Putin in talks mediated by France.": when and where someone
 * spoke, to the sentence's end, with nothing of what was said ("spoke of", "spoke about", a quotation or "saying"
 * would say it).
 */
const spokeOnlyCircumstance =
  /^\s+(?:(?:again|briefly|later|earlier|separately)\s+)?(?:after|at|during|before|following|in|to|with|from|alongside|ahead\s+of)\s+(?![^.;!?]*\b(?:that|saying|said|telling|stressing|noting|adding|warning|urging|calling)\b)[^:"“”;!?]{1,200}[.!?]?\s*$/iu;

const cueWords = new Set([...stanceVerbs, ...stancePhrases.flatMap((phrase) => phrase.split(" "))]);

/**
 * Whether a point's stretch carries content: a word that is not a name of an actor, a speech verb, a title, a
 * pronoun or a time. "Kremlin says.", "Kallas notes.", "He said this on Tuesday." carry none, and neither does
 * what was only answered ("He thus responded to the approval of the package.") or when one spoke ("Zelenskiy spoke
 * after the meeting."); an act ("Russia vetoed it.")
 * always does.
 */
export function carriesContent(
  text: string,
  range: TextRange,
  mentions: readonly SentenceMention[],
  cue: string,
): boolean {
  if (/^(?:respond|react|comment)/iu.test(cue)) {
    const cueAt = text.indexOf(cue, range.start);
    if (cueAt >= 0 && answeredTopicOnly.test(text.slice(cueAt + cue.length, range.end))) return false;
  }
  if (/^(?:spoke|speaks|speaking)$/iu.test(cue)) {
    const cueAt = text.indexOf(cue, range.start);
    if (cueAt >= 0 && spokeOnlyCircumstance.test(text.slice(cueAt + cue.length, range.end))) return false;
  }
  if (!reportingVerbs.has(cue.toLowerCase())) return true;
  return wordsIn(text, range).some((word) => {
    if (insideMention(mentions, word)) return false;
    const lower = word.lower.replace(/['’]s$/u, "");
    // "China says it regularly.": a manner or a frequency says nothing either.
    if (/^\d/u.test(lower) || /ly$/u.test(lower)) return false;
    return !(
      cueWords.has(lower) ||
      attributionWords.has(lower) ||
      emptySubjectWords.has(lower) ||
      determiners.has(lower) ||
      agentNouns.has(lower)
    );
  });
}
