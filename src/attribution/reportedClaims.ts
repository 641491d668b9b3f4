// Reported-claim kinds: hearsay, a noun's claim ("a report that ..."), "according to", self-attribution.
import {
  accordingToPattern,
  agentNouns,
  coordinators,
  documentNouns,
  emptySubjectWords,
  hearsayPattern,
  mediaNouns,
  nounClaimPattern,
  reducedAccusationPattern,
  reportingVerbs,
  selfAttributionWords,
  stanceVerbs,
} from "./lexicon";
import {
  finiteVerbWords,
  insideReportedThatClause,
  mainClauseStart,
  type PendingEvent,
  type SentenceAnalysis,
  segmentIndexAt,
  withoutQuotations,
} from "./sentenceAnalysis";
import { insideAny, type TextRange, trimRange, wordsIn } from "./sentenceParts";
import {
  accusedIn,
  actorsNamedIn,
  contentSubject,
  definiteRoleSpeakers,
  namedOnlyByUnownedInstitution,
  nounPhraseBefore,
  ownersOfDefiniteHead,
  postSpeakers,
  resolvePersonPronoun,
  speakersOf,
  subjectChainStart,
} from "./subjects";

/**
 * "Russian forces reportedly attacked ...", "China has been accused of ...": hearsay about the subject. Inside a
 * statement ("The EU blacklisted four Chinese firms for allegedly supplying ...") the one accused is what the
 * speaker acted on, never the speaker. A bare participle ("Chinese firms accused of ...") accuses what it follows.
 */
export function hearsayEvents(
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
    // "China claims to be neutral, but is seen by Washington to ...": a verb with no subject of its own shares
    // the one before.
    const sharesSubject = wordsIn(analysis.text, { start, end: match.index }).every(
      (word) => coordinators.has(word.lower) || emptySubjectWords.has(word.lower),
    );
    // Failing a statement before, the actor that opens the sentence ("Beijing calls itself ..., but is seen ...").
    const opening = analysis.segments[0];
    const earlierSpeakers =
      statements.filter((event) => event.cueStart < start).at(-1)?.speakers ??
      (opening && opening.end <= start
        ? actorsNamedIn(analysis, { start: opening.start, end: opening.end }).slice(0, 1)
        : []);
    // "Brussels has targeted two Chinese banks for allegedly enabling ...": the reason given for an act accuses the
    // ones acted on, just before "for", never the actor.
    const reasonFor = /\bfor\s+$/iu.exec(analysis.text.slice(start, match.index));
    const targets = (
      enclosing
        ? accusedIn(analysis, { start: enclosing.cueStart + enclosing.cue.length, end: match.index })
        : reasonFor
          ? accusedIn(analysis, actedOnBefore(analysis, start, start + reasonFor.index))
          : reduced
            ? accusedIn(analysis, nounPhraseBefore(analysis, match.index, start))
            : sharesSubject
              ? earlierSpeakers
              : actorsNamedIn(analysis, { start, end: match.index })
    ).filter((actor) => !enclosing?.speakers.includes(actor));
    // "He reportedly told Kallas that ...": a pronoun subject is whoever the statement after it resolved it to.
    const pronounOnly = /^\s*(?:he|she|they|it)\s+$/iu.test(analysis.text.slice(start, match.index));
    const pronounSpeakers = pronounOnly
      ? (statements.find((event) => event.cueStart > match.index && event.speakers.length > 0)?.speakers ??
        [])
      : [];
    const claimedAbout = targets.length > 0 ? targets : pronounSpeakers;
    if (claimedAbout.length === 0) continue;
    events.push(hearsayAbout(claimedAbout, match, { start, end: analysis.text.length }, segmentIndex, false));
  }
  return events;
}

/**
 * Who an act before "for allegedly ..." was done to: past the actor that opens the clause ("Brussels has targeted
 * two Chinese banks"); in a passive clause ("Russia was criticised") the one it opens with.
 */
function actedOnBefore(analysis: SentenceAnalysis, start: number, forAt: number): TextRange {
  const opener = analysis.mentions.find((mention) => mention.start >= start && mention.start < forAt);
  const passive = /\b(?:is|are|was|were|been|being)\s+(?:\p{L}+ly\s+)?\p{L}+ed\b/iu.test(
    analysis.text.slice(start, forAt),
  );
  return opener && !passive ? { start: opener.end, end: forAt } : nounPhraseBefore(analysis, forAt, start);
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
export function nounClaimEvents(analysis: SentenceAnalysis): PendingEvent[] {
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

/** An owner's noun of speech spelled out in a that-clause: "Moscow's announcement that ...", "the military's claim that". */
const ownedSpeechNoun =
  /['’]s?\s+(?:(?:latest|recent|earlier|new|repeated|official)\s+)?(?:claims?|contentions?|announcements?|statements?|assertions?|insistence|warnings?|pledges?|denials?)\s+that\b/giu;

/** "I welcomed", "we noted": a first-person speaker, whoever it is. */
const firstPersonBefore = /(?:^|[^\p{L}'’])(?:I|[Ww]e)\s+(?:\p{L}+\s+){0,3}(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;

/** An agent noun alone, between an adjective and its possessive: "the Russian military's". */
const agentNounOnly = new RegExp(`^\\s+(?:${[...agentNouns].join("|")})$`, "iu");

/**
 * "His comments followed Moscow's announcement that talks are set for Geneva", "the Russian military's claim that
 * it has taken the town": an actor's own statement, told through a noun its possessive owns (the actor named right
 * before "'s", or its official: "the Russian military"); what the that-clause says of another actor is its claim.
 * Inside quotations it is the quoted speaker's, and "Western claims that ..." has no owner.
 */
export function ownedSpeechNounEvents(analysis: SentenceAnalysis): PendingEvent[] {
  const events: PendingEvent[] = [];
  for (const match of analysis.text.matchAll(ownedSpeechNoun)) {
    if (insideAny(analysis.quoted, match.index)) continue;
    const owner = analysis.mentions.find((mention) => {
      const between = analysis.text.slice(mention.end, match.index);
      return (
        mention.end <= match.index && (between === "" || (mention.adjective && agentNounOnly.test(between)))
      );
    });
    if (!owner) continue;
    const that = match.index + match[0].length;
    // "I welcomed Prime Minister Li's statement that ...": a first-person speaker's account of the owner's words.
    if (firstPersonBefore.test(withoutQuotations(analysis, { start: 0, end: owner.start }))) {
      const whole = trimRange(analysis.text, { start: 0, end: analysis.text.length });
      events.push(hearsayAbout([owner.actor], match, whole, segmentIndexAt(analysis, match.index), true));
      continue;
    }
    const targets = contentSubject(analysis, { start: that, end: analysis.text.length }).filter(
      (actor) => actor !== owner.actor,
    );
    events.push({
      kind: "statement",
      cue: match[0].trim(),
      cueStart: match.index,
      speakers: [owner.actor],
      targets,
      text: trimRange(analysis.text, { start: 0, end: analysis.text.length }),
      subjectSegment: segmentIndexAt(analysis, match.index),
      fixedEnd: true,
    });
  }
  return events;
}

/**
 * "According to the Kremlin, ..." states; "..., according to reports" is hearsay about the content's subject.
 * When the content names its own speaker saying something ("According to a Kremlin readout, Xi said ..."), the
 * source only relays that statement. An act it reports ("According to US officials, Beijing has agreed to
 * ...") is the source's claim, not the actor's own word: that statement becomes hearsay about its speakers.
 */
/** Roles held by one person, whom "according to the president" points back to (an institution may be anyone's). */
const personRoleSource =
  /^\s*the\s+(?:(?:(?:foreign|prime|deputy|vice|top|senior|defen[cs]e)\s+)?(?:president|minister|premier|spokesman|spokeswoman|spokesperson|diplomat|envoy|ambassador|leader|chancellor|commander|official|negotiator|representative|politician|statesman|stateswoman)|head\s+of\s+(?:the\s+)?(?:\p{L}+['’]?s?\s+){0,3}(?:office|ministry|delegation|mission|service))[\s.]*$/iu;

/** The actors a source names, else those its "the president" points back to. */
function namedOrPointedBack(analysis: SentenceAnalysis, source: TextRange): string[] {
  const named = actorsNamedIn(analysis, source);
  if (named.length > 0) return named;
  // "according to a spokesperson for the Ministry of Commerce": whose ministry the article said, as for a subject.
  if (namedOnlyByUnownedInstitution(analysis, source)) return speakersOf(analysis, source);
  // "According to the ministry" after "the Ministry of Foreign Affairs of Ukraine said": whose that ministry is;
  // "according to the joint statement": whoever issued the document the article last named.
  const head = /^\s*the\s+(?:joint\s+|final\s+)?([\p{L}-]+)[\s.]*$/iu
    .exec(analysis.text.slice(source.start, source.end))?.[1]
    ?.toLowerCase();
  const pointed = head && ownersOfDefiniteHead(analysis, head);
  if (pointed) return pointed;
  if (!personRoleSource.test(analysis.text.slice(source.start, source.end))) return named;
  return definiteRoleSpeakers(analysis, source);
}

/** What one acts "according to" without anyone telling it: merits, principles, law, a plan, one's own lights. */
const measureNotSource =
  /^\s*(?:(?:the|its|their|his|her|our)\s+)?(?:own\b|merits?\b|principles?\b|rules?\b|laws?\b|international\s+law\b|(?:UN\s+)?Charter\b|plan\b|schedule\b|terms\b|needs?\b|circumstances\b)/iu;

/**
 * "the ministry", "the foreign ministry", "the press service", "a statement posted on the ministry's website",
 * "the document", "the findings of Thursday's meeting": a source named by "the" and its kind alone.
 */
const speakersOwnSource =
  /^\s*(?:the\s+(?:foreign\s+)?(?:ministry|office|press\s+service|presidential\s+office|readout|statement|document|conclusions|declaration|communiqu[eé])|the\s+(?:findings|conclusions|outcome)\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:meeting|summit|talks)|(?:a|the)\s+statement\s+(?:posted|published|issued|released)\s+(?:on|by)\s+(?:the\s+)?(?:foreign\s+)?(?:ministry|office)(?:['’]s\s+(?:website|site|page|account))?)\s*[.,;]?\s*$/iu;

/** Not the state's own media ("state TV", "state-run media"), which relay their side's word. */
const notStateMedia = String.raw`(?![^,;]*\bstate(?:-run|-owned)?\s)`;
/**
 * "according to reports in the Journal du Dimanche", "according to the Russian media outlet", "according to a
 * local newspaper": media, which vouch for no one's words. State media are read by their own rules (see
 * toldByOutlet): unnamed, the speaker's own; a state's, that state's account.
 */
const mediaSource = new RegExp(
  String.raw`^\s*(?:(?:the|a|an|one|several)\s+)?${notStateMedia}(?:[\p{L}-]+\s+){0,3}?(?:reports|${mediaNouns})\b`,
  "iu",
);
/** "a report by the Financial Times", "the report": one report, its issuer named or not. */
const singleReport = new RegExp(
  String.raw`^\s*(?:a|the|one)\s+${notStateMedia}(?:[\p{L}-]+\s+){0,2}?report\b`,
  "iu",
);

/** Where a sentence turns to another clause with its own facts: ", but", ";", ", while", ", whereas". */
const contrastBoundary = /(?:,\s*(?:but|while|whereas)|;)\s+/giu;

export function accordingToEvents(analysis: SentenceAnalysis, statements: PendingEvent[]): PendingEvent[] {
  const events: PendingEvent[] = [];
  const whole = trimRange(analysis.text, { start: 0, end: analysis.text.length });
  for (const match of analysis.text.matchAll(accordingToPattern)) {
    if (insideAny(analysis.quoted, match.index)) continue;
    const segmentIndex = segmentIndexAt(analysis, match.index);
    const segment = analysis.segments[segmentIndex] as TextRange;
    const source = { start: match.index + match[0].length, end: segment.end };
    // "forms its position according to the merits of the matter": a measure, no source.
    if (measureNotSource.test(analysis.text.slice(source.start, source.end))) continue;
    // "According to her, ...": the person the pronoun points back to.
    const pronoun = /^\s*(him|her)\b/iu
      .exec(analysis.text.slice(source.start, source.end))?.[1]
      ?.toLowerCase();
    // "The Chinese diplomat's mission, according to his ministry, ...": the ministry of whom the clause is about.
    const owner = /^\s*(?:his|her|its|their)\s+([\p{L}-]+)/iu.exec(
      analysis.text.slice(source.start, source.end),
    );
    const owners =
      owner && agentNouns.has((owner[1] ?? "").toLowerCase())
        ? accusedIn(analysis, { start: 0, end: match.index })
        : [];
    const named = pronoun
      ? resolvePersonPronoun(analysis, match.index, pronoun === "him" ? "he" : "she")
      : owners.length === 1
        ? owners
        : namedOrPointedBack(analysis, source);
    // "According to Jan Novak, a spokesman for the European Commission, the EU ...": a name no actor owns, and
    // the post in apposition after it says whose.
    const post = named.length === 0 ? postInApposition(analysis, source, segmentIndex) : undefined;
    // "According to senior Ukrainian officials, ...": unnamed sources, whoever they serve, are not its word.
    const anonymous = unnamedOfficialsSource.test(analysis.text.slice(source.start, source.end));
    const speakers = anonymous ? [] : (post?.speakers ?? named);
    const speaker = post ? { start: source.start, end: post.end } : source;
    const following = analysis.segments[segmentIndex + (post ? 2 : 1)];
    // "Borrell, according to reports in a paper, wrote ...": an aside sources the clause around it.
    const aside =
      segmentIndex > 0 && following !== undefined && /,\s*$/u.test(analysis.text.slice(0, following.start));
    const content =
      segmentIndex === 0 && following
        ? { start: following.start, end: analysis.text.length }
        : {
            start: mainClauseStart(analysis, (candidate) => candidate.start >= match.index),
            end: aside ? analysis.text.length : match.index,
          };
    // "Russian officials reported damage in Moscow, but a woman was killed in Kyiv, according to Ukrainian
    // officials": a closing source covers the clause after "but" when someone else spoke in the one before.
    if (segmentIndex > 0 && !aside) {
      const stretch = analysis.text.slice(content.start, content.end);
      const turn = [...stretch.matchAll(contrastBoundary)].at(-1);
      const turnAt = turn ? content.start + turn.index + turn[0].length : undefined;
      if (
        turnAt !== undefined &&
        statements.some(
          (event) => event.speakers.length > 0 && event.cueStart >= content.start && event.cueStart < turnAt,
        )
      )
        content.start = turnAt;
    }
    const inside = statements.filter(
      (event) => event.speakers.length > 0 && event.cueStart >= content.start && event.cueStart < content.end,
    );
    // An actor's source ("According to a Kremlin readout, Xi said ...") tells even what others said: the readout
    // is the Kremlin's statement, and Xi's words in it its account of him. Another source only relays speech.
    // Unnamed reports ("according to reports in the Journal du Dimanche") vouch for no one's words either.
    // "according to a report by the South China Morning Post": a report no actor issued is the paper's, too.
    const sourceText = analysis.text.slice(source.start, source.end);
    const unnamedReports =
      anonymous || mediaSource.test(sourceText) || (speakers.length === 0 && singleReport.test(sourceText));
    // "Kuleba expressed his belief that ..., according to the ministry.": an institution no one is named as
    // owning is the speaker's own.
    const ownSource =
      speakers.length === 0 && speakersOwnSource.test(analysis.text.slice(source.start, source.end));
    const reportedActs = inside.filter(
      (event) =>
        !ownSource &&
        (speakers.length > 0 || unnamedReports || !reportingVerbs.has(event.cue.toLowerCase())) &&
        !event.speakers.every((speaker) => speakers.includes(speaker)),
    );
    for (const act of reportedActs) {
      statements.splice(statements.indexOf(act), 1);
      events.push({
        ...act,
        kind: "hearsay",
        targets: act.speakers,
        ...(reportingVerbs.has(act.cue.toLowerCase()) && { relays: act.speakers }),
        speakers: [],
        speaker,
      });
    }
    const relayed = inside.length > reportedActs.length;
    // "According to the Kremlin, Kyiv agreed to ...": the source states it, about those it reports acting.
    const targets = [
      ...new Set([...reportedActs.flatMap((act) => act.speakers), ...contentSubject(analysis, content)]),
    ].filter((actor) => !speakers.includes(actor));
    if (relayed || (reportedActs.length > 0 && speakers.length === 0)) continue;
    if (speakers.length === 0 && targets.length === 0) continue;
    // "According to a statement from the Chinese government, Putin briefed Xi on ...": what an actor's document
    // tells of another's part in a call is its account of them, no position of the issuer's own.
    const documentAccount =
      speakers.length > 0 &&
      inside.length === 0 &&
      targets.length > 0 &&
      documentWordPattern.test(analysis.text.slice(source.start, source.end));
    events.push({
      kind: speakers.length > 0 && !documentAccount ? "statement" : "hearsay",
      cue: match[0],
      cueStart: match.index,
      speakers: documentAccount ? [] : speakers,
      ...(documentAccount && { relays: targets }),
      speaker,
      targets,
      text: whole,
      subjectSegment: segmentIndex,
      fixedEnd: true,
    });
  }
  return events;
}

/** "senior Ukrainian officials", "two EU diplomats", "unnamed sources": officials no one names. */
const unnamedOfficialsSource =
  /^\s*(?:(?:(?:several|two|three|four|some|unnamed|anonymous|senior)\s+)+(?:[\p{L}-]+\s+){0,2}(?:officials|diplomats|sources|people|persons|insiders)\b|(?:(?:the|its|his|her|their)\s+)?(?:[\p{L}-]+\s+)?(?:sources|insiders)\b|people\s+familiar\b|(?:an?|one)\s+(?:(?:senior|top|unnamed|anonymous)\s+)?(?:[\p{L}-]+\s+){0,2}(?:official|diplomat|source|insider)\b)/iu;

/** A person's name alone: one to three capitalised words. */
const bareProperName = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]*\s*$/u;

/**
 * The actors a post names in apposition right after a bare name no actor owns ("Jan Novak, a spokesman for the
 * European Commission,"), when a clause follows it.
 */
function postInApposition(
  analysis: SentenceAnalysis,
  name: TextRange,
  segmentIndex: number,
): { speakers: string[]; end: number } | undefined {
  const appositive = analysis.segments[segmentIndex + 1];
  if (!appositive || analysis.segments[segmentIndex + 2] === undefined) return undefined;
  if (!bareProperName.test(analysis.text.slice(name.start, name.end))) return undefined;
  // "According to Bloomberg, the Chinese plan includes ...": a clause after the source's comma, no post.
  if (wordsIn(analysis.text, appositive).some((word) => clauseVerbWords.has(word.lower))) return undefined;
  const speakers = postSpeakers(analysis, appositive);
  return speakers.length > 0 ? { speakers, end: appositive.end } : undefined;
}

/** Verbs that make a stretch after a comma a clause rather than a post in apposition. */
const clauseVerbWords = new Set([
  ...finiteVerbWords,
  ...stanceVerbs,
  "includes",
  "included",
  "contains",
  "contained",
]);

const documentWordPattern = new RegExp(`\\b(?:${documentNouns.join("|")})\\b`, "iu");

/**
 * "China's official position on the war has been that of neutrality", "Beijing's stance remains that ...": the
 * writer telling an actor's declared position (docs/labelling-guide.md: a declared stance described is stated);
 * "China's position is untenable" judges it, and stays the writer's.
 */
const declaredPosition =
  /^['’]s\s+(?:(?:official|long-standing|longstanding|consistent)\s+)?(?:position|stance)\b(?:\s+(?:on|towards?|regarding|over)\s+[^,;:—–]{1,60}?)?\s+(?:is|was|has\s+been|remains|remained|has\s+long\s+been)\s+(?:that|to|one\s+of|clear|neutral(?:ity)?|unchanged)\b/iu;

/** "Ukraine's self-professed ceasefire violation by Russia": the actor's own claim, about whoever follows. */
export function selfAttributionEvents(analysis: SentenceAnalysis): PendingEvent[] {
  const events: PendingEvent[] = [];
  for (const mention of analysis.mentions) {
    const possessive = /^['’]s\s+([\p{L}-]+)/u.exec(analysis.text.slice(mention.end));
    const word = (possessive?.[1] ?? "").toLowerCase();
    if (!possessive) continue;
    if (!selfAttributionWords.has(word) && !declaredPosition.test(analysis.text.slice(mention.end))) continue;
    const segmentIndex = segmentIndexAt(analysis, mention.start);
    const segment = analysis.segments[segmentIndex] as TextRange;
    // "China's stated goal is peace" declares it; "the alliance contradicts China's stated positions" is the
    // writer's claim about those positions, its "stated" an adjective of the object.
    const opensClause =
      /^[\s,;:—–-]*(?:(?:but|and|yet|while|however|meanwhile|still|although|though)[\s,]+)*$/iu.test(
        analysis.text.slice(segment.start, mention.start),
      );
    // (In someone's reported words it is theirs to tell: "Sybiha wrote that the capture 'puts into question
    // China's declared stance'.")
    const reported =
      insideAny(analysis.quoted, mention.start) ||
      insideReportedThatClause(analysis.text.slice(0, mention.start)) ||
      // "According to him, China's position is that ...": the source tells of it.
      /\baccording\s+to\b/iu.test(analysis.text.slice(0, mention.start));
    if (!word.startsWith("self-") && !opensClause && !reported) continue;
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
