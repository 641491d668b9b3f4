import { findCues } from "./cues";
import {
  accusationCuePattern,
  agentNouns,
  clauseOpeners,
  directiveCuePattern,
  nonGovernmentNouns,
  objectCuePattern,
  officialActVerbs,
  reportingVerbs,
} from "./lexicon";
import { relayedWordsIn } from "./relayedWords";
import {
  accordingToEvents,
  hearsayEvents,
  nounClaimEvents,
  ownedSpeechNounEvents,
  selfAttributionEvents,
} from "./reportedClaims";
import {
  finiteVerbWords,
  type PendingEvent,
  type SentenceAnalysis,
  type SentenceMention,
  type SpeechContext,
  type SpeechEvent,
  segmentIndexAt,
} from "./sentenceAnalysis";
import {
  findQuotedRanges,
  insideAny,
  splitSegments,
  type TextRange,
  type Word,
  wordsIn,
} from "./sentenceParts";
import { citedAsSayingEvents, colonAttributionEvents, settleTextEnds, statementFromCue } from "./statements";
import { contentSubject, namedOnlyByUnownedInstitution } from "./subjects";

const subjectPronounPattern = /^(?:he|she|it|they)\b/iu;

/** "who spoke on condition of anonymity", "speaking anonymously", "who asked not to be named". */
const anonymityPattern =
  /\b(?:on (?:the )?condition of anonymity|anonymously|(?:asked|requested|declined|wished) not to be (?:named|identified)|(?:requested|asked for|granted) anonymity|(?:was|were) not authori[sz]ed to (?:speak|comment))\b/iu;

/**
 * "one EU diplomat", "a senior Chinese official", "three EU officials", "several diplomats": unnamed people
 * counted, not a spokesman on record.
 */
const unnamedInsider =
  /^(?:one|an?|another|two|three|four|five|six|several|a\s+few|a\s+number\s+of|multiple|\d+)\s+(?:[\p{L}-]+\s+){0,3}?(?:diplomats?|officials?|sources?|insiders?)\s*$/iu;

/** "In a statement by China's mission to the EU, ...": the opening names whose statement the sentence gives. */
const openingStatementBy =
  /^\s*(?:in|according\s+to)\s+an?\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|readout|communiqu[eé])\s+(?:(?:issued|released|published|posted)\s+)?(?:by|from)\s+([^,;]+),/diu;

/**
 * "In a statement by China's mission to the EU, a spokesperson said ...": an unnamed spokesperson speaks for the
 * body whose statement the sentence opens with.
 */
function spokespersonOfOpeningStatement(analysis: SentenceAnalysis, speaker: TextRange): string[] {
  const words = analysis.text.slice(speaker.start, speaker.end).trim();
  if (!/^(?:a|an|the|its)\s+(?:[\p{L}-]+\s+)?(?:spokes(?:person|man|woman)|representative)$/iu.test(words))
    return [];
  const range = openingStatementBy.exec(analysis.text)?.indices?.[1];
  if (!range) return [];
  const [start, end] = range;
  // "by China's mission to the EU": the body named first, not the host it is accredited to.
  const first = analysis.mentions.find(
    (mention) => mention.start >= start && mention.end <= end && !insideAny(analysis.quoted, mention.start),
  );
  return first ? [first.actor] : [];
}

/** The speaker, or the words up to and just after the verb, say the source is unnamed on purpose. */
function speaksAnonymously(analysis: SentenceAnalysis, event: PendingEvent): boolean {
  const { speaker } = event;
  if (speaker && unnamedInsider.test(analysis.text.slice(speaker.start, speaker.end).trim())) return true;
  const from = event.speaker?.start ?? 0;
  const until = Math.min(analysis.text.length, event.cueStart + event.cue.length + 40);
  const quoted = findQuotedRanges(analysis.text);
  const window = analysis.text.slice(from, until);
  const found = anonymityPattern.exec(window);
  return found !== null && !insideAny(quoted, from + found.index);
}

/** Every statement, hearsay and self-attribution in one sentence, with who speaks and about whom. */
export function findSpeechEvents(
  text: string,
  mentions: readonly SentenceMention[],
  context: SpeechContext,
): SpeechEvent[] {
  const quoted = findQuotedRanges(text);
  // A question the writer asks ("Will Russia agree to a truce?") states nothing; a quoted one may be reported.
  const lastMark = text.trimEnd().length - 1;
  if (text.charAt(lastMark) === "?" && !insideAny(quoted, lastMark)) return [];
  const analysis: SentenceAnalysis = {
    text,
    mentions,
    quoted,
    segments: splitSegments(text, quoted),
    context,
  };
  const cues = findCues(analysis);
  const cueStarts = cues.map((cue) => cue.start);
  const events: PendingEvent[] = [];
  // Where a participle carrying on a statement ends ("..., warning that"): a clause right after it is its content.
  const continuations: { cueEnd: number; event: PendingEvent }[] = [];
  for (const cue of cues) {
    const event = statementFromCue(analysis, cue, events, cues);
    const previous = events.at(-1);
    const reading = {
      accusation: cue.labels === true || accusationCuePattern.test(cue.word),
      objectFirst: !cue.labels && objectCuePattern.test(cue.word),
    };
    const directive = !cue.labels && directiveCuePattern.test(cue.word);
    if (event === "continues_previous" && previous) {
      const content = { start: cue.end, end: text.length };
      const added = directive ? [] : contentSubject(analysis, content, reading);
      previous.targets = [...new Set([...previous.targets, ...added])].filter(
        (actor) => !previous.speakers.includes(actor),
      );
      continuations.push({ cueEnd: cue.end, event: previous });
    } else if (event && event !== "continues_previous") {
      const content = event.content ?? { start: cue.end, end: text.length };
      // Around a trailing or parenthetical attribution ("..., experts warn, ..."), what is reported is a clause,
      // never the verb's object.
      const contentReading = { ...reading, objectFirst: reading.objectFirst && !event.fixedEnd };
      const read = directive ? [] : contentSubject(analysis, content, contentReading);
      // "Igor Konashenkov, spokesman for the Defence Ministry, said Russian forces ..." after Ukraine spoke: an
      // institution named by "the" alone is the previous speaker's only when what it says is not about another
      // actor, whose institution it may well be; then nobody can tell who speaks, and the sentence files nothing.
      const borrowed = event.speaker && namedOnlyByUnownedInstitution(analysis, event.speaker);
      const unsure = borrowed && read.some((actor) => !event.speakers.includes(actor));
      if (unsure) event.speakers = [];
      const about = unsure ? [] : read;
      // "The joint statement noted that Russia is committed to ..." stays every issuer's: a joint document is stated
      // by each side that issued it, whichever it names (docs/labelling-guide.md).
      event.targets = about.filter((actor) => !event.speakers.includes(actor));
      const reporter =
        events.find(
          (earlier) =>
            reportsClauseOf(analysis, earlier, event) ||
            recountedBy(analysis, earlier, event) ||
            (cue.byAgent === true && agentInsideStatement(analysis, earlier, cue)) ||
            joinedThatClause(analysis, earlier, event),
        ) ?? continuations.find((continuation) => continuedInto(analysis, continuation.cueEnd, event))?.event;
      if (reporter) addReported(reporter, event);
      else events.push(event);
    }
  }
  // "Russia agreed to talks, Zelensky said.": what a trailing attribution reports is not a statement itself.
  // Others' claims inside it stay ("Western governments accused Beijing ..., a charge China denies").
  const attributions = events.filter((event) => event.fixedEnd && event.content);
  for (const attribution of attributions) sameSpeakerNamedAgain(analysis, attribution, events);
  // A news agency's "..., Xinhua reported." only sources what it reports, and an owner-less "..., a foreign
  // ministry statement said." is the speaker's own side's document: the statement inside stands.
  const sourcing = (attribution: PendingEvent) =>
    sourcedByOutlet(analysis, attribution) || sourcedByOwnDocument(analysis, attribution);
  // "The parties appreciated China's mediation, Wang said": a voice no actor owns inside a closing "said" is
  // reported by it too ("..., an accusation Beijing rejects" answers a claim and reports none).
  const reporterOf = (event: PendingEvent) =>
    event.speakers.length > 0 || event.kind === "statement"
      ? attributions.find(
          (attribution) =>
            attribution !== event &&
            (event.speakers.length > 0 || reportingVerbs.has(attribution.cue.toLowerCase())) &&
            !sourcing(attribution) &&
            attribution.content !== undefined &&
            event.cueStart >= attribution.content.start &&
            event.cueStart < attribution.content.end,
        )
      : undefined;
  const kept = events.filter((event) => {
    const reporter = reporterOf(event);
    if (reporter) addReported(reporter, event);
    return reporter === undefined && !backgroundToClaim(analysis, event, events);
  });
  // "A senior Ukrainian official, who spoke on condition of anonymity, told ...": an unnamed source, not the
  // actor on the record; what it says about others stays their claim about them.
  for (const event of kept) {
    if (event.kind === "statement" && event.speakers.length === 0 && event.speaker)
      event.speakers = spokespersonOfOpeningStatement(analysis, event.speaker);
  }
  for (const event of kept) {
    if (event.kind === "statement" && event.speakers.length > 0 && speaksAnonymously(analysis, event))
      event.speakers = [];
  }
  for (const attribution of attributions.filter(sourcing)) {
    const { content } = attribution;
    const inside = kept.some(
      (event) =>
        event !== attribution && content && event.cueStart >= content.start && event.cueStart < content.end,
    );
    if (inside) attribution.targets = [];
  }
  // "The spokeswoman revealed that Sybiha stated ...": the relayer passes on the other's words, its own account.
  for (const event of kept) {
    const relayed = relayedWordsIn(analysis, event, cues);
    if (!relayed) continue;
    event.onlyRelays = true;
    event.targets = [...new Set([...event.targets, ...relayed.speakers])];
    event.relays = [...new Set([...(event.relays ?? []), ...relayed.speakers])];
  }
  // First: it turns statements it only reports into hearsay.
  const sourced = accordingToEvents(analysis, kept);
  const hearsay = hearsayEvents(analysis, cueStarts, kept);
  // "Russia reportedly told Kyiv ...", "Li was seen to have echoed ..., telling ...": others' account of the
  // subject's act, which the hearsay about it already carries.
  const toldByOthers = (event: PendingEvent) =>
    !event.fixedEnd &&
    hearsay.some(
      (claim) =>
        claim.cueStart >= event.text.start &&
        claim.cueStart < event.cueStart &&
        claim.targets.some((actor) => event.speakers.includes(actor)),
    );
  const nounClaims = nounClaimEvents(analysis);
  // "There is speculation that Xi plans to call Kyiv": what the claim's subject does in its that-clause is the
  // claim, not the subject's act; a clause after "but" is the article's again.
  const claimedInside = (event: PendingEvent) =>
    event.speakers.length > 0 &&
    nounClaims.some((claim) => {
      const thatEnd = claim.cueStart + claim.cue.length;
      // "Claims by Zelensky that Russia is involving China are false, Peskov said": a speaker past a comma after
      // the clause closes it, speaking of the claim, not in it.
      const clauseBefore = event.speaker ? analysis.text.slice(thatEnd, event.speaker.start) : "";
      const speakerPastComma =
        clauseBefore.includes(",") &&
        wordsIn(clauseBefore.slice(0, clauseBefore.lastIndexOf(","))).some((word) =>
          finiteVerbWords.has(word.lower),
        );
      return (
        event.cueStart >= thatEnd &&
        !speakerPastComma &&
        event.speakers.every((speaker) => claim.targets.includes(speaker)) &&
        !/\b(?:but|however|yet|while|although|whereas)\b|;/iu.test(
          analysis.text.slice(thatEnd, event.cueStart),
        )
      );
    });
  // "... quoted the top diplomat as saying at a meeting": the "saying" of "as saying" is the citation's, no
  // statement by whoever follows it.
  const citedAsSaying = citedAsSayingEvents(analysis);
  const insideCitation = (event: PendingEvent) =>
    citedAsSaying.some(
      (cited) => event.cueStart >= cited.cueStart && event.cueStart < cited.cueStart + cited.cue.length,
    );
  // "Russian FM: Russia, China agree ...": what a headline's speaker says others did is its account of them.
  const colonAttributions = colonAttributionEvents(analysis);
  const underColon = (event: PendingEvent) => {
    const colon = colonAttributions.find(
      (attribution) => attribution.content && event.cueStart >= attribution.content.start,
    );
    if (colon) addReported(colon, event);
    return colon !== undefined;
  };
  const settled = [
    ...kept.filter(
      (event) =>
        !toldByOthers(event) && !claimedInside(event) && !insideCitation(event) && !underColon(event),
    ),
    ...hearsay,
    ...nounClaims,
    ...ownedSpeechNounEvents(analysis),
    ...sourced,
    ...withoutStancesInOthersWords([...kept, ...sourced], selfAttributionEvents(analysis)),
    ...colonAttributions,
    ...citedAsSaying,
  ];
  settleTextEnds(analysis, settled);
  // "Both sides agreed that ..., Charles Michel said": sides the sentence's own speaker is not one of are not
  // the sides it told of; nobody can tell which they are.
  for (const event of settled) {
    const subject = event.speaker && analysis.text.slice(event.speaker.start, event.speaker.end);
    if (!subject || !/^\s*(?:both|the\s+two)\s+sides\b/iu.test(subject)) continue;
    const teller = settled.find(
      (other) =>
        other !== event &&
        other.kind === "statement" &&
        other.speakers.length === 1 &&
        other.cueStart > event.cueStart,
    )?.speakers[0];
    if (teller && !event.speakers.includes(teller)) event.speakers = [];
  }
  return settled.map(
    ({ kind, cue, speakers, speaker, targets, text: range, fixedEnd, relays, onlyRelays }) => ({
      kind,
      cue,
      speakers,
      ...(speaker && { speaker }),
      targets,
      ...(relays && relays.length > 0 && { relays }),
      ...(onlyRelays && { onlyRelays }),
      text: range,
      ...(kind === "statement" &&
        !fixedEnd &&
        speakers.length > 0 &&
        subjectPronounPattern.test(text.slice(range.start, range.end)) && { pronounSubject: true }),
    }),
  );
}

/**
 * "Ukraine's ambassador to China, Pavlo Riabikin, confirmed that ..., Riabikin said on Monday.": a closing
 * attribution naming again, by a name the catalog does not know, the speaker its sentence opened with is that
 * speaker, not someone reporting them.
 */
function sameSpeakerNamedAgain(
  analysis: SentenceAnalysis,
  attribution: PendingEvent,
  events: readonly PendingEvent[],
): void {
  if (attribution.speakers.length > 0 || !attribution.speaker) return;
  const names = wordsIn(analysis.text, attribution.speaker).filter((word) =>
    /^\p{Lu}\p{Ll}/u.test(word.text),
  );
  if (names.length === 0) return;
  const opener = events.find(
    (event) =>
      event !== attribution &&
      event.speakers.length > 0 &&
      event.speaker !== undefined &&
      event.speaker.end <= attribution.cueStart &&
      names.every((name) =>
        wordsIn(analysis.text, event.speaker as TextRange).some((word) => word.text === name.text),
      ),
  );
  if (!opener) return;
  attribution.speakers = [...opener.speakers];
  attribution.targets = attribution.targets.filter((actor) => !opener.speakers.includes(actor));
}

/**
 * What one speaker says another said is the first speaker's claim about the second ("Kallas said Kyiv officials
 * told her China ...": the EU states it, about Ukraine and China), unless the article gives the words to the
 * second itself.
 */
function addReported(reporter: PendingEvent, reported: PendingEvent): void {
  reporter.targets = [...new Set([...reporter.targets, ...reported.speakers, ...reported.targets])].filter(
    (actor) => !reporter.speakers.includes(actor),
  );
  // Only words are relayed: "SCMP reports that Wang Yi said ..." (an act reported is a claim about it).
  if (!reportingVerbs.has(reported.cue.toLowerCase())) return;
  reporter.relays = [...new Set([...(reporter.relays ?? []), ...reported.speakers])].filter(
    (actor) => !reporter.speakers.includes(actor),
  );
}

/**
 * "Sources said that, during the dinner, Wang Yi said ...": a statement whose clause an earlier cue's "that"
 * opens, past subordinate asides only, is what the earlier speaker reports.
 */
function reportsClauseOf(analysis: SentenceAnalysis, earlier: PendingEvent, event: PendingEvent): boolean {
  if (
    earlier.fixedEnd ||
    event.fixedEnd ||
    event.subjectSegment <= segmentIndexAt(analysis, earlier.cueStart)
  )
    return false;
  const cueEnd = earlier.cueStart + earlier.cue.length;
  const between = analysis.text.slice(cueEnd, (analysis.segments[event.subjectSegment] as TextRange).start);
  const opening = /^\s*(?:[\p{L}-]+\s+){0,3}?that,?\s+([\p{L}-]+)/iu.exec(between);
  return opening !== null && clauseOpeners.has((opening[1] ?? "").toLowerCase()) && !/[;:]/u.test(between);
}

/** A clause giving the time or cause of the one before: "..., after the bloc sanctioned ...". */
const backgroundClauseBefore = /\b(?:after|before|since|because|as|when|while|following)\s+$/iu;

/**
 * "Beijing accused the EU of smearing its firms after the bloc sanctioned them": the act in a clause of time or
 * cause is the setting of another's claim about the same actor; the sentence is that claim, not the actor's own
 * word.
 */
function backgroundToClaim(
  analysis: SentenceAnalysis,
  event: PendingEvent,
  events: readonly PendingEvent[],
): boolean {
  if (event.fixedEnd || event.speakers.length === 0) return false;
  if (!backgroundClauseBefore.test(analysis.text.slice(0, event.text.start))) return false;
  return events.some(
    (other) =>
      other !== event &&
      other.cueStart < event.cueStart &&
      event.speakers.every((actor) => other.targets.includes(actor)),
  );
}

/**
 * "Sybiha said that Moscow had rejected every offer, and that the Kremlin refused a truce": a second "that"
 * clause joined to the first is the same speaker's report.
 */
function joinedThatClause(analysis: SentenceAnalysis, earlier: PendingEvent, event: PendingEvent): boolean {
  if (earlier.fixedEnd || event.fixedEnd || event.speaker === undefined) return false;
  if (event.speaker.start <= earlier.cueStart) return false;
  const before = analysis.text.slice(earlier.cueStart, event.speaker.start);
  return /,?\s*(?:and|but|or)\s+that\s+$/iu.test(before) && !/[;:]/u.test(before);
}

/** Verbs that tell of a past event, whose relative clause ("..., where Xi said ...") is still their account. */
const recountingCuePattern = /^(?:recall|recount|describ|remember|refer|mention|cit)/iu;
const eventRelativeBefore = /,\s*(?:where|when|at which|in which|during which)\s+$/iu;

/**
 * "Kallas recalled the summit in Moscow, where Xi said ...": what a speaker recounts happening at an event is
 * her account of it, so Xi's words there are her claim about China.
 */
function recountedBy(analysis: SentenceAnalysis, earlier: PendingEvent, event: PendingEvent): boolean {
  if (earlier.fixedEnd || event.fixedEnd || event.speaker === undefined) return false;
  if (!recountingCuePattern.test(earlier.cue) || event.speaker.start <= earlier.cueStart) return false;
  const before = analysis.text.slice(earlier.cueStart, event.speaker.start);
  return eventRelativeBefore.test(before) && !/[;:]/u.test(before);
}

/** "the 12-point initiative first [proposed]": a plan right before its participle. */
const publishedPlanBefore =
  /\b(?:plans?|proposals?|initiatives?|position\s+paper|peace\s+formula|blueprint)\s+(?:(?:first|originally|formally|officially|recently)\s+)?$/iu;

/**
 * "Peskov said that the ceasefire proposed by Kyiv was a trick": the agent of a passive inside what an earlier
 * speaker says is that speaker's account of it, not the agent's own announcement. A plan named with
 * who put it out ("hailed the initiative proposed by Beijing") is that actor's act taken as given, as any act
 * named in passing (docs/labelling-guide.md), and a clause of its own ("China proposed a plan, but it was
 * rejected by Kyiv") is no part of what the first speaker says.
 */
function agentInsideStatement(analysis: SentenceAnalysis, earlier: PendingEvent, cue: TextRange): boolean {
  if (earlier.kind !== "statement" || earlier.speakers.length === 0 || earlier.fixedEnd) return false;
  if (publishedPlanBefore.test(analysis.text.slice(0, cue.start))) return false;
  const between = analysis.text.slice(earlier.cueStart + earlier.cue.length, cue.start);
  if (/[,;]\s*(?:but|yet|while|although|though)\s/iu.test(between)) return false;
  // "EU leaders agreed to grant candidate status ... in a move hailed by Kyiv as historic": an act reports
  // nothing, so the agent after it speaks in the writer's narration.
  if (officialActVerbs.has(earlier.cue.toLowerCase()) || /^(?:agree|decide)[ds]?$/iu.test(earlier.cue))
    return false;
  const content = earlier.content ?? {
    start: earlier.cueStart + earlier.cue.length,
    end: Number.POSITIVE_INFINITY,
  };
  return cue.start >= content.start && cue.start < content.end;
}

/**
 * "Sybiha called on the EU to act, warning that Moscow rejected every offer": the clause right after a
 * participle that carries on a statement is what that statement says, so Moscow's "rejected" is reported.
 */
function continuedInto(analysis: SentenceAnalysis, participleEnd: number, event: PendingEvent): boolean {
  if (event.fixedEnd || event.speaker === undefined || event.speaker.start < participleEnd) return false;
  return /^\s*(?:that\s+)?$/iu.test(analysis.text.slice(participleEnd, event.speaker.start));
}

/**
 * A trailing "..., Xinhua reported." names the outlet that carried the news: the statements inside stand. An
 * unnamed "media reported" or "reports said" is hearsay like any other source.
 */
function sourcedByOutlet(analysis: SentenceAnalysis, attribution: PendingEvent): boolean {
  if (!/^report/iu.test(attribution.cue) || attribution.content === undefined) return false;
  const segment = analysis.segments[attribution.subjectSegment] as TextRange;
  const subject = analysis.text.slice(segment.start, attribution.cueStart);
  return (
    /\p{Lu}/u.test(subject) &&
    !/^\s*(?:the\s+|local\s+|state\s+)*(?:media|reports?|sources?)\b/iu.test(subject)
  );
}

/** "a foreign ministry statement on Friday", "the official readout": a document whose owner goes unnamed. */
const ownerlessDocument = new RegExp(
  String.raw`^\s*(?:a|an|the)\s+(?:(?:${[...agentNouns].join("|")}|foreign|official|press|written)\s+){0,3}(?:statement|readout|communiqu[eé])(?!\p{L})`,
  "iu",
);

/**
 * "Qin Gang said China will persist in promoting peace talks, a foreign ministry statement said.": a closing
 * document that names no owner is the one whose official speaks in it, so his words stand as his side's. A
 * document another actor owns ("a Russian foreign ministry statement said") names that actor and is its account.
 */
function sourcedByOwnDocument(analysis: SentenceAnalysis, attribution: PendingEvent): boolean {
  if (!attribution.fixedEnd || attribution.content === undefined || attribution.speakers.length > 0)
    return false;
  const segment = analysis.segments[attribution.subjectSegment] as TextRange;
  const named = analysis.mentions.some(
    (mention) => mention.start >= segment.start && mention.end <= attribution.cueStart,
  );
  return !named && ownerlessDocument.test(analysis.text.slice(segment.start, attribution.cueStart));
}

/**
 * "Sybiha wrote that this 'puts into question China's declared stance'": a stance another speaker names in its
 * own words is that speaker's account of it. Such self-attributions are dropped, and the actor becomes a target
 * of the statement that carries them.
 */
function withoutStancesInOthersWords(
  events: readonly PendingEvent[],
  selfAttributions: readonly PendingEvent[],
): PendingEvent[] {
  return selfAttributions.filter((self) => {
    // What the statement reports: its content ('"...," he wrote' closes a quotation before it), else what
    // follows its verb.
    const reported = (event: PendingEvent) => event.content ?? { start: event.cueStart, end: event.text.end };
    const reporter = events.find(
      (event) =>
        event.kind === "statement" &&
        event.speakers.length > 0 &&
        !event.speakers.some((speaker) => self.speakers.includes(speaker)) &&
        self.cueStart >= reported(event).start &&
        self.cueStart < reported(event).end,
    );
    if (reporter) reporter.targets = [...new Set([...reporter.targets, ...self.speakers])];
    return reporter === undefined;
  });
}

/** Whom a sentence of a quotation is about: the actor it opens with ("“The Ukrainian president has made ..."). */
export function subjectOfQuotedSentence(text: string, mentions: readonly SentenceMention[]): string[] {
  const quoted = findQuotedRanges(text);
  const analysis: SentenceAnalysis = {
    text,
    mentions,
    quoted,
    segments: splitSegments(text, quoted),
    context: { recentMentions: [], previousSpeakers: [] },
  };
  return contentSubject(analysis, { start: 0, end: text.length });
}

/** Words that end a subject without naming anyone ("Western nations have repeatedly [accused]"). */
const claimantTrailingWords = new Set(
  "is are was were has have had will would can could should must may might does do did been being not also already still now long".split(
    " ",
  ),
);
const pronounSpeakers = new Set("he she it they we i who which that this these those".split(" "));
const speakerArticles = new Set(["the", "a", "an", "this"]);
/** A claimant label stays a name, not a clause. */
const maxClaimantWords = 6;

/** The words naming a speaker, without openers before them ("When") or auxiliaries after ("has"). */
function speakerWords(text: string, speaker: TextRange): Word[] {
  const quoted = findQuotedRanges(text);
  const words = wordsIn(text, speaker).filter((word) => !insideAny(quoted, word.start));
  while (words.length > 0 && clauseOpeners.has((words[0] as Word).lower)) words.shift();
  while (words.length > 0) {
    const last = words.at(-1) as Word;
    if (!claimantTrailingWords.has(last.lower) && !/ly$/u.test(last.lower)) break;
    words.pop();
  }
  return words;
}

/**
 * Whether a statement nobody among the actors was found to make may still be one of theirs: its speaker is
 * only a pronoun ("he said") or a role or document with no name to it ("the minister", "a statement"), which
 * the reading could not tie to anyone. Filed as someone else's claim about the actors it names, it would be
 * wrong whenever the speaker was one of them ("The minister stressed that Kyiv ..." after Kyiv's minister
 * spoke), so such a sentence files nothing. Named outsiders ("Chancellor Merz") and other voices ("analysts",
 * "a US official") stay claimants.
 */
export function speakerMayBeAnActor(text: string, event: SpeechEvent): boolean {
  if (event.kind !== "statement" || event.speakers.length > 0 || event.claimant || !event.speaker)
    return false;
  const words = speakerWords(text, event.speaker);
  if (words.length > 0 && words.every((word) => pronounSpeakers.has(word.lower))) return true;
  // Plural roles without an article ("diplomats say") are the reporter's unnamed sources, not one of the actors.
  const [first, ...rest] = words;
  if (!first || !speakerArticles.has(first.lower) || rest.some((word) => word.text !== word.lower))
    return false;
  if (words.some((word) => nonGovernmentNouns.has(word.lower))) return false;
  return words.some((word) => agentNouns.has(word.lower));
}

/**
 * Who makes a claim about others, for the "Others say" lines: the actors who speak, or else the article's own
 * words for the speaker ("Western nations", "analysts"), or undefined when the article does not say (hearsay:
 * "reportedly") or names them only by a pronoun.
 */
export function claimantOf(text: string, event: SpeechEvent): string | undefined {
  if (event.speakers.length > 0) return event.speakers.join(" and ");
  if (event.claimant) return event.claimant;
  if (!event.speaker) return undefined;
  const words = speakerWords(text, event.speaker);
  const kept = words.slice(0, maxClaimantWords);
  // A name is not cut in two: "sources cited by the South China Morning Post".
  for (const next of words.slice(maxClaimantWords, maxClaimantWords + 4)) {
    const last = kept.at(-1) as Word;
    const joined = /^\s+$/u.test(text.slice(last.end, next.start));
    if (!joined || !/^\p{Lu}/u.test(next.text) || !/^\p{Lu}/u.test(last.text)) break;
    kept.push(next);
  }
  const first = kept[0];
  const last = kept.at(-1);
  if (!first || !last || kept.every((word) => pronounSpeakers.has(word.lower))) return undefined;
  const claimant = text.slice(first.start, last.end).replace(/\s+/gu, " ");
  return claimant.charAt(0).toUpperCase() + claimant.slice(1);
}

/** "calls for", "called on", "urged", "demands": a verb whose object is the one called on. */
const addressingCue = /^(?:call(?:s|ed|ing)?\s+(?:on|upon|for)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?)$/iu;

/**
 * "The ten-point initiative calls for Moscow to withdraw ...": whoever a subject named by "the" alone points back
 * to, a text calling on an actor is not that actor's own. A speaker the subject names itself stays.
 */
export function withoutAddressedSpeakers(
  text: string,
  event: SpeechEvent,
  mentions: readonly SentenceMention[],
): SpeechEvent {
  const { speaker } = event;
  if (event.kind !== "statement" || !speaker || !addressingCue.test(event.cue.replace(/\s+/gu, " ")))
    return event;
  const cueAt = text.indexOf(event.cue, speaker.end);
  if (cueAt < 0) return event;
  const after = cueAt + event.cue.length;
  const addressed = mentions.find(
    (mention) =>
      mention.start >= after &&
      !mention.adjective &&
      /^\s*(?:the\s+)?$/iu.test(text.slice(after, mention.start)) &&
      !/^['’]/u.test(text.slice(mention.end)),
  );
  if (!addressed || !event.speakers.includes(addressed.actor)) return event;
  const namedInSubject = mentions.some(
    (mention) =>
      mention.actor === addressed.actor && mention.start >= speaker.start && mention.end <= speaker.end,
  );
  if (namedInSubject) return event;
  return { ...event, speakers: event.speakers.filter((actor) => actor !== addressed.actor) };
}
