// Words relayed: "The spokeswoman revealed that Sybiha stated Ukraine is ready for talks" only passes on what
// another said of itself (or of the one relaying). The relayer states nothing of its own there; the words are
// its account of the other.
import type { Actor } from "../domain/actor";
import type { Cue } from "./cues";
import { agentNouns, mediaNouns, prepositions, relayedVerbs, relayGroupSpeakers } from "./lexicon";
import { stateOfAgency } from "./readouts";
import {
  finiteVerbWords,
  type PendingEvent,
  quoteCharacters,
  type SentenceAnalysis,
  type SentenceMention,
  type SpeechEvent,
} from "./sentenceAnalysis";
import { type TextRange, wordsIn } from "./sentenceParts";
import { contentSubject, speakersOf } from "./subjects";

const relativeWords = new Set(["what", "which", "who", "whom", "whose", "how", "why", "when", "where", "if"]);
/** A relayed speaker is named, not described by a clause. */
const maxSpeakerWords = 6;

export interface RelayedWords {
  /** The actors whose words are passed on (none when only "all parties" names them). */
  speakers: string[];
}

/**
 * Whether an event only passes on another's words about that other or about the relayer: its content opens
 * with a speaker and a verb of saying ("... revealed that Sybiha stated Ukraine is ...", "All parties spoke
 * positively of China's efforts, Li noted"), and what that speaker said names no third actor. "Kallas said
 * officials in Kyiv told her China was shipping drones" is Kallas's own claim about China, resting on them.
 */
export function relayedWordsIn(
  analysis: SentenceAnalysis,
  event: PendingEvent,
  cues: readonly Cue[],
): RelayedWords | undefined {
  const { content } = event;
  if (event.kind !== "statement" || event.speakers.length === 0 || content === undefined) return undefined;
  const unquoted = cues.find(
    (cue) => cue.start > content.start && cue.start < content.end && cue.start !== event.cueStart,
  );
  const inner = unquoted ?? quotedVerbAfterSpeaker(analysis, content);
  if (!inner || !relayedVerbs.has(inner.word.toLowerCase())) return undefined;
  const subject = speakerBefore(analysis, { start: content.start, end: inner.start });
  if (!subject) return undefined;
  const speakers = speakersOf(analysis, subject).filter((actor) => !event.speakers.includes(actor));
  const text = analysis.text.slice(subject.start, subject.end);
  if (speakers.length === 0 && !relayGroupSpeakers.test(text)) return undefined;
  if (speakersOf(analysis, subject).some((actor) => event.speakers.includes(actor))) return undefined;
  const saidRange = { start: inner.end, end: content.end };
  // Quoted words are read whole: any third actor named in them makes them the relayer's own claim too.
  const said = unquoted
    ? contentSubject(analysis, saidRange, { objectFirst: true })
    : analysis.mentions
        .filter((mention) => mention.start >= saidRange.start && mention.end <= saidRange.end)
        .map((mention) => mention.actor);
  const aboutThird = said.some((actor) => !speakers.includes(actor) && !event.speakers.includes(actor));
  return aboutThird ? undefined : { speakers };
}

/** "... said that Xi “noted the legitimacy of ...”": the relayed verb opens the quotation after its speaker. */
function quotedVerbAfterSpeaker(analysis: SentenceAnalysis, content: TextRange): Cue | undefined {
  const opening = /["“«„]\s*(\p{L}+)/u.exec(analysis.text.slice(content.start, content.end));
  if (!opening) return undefined;
  const start = content.start + opening.index + opening[0].length - (opening[1] ?? "").length;
  return { start, end: start + (opening[1] ?? "").length, word: opening[1] ?? "" };
}

/** The speaker right before a relayed verb: a short phrase after "that", with no verb of its own. */
function speakerBefore(analysis: SentenceAnalysis, range: TextRange): TextRange | undefined {
  const lead = /^[\s,]*(?:that\s+)?/iu.exec(analysis.text.slice(range.start, range.end))?.[0] ?? "";
  const start = range.start + lead.length;
  // A quotation the verb opens ('Xi "noted ...') is no part of the speaker.
  const end = range.start + analysis.text.slice(range.start, range.end).replace(/[\s"“«„]+$/u, "").length;
  const words = wordsIn(analysis.text, { start, end });
  if (words.length === 0 || words.length > maxSpeakerWords) return undefined;
  // "praised China's leader for what he said was ...": a clause, not the subject of the verb.
  const clauseWord = (word: string) =>
    finiteVerbWords.has(word) || relativeWords.has(word) || (prepositions.has(word) && word !== "of");
  if (words.some((word) => clauseWord(word.lower))) return undefined;
  // "assessed the Chinese plan positively and said ...": a second verb of the same subject, no one relayed.
  if (/^(?:and|but|or|then)$/u.test(words.at(-1)?.lower ?? "")) return undefined;
  if (/[,;:"“”«»„]/u.test(analysis.text.slice(start, end).replace(/,$/u, ""))) return undefined;
  return { start, end };
}

/** How one actor's relaying of others' views goes on from sentence to sentence. */
export interface RelayChain {
  /**
   * Whose account a statement continues: "Russia appreciated China's efforts" right after China's envoy relayed
   * how the Ukrainian side saw China is still the envoy's account, when another country, named bare, speaks
   * about the relayer with no quotation. Undefined when the sentence speaks for itself.
   */
  continuedBy(
    text: string,
    event: SpeechEvent,
    mentions: readonly SentenceMention[],
  ): { claimant: string } | undefined;
  /** After a sentence: the relayer its relaying events (or a line carried on) leave in view, if any. */
  sentenceRead(events: readonly SpeechEvent[], carriedOn: boolean): void;
}

export function createRelayChain(): RelayChain {
  let relayer: string | undefined;
  return {
    continuedBy(text, event, mentions) {
      const { speaker } = event;
      const [actor, ...others] = event.speakers;
      if (!relayer || !actor || others.length > 0 || actor === relayer || !speaker) return undefined;
      const aboutRelayer = mentions.some(
        (mention) => mention.actor === relayer && mention.start >= speaker.end,
      );
      if (event.kind !== "statement" || !aboutRelayer || quoteCharacters.test(text)) return undefined;
      const named = mentions.filter(
        (mention) => mention.actor === actor && mention.start >= speaker.start && mention.end <= speaker.end,
      );
      const bare = named.length > 0 && named.every((mention) => !mention.person);
      return bare ? { claimant: relayer } : undefined;
    },
    sentenceRead(events, carriedOn) {
      const relaying = events.find((event) => event.onlyRelays && event.speakers.length === 1);
      relayer = relaying ? relaying.speakers[0] : carriedOn ? relayer : undefined;
    },
  };
}

/** "the Chinese state news media", "Chinese state broadcaster CCTV", "Russian state TV": a state's own outlet. */
const stateOutlet = /\bstate\s+(?:news\s+)?(?:media|broadcaster|television|tv|news\s+agency|agency)\b/iu;

/** "chief Kremlin correspondent for Russian state TV": the outlet's journalist, speaking for himself. */
const outletJournalist =
  /\b(?:correspondents?|reporters?|anchor|presenter|host|commentators?|columnists?)\b/iu;

/**
 * "The Chinese state news media said the two leaders had discussed ...", "Chinese state media added that China
 * would send an envoy": a state's own outlet telling what its government said or did relays the government's
 * word, so the content about that state is its statement (other actors in it its account of them). What such an
 * outlet says of others ("Russian state media claimed Ukraine's forces ...") stays the outlet's claim.
 */
export function relayedByStateMedia(
  text: string,
  event: SpeechEvent,
  mentions: readonly SentenceMention[],
  actors: readonly Actor[],
): SpeechEvent {
  const { speaker } = event;
  if (event.kind !== "statement" || event.speakers.length > 0 || !speaker) return event;
  // "Xinhua wrote that Xi stressed ...": an agency the catalog names as a state's is that state's outlet too.
  const agency = namedAgency.exec(text.slice(speaker.start, speaker.end))?.[1];
  const agencyState = agency === undefined ? undefined : stateOfAgency(actors, agency);
  if (agencyState !== undefined) return spokenByState(event, agencyState);
  const outlet = stateOutlet.exec(text.slice(speaker.start, speaker.end));
  // "Pavel Zarubin, chief Kremlin correspondent for Russian state TV": its journalist's own words, no relay.
  if (!outlet || outletJournalist.test(text.slice(speaker.start, speaker.start + outlet.index))) return event;
  const outletStart = speaker.start + outlet.index;
  const owners = new Set(
    mentions
      .filter((mention) => mention.start >= speaker.start && mention.end <= outletStart && !mention.person)
      .map((mention) => mention.actor),
  );
  // "State media reported that Xi told Zelenskiy ...": no state named, the state of the one it reports speaking.
  // "Kremlin officials said Russia ..., state media reported.": closing it, the state of the subject it reports.
  const subjectBefore = mentions.find((mention) => mention.end <= speaker.start && mention.start < 30);
  const reported =
    owners.size === 0 && bareStateMedia.test(text.slice(speaker.start, speaker.end))
      ? (mentions.find((mention) => mention.person && mention.start >= speaker.end)?.actor ??
        subjectBefore?.actor ??
        // "State media reported that China has always been on the side of peace": the one state it reports on.
        (event.targets.length === 1 ? event.targets[0] : undefined))
      : undefined;
  const [state, ...others] = reported ? [reported] : owners;
  return state === undefined || others.length > 0 ? event : spokenByState(event, state);
}

/** What a state's own outlet tells of that state is its statement; of others, the outlet's claim stays. */
const spokenByState = (event: SpeechEvent, state: string): SpeechEvent =>
  event.targets.includes(state)
    ? { ...event, speakers: [state], targets: event.targets.filter((actor) => actor !== state) }
    : event;

/** "Xinhua", "the TASS news agency", "state agency RIA Novosti": a speaker that is an agency's name alone. */
const namedAgency =
  /^\s*(?:[Tt]he\s+)?(?:(?:[Oo]fficial|[Ss]tate(?:-run)?)\s+(?:news\s+)?agency\s+)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)(?:\s+news\s+agency)?\s*$/u;

/** "State media", "state television": a state's outlet named by nothing else. */
const bareStateMedia =
  /^\s*(?:the\s+)?state(?:-run)?\s+(?:news\s+)?(?:media|broadcaster|television|tv|news\s+agency|agency)(?:\s+(?:had|has|have|also|earlier|later))*\s*$/iu;

/** The event as `claimant`'s account of `about`: no one states it, it is a claim about them. */
function toldBy(event: SpeechEvent, about: readonly string[], claimant: string): SpeechEvent {
  const { speaker: _named, ...rest } = event;
  return {
    ...rest,
    speakers: [],
    targets: [...new Set([...about, ...event.targets])],
    claimant,
    toldSpeakers: event.speakers,
  };
}

/** "von der Leyen cited the Chinese leader": the citer, "cited" or "quoted", and the one cited. */
const citedSpeaker = /^(.*?)\b(?:cited|quoted)\s+(.+?)\s*(?:\bas\s*)?$/iu;

/**
 * "Von der Leyen cited the Chinese leader saying the call could happen ...": one actor passing on another's
 * words tells them as its account of the other, no statement of either. An outlet citing an official ("The
 * Times cited the minister as saying") is left to the outlet rule.
 */
export function relayedByCiter(
  text: string,
  event: SpeechEvent,
  mentions: readonly SentenceMention[],
): SpeechEvent {
  const { speaker } = event;
  if (event.kind !== "statement" || !speaker || !/^(?:as\s+)?saying$/iu.test(event.cue)) return event;
  const found = citedSpeaker.exec(text.slice(speaker.start, speaker.end));
  if (!found) return event;
  const citedFrom = speaker.start + (found[1] ?? "").length;
  const actorsIn = (from: number, to: number) =>
    new Set(
      mentions
        .filter((mention) => mention.start >= from && mention.end <= to)
        .map((mention) => mention.actor),
    );
  const citers = actorsIn(speaker.start, citedFrom);
  const cited = actorsIn(citedFrom, speaker.end);
  if (citers.size === 0 || cited.size === 0 || [...cited].some((actor) => citers.has(actor))) return event;
  return toldBy(event, [...cited], [...citers].join(" and "));
}

/** "... told EU officials", "... told a senior EU diplomat", "... told EU leaders": an audience of unnamed officials. */
const unnamedAudience =
  /^\s*(?:\p{Ll}+ly\s+)?(?:told|tells)\s+(?:(?:a|an|some|several|two|three|visiting|senior|top|his|her|their)\s+)*(\p{Lu}[\p{L}-]*)\s+(?:(?:senior|top)\s+)?(?:officials?|diplomats?|envoys?|lawmakers|negotiators|leaders|counterparts|ministers)\b/du;

/**
 * "Wang Yi recently told EU officials that Beijing does not want Russia to lose": words said in private to
 * another side's unnamed officials reach the article through them, so they are that side's account of the
 * speaker, no statement of its own (a readout names its counterpart: "Wang Yi told Kallas ...").
 */
export function toldInPrivate(
  text: string,
  event: SpeechEvent,
  mentions: readonly SentenceMention[],
): SpeechEvent {
  const { speaker } = event;
  if (event.kind !== "statement" || !speaker || event.speakers.length !== 1) return event;
  const audience = unnamedAudience.exec(text.slice(speaker.end))?.indices?.[1];
  return audience ? toldBySideNamedAt(event, mentions, speaker.end + audience[0]) : event;
}

/** The event as the account of the side a mention starting at `at` names, when that is another side. */
function toldBySideNamedAt(
  event: SpeechEvent,
  mentions: readonly SentenceMention[],
  at: number,
): SpeechEvent {
  const side = mentions.find((mention) => mention.start === at)?.actor;
  return side && !event.speakers.includes(side) ? toldBy(event, event.speakers, side) : event;
}

/** "..., Russian state media reported.", "..., according to Chinese state television.": the closing source. */
const closingStateOutlet =
  /,\s*(?:according\s+to\s+|as\s+reported\s+by\s+)?(?:the\s+)?(\p{Lu}[\p{L}-]*)\s+state(?:-run)?\s+(?:news\s+)?(?:media|broadcaster|television|tv|news\s+agency|agency)(?:\s+(?:reported|said|says|reports|added))?\s*[.!?"”’]*\s*$/du;

/**
 * Around a source that closes a sentence: the comma before it, maybe after a closing quotation mark ('"groundless,"
 * Reuters reported'), and the end after it, maybe with a day ("according to Reuters on Wednesday") and what the
 * source based it on (", which said it had seen a document").
 */
const closingComma = String.raw`,["”’]?\s*`;
/** "..., writes UNN with reference to Politico": the outlet's own source, after its name. */
const citedSource = String.raw`(?:\s+(?:with\s+reference\s+to|citing|referring\s+to|quoting)\s+[^,;.!?]+?)?`;
const closingEnd = String.raw`${citedSource}(?:\s+on\s+\p{Lu}\p{Ll}+day)?(?:,\s+which\s+(?:said|says|added|cited|quoted)\b[^,;]*)?\s*[.!?"”’]*\s*$`;
/** "..., according to Reuters.", "..., as quoted by Reuters.": a source closing the sentence. */
const closingSourcePattern = new RegExp(
  String.raw`${closingComma}(?:according\s+to|as\s+(?:quoted|reported|cited)\s+by)\s+([^,;]+?)${closingEnd}`,
  "du",
);
/** "..., the Reuters news agency reported.", "..., RBC recalls.": an outlet's report closing the sentence. */
const closingReportPattern = new RegExp(
  String.raw`${closingComma}([^,;"“”]+?)\s+(?:reported|reports|wrote|writes|recalls|recalled)${closingEnd}`,
  "du",
);
/** "..., reported Saint Petersburg's PortNews.": the same, verb first. */
const closingInvertedReportPattern = new RegExp(
  String.raw`${closingComma}(?:reported|reports|wrote|writes)\s+([^,;]+?)${citedSource}\s*[.!?"”’]*\s*$`,
  "du",
);
/** '"...," Xi said (quoted by RIA Novosti).': the outlet in brackets at the end. */
const closingBracketedSource =
  /\s\((?:as\s+)?(?:quoted|cited|reported)\s+(?:by|in)\s+([^()]+?)\)\s*[.!?"”’]*\s*$/du;
/** "Peskov was quoted in Moscow by Interfax news agency as saying ...": the outlet that quoted the speaker. */
const quotedByOutletPattern =
  /\b(?:was|were|has\s+been|had\s+been)\s+quoted\s+(?:(?:in|on|at)\s+[^,;]{1,30}?\s+)?by\s+([^,;]+?)\s+as\s+(?:saying|telling|stating)\b/du;
/** "As reported by Ukrinform, Kallas said ...", "As Ukrinform reported earlier, ...": a source opening it. */
const openingSourcePattern =
  /^\s*(?:(?:according\s+to|as\s+(?:quoted|reported|cited)\s+by)\s+([^,;]+?)|as\s+([^,;]+?)\s+(?:reported|reports|wrote|writes)(?:\s+(?:earlier|previously|before|on\s+\p{Lu}\p{Ll}+day))?),/diu;
/** "The BBC understands that ...", "Reuters has learned that ...": what follows is the outlet's own finding. */
const outletLearnedPattern =
  /^\s*(?:[Tt]he\s+)?(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3})\s+(?:understands|has\s+learned|has\s+learnt|learned|has\s+been\s+told|was\s+told|has\s+seen)\s+that\b/du;
/** ", a spokesman for the European Commission,": a post in apposition, which no outlet holds. */
function postFollows(rest: string): boolean {
  const appositive = /^,?\s*(?:the|a|an)\s+([^,;]+),/iu.exec(rest)?.[1];
  if (!appositive || mediaNoun.test(appositive)) return false;
  return appositive.split(/\s+/u).some((word) => agentNouns.has(word.toLowerCase()));
}

/** A speaker named as a newspaper, a magazine, a channel or a website: "Ukraine's Ukrainska Pravda newspaper". */
const paperAsSpeaker =
  /^[^,]*\b(?:newspapers?|dail(?:y|ies)|magazines?|tabloids?|websites?|portals?|outlets?|channels?)\b/iu;

/**
 * "the Chinese Foreign Ministry website", "a statement posted on the ministry's website": an institution's own
 * site or channel, which speaks for it.
 */
function ownSite(phrase: string): boolean {
  const site = /\b(?:websites?|site|page|account|channels?)\b/iu.exec(phrase);
  return (
    site !== null &&
    phrase
      .slice(0, site.index)
      .split(/\s+/u)
      .some((word) => agentNouns.has(word.toLowerCase().replace(/['’]s$/u, "")))
  );
}

/** Words that name news media. */
const mediaNoun = new RegExp(String.raw`\b(?:${mediaNouns})\b`, "iu");
/** "state media", "state television": no state named. */
const unnamedStateMedia =
  /^(?:the\s+)?state(?:-run|-owned)?\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:news\s+)?(?:media|television|tv|broadcaster|news\s+agency|agency)$/iu;
/** An outlet named by one to four capitalised words alone ("Reuters", "Le Figaro", "The South China Morning Post"). */
const outletName = /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/**
 * "Zelensky said the pace had slowed, the Reuters news agency reported.", "..., as quoted by Reuters.", "...,
 * reported the Kommersant daily.", "As
 * reported by Ukrinform, Kallas said ...": an actor's words reaching the article through an outlet that is not
 * its own state media are the outlet's account of them (the labelling guide's "according to media" row), no
 * statement; "Xi said China had an impartial position ..., Russian state media reported." or "..., TASS
 * reported." is that other state's account. The actor's own state media relays its word (see
 * relayedByStateMedia); a source that names an actor otherwise ("the Kremlin") or is the speaker's own ("the
 * ministry", "his office") is read by the rules for those.
 */
export function toldByOutlet(
  text: string,
  event: SpeechEvent,
  mentions: readonly SentenceMention[],
  actors: readonly Actor[],
): SpeechEvent {
  if (event.kind !== "statement" || event.speakers.length === 0) return event;
  // "Ukraine's Ukrainska Pravda newspaper, citing the military, reported ...": a paper named as the speaker is
  // the paper, whichever country it is from; a state's own media are read below and by relayedByStateMedia.
  const { speaker } = event;
  const speakerText = speaker ? text.slice(speaker.start, speaker.end) : "";
  if (
    speaker &&
    paperAsSpeaker.test(speakerText) &&
    !ownSite(speakerText) &&
    !/\bstate\b/iu.test(speakerText)
  )
    return toldBy(event, event.speakers, speakerText.trim().replace(/,.*$/su, ""));
  const state = closingStateOutlet.exec(text)?.indices?.[1];
  if (state) return toldBySideNamedAt(event, mentions, state[0]);
  const openingSource = openingSourcePattern.exec(text);
  const found = [
    closingSourcePattern.exec(text),
    closingReportPattern.exec(text),
    closingInvertedReportPattern.exec(text),
    closingBracketedSource.exec(text),
    openingSource,
    quotedByOutletPattern.exec(text),
    outletLearnedPattern.exec(text),
  ].find((match) => (match?.indices?.[1] ?? match?.indices?.[2]) !== undefined);
  const range = found?.indices?.[1] ?? found?.indices?.[2];
  if (!found || !range) return event;
  const [start, end] = range;
  if (mentions.some((mention) => mention.start < end && mention.end > start)) return event;
  // "the Wall Street Journal (WSJ)": the outlet, without the short name in brackets.
  const source = (found[1] ?? found[2] ?? "").trim().replace(/\s*\([^()]{1,12}\)$/u, "");
  if (!mediaNoun.test(source) && !outletName.test(source)) return event;
  // "According to the President, ...": a post, whoever holds it, is no outlet.
  if (!mediaNoun.test(source) && agentNouns.has(source.split(/\s+/u).at(-1)?.toLowerCase() ?? ""))
    return event;
  if (ownSite(source)) return event;
  // "According to Jan Novak, a spokesman for the Commission, ...": a person with a post, not an outlet.
  if (found === openingSource && postFollows(text.slice(end))) return event;
  // "..., the Chinese government said in a statement, according to state media.": no other state named, the
  // speaker's own state media, which relays its word.
  if (unnamedStateMedia.test(source)) return event;
  const agencyOf = stateOfAgency(actors, source);
  // "The two sides stressed talks, the Xinhua News Agency reported.": a state's agency on its own side states it,
  // and tells of the other speakers as its account of them (docs/labelling-guide.md).
  if (agencyOf !== undefined && event.speakers.includes(agencyOf))
    return {
      ...event,
      speakers: [agencyOf],
      targets: [...new Set([...event.targets, ...event.speakers.filter((actor) => actor !== agencyOf)])],
    };
  return toldBy(event, event.speakers, agencyOf ?? source);
}

/** An outlet's account of some actors' people, as the sentence before left it. */
export interface OutletAccount {
  claimant: string;
  actors: readonly string[];
}

/** The outlet account a sentence's events leave for the next: "..., reported TASS." */
export function outletAccountOf(events: readonly SpeechEvent[]): OutletAccount | undefined {
  const told = events.find((event) => event.claimant && (event.toldSpeakers?.length ?? 0) > 0);
  return told?.claimant && told.toldSpeakers
    ? { claimant: told.claimant, actors: told.toldSpeakers }
    : undefined;
}

/**
 * '"...," Li is quoted as saying.' right after "..., reported TASS.": quoted by no one the sentence names, so by
 * the outlet just named; still its account of him (docs/labelling-guide.md: "was quoted by X as saying").
 */
export function quotedByOutletBefore(
  text: string,
  event: SpeechEvent,
  account: OutletAccount | undefined,
): SpeechEvent {
  if (!account || event.kind !== "statement" || event.speakers.length === 0) return event;
  if (
    !/\b(?:is|was|were|are|has\s+been|had\s+been)\s+quoted\s+as\s+(?:saying|telling|stating)\b/iu.test(text)
  )
    return event;
  if (!event.speakers.every((actor) => account.actors.includes(actor))) return event;
  return toldBy(event, event.speakers, account.claimant);
}
