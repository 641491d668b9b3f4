// Statement placement: where a cue's statement sits (its subject, trailing or parenthetical attribution,
// inversion) and where its quoted text ends.
import type { Cue } from "./cues";
import {
  agentNouns,
  clauseBoundaries,
  clauseOpeners,
  conditionalOpeners,
  coordinators,
  determiners,
  emptySubjectWords,
  inferenceParticiples,
  inversionVerbs,
  officialActVerbs,
  postVerbs,
  prepositions,
  reportingVerbs,
  sourcingOpening,
  trailingAttributionRest,
  whenAfterCue,
} from "./lexicon";
import {
  finiteVerbWords,
  firstWordIsOpener,
  insideReportedThatClause,
  isContentWord,
  mainClauseStart,
  type PendingEvent,
  quoteCharacters,
  type SentenceAnalysis,
  type SentenceMention,
  segmentIndexAt,
  unquotedWords,
  withoutQuotations,
} from "./sentenceAnalysis";
import { insideAny, type TextRange, trimRange, type Word, wordsIn } from "./sentenceParts";
import {
  actorsNamedIn,
  contentSubject,
  localSubject,
  namesActorItself,
  postSpeakers,
  quotationClosesClause,
  speakersOf,
  subjectChainStart,
} from "./subjects";

/** A list of names after "by": "Ukraine, the EU, and the United States". */
const agentName = String.raw`(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
const agentList = new RegExp(
  String.raw`^\s+${agentName}(?:\s*,\s*${agentName})+,?\s+(?:and|or)\s+${agentName}`,
  "u",
);

/** "..., three EU officials told CNBC.", "..., Kallas told reporters on Monday.": the one told, and nothing more. */
const toldRecipientRest =
  /^\s+(?:\p{Lu}[\p{L}.&’'-]*(?:\s+\p{Lu}[\p{L}.&’'-]*){0,3}|[Rr]eporters|[Jj]ournalists)(?:\s+(?:on|last|this)\s+\p{L}+)?\s*[.!?"”’']*\s*$/u;

/**
 * How an attribution sits when only attribution-like words follow its cue in the segment: "trailing" when
 * every later segment is an aside ("said on Sunday, in one of the largest attacks"), "parenthetical" when the
 * sentence goes on ("China's leaders, analysts note, are wary ..."), otherwise undefined.
 */
function attributionPlacement(
  analysis: SentenceAnalysis,
  cue: Cue,
  segmentIndex: number,
): "trailing" | "parenthetical" | undefined {
  const segment = analysis.segments[segmentIndex] as TextRange;
  const rest = analysis.text.slice(cue.end, segment.end);
  const toldSomeone = /^(?:told|tells)$/iu.test(cue.word) && toldRecipientRest.test(rest);
  if (!trailingAttributionRest.test(rest) && !toldSomeone) return undefined;
  // "China, India and Brazil abstained": an act closes no attribution; the names before it are its subject.
  if (officialActVerbs.has(cue.word.toLowerCase())) return undefined;
  // "..., the parties agreed to exchange prisoners": "to" after a verb that is no speech opens an infinitive, the
  // clause's own content; only a verb of speech takes the one spoken "to" ("..., Peskov said to reporters").
  if (/^\s*to\b/iu.test(rest) && !reportingVerbs.has(cue.word.toLowerCase())) return undefined;
  const later = analysis.segments.slice(segmentIndex + 1);
  if (later.every((next) => firstWordIsOpener(analysis, next))) return "trailing";
  return segmentIndex > 0 ? "parenthetical" : undefined;
}

/** The verbs an outlet closes a report with: "..., reports UNN.", "..., Reuters reported.". */
const outletReportVerb = /^(?:reports?|reported|writes|wrote)$/iu;
/** A last segment that only names the outlet: "reports UNN.", "Reuters reported.", "according to TASS.". */
const outletClosingSegment =
  /^(?:reports?|reported|writes|wrote)\s+(?:\p{Lu}[\p{L}.-]*\s*){1,3}\W*$|^(?:\p{Lu}[\p{L}.-]*\s+){1,3}(?:reports?|reported|writes|wrote)\W*$|^according\s+to\s+(?:\p{Lu}[\p{L}.-]*\s*){1,3}\W*$/u;

/** "von der Leyen in a brief press appearance together with Rutte": a name, then where or when it was said. */
const nameThenCircumstance =
  /^\s*(?:(?:\p{Lu}[\p{L}'’.-]*|von|van|der|de|den|al|bin)\s+){0,4}\p{Lu}[\p{L}'’.-]*\s+(?:in|at|on|during|after|before|with|while|when|together|from|ahead)\b/u;

/** A segment that is a name alone: `least` to four capitalised words ("Maria Zakharova", "Paula Pinho"). */
function nameOnly(text: string, segment: TextRange, least: number): boolean {
  const words = wordsIn(text, segment);
  return words.length >= least && words.length <= 4 && words.every((word) => /^\p{Lu}/u.test(word.text));
}

/**
 * Whose a participle closing a clause is: "Zelensky sent Xi an invitation, saying he wanted talks" is Zelensky's,
 * the clause's subject (its first name, or two joined by "and"), not every actor the clause names.
 */
function participleSubject(analysis: SentenceAnalysis, range: TextRange): string[] {
  const speakers = speakersOf(analysis, range);
  if (speakers.length < 2) return speakers;
  const inside = analysis.mentions.filter(
    (mention) =>
      mention.start >= range.start && mention.end <= range.end && !insideAny(analysis.quoted, mention.start),
  );
  const [first, second] = inside;
  if (!first) return speakers;
  const joined = second && /^\s+and\s+$/iu.test(analysis.text.slice(first.end, second.start));
  const subject = [first.actor, ...(joined ? [second.actor] : [])];
  return speakers.filter((actor) => subject.includes(actor));
}

/** Adverbs that may stand between a coordinating "and" and its verb: "and always supports", "and also urged". */
const subjectlessAdverbs = new Set(["always", "also", "still", "never", "often", "again", "further", "then"]);

/** Between two names of one subject: "and", then at most a title ("Xi and Russian President Putin"). */
const joinedNames = /^\s+and\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u;

/**
 * "Beijing has protested the listings and said ...": a verb sharing the subject of a verb the cue list does
 * not know. The subject is the first actor named at the clause start.
 */
function coordinatedWithFirstVerb(
  analysis: SentenceAnalysis,
  segmentIndex: number,
  cue: Cue,
  cues: readonly Cue[],
  clauseSegment = segmentIndex,
): PendingEvent | undefined {
  const chainStart = subjectChainStart(
    analysis,
    clauseSegment,
    cues.map((other) => other.start),
  );
  // The actor must open the clause: in "NATO allies called China a facilitator and expressed ...", China is
  // the object of a verb before, not the subject.
  const leaderFrom = (from: number) => {
    const opening = wordsIn(analysis.text, { start: from, end: cue.start }).slice(0, 6);
    const openingAt = (position: number) => opening.findIndex((word) => word.start === position);
    const leadsClause = (at: number) =>
      at >= 0 &&
      opening
        .slice(0, at)
        .every(
          (word) =>
            determiners.has(word.lower) || emptySubjectWords.has(word.lower) || clauseOpeners.has(word.lower),
        );
    return analysis.mentions.find(
      (mention) =>
        leadsClause(openingAt(mention.start)) &&
        !insideAny(analysis.quoted, mention.start) &&
        namesActorItself(analysis, mention, from),
    );
  };
  // Past a fronted phrase ("Just weeks before the invasion, Xi and Putin held ..."), the clause starts at the
  // cue's own segment.
  const segmentStart = (analysis.segments[segmentIndex] as TextRange).start;
  const fromChain = leaderFrom(chainStart);
  const first = fromChain ?? leaderFrom(segmentStart);
  if (!first) return undefined;
  const start = fromChain ? chainStart : segmentStart;
  // "Xi and Putin held a summit and issued ...": a subject of two names joined by "and" is both.
  const partner = analysis.mentions.find(
    (other) =>
      other.start > first.end &&
      other.start < cue.start &&
      other.actor !== first.actor &&
      namesActorItself(analysis, other, start) &&
      joinedNames.test(analysis.text.slice(first.end, other.start)),
  );
  const end = trimRange(analysis.text, { start: 0, end: analysis.text.length }).end;
  return {
    kind: "statement",
    cue: cue.word,
    cueStart: cue.start,
    speakers: partner ? [first.actor, partner.actor] : [first.actor],
    targets: [],
    text: { start, end },
    subjectSegment: segmentIndex,
    fixedEnd: false,
    content: { start: cue.end, end },
  };
}

/**
 * "The announcement followed remarks by Russia's army chief, who claimed ...", "criticised by Kallas, who said
 * ...": the speaker of a relative "who" is the noun phrase right before its comma, when it names an actor itself
 * (an agent after "by" does; "critics of Beijing, who said" does not).
 */
function relativeAntecedent(analysis: SentenceAnalysis, cue: Cue): string[] {
  const { text } = analysis;
  const who = /,\s*who\s+(?:(?:has|have|had)\s+)?(?:[\p{L}-]+ly\s+|also\s+|later\s+)?$/iu.exec(
    text.slice(0, cue.start),
  );
  if (!who) return [];
  const mention = analysis.mentions
    .filter((candidate) => candidate.end <= who.index && !insideAny(analysis.quoted, candidate.start))
    .at(-1);
  if (!mention) return [];
  // Only titles and names between the actor and the comma: "Russian General Staff chief Valery Gerasimov".
  const gap = wordsIn(text, { start: mention.end, end: who.index });
  const verbInGap = gap.some(
    (word) => finiteVerbWords.has(word.lower) || prepositions.has(word.lower) || /ed$/u.test(word.text),
  );
  if (gap.length > 6 || verbInGap) return [];
  const segment = analysis.segments[segmentIndexAt(analysis, mention.start)] as TextRange;
  const by = /\bby\s+(?:[\p{L}'’-]+\s+){0,5}$/iu.exec(text.slice(segment.start, mention.start));
  const from = by ? segment.start + by.index + 3 : segment.start;
  // "Kallas met Wang Yi, who said ...": a person is who speaks, wherever the name stands ("a critic of Zelensky,
  // who said" is the critic).
  const personNamed =
    mention.person && !/\bof\s+$/iu.test(text.slice(Math.max(0, mention.start - 4), mention.start));
  return personNamed || namesActorItself(analysis, mention, from) ? [mention.actor] : [];
}

/**
 * "..., said Chinese Foreign Ministry spokesperson Wang Wenbin on Friday.": after the verb only a title and a
 * name (capitalised words, role nouns, "of the"), then at most where or when.
 */
function titledNameOnly(text: string, afterCue: TextRange): boolean {
  const words = wordsIn(text, afterCue);
  const inName = (word: Word) =>
    /^\p{Lu}/u.test(word.text) || agentNouns.has(word.lower) || ["of", "the", "for"].includes(word.lower);
  const nameEnd = words.findIndex((word) => !inName(word));
  const nameLength = nameEnd < 0 ? words.length : nameEnd;
  const last = words[nameLength - 1];
  return (
    nameLength >= 2 &&
    nameLength <= 8 &&
    last !== undefined &&
    trailingAttributionRest.test(text.slice(last.end, afterCue.end))
  );
}

/** A noun of speech right before a participle, with its owner: "Ukraine's recent statements (confirming)". */
const speechNouns =
  "statements?|remarks|comments|words|messages?|posts?|letters?|readouts?|declarations?|reports?|claims?|assertions?";
const speechNounBefore = new RegExp(`(?<![\\p{L}-])(?:${speechNouns})\\s+$`, "iu");
/** Its owner: "Ukraine's latest statements", "the Kremlin's (statements)". */
const speechNounOwner = new RegExp(`['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${speechNouns})\\s+$`, "iu");

const asideParticiples = new Set(
  "speaking writing responding referring addressing asked commenting reacting replying answering".split(" "),
);

/** A statement whose text runs from its subject on, to be ended by the next statement (settleTextEnds). */
function runningStatement(
  base: Pick<PendingEvent, "kind" | "cue" | "cueStart" | "targets">,
  speakers: string[],
  text: TextRange,
  subjectSegment: number,
  cue: Cue,
): PendingEvent {
  return {
    ...base,
    speakers,
    speaker: { start: text.start, end: cue.start },
    text,
    subjectSegment,
    fixedEnd: false,
    content: { start: cue.end, end: text.end },
  };
}

export function statementFromCue(
  analysis: SentenceAnalysis,
  cue: Cue,
  earlier: readonly PendingEvent[],
  cues: readonly Cue[],
): PendingEvent | "continues_previous" | undefined {
  const { text, segments } = analysis;
  const cueStarts = cues.map((other) => other.start);
  const segmentIndex = segmentIndexAt(analysis, cue.start);
  const segment = segments[segmentIndex] as TextRange;
  const local = localSubject(
    analysis,
    segment,
    cue,
    cues.map((other) => other.end),
  );
  const whole = trimRange(text, { start: 0, end: text.length });
  const base = { kind: "statement" as const, cue: cue.word, cueStart: cue.start, targets: [] as string[] };
  // A statement quoting the whole sentence, its text fixed (a trailing or inverted attribution, an aside).
  const wholeSentence = (
    fields: Pick<PendingEvent, "speakers" | "subjectSegment" | "speaker" | "content">,
  ): PendingEvent => ({ ...base, text: whole, fixedEnd: true, ...fields });
  const coordinated = local.boundary !== undefined && coordinators.has(local.boundary);

  if (cue.byAgent) {
    // The agent runs from "by" to the next clause boundary or preposition ("by Xi and Putin in February").
    const agentWords: Word[] = [];
    // "signed in Istanbul by Turkey, the UN, Russia and Ukraine": a place or time may come before "by".
    const afterCue = wordsIn(text, { start: cue.end, end: segment.end });
    const [by, ...afterBy] = afterCue.slice(
      Math.max(
        0,
        afterCue.findIndex((word) => word.lower === "by"),
      ),
    );
    for (const word of afterBy) {
      const joins = word.lower === "and" || word.lower === "or";
      if (prepositions.has(word.lower) || (clauseBoundaries.has(word.lower) && !joins)) break;
      // "The report approved by NATO says China ...": the agent ends at the sentence's next verb of speech.
      if (cues.some((other) => other.start === word.start)) break;
      agentWords.push(word);
    }
    const last = agentWords.at(-1);
    // "issued by Ukraine, the EU, and the United States": a list of agents runs past its commas.
    const listed = by ? agentList.exec(text.slice(by.end)) : null;
    const agentEnd = listed && by ? by.end + listed[0].length : last?.end;
    const speakers = by && agentEnd ? actorsNamedIn(analysis, { start: by.end, end: agentEnd }) : [];
    if (speakers.length === 0) return undefined;
    return wholeSentence({ speakers, subjectSegment: segmentIndex });
  }
  // "This is how the spokeswoman reacted to ...": "how" here points back to the sentence before, no question.
  const sourcingHow = local.boundary === "how" && sourcingOpening.exec(text)?.[0].length === local.start;
  if (local.boundary && conditionalOpeners.has(local.boundary) && !sourcingHow) return undefined;
  // "Peskov addressed Ukraine's statements confirming the end of talks": a participle after a noun of speech
  // is what that speech says, so its owner states it ("Ukraine's"); with no owner ("a report claiming ...")
  // nobody among the actors does. The verb before ("addressed") only names a topic.
  const speechNoun = /ing$/iu.test(cue.word) ? speechNounBefore.exec(text.slice(0, cue.start)) : null;
  if (speechNoun) {
    const owner = speechNounOwner.exec(text.slice(0, cue.start));
    const ownerMention = owner && analysis.mentions.find((mention) => mention.end === owner.index);
    if (!ownerMention) return undefined;
    const phrase = { start: ownerMention.start, end: cue.start };
    const speakers = actorsNamedIn(analysis, phrase);
    if (speakers.length === 0) return undefined;
    const content = { start: cue.end, end: segment.end };
    return wholeSentence({ speakers, speaker: phrase, subjectSegment: segmentIndex, content });
  }
  const antecedent =
    local.boundary === "who" && local.words.length === 0 ? relativeAntecedent(analysis, cue) : [];
  if (antecedent.length > 0) {
    const content = { start: cue.end, end: whole.end };
    return wholeSentence({ speakers: antecedent, subjectSegment: segmentIndex, content });
  }
  // "..., the return of Donald Trump, who has threatened to cut aid": a relative clause about someone no actor
  // owns is theirs, not the sentence subject's.
  if (local.boundary === "who" && local.words.length === 0) return undefined;
  // "As the diplomat specified, the talks ...", "..., but now, as Kallas notes, China is ...": the speaker of an
  // aside opened by "as" states the clause after it.
  const next = segments[segmentIndex + 1];
  if (
    local.boundary === "as" &&
    next !== undefined &&
    /^[\s,;:—–-]*as\s+$/iu.test(text.slice(segment.start, local.start)) &&
    local.words.length > 0 &&
    local.words.length <= 6 &&
    trailingAttributionRest.test(text.slice(cue.end, segment.end))
  ) {
    const speakers = speakersOf(analysis, { start: local.start, end: cue.start });
    const content = { start: next.start, end: whole.end };
    return wholeSentence({ speakers, subjectSegment: segmentIndex, content });
  }
  // "as long as China and Russia maintain ...", "provided that Kyiv agrees": a condition, not a position.
  if (
    /\b(?:as long as|so long as|provided(?: that)?|on condition that)\s*$/iu.test(text.slice(0, local.start))
  )
    return undefined;
  // "China believes ..., and always supports peace talks": only an adverb between "and" and the verb.
  const noSubject = local.words.every(
    (word) => /ly$/u.test(word.lower) || subjectlessAdverbs.has(word.lower),
  );
  // "Orban justified his refusal of talks with Ukraine by saying ...": "by" and an -ing tell how the clause's
  // subject did it; only an actor opening the clause speaks, never a name just before "by".
  if (
    /ing$/iu.test(cue.word) &&
    /\bby\s+$/iu.test(text.slice(segment.start, cue.start)) &&
    !earlier.some((event) => event.cueStart >= segment.start)
  )
    return coordinatedWithFirstVerb(analysis, segmentIndex, cue, cues);
  // Nothing but a comma between the segment's start and the cue: "..., says ...".
  const cueOpensSegment = /^[\s,]*$/u.test(text.slice(segment.start, cue.start));
  // "China, says Kallas, is on Russia's side": an aside of an inverted verb and its speaker between commas.
  const asideSpeaker = { start: cue.end, end: segment.end };
  if (
    segmentIndex > 0 &&
    segments[segmentIndex + 1] !== undefined &&
    inversionVerbs.has(cue.word.toLowerCase()) &&
    cueOpensSegment &&
    wordsIn(text, asideSpeaker).length <= 6 &&
    /,\s*$/u.test(text.slice(segment.start, segments[segmentIndex + 1]?.start))
  ) {
    const speakers = actorsNamedIn(analysis, asideSpeaker);
    if (speakers.length > 0) {
      const content = {
        start: mainClauseStart(analysis, (_segment, index) => index === segmentIndex),
        end: whole.end,
      };
      return wholeSentence({ speakers, speaker: asideSpeaker, subjectSegment: segmentIndex, content });
    }
  }
  // "Von der Leyen finds China's plan dubious, says Beijing is on Russia's side": a finite verb right after a
  // comma, with a clause of its own after it ("..., said Peskov." inverts its speaker instead), shares the
  // sentence's subject as if joined by "and".
  const asyndetic =
    noSubject &&
    local.boundary === undefined &&
    // Only right after the sentence's opening clause: "The Kremlin, meanwhile, said" and "China, which ...,
    // said" have their subject before an aside.
    segmentIndex === 1 &&
    !/(?:ing|ed)$/iu.test(cue.word) &&
    cueOpensSegment &&
    /,\s*$/u.test(text.slice(0, segment.start)) &&
    // Past an appositive ("The head of the OP, Andriy Yermak, said ...") the subject chain reaches back instead.
    subjectChainStart(analysis, segmentIndex, cueStarts) === segment.start &&
    wordsIn(text, { start: cue.end, end: segment.end }).some((word) => finiteVerbWords.has(word.lower));
  if (noSubject && (coordinated || asyndetic) && earlier.length > 0) return "continues_previous";
  // "Russia did not confirm the strike, but said ...": past a comma, the subject of the opening clause.
  if (noSubject && coordinated)
    return (
      coordinatedWithFirstVerb(analysis, segmentIndex, cue, cues) ??
      (segmentIndex > 0 &&
      /^[\s,]*(?:and|but|or)\s+(?:\p{L}+ly\s+)?$/iu.test(text.slice(segment.start, cue.start))
        ? coordinatedWithFirstVerb(analysis, segmentIndex, cue, cues, 0)
        : undefined)
    );
  // The opening clause holds the subject.
  if (asyndetic) return coordinatedWithFirstVerb(analysis, segmentIndex, cue, cues, 0);
  // A cue inside what an earlier cue reports ("Kallas said Russia denied ...") is that report's content.
  const earlierInSegment = earlier.some(
    (event) => event.cueStart >= segment.start && event.cueStart < cue.start,
  );
  if (earlierInSegment && (local.boundary === "(cue)" || local.boundary === "that")) return undefined;
  // "He defended the ties, stressing that neither the US nor the EU has halted trade": so is a cue after another
  // speech verb's "that", past a comma.
  if (insideReportedThatClause(text.slice(0, cue.start))) return undefined;

  // "... softening his tone towards China, which casts itself as neutral": "which" right before the verb is
  // the actor named just before the comma.
  const whichAntecedent =
    local.boundary === "which" &&
    /,\s*which\s+$/iu.test(text.slice(0, local.start)) &&
    /^\s*$/u.test(text.slice(local.start, cue.start))
      ? analysis.mentions.find(
          (mention) => !mention.person && /^\s*,\s*which\s+$/iu.test(text.slice(mention.end, local.start)),
        )
      : undefined;
  if (whichAntecedent) {
    const speaker = { start: whichAntecedent.start, end: whichAntecedent.end };
    const content = { start: cue.end, end: segment.end };
    return wholeSentence({
      speakers: [whichAntecedent.actor],
      speaker,
      subjectSegment: segmentIndex,
      content,
    });
  }
  const firstWord = local.words[0];
  if (firstWord) {
    const quoteBeforeSpeaker = analysis.quoted.some((range) => range.end <= firstWord.start);
    // `"China is arming Russia," Stoltenberg said.`: the comma inside the quotation still ends what is reported.
    const opensSegment =
      segment.start === firstWord.start ||
      /^[\s,;:.!?—–-]*$/u.test(withoutQuotations(analysis, { start: segment.start, end: firstWord.start }));
    const placement =
      local.boundary === undefined &&
      (segmentIndex > 0 || quoteBeforeSpeaker) &&
      local.words.length <= 8 &&
      opensSegment
        ? attributionPlacement(analysis, cue, segmentIndex)
        : undefined;
    const trailing = placement === "trailing";
    if (placement === "parenthetical") {
      // "China's leaders, analysts note, are wary ...": the speaker is the aside, the rest is what it reports.
      const speaker = { start: firstWord.start, end: cue.start };
      const speakers = speakersOf(analysis, speaker);
      const content = {
        start: mainClauseStart(analysis, (_segment, index) => index === segmentIndex),
        end: whole.end,
      };
      return wholeSentence({ speakers, speaker, subjectSegment: segmentIndex, content });
    }
    // "Russia reaffirms its commitment to talks, which China appreciates.": the stance is on the whole clause
    // before, which the point quotes; it says nothing of that clause's subject.
    const sententialWhich = /,\s*which\s+$/iu.test(text.slice(0, local.start));
    if (local.boundary === "which" && sententialWhich) {
      const speaker = { start: local.start, end: cue.start };
      const content = { start: cue.end, end: cue.end };
      const speakers = speakersOf(analysis, speaker);
      return wholeSentence({ speakers, speaker, subjectSegment: segmentIndex, content });
    }
    const chainStart = trailing
      ? firstWord.start
      : local.boundary !== undefined
        ? local.start
        : subjectChainStart(analysis, segmentIndex, cueStarts);
    // "..., with Putin saying they reached an understanding", "Xi spoke to Zelensky with the Ukrainian president
    // describing the call as meaningful": the subject of an absolute clause.
    const absolute = /ing$/iu.test(cue.word)
      ? /(?:^|\s)with\s+(?=(?:[\p{L}'’.-]+\s+){1,5}$)(?!.*\swith\s)/iu.exec(text.slice(chainStart, cue.start))
      : null;
    const start = chainStart + (absolute ? absolute.index + absolute[0].length : 0);
    const speaker = { start, end: cue.start };
    // "The EU decided to give Moscow a week, or they will impose tougher sanctions": a bare "they" or "it" after
    // a coordinator is the one actor that spoke or acted earlier in the sentence.
    const earlierActor = earlier.filter((event) => event.speakers.length === 1).at(-1)?.speakers;
    const pronounAfterCoordinator =
      /^\s*(?:they|it)(?:\s+(?:will|would|could|may|might|can|shall))?\s*$/iu.test(
        text.slice(start, cue.start),
      ) && /\b(?:and|or|but)\s+$/iu.test(text.slice(Math.max(0, start - 6), start));
    const speakers =
      pronounAfterCoordinator && earlierActor
        ? [...earlierActor]
        : /ing$/iu.test(cue.word) && local.boundary === undefined
          ? participleSubject(analysis, speaker)
          : speakersOf(analysis, speaker);
    if (trailing) {
      const content = { start: 0, end: segmentIndex > 0 ? segment.start : firstWord.start };
      return wholeSentence({ speakers, speaker, subjectSegment: segmentIndex, content });
    }
    return runningStatement(base, speakers, { start, end: whole.end }, segmentIndex, cue);
  }

  // "..., stating Ukrainian forces ...": a participle carries on the statement before it.
  if (/ing$/iu.test(cue.word) && earlier.length > 0) return "continues_previous";

  // "\"...,\" declares Putin." and "..., said Peskov.": the speaker follows the verb.
  const afterCue = { start: cue.end, end: segment.end };
  const previousEndsQuote =
    segmentIndex > 0 && quoteCharacters.test(text.charAt((segments[segmentIndex - 1] as TextRange).end - 1));
  const quoteInSegment = analysis.quoted.some(
    (range) => range.start >= segment.start && range.end <= cue.start,
  );
  // '"...," stated Colonna during a press conference with Qin Gang': the inverted speaker ends where where or
  // when begins; '"...," said the ministry's spokeswoman, Maria Zakharova': a person named in apposition is who.
  const placeOrTime = /\s(?:during|with|alongside|at|in|on|after|before|following)\s/iu.exec(
    text.slice(afterCue.start, afterCue.end),
  );
  const speakerEnd = placeOrTime ? afterCue.start + placeOrTime.index : afterCue.end;
  const appositive = segments[segmentIndex + 1];
  const appositivePerson =
    appositive &&
    nameOnly(text, appositive, 1) &&
    analysis.mentions.find(
      (mention) => mention.person && mention.start >= appositive.start && mention.end <= appositive.end,
    );
  const named = appositivePerson
    ? [appositivePerson.actor]
    : speakersOf(analysis, { start: afterCue.start, end: speakerEnd });
  // '"...," said Vladyslav Vlasiuk, the Ukrainian president's commissioner': a name no actor owns, and the
  // post in apposition after it says whose.
  const invertedSpeakers = named.length === 0 ? postSpeakers(analysis, appositive) : named;
  // Without a quotation, only a short closing "..., said Peskov." inverts.
  // "..., said Kuleba, mentioning that ...": a participle after the name carries the statement on.
  // "... - added the spokeswoman of the European Commission, Paula Pinho.": a name in apposition may follow.
  const onlyParticiplesAfter = segments.slice(segmentIndex + 1).every((later, index) => {
    const words = wordsIn(text, later);
    const appositiveName = index === 0 && segmentIndex + 2 === segments.length && nameOnly(text, later, 2);
    // "..., said Wang Wenbin, a spokesperson of the Foreign Ministry, on Monday.", "..., said Andriy Yermak, head
    // of the Presidential Office.": his post, then the day.
    // "..., said Fu Cong, China's permanent representative to the UN, in a statement.": a possessive post too.
    const possessivePost =
      /['’]s$/u.test(words[0]?.text ?? "") && words.slice(1, 4).some((word) => agentNouns.has(word.lower));
    const post =
      index === 0 &&
      (/^(?:a|an|the)$/iu.test(words[0]?.text ?? "") ||
        agentNouns.has(words[0]?.lower ?? "") ||
        possessivePost) &&
      !words.some((word) => finiteVerbWords.has(word.lower));
    const inText =
      /^(?:in|via)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+)?(?:statement|interview|speech|post|briefing|address)\W*$/iu.test(
        text.slice(later.start, later.end).trim(),
      );
    const day = /^(?:on|last|this|earlier)\s+\p{Lu}?\p{Ll}+\W*$/u.test(
      text.slice(later.start, later.end).trim(),
    );
    // "..., the spokesperson stated, while also noting that ...": a participle carrying the statement on.
    const participle = /^(?:(?:while|and)\s+(?:also\s+)?)?\p{Ll}[\p{L}-]*ing\b/u.test(
      text.slice(later.start, later.end).trim(),
    );
    // "..., said Volodymyr Zelenskyy during a press conference, reports UNN.": the outlet closing the sentence.
    const outletClosing =
      segmentIndex + index + 2 === segments.length &&
      outletClosingSegment.test(text.slice(later.start, later.end).trim());
    return appositiveName || post || day || participle || inText || outletClosing;
  });
  const closingAttribution =
    segmentIndex > 0 &&
    onlyParticiplesAfter &&
    inversionVerbs.has(cue.word.toLowerCase()) &&
    (wordsIn(text, afterCue).length <= 6 ||
      titledNameOnly(text, afterCue) ||
      roleOnly(text, afterCue) ||
      nameThenCircumstance.test(text.slice(afterCue.start, afterCue.end))) &&
    // "The Kremlin, meanwhile, said it would ...", "Orbán, who ..., said the EU was wrong": a pronoun or a
    // clause after the verb is what is said; an inverted speaker is only named ("..., said Peskov on Monday.").
    !/^\s*(?:he|she|it|they|we|i)\b/iu.test(text.slice(afterCue.start, afterCue.end)) &&
    // "Lin Jian, a spokesman, said Tuesday.": a day after the verb is when, not who.
    !whenAfterCue.test(text.slice(afterCue.start, afterCue.end)) &&
    !wordsIn(text, afterCue).some((word) => finiteVerbWords.has(word.lower)) &&
    // "Zelenskiy, who visited Kyiv, warned Beijing against providing arms": what is warned against is no
    // inverted speaker.
    !/\b(?!(?:during|morning|evening|following|according|including|regarding|concerning|briefing|meeting)\b)\p{Ll}+ing\b/u.test(
      text.slice(afterCue.start, afterCue.end),
    );
  // 'China, which declared that ties "have no limits", abstained in the vote': a verb going on to its own
  // object or place names no speaker after it.
  const noSpeakerAfter = /^\s*(?:in|on|at|from|for|with|during|after|before|against)\b/iu.test(
    text.slice(afterCue.start, afterCue.end),
  );
  // "..., with representatives of India, China and South Africa, claimed ARD, the German news agency.": an
  // inverted speaker who is no actor still speaks; nothing in the list before is the subject.
  const otherInvertedSpeaker =
    closingAttribution &&
    invertedSpeakers.length === 0 &&
    // "..., reported TASS.": an outlet relays the subject's words (see toldByOutlet).
    !outletReportVerb.test(cue.word) &&
    /^\s*(?:the\s+)?\p{Lu}/u.test(text.slice(afterCue.start, afterCue.end));
  if (
    ((previousEndsQuote || quoteInSegment) && !noSpeakerAfter) ||
    (invertedSpeakers.length > 0 && closingAttribution) ||
    otherInvertedSpeaker
  ) {
    const speakerWords = unquotedWords(analysis, afterCue).filter(isContentWord);
    if (speakerWords.length === 0) return undefined;
    const content = { start: 0, end: quoteInSegment ? cue.start : segment.start };
    return wholeSentence({
      speakers: invertedSpeakers,
      speaker: afterCue,
      subjectSegment: segmentIndex,
      content,
    });
  }

  // "Xi Jinping, China's President, has ..." or "Hungary, which has ...": the subject is in an earlier segment,
  // past an aside that opens with a preposition or a participle ("The statement, on deepening ties, noted ...",
  // "Zelensky, speaking in Kyiv, called ...").
  // Where the asides skipped begin: no name in them is the subject's ("Zelensky, attending the Brussels summit,").
  let asideStart: number | undefined;
  for (let index = segmentIndex - 1; index >= 0; index -= 1) {
    const candidate = segments[index] as TextRange;
    // "Zelenskiy, who spoke in Kyiv, warned ...": a verb inside a relative clause is the clause's, and the verb
    // after it the subject's own.
    const opensRelative = /^(?:who|which)$/iu.test(wordsIn(text, candidate)[0]?.text ?? "");
    if (
      !opensRelative &&
      earlier.some((event) => event.cueStart >= candidate.start && event.cueStart < candidate.end)
    ) {
      return "continues_previous";
    }
    const openingWord = wordsIn(text, candidate)[0];
    const opening = openingWord?.lower ?? "";
    // "Zelensky, attending the Brussels summit, emphasized ...": any participle opening the aside.
    const participleAside = /^\p{Ll}+ing$/u.test(openingWord?.text ?? "");
    if (index > 0 && (asideOpeners.has(opening) || asideParticiples.has(opening) || participleAside)) {
      asideStart = candidate.start;
      continue;
    }
    // "Lavrov, during a meeting with the Chinese envoy, Li Hui, thanked ...": a name in apposition at the end
    // of such an aside belongs to it.
    const asideBefore = wordsIn(text, segments[index - 1] ?? { start: 0, end: 0 })[0]?.lower ?? "";
    const nameOnly = wordsIn(text, candidate).every((word) => /^\p{Lu}/u.test(word.text));
    if (index > 1 && nameOnly && (asideOpeners.has(asideBefore) || asideParticiples.has(asideBefore)))
      continue;
    // "Li Hui, who visited Ukraine, Russia and European countries, stated ...": a relative clause, however many
    // commas its list holds, is no subject; the subject is before it.
    const relative = relativeClauseStart(analysis, index);
    if (relative !== undefined) {
      // "Vladimir Medinsky, who heads the Russian delegation, announced ...": a name no actor owns, and the
      // relative clause gives the post that says whose.
      const clause = segments[relative] as TextRange;
      const antecedent = segments[relative - 1];
      if (
        antecedent !== undefined &&
        relativePost.test(text.slice(clause.start, clause.end)) &&
        speakersOf(analysis, antecedent).length === 0
      ) {
        const speakers = speakersOf(analysis, clause);
        if (speakers.length > 0)
          return runningStatement(base, speakers, { start: antecedent.start, end: whole.end }, index, cue);
      }
      index = relative;
      continue;
    }
    if (unquotedWords(analysis, candidate).some(isContentWord)) {
      // "Officials clashed with the envoy, indicating a wide gulf": the writer's inference from an act.
      if (inferenceParticiples.has(cue.word.toLowerCase().replace(/\s+/gu, " "))) return undefined;
      const start = subjectChainStart(analysis, index, cueStarts);
      // `"...," the Council president, António Costa, told reporters.`: a sentence opening with a quotation and
      // closed by a short attribution with no verb of its own is that attribution's.
      const quotation = analysis.quoted.filter((range) => range.end <= cue.start).at(-1);
      const attribution = quotation && { start: quotation.end, end: cue.start };
      const attributionWords = attribution ? wordsIn(text, attribution) : [];
      if (
        quotation &&
        attribution &&
        quotation.start === whole.start &&
        attributionWords.length <= 10 &&
        !attributionWords.some((word) => finiteVerbWords.has(word.lower))
      ) {
        const speakers = speakersOf(analysis, attribution);
        const content = { start: 0, end: quotation.end };
        return wholeSentence({ speakers, subjectSegment: index, content });
      }
      const subject = { start, end: asideStart ?? cue.start };
      const speakers = /ing$/iu.test(cue.word)
        ? participleSubject(analysis, subject)
        : speakersOf(analysis, subject);
      return runningStatement(base, speakers, { start, end: whole.end }, index, cue);
    }
  }
  return undefined;
}

/** Words opening an aside between a subject and its verb: prepositions, and "during", "following", "despite". */
const asideOpeners = new Set([...prepositions, "during", "following", "despite", "throughout"]);

/** "..., said a representative of the Russian Foreign Ministry.": a short role phrase, no clause. */
function roleOnly(text: string, range: TextRange): boolean {
  const words = wordsIn(text, range);
  return words.length <= 10 && words.some((word) => agentNouns.has(word.lower));
}

/** "who heads the Russian delegation": a relative clause naming a post. */
const relativePost = new RegExp(`^who\\s+${postVerbs}\\s+(?:the\\s+)?\\S`, "iu");

/** The segment (after the first) at or before `index` that opens a relative "who"/"which" clause, if any. */
function relativeClauseStart(analysis: SentenceAnalysis, index: number): number | undefined {
  for (let at = index; at > 0; at -= 1) {
    const opening = wordsIn(analysis.text, analysis.segments[at] as TextRange)[0]?.lower;
    if (opening === "who" || opening === "which") return at;
  }
  return undefined;
}

/** A headline's "Zelenskiy: 'We will not cede land'": a short speaker, a colon, a quotation. */
const colonAttributionPattern = /^([^:"“”'‘’]{2,60}):\s*["“'‘]/u;

/** "Kallas: China benefits from the war": a person's name alone before a colon, the claim after it unquoted. */
const unquotedColonAttributionPattern = /^([\p{Lu}][\p{L}'’. -]{1,40}):\s+(?=\p{Lu})/u;

export function colonAttributionEvents(analysis: SentenceAnalysis): PendingEvent[] {
  const match = colonAttributionPattern.exec(analysis.text);
  if (!match) {
    const closing = closingColonAttribution(analysis);
    return closing.length > 0 ? closing : unquotedColonAttribution(analysis);
  }
  // "Ukraine, von der Leyen to Xi: ...": a topic before a comma is not the speaker.
  const label = match[1] ?? "";
  // "von der Leyen to Xi:", "Putin told Xi:": whom the words are addressed to does not say them.
  const opening = label.lastIndexOf(",") + 1;
  const addressee = /\s(?:to|told|tells|warned|warns|urged|urges|asked|asks)\s/u.exec(label.slice(opening));
  const subject = { start: opening, end: addressee ? opening + addressee.index : label.length };
  if (wordsIn(analysis.text, subject).length > 6) return [];
  const speakers = actorsNamedIn(analysis, subject);
  if (speakers.length === 0) return [];
  const whole = trimRange(analysis.text, { start: 0, end: analysis.text.length });
  return [
    {
      kind: "statement",
      cue: ":",
      cueStart: subject.end,
      speakers,
      targets: [],
      text: whole,
      subjectSegment: 0,
      fixedEnd: true,
    },
  ];
}

/** A post that speaks for its side, after an actor's name before a headline's colon: "Russian FM:", "EU envoy:". */
const speakingPosts = new Set(
  `fm pm mfa minister ministry president premier leader government spokesman spokeswoman spokesperson envoy
  ambassador diplomat`.split(/\s+/u),
);
/** Words that may qualify such a post: "Chinese foreign minister", "Kremlin deputy spokesman", "Russian FM spokeswoman". */
const postQualifiers = new Set(["foreign", "prime", "deputy", "chief", "top", "senior", "fm", "mfa"]);

/** The actor's name opening a label ending at `end`, and after it a post alone ("Russian FM", "Chinese foreign minister"). */
function namesPost(analysis: SentenceAnalysis, mention: SentenceMention, end: number): boolean {
  const post = wordsIn(analysis.text, { start: mention.end, end }).map((word) => word.lower);
  const last = post.at(-1);
  return (
    last !== undefined &&
    post.length <= 3 &&
    speakingPosts.has(last) &&
    post.slice(0, -1).every((word) => postQualifiers.has(word)) &&
    analysis.mentions.filter((other) => other.start >= mention.start && other.end <= end).length === 1
  );
}

/** "China expects a binding peace agreement: FM", "... must end: Kremlin": a headline's speaker after its colon. */
const closingColonLabel = /:\s*((?:[\p{L}'’.-]+\s*){1,4}?)\s*[.!?]?\s*$/u;

/**
 * A headline that names its speaker last: one of an actor's people, the actor and a post ("Russian FM"), or a
 * post alone ("FM", "spokesperson"), then the actor the claim opens with, whose post it is.
 */
function closingColonAttribution(analysis: SentenceAnalysis): PendingEvent[] {
  const match = closingColonLabel.exec(analysis.text);
  const label = match?.[1]?.trim() ?? "";
  if (!match || label === "") return [];
  const labelStart = match.index + match[0].indexOf(label);
  const inLabel = analysis.mentions.filter((mention) => mention.start >= labelStart);
  const labelEnd = labelStart + label.length;
  // "Source: Umerov on Facebook" is a label line, not a claim and its speaker.
  if (wordsIn(analysis.text, { start: 0, end: match.index }).length < 3) return [];
  const person = inLabel.find(
    (mention) => mention.person && mention.start === labelStart && mention.end === labelEnd,
  );
  const owned = inLabel.find(
    (mention) => mention.start === labelStart && namesPost(analysis, mention, labelEnd),
  );
  const postAlone = inLabel.length === 0 && speakingPosts.has(label.toLowerCase());
  const opener = analysis.mentions.find((mention) => mention.start === 0 && !mention.person);
  const speaker = person?.actor ?? owned?.actor ?? (postAlone ? opener?.actor : undefined);
  if (!speaker) return [];
  return [colonStatement(analysis, speaker, match.index, { start: 0, end: match.index })];
}

/** The whole headline as `speaker`'s statement, its claim `content` about whoever that names besides. */
function colonStatement(
  analysis: SentenceAnalysis,
  speaker: string,
  colonAt: number,
  content: TextRange,
): PendingEvent {
  return {
    kind: "statement",
    cue: ":",
    cueStart: colonAt,
    speakers: [speaker],
    targets: contentSubject(analysis, content).filter((actor) => actor !== speaker),
    text: trimRange(analysis.text, { start: 0, end: analysis.text.length }),
    subjectSegment: 0,
    fixedEnd: true,
    content,
  };
}

/**
 * An unquoted claim after a colon is the speaker's only when the label is one of an actor's people and nothing
 * else ("Kallas: China benefits ..."), or its name and a post ("Russian FM: Russia, China agree ..."); "Ukraine:
 * Russia strikes Kyiv" is a topic, not a speaker.
 */
/** "Ukraine, von der Leyen to Xi: we need a just peace": a headline's speaker and the one addressed. */
const addressedColonPattern =
  /^(?:[\p{L}-]+,\s+)?([\p{L}'’. -]{2,40}?)\s+to\s+([\p{Lu}][\p{L}'’. -]{1,40}?):\s+\S/du;

function addressedColonAttribution(analysis: SentenceAnalysis): PendingEvent[] {
  const match = addressedColonPattern.exec(analysis.text);
  const [speakerRange, addresseeRange] = [match?.indices?.[1], match?.indices?.[2]];
  if (!match || !speakerRange || !addresseeRange) return [];
  const exactly = ([start, end]: [number, number]) =>
    analysis.mentions.find((mention) => mention.person && mention.start === start && mention.end === end);
  const speaker = exactly(speakerRange);
  const addressee = exactly(addresseeRange);
  if (!speaker || !addressee || speaker.actor === addressee.actor) return [];
  const colonAt = addresseeRange[1];
  return [
    colonStatement(analysis, speaker.actor, colonAt, { start: colonAt + 1, end: analysis.text.length }),
  ];
}

function unquotedColonAttribution(analysis: SentenceAnalysis): PendingEvent[] {
  const addressed = addressedColonAttribution(analysis);
  if (addressed.length > 0) return addressed;
  const match = unquotedColonAttributionPattern.exec(analysis.text);
  const label = match?.[1]?.trim() ?? "";
  const person = analysis.mentions.find(
    (mention) =>
      mention.start === 0 &&
      ((mention.person && mention.end === label.length) || namesPost(analysis, mention, label.length)),
  );
  if (!match || !person) return [];
  return [
    colonStatement(analysis, person.actor, label.length, {
      start: match[0].length,
      end: analysis.text.length,
    }),
  ];
}

/** "The Times cited the deputy minister as saying that ...": the one cited speaks; the outlet only relays. */
const citedAsSayingPattern =
  /\b(?:cited|cites|citing|quoted|quotes|quoting)\s+([^,;:"“”]{2,90}?)\s+as\s+(?:saying|telling|stating|writing)\b/giu;

export function citedAsSayingEvents(analysis: SentenceAnalysis): PendingEvent[] {
  const events: PendingEvent[] = [];
  for (const match of analysis.text.matchAll(citedAsSayingPattern)) {
    if (insideAny(analysis.quoted, match.index)) continue;
    const nameStart = match.index + match[0].indexOf(match[1] ?? "", 5);
    const speaker = { start: nameStart, end: nameStart + (match[1] ?? "").length };
    // '"...," the Chinese Foreign Ministry quoted the top diplomat as saying': an institution quoting its own
    // official, named by post alone, is that side speaking.
    const citerStart =
      analysis.quoted.filter((range) => range.end <= match.index).at(-1)?.end ??
      (analysis.segments[segmentIndexAt(analysis, match.index)] as TextRange).start;
    const citer = { start: citerStart, end: match.index };
    const ownOfficial =
      wordsIn(analysis.text, speaker).some((word) => agentNouns.has(word.lower)) &&
      /^\s*the\s/iu.test(analysis.text.slice(speaker.start, speaker.end));
    const named = actorsNamedIn(analysis, speaker);
    const speakers = named.length === 0 && ownOfficial ? actorsNamedIn(analysis, citer) : named;
    if (speakers.length === 0) continue;
    const cueEnd = match.index + match[0].length;
    const content = { start: cueEnd, end: analysis.text.length };
    events.push({
      kind: "statement",
      cue: match[0].slice(match[0].lastIndexOf(" as ") + 1),
      cueStart: speaker.end + 1,
      speakers,
      speaker,
      targets: contentSubject(analysis, content).filter((actor) => !speakers.includes(actor)),
      text: trimRange(analysis.text, { start: 0, end: analysis.text.length }),
      subjectSegment: segmentIndexAt(analysis, match.index),
      fixedEnd: true,
      content,
    });
  }
  return events;
}

/** Ends each open event's text where the next event with its own speaker begins, or its clause if subordinate. */
export function settleTextEnds(analysis: SentenceAnalysis, events: PendingEvent[]): void {
  for (const event of events) {
    if (event.fixedEnd) continue;
    const cueSegment = segmentIndexAt(analysis, event.cueStart);
    const startSegment = segmentIndexAt(analysis, event.text.start);
    // "When Russia said ..., China warned ...": a statement inside an opening clause ends with its segment, unless
    // a quotation closed that clause before its subject ('When asked about "the war," Sybiha said, "...").
    const startSegmentRange = analysis.segments[startSegment] as TextRange;
    if (
      firstWordIsOpener(analysis, startSegmentRange) &&
      !quotationClosesClause(analysis, startSegmentRange.start, event.text.start)
    ) {
      event.text = { start: event.text.start, end: (analysis.segments[cueSegment] as TextRange).end };
      continue;
    }
    const next = events
      .filter((other) => other !== event && other.subjectSegment > cueSegment && !other.fixedEnd)
      .sort((left, right) => left.subjectSegment - right.subjectSegment)[0];
    if (next)
      event.text = {
        start: event.text.start,
        end: (analysis.segments[next.subjectSegment - 1] as TextRange).end,
      };
  }
}
