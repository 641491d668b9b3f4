// Whether a stretch says anything beyond who spoke: "Kremlin says." and "Kallas noted on Monday." do not.
import {
  agentNouns,
  calendarWords,
  clauseOpeners,
  determiners,
  emptySubjectWords,
  pluralNounCues,
  reportingVerbs,
  stancePhrases,
  stanceVerbs,
} from "./lexicon";
import { finiteVerbWords, insideMention, type SentenceMention } from "./sentenceAnalysis";
import { type TextRange, wordsIn } from "./sentenceParts";

/**
 * Words an attribution is made of besides names and verbs: pronouns, time, where and to whom it was said, and
 * the kind of ministry or office that said it ("the Russian foreign ministry said Sunday").
 */
const attributionWords = new Set([
  ...`he she it they his her its their this that so these those reporters journalists media press conference
  news briefing interview statement readout speech remarks television tv radio channel told later separately
  mr ms mrs comrade whatever whenever many several numerous times repeatedly often again before already
  previously publicly foreign defence defense presidential interior commerce`.split(/\s+/),
  ...calendarWords,
]);

/**
 * "He thus responded to the approval of a new package.", "Zelenskyy commented on the attack.": what was answered,
 * to the sentence's end, with nothing said (no "that", "by saying", "with", "saying", no comma going on; "the
 * sanctions announced by the EU" is still only the topic).
 */
const answeredTopicOnly =
  /^\s+(?:(?:(?:a|the|reporters['’]|journalists['’])\s+)?questions?\s+(?:from\s+(?:[\p{L}'’-]+\s+){1,3}?)?)?(?:to|on|about)\s+(?![^.;!?]*\b(?:that|by\s+\p{L}+ing|with\s+(?:a|an|its|his|her|their|new|more|further|sanctions|measures|countermeasures)|saying|calling|stressing|noting|adding)\b)(?:[^,;:"“”.!?]|\.(?=\p{L})|,(?=\s+(?:and\s+|or\s+)?(?![^,.]*\b(?:is|are|was|were|will|would|has|have|had|must|can|could|should)\b)[\p{L}-]+(?:\s+[\p{L}-]+){0,3}(?:,|\s+(?:and|or)\b|[.!?]?\s*$))){1,260}[.!?]?\s*$/iu;

/**
 * "Zelenskiy spoke after his first meeting with Putin in talks mediated by France.": when and where someone
 * spoke, to the sentence's end, with nothing of what was said ("spoke of", "spoke about", a quotation or "saying"
 * would say it).
 */
const spokeOnlyCircumstance =
  /^\s+(?:(?:again|briefly|later|earlier|separately)\s+)?(?:after|at|during|before|following|in|to|with|from|alongside|ahead\s+of|on\s+(?=\p{Lu}\p{Ll}+day\b|the\s+(?:tele)?phone\b|the\s+sidelines\b))\s*(?![^.;!?]*\b(?:that|saying|said|telling|stressing|noting|adding|warning|urging|calling)\b|[^.;!?]*,\s*(?:also\s+|then\s+)?\p{Ll}+ed\b)[^:"“”;!?]{1,200}[.!?]?\s*$/iu;

/**
 * "China released a statement after a fire broke out at the plant.", "the Kremlin issued a brief statement on
 * Friday": a document put out, with when or on what, to the sentence's end, and nothing of what it says ("calling
 * for", "saying", "in which" would say it; "a strongly worded statement" judges it; a joint statement is agreed,
 * an act of both).
 */
const issuedDocumentOnly =
  /^\s+(?:a|an|the|its|their|his|her)\s+(?:(?:brief|short|official|written|formal|separate|new|further|second)\s+)?(?:statement|readout|communiqu[eé]|declaration|press\s+release)(?:\s+(?:on|after|following|at|late|early|shortly|soon|hours|minutes|when|yesterday|today|this|last|earlier|later)\b(?![^.;!?]*\b(?:that|saying|said|calling|urging|stressing|noting|adding|warning|condemning|expressing|demanding|welcoming|rejecting|denying|which|where)\b)[^"“”:;!?]{0,200})?[.!?]?\s*$/iu;

/**
 * Whether words before a speaker are a clause said ("China cannot turn a blind eye to it, Michel commented"), not an
 * opening that only sets the scene ("Asked about the package on Monday, Peskov commented on ...").
 */
function saidBeforeSpeaker(lead: string): boolean {
  const words = wordsIn(lead);
  const first = words[0]?.lower ?? "";
  if (words.length < 4 || clauseOpeners.has(first) || /(?:ed|ing)$/u.test(first)) return false;
  return (
    /^\s*[–—-]|["“”]/u.test(lead) ||
    words.some((word) => finiteVerbWords.has(word.lower) || /^cannot$|n['’]t$/u.test(word.lower))
  );
}

const stanceVerbSet = new Set(stanceVerbs);
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
  speaker?: TextRange,
): boolean {
  const cueAt = text.indexOf(cue, range.start);
  if (/^(?:respond|react|comment|answer)/iu.test(cue)) {
    if (
      cueAt >= 0 &&
      answeredTopicOnly.test(text.slice(cueAt + cue.length, range.end)) &&
      // "China cannot turn a blind eye to it, Michel commented on the talks.": what comes before the speaker
      // was said, whatever the verb is followed by.
      !(speaker && saidBeforeSpeaker(text.slice(range.start, speaker.start)))
    )
      return false;
  }
  if (/^(?:spoke|speaks|speaking)$/iu.test(cue)) {
    if (cueAt >= 0 && spokeOnlyCircumstance.test(text.slice(cueAt + cue.length, range.end))) return false;
  }
  if (
    /^(?:issue|release|publish)/iu.test(cue) &&
    cueAt >= 0 &&
    issuedDocumentOnly.test(text.slice(cueAt + cue.length, range.end))
  )
    return false;
  if (!reportingVerbs.has(cue.toLowerCase())) return true;
  const cueEnd = cueAt >= 0 ? cueAt + cue.length : Number.POSITIVE_INFINITY;
  return wordsIn(text, range).some((word) => {
    if (insideMention(mentions, word)) return false;
    const lower = word.lower.replace(/['’]s$/u, "");
    // "China says it regularly.": a manner or a frequency says nothing either.
    if (/^\d/u.test(lower) || /ly$/u.test(lower)) return false;
    // "He said he backed the plan", "said that it had summoned the ambassador", "Ukraine condemns it, Sybiha
    // stressed": a stance or an act besides the cue is what was said.
    const isCue = word.start >= cueAt && word.start < cueEnd;
    if (!isCue && stanceVerbSet.has(lower) && !reportingVerbs.has(lower)) return true;
    return !(
      cueWords.has(lower) ||
      attributionWords.has(lower) ||
      emptySubjectWords.has(lower) ||
      determiners.has(lower) ||
      agentNouns.has(lower)
    );
  });
}

/**
 * A meeting or a call as such, told by whoever reports it: "they held informal talks for four hours", "Putin and
 * Xi will speak before the end of the year", "Lavrov and Wang discussed relations with the US", "We exchanged
 * views on the war", "the matter was discussed during the meeting", "the envoy will visit Kyiv, Warsaw and Paris"
 * (docs/labelling-guide.md: no position).
 */
const meetingPredicate =
  /\b(?:(?:held|hold|holds|holding|had|have|has)\s+(?:(?:a|an|the|their|his|her|its|informal|formal|official|bilateral|further|direct|lengthy|long|brief|first|new|more|two|three|several|(?:tele)?phone|video|\p{L}+(?:-\p{L}+)+)\s+){0,3}(?:talks|meetings?|consultations|negotiations|calls?|conversations?)\b|(?:met|meets)\b(?!\s+(?:the|a|an|all|its|their|our|his|her)\s+(?:[\p{L}-]+\s+)?(?:will|needs?|demands?|expectations?|requirements?|criteria|conditions?|goals?|targets?|interests?|standards?|deadlines?|obligations?|aspirations?)\b)|touched\s+(?:up)?on\b|(?:meet|spoke|speak|speaks|talked)\b(?!\s+(?:of|about|on|highly|out|against|up|for|in\s+favou?r)\b)|exchanged\s+(?:views|opinions)\b|host(?:s|ed|ing)?\s+(?:(?:a|an|the|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}(?:summit|talks|meeting|visit)\b|discuss(?:ed|es|ing)?\b|(?:will|would|to)\s+(?:also\s+)?visit\b|(?:meeting|talks|discussions?|conversation|call|visit)\s+(?:between\s+(?:the\s+)?(?:two|both)\s+[\p{L}-]+\s+)?(?:also\s+|mainly\s+)?(?:focused\s+on|centred\s+on|centered\s+on|covered|involved|revolved\s+around)\b)/iu;
/** Verbs that only tell who reported it ("..., TASS said", "was quoted as saying"), no stance of their own. */
const tellingWords = new Set(
  `say says said saying reported reports reporting quoted told tells stated announced added cited confirmed
  confirms noted notes recalled recalls stating released`.split(/\s+/u),
);
/**
 * "is scheduled to hold talks", "is to meet", "plans to travel to Moscow to meet Putin": when a meeting is due,
 * no stance on it ("ready to meet", "refused to meet" are).
 */
const scheduledBefore =
  /\b(?:scheduled|slated|due|expected|set|plans?|planned|planning|going|is|are)\s+to\s+(?:(?:travel|fly|go|come|head)\s+to\s+(?:[\p{L}’'-]+\s+){1,3}to\s+)?$/iu;
// "issues on the agenda" is a noun.
const stanceWords = new Set(
  stanceVerbs.filter((verb) => !tellingWords.has(verb) && !pluralNounCues.has(verb)),
);
/** How the talks went is a judgment of them: "candid talks", "a productive meeting". */
const judgedTalks =
  /\b(?:candid|frank|productive|constructive|fruitful|useful|good|positive|substantive|meaningful|successful|friendly|warm|difficult|tough|tense)\b/iu;

/** A telling verb, then a clause of setting: "..., the envoy said, amid reports that ...". */
const spokenThenBackground =
  /\b(?:said|says|told|tells|stated|added|announced|stressed|noted)\b[^.;:]*?,?\s+(?:amid|after|before|ahead\s+of|following)\b/iu;

/** Whether a stretch only tells of a meeting or call (see meetingPredicate), with nothing said or done in it. */
export function narratesMeetingOnly(text: string, range: TextRange): boolean {
  const stretch = text.slice(range.start, range.end);
  const meeting = meetingPredicate.exec(stretch);
  if (!meeting || judgedTalks.test(stretch)) return false;
  // "ready to meet Putin", "we are not going to discuss our territory", "will not hold talks": a stance on meeting;
  // "... told a briefing that no other initiative was discussed": a claim about what was not talked over.
  const before = stretch.slice(0, meeting.index);
  if (/\b(?:not|never|no|neither|nor|none)\b|n['’]t\s+$/iu.test(before)) return false;
  if (/\bto\s+$/iu.test(before) && !scheduledBefore.test(before)) return false;
  // "Beijing will push for talks, an envoy said, amid reports that Xi is to visit Moscow": a meeting in the
  // setting after what was said is background to it.
  if (spokenThenBackground.test(before)) return false;
  // "world powers should help Russia and Ukraine hold talks": a call for a meeting, not one told.
  if (/\b(?:should|must|ought|need|needs|help|helps|helped|helping)\b/iu.test(before)) return false;
  // "... discussed Ukraine and agreed that ...", "met Putin and said peace was needed": something was said or done
  // in it; so was a side's own stance talked over ("discussed the European approach to de-risk").
  const after = stretch.slice(meeting.index);
  if (
    /\b(?:that|saying|stressing|noting|adding|urging|warning|calling|agreeing|expressing)\b|:/iu.test(
      after,
    ) ||
    /\b(?:and|who)\s+(?:also\s+|has\s+|had\s+)?(?:said|says|told|tells|stated|added)\b/iu.test(after) ||
    /\bcall(?:s|ed|ing)?\s+(?:for|on)\b/iu.test(stretch) ||
    /\b(?:approach|position|stance|vision|proposals?|plan|formula)\b/iu.test(after) ||
    // "China discussing Ukraine was not bad": the talking over is the subject of a judgment.
    /^\p{L}+ing\s+(?:[\p{L}'’-]+\s+){0,4}?["“]?(?:was|is|were|are|would\s+be)\b/iu.test(after)
  )
    return false;
  const predicate = meeting[0].toLowerCase().split(/\s+/u);
  // "relations with the United States": a capitalised word is part of a name, not a verb.
  return !wordsIn(text, range).some(
    (word) => stanceWords.has(word.lower) && word.text === word.lower && !predicate.includes(word.lower),
  );
}
