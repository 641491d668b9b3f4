import {
  accordingToPattern,
  accusationCuePattern,
  agentNouns,
  clauseBoundaries,
  clauseOpeners,
  conditionalOpeners,
  contentLeadWords,
  coordinators,
  determiners,
  diplomaticNouns,
  directiveCuePattern,
  emptySubjectWords,
  groupReferencePattern,
  hearsayPattern,
  hyphenPrefixBefore,
  inversionVerbs,
  nonOfficialModifiers,
  nonStatementBefore,
  nounClaimPattern,
  nounUseBefore,
  objectCuePattern,
  passiveAgentAfter,
  passiveBefore,
  personGroupWords,
  prepositions,
  recommendationAfter,
  reducedAccusationPattern,
  reportingVerbs,
  representingPrepositions,
  selfAttributionWords,
  stancePhrases,
  stanceVerbs,
  trailingAttributionRest,
} from "./lexicon";
import {
  findQuotedRanges,
  insideAny,
  splitSegments,
  type TextRange,
  trimRange,
  type Word,
  wordsIn,
} from "./sentenceParts";

/** Where a sentence names an actor, as the engine needs it. */
export interface SentenceMention extends TextRange {
  actor: string;
  /** Matched one of the actor's people (a leader or official). */
  person: boolean;
  /** Matched one of the actor's adjectives ("Russian"), which names the actor only before "forces", "officials"... */
  adjective: boolean;
}

/** What the sentences just before say, for "both leaders", "he" and quotations that run on. */
export interface SpeechContext {
  /** Mentions in the previous few sentences, oldest first. */
  recentMentions: readonly SentenceMention[];
  /** Actors that spoke in the previous sentence. */
  previousSpeakers: readonly string[];
  /** Someone not among the actors spoke in the previous sentence (then "he" is most likely that person). */
  previousHadOtherSpeaker?: boolean;
  /** Mentions in the previous sentence alone. */
  previousMentions?: readonly SentenceMention[];
}

export type SpeechEventKind = "statement" | "hearsay" | "self_attribution";

/**
 * One act of saying or doing in a sentence. `speakers` state it (empty when someone else does: analysts,
 * "Western nations", unnamed reports); `targets` are the actors whose conduct the reported content asserts.
 */
export interface SpeechEvent {
  kind: SpeechEventKind;
  cue: string;
  speakers: string[];
  targets: string[];
  /** The stretch of the sentence a point quotes. */
  text: TextRange;
  /** The quoted stretch opens with the speaker as a pronoun ("It denied ..."), which a point may name. */
  pronounSubject?: boolean;
}

const escapeForPattern = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const stanceCuePattern = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${[...stancePhrases, ...stanceVerbs]
    .sort((left, right) => right.length - left.length)
    .map(escapeForPattern)
    .join("|")})(?![\\p{L}\\p{N}-])`,
  "giu",
);
const participles = new Set(["said", "told", "spoken", "written", "sought", "wrote"]);
const isPastParticiple = (cue: string) => /ed$/iu.test(cue) || participles.has(cue.toLowerCase());
const quoteCharacters = /["“”«»„]/u;
const isContentWord = (word: Word) => !emptySubjectWords.has(word.lower) && !/ly$/u.test(word.lower);

interface SentenceAnalysis {
  text: string;
  mentions: readonly SentenceMention[];
  quoted: TextRange[];
  segments: TextRange[];
  context: SpeechContext;
}

function segmentIndexAt(analysis: SentenceAnalysis, position: number): number {
  const index = analysis.segments.findIndex((segment) => position < segment.end);
  return index < 0 ? analysis.segments.length - 1 : index;
}

function unquotedWords(analysis: SentenceAnalysis, range: TextRange): Word[] {
  return wordsIn(analysis.text, range).filter((word) => !insideAny(analysis.quoted, word.start));
}

/** The text of a range with its quoted stretches left out. */
function withoutQuotations(analysis: SentenceAnalysis, range: TextRange): string {
  let kept = "";
  for (let position = range.start; position < range.end; position += 1) {
    if (!insideAny(analysis.quoted, position)) kept += analysis.text.charAt(position);
  }
  return kept;
}

const firstWordIsOpener = (analysis: SentenceAnalysis, range: TextRange) => {
  const first = wordsIn(analysis.text, range)[0];
  return first !== undefined && clauseOpeners.has(first.lower);
};

/**
 * Whether a mention inside a subject names the actor itself: "Russia", "China's foreign ministry", "the
 * Russian military", "a spokeswoman for China's foreign ministry" do; "critics of Beijing" and "the
 * Sino-Russian bond" do not.
 */
function namesActorItself(
  analysis: SentenceAnalysis,
  mention: SentenceMention,
  from: number,
  reading: { anyAdjective?: boolean; content?: boolean } = {},
): boolean {
  // A few words either side decide; a short window keeps this cheap on long sentences.
  const before = wordsIn(analysis.text, {
    start: Math.max(from, mention.start - 48),
    end: mention.start,
  }).filter((word) => !determiners.has(word.lower));
  const previous = before.at(-1);
  // "president of Ukraine", "officials in Kyiv" name the actor; "ambassador to the EU", "critics of Beijing" do not.
  // An embassy or envoy "in Kyiv" or "to China" is the host's guest, not its voice.
  const role = before.at(-2)?.lower ?? "";
  const hosted = previous?.lower === "in" && diplomaticNouns.has(role);
  const speaksFor = representingPrepositions.has(previous?.lower ?? "") && agentNouns.has(role) && !hosted;
  if (previous && prepositions.has(previous.lower) && !speaksFor) return false;
  // "Kremlin-linked", "Russia-backed", "pro-Russian", "ex-Kremlin": a modifier of something else, not the actor.
  const { text } = analysis;
  if (/^-\p{Ll}/u.test(text.slice(mention.end)) || hyphenPrefixBefore.test(text.slice(0, mention.start)))
    return false;
  // "the Russia–China partnership", "EU-China trade": one half of a compound modifier of names ("Sino-Russian
  // officials", two adjectives, still name both).
  const compound =
    /^[-–]\p{Lu}/u.test(text.slice(mention.end)) || /\p{L}[-–]$/u.test(text.slice(0, mention.start));
  if (compound && !mention.adjective) return false;
  const after = wordsIn(text, {
    start: mention.end,
    end: Math.min(text.length, mention.end + 64),
  }).slice(0, 4);
  // "a former Chinese diplomat", "Russian opposition leader": nobody who speaks for the state today.
  const agentAt = after.findIndex((word) => agentNouns.has(word.lower));
  const headWords = agentAt < 0 ? after : after.slice(0, agentAt);
  if ([previous, ...headWords].some((word) => nonOfficialModifiers.has(word?.lower ?? ""))) return false;
  if (reading.anyAdjective) return true;
  // "Ukraine's partners", "Russia's critics", "Russia's refusal" do not speak for the actor; in what is
  // reported, "Moscow's dependence on ..." is still a claim about it.
  const possessive = /^['’]s\b/u.test(text.slice(mention.end));
  const nextWord = after.find((word) => word.start >= mention.end + 2);
  if (possessive && nextWord && !reading.content) return agentAt >= 0 || nextWord.text !== nextWord.lower;
  if (!mention.adjective) return true;
  return agentAt >= 0;
}

const relativePronouns = new Set(["who", "which", "whose", "whom"]);

/** "Orbán, who has kept closer ties with Moscow than any other EU leader, said": an aside about the subject. */
function insideRelativeAside(analysis: SentenceAnalysis, range: TextRange, position: number): boolean {
  const segment = analysis.segments[segmentIndexAt(analysis, position)] as TextRange;
  if (segment.start <= range.start) return false;
  const first = wordsIn(analysis.text, segment)[0];
  return first !== undefined && relativePronouns.has(first.lower);
}

function actorsNamedIn(analysis: SentenceAnalysis, range: TextRange): string[] {
  const actors = analysis.mentions
    .filter((mention) => mention.start >= range.start && mention.end <= range.end)
    .filter((mention) => !insideAny(analysis.quoted, mention.start))
    .filter((mention) => !insideRelativeAside(analysis, range, mention.start))
    .filter((mention) => namesActorItself(analysis, mention, range.start))
    .map((mention) => mention.actor);
  return [...new Set(actors)];
}

/**
 * "The ministry said", "said the spokesman": a role named by "the" alone, with no actor in it, is the previous
 * sentence's single speaker's; when that is unclear, nobody's.
 */
function definiteRoleReference(
  analysis: SentenceAnalysis,
  subject: TextRange,
  words: readonly Word[],
): string[] | undefined {
  const prepositionAt = words.findIndex((word) => prepositions.has(word.lower));
  const phrase = prepositionAt < 0 ? words : words.slice(0, prepositionAt);
  const head = phrase.at(-1);
  if (phrase.length < 2 || phrase.length > 3 || phrase[0]?.lower !== "the" || !head) return undefined;
  // "the foreign ministry" may point back; "the French president" names someone else.
  const capitalisedModifier = phrase.slice(1, -1).some((word) => word.text !== word.lower);
  if (!agentNouns.has(head.lower) || capitalisedModifier) return undefined;
  if (analysis.mentions.some((mention) => mention.start >= subject.start && mention.end <= subject.end))
    return undefined;
  const { previousSpeakers } = analysis.context;
  return previousSpeakers.length === 1 ? [...previousSpeakers] : [];
}

/** "Both leaders", "the two sides", "they", "he": the actors named just before. */
function resolveGroupReference(analysis: SentenceAnalysis, subject: TextRange): string[] | undefined {
  const words = unquotedWords(analysis, subject);
  const firstIndex = words.findIndex((word) => !clauseOpeners.has(word.lower));
  const first = words[firstIndex];
  if (!first) return undefined;
  const match = groupReferencePattern.exec(analysis.text.slice(first.start, subject.end));
  if (!match) return definiteRoleReference(analysis, subject, words.slice(firstIndex));
  const groupWord = (match[1] ?? match[2] ?? "").toLowerCase();
  const earlier = [
    ...analysis.context.recentMentions,
    ...analysis.mentions.filter((mention) => mention.end <= first.start),
  ];
  const candidates = personGroupWords.has(groupWord) ? earlier.filter((mention) => mention.person) : earlier;
  const byRecency = [...new Set(candidates.map((mention) => mention.actor).reverse())];
  if (groupWord === "it") {
    return analysis.context.previousSpeakers.length === 1 ? [...analysis.context.previousSpeakers] : [];
  }
  if (groupWord === "they") {
    return analysis.context.previousSpeakers.length > 0 ? [...analysis.context.previousSpeakers] : [];
  }
  if (groupWord === "he" || groupWord === "she") return resolvePersonPronoun(analysis, first.start);
  return byRecency.length >= 2 ? byRecency.slice(0, 2) : [];
}

/**
 * "He" or "she": a leader named earlier in the sentence, else the previous sentence's single speaker; when
 * someone outside the actors spoke there, nobody (the pronoun is most likely theirs); else the first leader
 * named in the previous sentence, its likely subject ("Zelensky met von der Leyen in Kyiv. He said ...").
 */
function resolvePersonPronoun(analysis: SentenceAnalysis, pronounStart: number): string[] {
  const lastPerson = (mentions: readonly SentenceMention[]) =>
    mentions.filter((mention) => mention.person).at(-1)?.actor;
  // A person named inside a quotation is talked about, not talking: `"… von der Leyen …," she said.`
  const sameSentence = lastPerson(
    analysis.mentions.filter(
      (mention) => mention.end <= pronounStart && !insideAny(analysis.quoted, mention.start),
    ),
  );
  if (sameSentence) return [sameSentence];
  const { previousSpeakers, previousHadOtherSpeaker, previousMentions = [] } = analysis.context;
  if (previousSpeakers.length === 1) return [...previousSpeakers];
  if (previousSpeakers.length > 1 || previousHadOtherSpeaker) return [];
  const previous = previousMentions.find((mention) => mention.person)?.actor;
  return previous ? [previous] : [];
}

/**
 * The first actor named at the start of reported content ("alleging Russia had ...", "accused China of").
 * A "that" close after the verb opens the content ("said last week that China ..."); after "told", "vetoed" or
 * "rejected" without one, the first name is an object, so there is none. After an accusation any adjective
 * counts: "accused Chinese firms of ..." is a claim about China.
 */
function contentSubject(
  analysis: SentenceAnalysis,
  content: TextRange,
  options: { accusation?: boolean; objectFirst?: boolean } = {},
): string[] {
  const subjectAt = (start: number): string[] => {
    let position = start;
    for (const word of wordsIn(analysis.text, { start, end: content.end }).slice(0, 4)) {
      if (contentLeadWords.has(word.lower) || /ly$/u.test(word.lower)) {
        position = word.end;
        continue;
      }
      const mention = analysis.mentions.find((candidate) => candidate.start === word.start);
      if (
        !mention ||
        !namesActorItself(analysis, mention, position, { anyAdjective: options.accusation, content: true })
      )
        return [];
      // "Russia and China have always stood together": both are what is claimed about.
      const joined = /^\s+and\s+(?:the\s+)?$/u;
      const partner = analysis.mentions.find(
        (other) =>
          other.start > mention.end &&
          other.actor !== mention.actor &&
          joined.test(analysis.text.slice(mention.end, other.start)),
      );
      const subject = partner ?? mention;
      // "the EU should open a channel" is advice to the actor, not a claim about what it did.
      const next = analysis.text.slice(subject.end, subject.end + 40);
      return recommendationAfter.test(next) ? [] : [mention.actor, ...(partner ? [partner.actor] : [])];
    }
    return [];
  };
  // After "told", "warned" or "rejected" a name is an object ("warned China against ..."), unless a verb follows
  // it: "warned China is willing to ..." reports a clause.
  const direct = subjectAt(content.start).filter(
    () => !options.objectFirst || clauseVerbAfterName.test(analysis.text.slice(content.start, content.end)),
  );
  if (direct.length > 0) return direct;
  const that = wordsIn(analysis.text, content)
    .slice(0, 10)
    .find((word) => word.lower === "that");
  return that ? subjectAt(that.end) : [];
}

/** Where a point's text starts: back over appositive segments ("Xi Jinping, China's President, ..."). */
function subjectChainStart(analysis: SentenceAnalysis, segmentIndex: number, cueStarts: number[]): number {
  let index = segmentIndex;
  const segmentAt = (at: number) => analysis.segments[at] as TextRange;
  while (index > 0 && !firstWordIsOpener(analysis, segmentAt(index))) {
    const previous = segmentAt(index - 1);
    const holdsCue = cueStarts.some((start) => start >= previous.start && start < previous.end);
    const endsQuote = quoteCharacters.test(analysis.text.charAt(previous.end - 1));
    // Only a name or an appositive ("Xi Jinping, China's President, has ...") leads into the subject; a clause
    // ("The tariffs are meant to ..., Habeck told ...") is what was said, not who said it.
    const words = wordsIn(analysis.text, previous);
    const clause = words.length > 8 || words.some((word) => finiteVerbWords.has(word.lower));
    if (holdsCue || endsQuote || clause || firstWordIsOpener(analysis, previous)) break;
    index -= 1;
  }
  return segmentAt(index).start;
}

interface Cue extends TextRange {
  word: string;
  /** "called China a facilitator": the name after it is labelled, which is a claim about it. */
  labels?: boolean;
}

/** "called China a ...", "calls Kyiv the ...": a verb that labels the actor named right after it. */
function labellingCues(analysis: SentenceAnalysis): Cue[] {
  const cues: Cue[] = [];
  for (const mention of analysis.mentions) {
    const verb = /\b(?:call|calls|called|calling)\s+$/iu.exec(analysis.text.slice(0, mention.start));
    if (!verb || insideAny(analysis.quoted, verb.index)) continue;
    if (!/^(?:['’]s\s+[\p{L}-]+)?\s+(?:a|an|the)\s/iu.test(analysis.text.slice(mention.end))) continue;
    const word = verb[0].trim();
    cues.push({ start: verb.index, end: verb.index + word.length, word, labels: true });
  }
  return cues;
}

function findCues(analysis: SentenceAnalysis): Cue[] {
  const cues: Cue[] = [];
  for (const match of analysis.text.matchAll(stanceCuePattern)) {
    const start = match.index;
    if (insideAny(analysis.quoted, start)) continue;
    const before = analysis.text.slice(Math.max(0, start - 40), start);
    if (nonStatementBefore.test(before) || nounUseBefore.test(before)) continue;
    // "Russia accused of war crimes": a bare participle accuses its subject (see hearsayEvents).
    if (/^accused\s+of\b/iu.test(analysis.text.slice(start)) && !/\b(?:has|have|had)\s+$/iu.test(before))
      continue;
    // "Putin said nothing": no statement.
    if (/^\s+(?:nothing|little)\b/iu.test(analysis.text.slice(start + match[0].length))) continue;
    const perfect = /\b(?:has|have|had)\s+(?:\p{L}+\s+)?$/iu.test(before);
    const passiveAgent = passiveAgentAfter.test(analysis.text.slice(start + match[0].length)) && !perfect;
    if (isPastParticiple(match[0]) && (passiveBefore.test(before) || passiveAgent)) continue;
    cues.push({ start, end: start + match[0].length, word: match[0] });
  }
  const labelling = labellingCues(analysis).filter((label) => !cues.some((cue) => cue.start === label.start));
  return [...cues, ...labelling].sort((left, right) => left.start - right.start);
}

interface PendingEvent extends SpeechEvent {
  cueStart: number;
  /** The segment the speaker was found in; a later segment with its own speaker ends this event's text. */
  subjectSegment: number;
  /** Text runs to the next independent event or the sentence end, unless fixed (trailing attribution). */
  fixedEnd: boolean;
  /** What the speakers are reported to say, where its subject is looked for. */
  content?: TextRange;
}

/**
 * The subject of a cue inside its segment: the words after the nearest clause boundary ("that", "and",
 * "when", an earlier cue) before it. The boundary word tells a coordinated verb ("but insisted") from a
 * condition ("until Russia agreed") or a relative clause ("which has opposed").
 */
/**
 * Whether the "and"/"or" at `index` joins two short subjects ("Ukrainian and European officials", "Xi Jinping
 * and Vladimir Putin") rather than two clauses ("Moscow has shown little interest in a truce and Russia said").
 */
function joinsShortSubjects(
  words: readonly Word[],
  index: number,
  earlierCueEnd: number,
  after: number,
): boolean {
  const word = words[index] as Word;
  if ((word.lower !== "and" && word.lower !== "or") || after === 0 || after > 4) return false;
  let count = 0;
  for (let back = index - 1; back >= 0; back -= 1) {
    const previous = words[back] as Word;
    if (previous.end <= earlierCueEnd || clauseBoundaries.has(previous.lower)) break;
    count += 1;
  }
  return count > 0 && count <= 4;
}

function localSubject(
  analysis: SentenceAnalysis,
  segment: TextRange,
  cue: Cue,
  cueEnds: readonly number[],
): { words: Word[]; start: number; boundary: string | undefined } {
  const words = unquotedWords(analysis, { start: segment.start, end: cue.start });
  const earlierCueEnd = Math.max(-1, ...cueEnds.filter((end) => end > segment.start && end <= cue.start));
  const local: Word[] = [];
  for (let index = words.length - 1; index >= 0; index -= 1) {
    const word = words[index] as Word;
    const boundary =
      word.end <= earlierCueEnd ? "(cue)" : clauseBoundaries.has(word.lower) ? word.lower : undefined;
    if (boundary && !joinsShortSubjects(words, index, earlierCueEnd, local.length))
      return { words: local.filter(isContentWord), start: local[0]?.start ?? cue.start, boundary };
    local.unshift(word);
  }
  return { words: local.filter(isContentWord), start: local[0]?.start ?? cue.start, boundary: undefined };
}

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
  if (!trailingAttributionRest.test(analysis.text.slice(cue.end, segment.end))) return undefined;
  const later = analysis.segments.slice(segmentIndex + 1);
  if (later.every((next) => firstWordIsOpener(analysis, next))) return "trailing";
  return segmentIndex > 0 ? "parenthetical" : undefined;
}

/**
 * Where a reported clause begins: the first segment that is neither the attribution nor a subordinate opener
 * ("If ...", "Since that time, ...").
 */
function mainClauseStart(
  analysis: SentenceAnalysis,
  isAttribution: (segment: TextRange, index: number) => boolean,
): number {
  const main = analysis.segments.find(
    (segment, index) => !isAttribution(segment, index) && !firstWordIsOpener(analysis, segment),
  );
  return main?.start ?? 0;
}

/**
 * "Beijing has protested the listings and said ...": a verb sharing the subject of a verb the cue list does
 * not know. The subject is the first actor named at the clause start.
 */
function coordinatedWithFirstVerb(
  analysis: SentenceAnalysis,
  segmentIndex: number,
  cue: Cue,
  cues: readonly Cue[],
): PendingEvent | undefined {
  const start = subjectChainStart(
    analysis,
    segmentIndex,
    cues.map((other) => other.start),
  );
  const opening = wordsIn(analysis.text, { start, end: cue.start }).slice(0, 6);
  // The actor must open the clause: in "NATO allies called China a facilitator and expressed ...", China is
  // the object of a verb before, not the subject.
  const openingAt = (position: number) => opening.findIndex((word) => word.start === position);
  const leadsClause = (at: number) =>
    at >= 0 &&
    opening
      .slice(0, at)
      .every(
        (word) =>
          determiners.has(word.lower) || emptySubjectWords.has(word.lower) || clauseOpeners.has(word.lower),
      );
  const first = analysis.mentions.find(
    (mention) =>
      leadsClause(openingAt(mention.start)) &&
      !insideAny(analysis.quoted, mention.start) &&
      namesActorItself(analysis, mention, start),
  );
  if (!first) return undefined;
  const end = trimRange(analysis.text, { start: 0, end: analysis.text.length }).end;
  return {
    kind: "statement",
    cue: cue.word,
    cueStart: cue.start,
    speakers: [first.actor],
    targets: [],
    text: { start, end },
    subjectSegment: segmentIndex,
    fixedEnd: false,
    content: { start: cue.end, end },
  };
}

/** The actors a subject names, directly or through "both leaders", "he", "it". */
function speakersOf(analysis: SentenceAnalysis, subject: TextRange): string[] {
  return resolveGroupReference(analysis, subject) ?? actorsNamedIn(analysis, subject);
}

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
    text,
    subjectSegment,
    fixedEnd: false,
    content: { start: cue.end, end: text.end },
  };
}

function statementFromCue(
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
  const coordinated = local.boundary !== undefined && coordinators.has(local.boundary);

  if (local.boundary && conditionalOpeners.has(local.boundary)) return undefined;
  // "as long as China and Russia maintain ...", "provided that Kyiv agrees": a condition, not a position.
  if (
    /\b(?:as long as|so long as|provided(?: that)?|on condition that)\s*$/iu.test(text.slice(0, local.start))
  )
    return undefined;
  if (local.words.length === 0 && coordinated && earlier.length > 0) return "continues_previous";
  if (local.words.length === 0 && coordinated)
    return coordinatedWithFirstVerb(analysis, segmentIndex, cue, cues);
  // A cue inside what an earlier cue reports ("Kallas said Russia denied ...") is that report's content.
  const earlierInSegment = earlier.some(
    (event) => event.cueStart >= segment.start && event.cueStart < cue.start,
  );
  if (earlierInSegment && (local.boundary === "(cue)" || local.boundary === "that")) return undefined;

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
      const speakers = speakersOf(analysis, { start: firstWord.start, end: cue.start });
      const content = {
        start: mainClauseStart(analysis, (_segment, index) => index === segmentIndex),
        end: whole.end,
      };
      return { ...base, speakers, text: whole, subjectSegment: segmentIndex, fixedEnd: true, content };
    }
    const start = trailing
      ? firstWord.start
      : local.boundary !== undefined
        ? local.start
        : subjectChainStart(analysis, segmentIndex, cueStarts);
    const speakers = speakersOf(analysis, { start, end: cue.start });
    if (trailing) {
      const content = { start: 0, end: segmentIndex > 0 ? segment.start : firstWord.start };
      return { ...base, speakers, text: whole, subjectSegment: segmentIndex, fixedEnd: true, content };
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
  const invertedSpeakers = speakersOf(analysis, afterCue);
  // Without a quotation, only a short closing "..., said Peskov." inverts.
  const closingAttribution =
    segmentIndex > 0 &&
    segmentIndex === segments.length - 1 &&
    inversionVerbs.has(cue.word.toLowerCase()) &&
    wordsIn(text, afterCue).length <= 6;
  if (previousEndsQuote || quoteInSegment || (invertedSpeakers.length > 0 && closingAttribution)) {
    const speakerWords = unquotedWords(analysis, afterCue).filter(isContentWord);
    if (speakerWords.length === 0) return undefined;
    const content = { start: 0, end: quoteInSegment ? cue.start : segment.start };
    return {
      ...base,
      speakers: invertedSpeakers,
      text: whole,
      subjectSegment: segmentIndex,
      fixedEnd: true,
      content,
    };
  }

  // "Xi Jinping, China's President, has ..." or "Hungary, which has ...": the subject is in an earlier segment.
  for (let index = segmentIndex - 1; index >= 0; index -= 1) {
    const candidate = segments[index] as TextRange;
    if (earlier.some((event) => event.cueStart >= candidate.start && event.cueStart < candidate.end)) {
      return "continues_previous";
    }
    if (unquotedWords(analysis, candidate).some(isContentWord)) {
      const start = subjectChainStart(analysis, index, cueStarts);
      const speakers = speakersOf(analysis, { start, end: cue.start });
      return runningStatement(base, speakers, { start, end: whole.end }, index, cue);
    }
  }
  return undefined;
}

/** The actors a stretch names as the ones accused, adjectives included ("four Chinese firms"). */
function accusedIn(analysis: SentenceAnalysis, range: TextRange): string[] {
  const named = analysis.mentions
    .filter((mention) => mention.start >= range.start && mention.end <= range.end)
    .filter((mention) => !insideAny(analysis.quoted, mention.start))
    .filter((mention) => namesActorItself(analysis, mention, range.start, { anyAdjective: true }))
    .map((mention) => mention.actor);
  return [...new Set(named)];
}

/** The noun phrase just before a position, back to a verb, preposition or clause boundary (six words at most). */
function nounPhraseBefore(analysis: SentenceAnalysis, before: number, floor: number): TextRange {
  let start = before;
  for (const word of unquotedWords(analysis, { start: floor, end: before }).slice(-6).reverse()) {
    if (clauseBoundaries.has(word.lower) || prepositions.has(word.lower)) break;
    start = word.start;
  }
  return { start, end: before };
}

/**
 * "Russian forces reportedly attacked ...", "China has been accused of ...": hearsay about the subject. Inside a
 * statement ("The EU blacklisted four Chinese firms for allegedly supplying ...") the one accused is what the
 * speaker acted on, never the speaker. A bare participle ("Chinese firms accused of ...") accuses what it follows.
 */
function hearsayEvents(
  analysis: SentenceAnalysis,
  cueStarts: number[],
  statements: readonly PendingEvent[],
): PendingEvent[] {
  const events: PendingEvent[] = [];
  const markers = [
    ...[...analysis.text.matchAll(hearsayPattern)].map((match) => ({ match, reduced: false })),
    ...[...analysis.text.matchAll(reducedAccusationPattern)].map((match) => ({ match, reduced: true })),
  ];
  for (const { match, reduced } of markers) {
    if (insideAny(analysis.quoted, match.index)) continue;
    const segmentIndex = segmentIndexAt(analysis, match.index);
    const start = subjectChainStart(analysis, segmentIndex, cueStarts);
    const enclosing = statements.find(
      (event) => event.cueStart >= start && event.cueStart < match.index && event.speakers.length > 0,
    );
    const targets = (
      enclosing
        ? accusedIn(analysis, { start: enclosing.cueStart + enclosing.cue.length, end: match.index })
        : reduced
          ? accusedIn(analysis, nounPhraseBefore(analysis, match.index, start))
          : actorsNamedIn(analysis, { start, end: match.index })
    ).filter((actor) => !enclosing?.speakers.includes(actor));
    if (targets.length === 0) continue;
    events.push(hearsayAbout(targets, match, { start, end: analysis.text.length }, segmentIndex, false));
  }
  return events;
}

/** Someone's claim, none of the actors', about `targets`, cued by `match`. */
function hearsayAbout(
  targets: string[],
  match: { 0: string; index: number },
  text: TextRange,
  subjectSegment: number,
  fixedEnd: boolean,
): PendingEvent {
  return {
    kind: "hearsay",
    cue: match[0],
    cueStart: match.index,
    speakers: [],
    targets,
    text,
    subjectSegment,
    fixedEnd,
  };
}

/**
 * "a US media report that China was considering ...": the that-clause is someone else's claim about its subject.
 * A verb ("Russia claims that ...", "he reports that ...") is a statement, read elsewhere.
 */
function nounClaimEvents(analysis: SentenceAnalysis): PendingEvent[] {
  const events: PendingEvent[] = [];
  for (const match of analysis.text.matchAll(nounClaimPattern)) {
    if (insideAny(analysis.quoted, match.index)) continue;
    const previous = wordsIn(analysis.text, { start: Math.max(0, match.index - 40), end: match.index }).at(
      -1,
    );
    const previousMention = analysis.mentions.find((mention) => mention.end === previous?.end);
    const verbUse =
      previous !== undefined &&
      (/^(?:he|she|it|they|who|which|that)$/u.test(previous.lower) ||
        (previousMention !== undefined && !previousMention.adjective));
    if (verbUse) continue;
    const that = match.index + match[0].length;
    const targets = contentSubject(analysis, { start: that, end: analysis.text.length });
    if (targets.length === 0) continue;
    const whole = trimRange(analysis.text, { start: 0, end: analysis.text.length });
    events.push(hearsayAbout(targets, match, whole, segmentIndexAt(analysis, match.index), true));
  }
  return events;
}

/**
 * "According to the Kremlin, ..." states; "..., according to reports" is hearsay about the content's subject.
 * When the content names its own speaker saying something ("According to a Kremlin readout, Xi said ..."), the
 * source only relays that statement. An act it reports ("According to US officials, Beijing has agreed to
 * ...") is the source's claim, not the actor's own word: that statement becomes hearsay about its speakers.
 */
function accordingToEvents(analysis: SentenceAnalysis, statements: PendingEvent[]): PendingEvent[] {
  const events: PendingEvent[] = [];
  const whole = trimRange(analysis.text, { start: 0, end: analysis.text.length });
  for (const match of analysis.text.matchAll(accordingToPattern)) {
    if (insideAny(analysis.quoted, match.index)) continue;
    const segmentIndex = segmentIndexAt(analysis, match.index);
    const segment = analysis.segments[segmentIndex] as TextRange;
    const source = { start: match.index + match[0].length, end: segment.end };
    const speakers = actorsNamedIn(analysis, source);
    const following = analysis.segments[segmentIndex + 1];
    const content =
      segmentIndex === 0 && following
        ? { start: following.start, end: analysis.text.length }
        : {
            start: mainClauseStart(analysis, (candidate) => candidate.start >= match.index),
            end: match.index,
          };
    const inside = statements.filter(
      (event) => event.speakers.length > 0 && event.cueStart >= content.start && event.cueStart < content.end,
    );
    const reportedActs = inside.filter(
      (event) =>
        !reportingVerbs.has(event.cue.toLowerCase()) &&
        !event.speakers.every((speaker) => speakers.includes(speaker)),
    );
    for (const act of reportedActs) {
      statements.splice(statements.indexOf(act), 1);
      events.push({ ...act, kind: "hearsay", targets: act.speakers, speakers: [] });
    }
    const relayed = inside.length > reportedActs.length;
    const targets = contentSubject(analysis, content).filter((actor) => !speakers.includes(actor));
    if (relayed || reportedActs.length > 0 || (speakers.length === 0 && targets.length === 0)) continue;
    events.push({
      kind: speakers.length > 0 ? "statement" : "hearsay",
      cue: match[0],
      cueStart: match.index,
      speakers,
      targets,
      text: whole,
      subjectSegment: segmentIndex,
      fixedEnd: true,
    });
  }
  return events;
}

/** "Ukraine's self-professed ceasefire violation by Russia": the actor's own claim, about whoever follows. */
function selfAttributionEvents(analysis: SentenceAnalysis): PendingEvent[] {
  const events: PendingEvent[] = [];
  for (const mention of analysis.mentions) {
    const possessive = /^['’]s\s+([\p{L}-]+)/u.exec(analysis.text.slice(mention.end));
    if (!possessive || !selfAttributionWords.has((possessive[1] ?? "").toLowerCase())) continue;
    const segmentIndex = segmentIndexAt(analysis, mention.start);
    const segment = analysis.segments[segmentIndex] as TextRange;
    const targets = analysis.mentions
      .filter(
        (other) => other.start > mention.end && other.end <= segment.end && other.actor !== mention.actor,
      )
      .map((other) => other.actor);
    // "Ukraine's self-professed ceasefire violation by Russia" is a noun phrase, not a statement: the point
    // quotes the whole sentence around it.
    events.push({
      kind: "self_attribution",
      cue: possessive[0],
      cueStart: mention.start,
      speakers: [mention.actor],
      targets: [...new Set(targets)],
      text: trimRange(analysis.text, { start: 0, end: analysis.text.length }),
      subjectSegment: segmentIndex,
      fixedEnd: true,
    });
  }
  return events;
}

/** Auxiliaries and modals: a segment holding one is a clause, not an appositive. */
const finiteVerbWords = new Set(
  "is are was were has have had will would can could should must may might does do did".split(" "),
);

/** A name (one to three words, possibly possessive) followed by a finite verb: the start of a clause. */
const clauseVerbAfterName =
  /^\s*(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}(?:is|are|was|were|has|had|have|would|will|could|might|may|can|must|should)\b/u;

const subjectPronounPattern = /^(?:he|she|it|they)\b/iu;

/** A headline's "Zelenskiy: 'We will not cede land'": a short speaker, a colon, a quotation. */
const colonAttributionPattern = /^([^:"“”'‘’]{2,60}):\s*["“'‘]/u;

function colonAttributionEvents(analysis: SentenceAnalysis): PendingEvent[] {
  const match = colonAttributionPattern.exec(analysis.text);
  if (!match) return [];
  const subject = { start: 0, end: (match[1] ?? "").length };
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

/** Ends each open event's text where the next event with its own speaker begins, or its clause if subordinate. */
function settleTextEnds(analysis: SentenceAnalysis, events: PendingEvent[]): void {
  for (const event of events) {
    if (event.fixedEnd) continue;
    const cueSegment = segmentIndexAt(analysis, event.cueStart);
    const startSegment = segmentIndexAt(analysis, event.text.start);
    if (firstWordIsOpener(analysis, analysis.segments[startSegment] as TextRange)) {
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
    } else if (event && event !== "continues_previous") {
      const content = event.content ?? { start: cue.end, end: text.length };
      // Around a trailing or parenthetical attribution ("..., experts warn, ..."), what is reported is a clause,
      // never the verb's object.
      const contentReading = { ...reading, objectFirst: reading.objectFirst && !event.fixedEnd };
      event.targets = (directive ? [] : contentSubject(analysis, content, contentReading)).filter(
        (actor) => !event.speakers.includes(actor),
      );
      events.push(event);
    }
  }
  // "Russia agreed to talks, Zelensky said.": what a trailing attribution reports is not a statement itself.
  // Others' claims inside it stay ("Western governments accused Beijing ..., a charge China denies").
  const attributions = events.filter((event) => event.fixedEnd && event.content);
  // A news agency's "..., Xinhua reported." only sources what it reports: the statement inside stands.
  const sourcing = (attribution: PendingEvent) => /^report/iu.test(attribution.cue);
  const reported = (event: PendingEvent) =>
    event.speakers.length > 0 &&
    attributions.some(
      (attribution) =>
        attribution !== event &&
        !sourcing(attribution) &&
        attribution.content !== undefined &&
        event.cueStart >= attribution.content.start &&
        event.cueStart < attribution.content.end,
    );
  const kept = events.filter((event) => !reported(event));
  for (const attribution of attributions.filter(sourcing)) {
    const { content } = attribution;
    const inside = kept.some(
      (event) =>
        event !== attribution && content && event.cueStart >= content.start && event.cueStart < content.end,
    );
    if (inside) attribution.targets = [];
  }
  // First: it turns statements it only reports into hearsay.
  const sourced = accordingToEvents(analysis, kept);
  const settled = [
    ...kept,
    ...hearsayEvents(analysis, cueStarts, kept),
    ...nounClaimEvents(analysis),
    ...sourced,
    ...selfAttributionEvents(analysis),
    ...colonAttributionEvents(analysis),
  ];
  settleTextEnds(analysis, settled);
  return settled.map(({ kind, cue, speakers, targets, text: range, fixedEnd }) => ({
    kind,
    cue,
    speakers,
    targets,
    text: range,
    ...(kind === "statement" &&
      !fixedEnd &&
      speakers.length > 0 &&
      subjectPronounPattern.test(text.slice(range.start, range.end)) && { pronounSubject: true }),
  }));
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
