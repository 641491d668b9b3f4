// The writer's own voice: in opinion pieces, and wherever a nation's people is the speaker, an account of an actor is
// the writer's, not the actor's word.
import { characterisingAdverbs, institutionAliasPattern, officialActVerbs } from "./lexicon";
import { namesOfficial } from "./roles";
import { quoteCharacters, type SentenceMention, type SpeechEvent } from "./sentenceAnalysis";
import { findQuotedRanges, insideAny, wordsIn } from "./sentenceParts";
import { namesPeople } from "./subjects";

/** A headline labelled as opinion: "My Take | ...", "Opinion: ...", "Analysis — ...". */
const opinionLabel =
  /^(?:my take|opinion|analysis|comment|commentary|column|editorial|op-ed|viewpoint|perspective)\s*[|:–—-]/iu;

export const isOpinionHeadline = (headline: string) => opinionLabel.test(headline.trim());

/**
 * In an opinion piece, a statement with no quotation whose speakers are only named as countries or capitals
 * ("Beijing protested the release ...") is the writer relaying it: others' account of the actor, never its own
 * word. Officials, people and quotations still speak.
 */
export function relayedByWriter(
  text: string,
  event: SpeechEvent,
  mentions: readonly SentenceMention[],
): SpeechEvent {
  if (event.kind !== "statement" || event.speakers.length === 0 || quoteCharacters.test(text)) return event;
  // "China abstained", "Russia vetoed it": a vote or an official act is on the record, whoever tells of it.
  if (officialActVerbs.has(event.cue.toLowerCase())) return event;
  const official = event.speakers.some((actor) =>
    mentions.some((mention) => mention.actor === actor && namesOfficial(text, mention)),
  );
  if (official) return event;
  return writersClaimAbout(event, event.speakers);
}

/** The event as the writer's own claim about `about` and its targets: no speaker, no claimant to name. */
function writersClaimAbout(event: SpeechEvent, about: readonly string[]): SpeechEvent {
  const { speaker: _named, ...rest } = event;
  return { ...rest, kind: "hearsay", speakers: [], targets: [...new Set([...about, ...event.targets])] };
}

/**
 * "The Russians insisted that Ukraine become neutral": a nation's people named as the speaker is the writer's
 * account of what that country did, a claim about it with no claimant, never its own word.
 */
export function peopleAsSpeaker(
  text: string,
  event: SpeechEvent,
  mentions: readonly SentenceMention[],
): SpeechEvent {
  const { speaker } = event;
  if (event.kind !== "statement" || event.speakers.length > 0 || speaker === undefined) return event;
  const quoted = findQuotedRanges(text);
  const people = mentions.filter(
    (mention) =>
      mention.start >= speaker.start &&
      mention.end <= speaker.end &&
      !insideAny(quoted, mention.start) &&
      namesPeople(text, mention),
  );
  return people.length === 0
    ? event
    : writersClaimAbout(
        event,
        people.map((mention) => mention.actor),
      );
}

/** A quoted stretch of more than this many words is someone's words, not a term in scare quotes ("black list"). */
const maxTermQuoteWords = 4;
/** Words between a subject and its verb that leave the verb the subject's own: "has", "has also", "has long". */
const auxiliaryOrAdverb = (word: string) =>
  /^(?:has|have|also|long|since|now|already|still)$/u.test(word) || /ly$/u.test(word);

/**
 * The subject of a statement when it is a bare country or capital ("Beijing has ...", "But Russia believes"): no
 * official, no person, no adjective, no quotation of its words beyond a term.
 */
function bareSubject(
  text: string,
  event: SpeechEvent,
  mentions: readonly SentenceMention[],
): SentenceMention | undefined {
  const quoted = findQuotedRanges(text);
  if (quoted.some((range) => wordsIn(text, range).length > maxTermQuoteWords)) return undefined;
  const subject = speakersOpeningMention(
    text,
    event,
    mentions,
    (mention) => !insideAny(quoted, mention.start),
  );
  const bare =
    subject !== undefined &&
    !subject.mention.person &&
    !subject.mention.adjective &&
    !namesOfficial(text, subject.mention) &&
    !institutionAliasPattern.test(text.slice(subject.mention.start, subject.mention.end)) &&
    /^[\s,]*(?:(?:but|and|yet|however|meanwhile|moreover|so)[\s,]+)*(?:the\s+)?$/iu.test(subject.before);
  return bare ? subject.mention : undefined;
}

/**
 * The first mention `accepts` takes in a one-speaker statement's subject, when it names that speaker, and the
 * text of the subject before it.
 */
function speakersOpeningMention(
  text: string,
  event: SpeechEvent,
  mentions: readonly SentenceMention[],
  accepts: (mention: SentenceMention) => boolean,
): { mention: SentenceMention; before: string } | undefined {
  if (event.kind !== "statement" || event.speakers.length !== 1) return undefined;
  const from = event.speaker?.start ?? event.text.start;
  const mention = mentions
    .filter((candidate) => candidate.start >= from && accepts(candidate))
    .sort((left, right) => left.start - right.start)[0];
  return mention && mention.actor === event.speakers[0]
    ? { mention, before: text.slice(from, mention.start) }
    : undefined;
}

/** Verbs of a country's mind rather than its voice: what it believes, sees, wants. */
const mindVerbs = new Set(
  `believe believes believed view views viewed see sees saw consider considers considered regard regards
  regarded fear fears feared want wants wanted think thinks thought feel feels understand understands know knows
  hope hopes hoped prefer prefers perceive perceives worry worries calculate calculates assume assumes expect
  expects expected conclude concludes concluded seeks sought seeking aims aimed aiming intends intended`.split(
    /\s+/u,
  ),
);
/**
 * "China has sought to position itself as neutral", "has sought to project an image of": how an actor presents
 * itself is its declared stance ("China wants to portray itself as ..." is still the writer's reading of a wish).
 */
const selfPresentationAfter =
  /^\s+(?:(?:portray|present|position|paint|cast|bill|style|show|brand|establish|project)\s+itself|project\s+(?:an?\s+)?(?:image|picture))\b/iu;
/** A group's mind also shows in what it agrees on now ("the two sides agree"); "the EU did agree to" is an act. */
const groupMindVerbs = new Set([...mindVerbs, "agree", "agrees"]);

/** A name, maybe possessed, then "to" and a verb: "Türkiye's Erdogan to uphold", "President Erdogan to align". */
const namedAddresseeAfter = /^\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+to\s+\p{Ll}/u;

/** "Xi's government", "the Chinese leadership", "the Russian administration": a state's government as a whole. */
const governmentSubject =
  /^\s*(?:the\s+)?[\p{L}’'-]+(?:['’]s)?\s+(?:government|administration|leadership|regime)\s*$/iu;

/** "the two sides", "both countries": a group named by what they are, not by who speaks for them. */
const groupSubject =
  /^(?:(?:since|as|because|while|given\s+that)\s+)?(?:the\s+two|both)\s+(?:sides|countries|nations|governments|capitals|parties)\s*$/iu;

/**
 * "China believes that even pressure on the Kremlin would get it nothing", "Beijing views Brussels as ...": a
 * bare country's mind, with none of its officials speaking in the sentences around, is the writer's reading of
 * it, a claim about it with no claimant; so is "the two sides agree" when neither side has just spoken. Where
 * its official has just spoken ("Moscow also believes ..." in Lavrov's interview) it sums up their words and
 * stays a statement.
 */
export function mindReadByWriter(
  text: string,
  event: SpeechEvent,
  mentions: readonly SentenceMention[],
  recentSpeakers: ReadonlySet<string>,
): SpeechEvent {
  const firstCueWord = event.cue.split(/\s+/u)[0]?.toLowerCase() ?? "";
  const named = event.speaker && text.slice(event.speaker.start, event.speaker.end);
  if (
    event.kind === "statement" &&
    named &&
    groupSubject.test(named.trim()) &&
    groupMindVerbs.has(firstCueWord)
  )
    return event.speakers.some((actor) => recentSpeakers.has(actor))
      ? event
      : writersClaimAbout(event, event.speakers);
  if (!mindVerbs.has(firstCueWord)) return event;
  const cueEnd = text.indexOf(event.cue, event.text.start) + event.cue.length;
  if (/^s(?:eek|ought)/iu.test(firstCueWord) && selfPresentationAfter.test(text.slice(cueEnd))) return event;
  // "the EU expects China to support the efforts", "EU expects Türkiye's Erdogan to uphold ...": an expectation
  // put to another actor or a named leader is a demand, said to them.
  if (
    /^expect/iu.test(firstCueWord) &&
    (mentions.some(
      (mention) =>
        !event.speakers.includes(mention.actor) &&
        /^\s+(?:the\s+)?$/u.test(text.slice(cueEnd, mention.start)) &&
        /^\s+to\s+\p{Ll}/u.test(text.slice(mention.end)),
    ) ||
      namedAddresseeAfter.test(text.slice(cueEnd)))
  )
    return event;
  // "a partner in countering what Beijing sees as US hegemony", "other routes, which the Kremlin sees as a
  // victory": a mind the writer reads into a noun phrase.
  const cueAt = text.indexOf(event.cue, event.text.start);
  const mindOf = mentions.find(
    (mention) =>
      mention.end <= cueAt &&
      /\b(?:what|which)\s+(?:the\s+)?$/iu.test(text.slice(0, mention.start)) &&
      /^\s*$/u.test(text.slice(mention.end, cueAt)),
  );
  if (mindOf) return writersClaimAbout(event, [mindOf.actor]);
  // "... rise above what it considers a struggle between two tired powers": the same through a pronoun.
  if (/\bwhat\s+(?:it|he|she|they)\s+$/iu.test(text.slice(0, cueAt)) && event.speakers.length > 0)
    return writersClaimAbout(event, event.speakers);
  // "Putin wants to spread the war to Europe.": what a leader wants, with nothing quoted, is someone's reading
  // of him unless his side has just spoken.
  const leader = /^want/iu.test(firstCueWord) ? leaderSubject(text, event, mentions) : undefined;
  if (leader && !recentSpeakers.has(leader.actor)) return writersClaimAbout(event, event.speakers);
  // "Xi's government sees Moscow as a partner": a government's mind, named by its leader or state, likewise.
  const government =
    named !== undefined && governmentSubject.test(named) && event.speakers.length === 1
      ? event.speakers[0]
      : undefined;
  if (government && !recentSpeakers.has(government)) return writersClaimAbout(event, event.speakers);
  const subject = bareSubject(text, event, mentions);
  if (subject === undefined || recentSpeakers.has(subject.actor)) return event;
  return writersClaimAbout(event, event.speakers);
}

/** A quotation of words someone said, not a phrase in scare quotes ('a "multipolar world"'). */
const quotesWords = (text: string) =>
  findQuotedRanges(text).some((range) => wordsIn(text, range).length > scareQuoteWords);
const scareQuoteWords = 3;

/**
 * The leader opening a statement's clause, with no words of theirs quoted in the sentence: "Putin wants ...",
 * "Russian President Vladimir Putin wants ..." (the person, with at most a title before the name), "The Kremlin
 * leader wants ..." (the country and the post).
 */
function leaderSubject(
  text: string,
  event: SpeechEvent,
  mentions: readonly SentenceMention[],
): SentenceMention | undefined {
  if (quotesWords(text)) return undefined;
  const person = speakersOpeningMention(text, event, mentions, (mention) => mention.person);
  if (person && /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,4}$/u.test(person.before)) return person.mention;
  const titled = speakersOpeningMention(text, event, mentions, () => true);
  if (!titled || !/^\s*(?:the\s+)?$/iu.test(titled.before)) return undefined;
  const post = text.slice(titled.mention.end, text.indexOf(event.cue, titled.mention.end));
  return /^\s+(?:leader|president|premier|prime\s+minister|head\s+of\s+state)\s+$/iu.test(post)
    ? titled.mention
    : undefined;
}

/**
 * "China has trod a careful line, criticising ...", "Beijing has avoided taking sides and has refused to ...",
 * "China actively lobbied for ..., threatening ...": a bare country or capital as the subject (no official, no
 * person, no quotation of its words), with the stance read into its conduct over time (the present perfect of a
 * verb that is no speech, or of a conduct cue such as "refused") or into its manner ("actively",
 * "demonstratively"), is the writer's characterisation of that country: a claim about it with no claimant,
 * never its statement. "China abstained", "the EU adopted its package", "Russia has denied ..." and "Beijing has
 * said ..." stay statements.
 */
export function characterisedByWriter(
  text: string,
  event: SpeechEvent,
  mentions: readonly SentenceMention[],
): SpeechEvent {
  const subject = bareSubject(text, event, mentions);
  if (subject === undefined) return event;
  const cueStart = text.indexOf(event.cue, subject.end);
  if (cueStart < 0) return event;
  const words = wordsIn(text, { start: subject.end, end: cueStart + event.cue.length });
  const verbAt = words.findIndex((word) => !auxiliaryOrAdverb(word.lower));
  const verb = words[verbAt];
  if (verb === undefined) return event;
  const leading = words.slice(0, verbAt).map((word) => word.lower);
  const manner = leading.some((word) => characterisingAdverbs.has(word));
  // The stance is not the perfect's own verb but a participle after it ("has trod a careful line, criticising")
  // or a second perfect ("has avoided ... and has refused"): what the writer sums up, not one thing said.
  const perfect = (leading[0] === "has" || leading[0] === "have") && verb.start !== cueStart;
  const summed =
    perfect &&
    (/ing$/iu.test(event.cue) || /\b(?:has|have)\s+(?:\p{L}+ly\s+)?$/iu.test(text.slice(0, cueStart)));
  return manner || summed ? writersClaimAbout(event, event.speakers) : event;
}

/** "Allegedly, Xi expressed ...": the writer doubting what follows. */
const doubtOpening = /^\s*(?:allegedly|purportedly|supposedly)\b/iu;
/** "No EU member state intends ...", "None of the leaders said ...": nobody is the speaker. */
const nobodySubject = /^\s*(?:no|none\s+of)\s/iu;
/** "Its attendance shows China supports ...": what the writer infers from an act. */
const inferredBefore =
  /\b(?:shows|showed|suggests|suggested|means|meant|proves|proved|demonstrates|demonstrated)\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu;

/**
 * Statements the writer's own framing makes no one's word: doubted ("Allegedly, Xi expressed respect ..."),
 * said of nobody ("No EU member state intends to break the consensus"), or inferred from an act ("Its
 * attendance shows China supports ...").
 */
export function framedByWriter(text: string, event: SpeechEvent): SpeechEvent {
  const { speaker } = event;
  if (event.kind !== "statement" || event.speakers.length === 0 || !speaker) return event;
  const named = text.slice(speaker.start, speaker.end);
  const framed =
    doubtOpening.test(text) ||
    (nobodySubject.test(named) && !quoteCharacters.test(named)) ||
    inferredBefore.test(text.slice(0, speaker.end));
  return framed ? writersClaimAbout(event, event.speakers) : event;
}
