import type { Actor, Pronoun } from "../domain/actor";
import type { Sentence } from "../domain/article";
import type { PointKind } from "../domain/briefing";
import { actsInPassing } from "./actsInPassing";
import { createArticleNames, withoutPeopleOutOfOffice } from "./articleNames";
import { backwardSourcing, narratesMeeting } from "./backwardSourcing";
import { carriesContent, narratesMeetingOnly } from "./contentWords";
import {
  carriedByStateOutlet,
  documentIssuersIn,
  namesJointDocument,
  namesOthersDocument,
  quotedInOwnersDocument,
  readoutIssuersIn,
  sourcedToNamedDocument,
} from "./documents";
import { continuesPoints, type EnumeratedPoints, pointsOpenedBy } from "./enumeratedPoints";
import {
  answerParagraphs,
  answersForInterviewee,
  eventsInTurn,
  firstPersonWord,
  type Interviewee,
  intervieweeOf,
  statedByAuthor,
  statedInTurn,
  statementAuthorOf,
  type TranscriptTurn,
  transcriptTurns,
  turnSpeaker,
  turnTextStart,
} from "./interviews";
import { agentNouns, officialActVerbs } from "./lexicon";
import { createMentionReader } from "./mentionReader";
import { siteIssuerOf } from "./officialSites";
import { pointTextFrom } from "./pointText";
import {
  agencyReadoutOf,
  type MeetingReadout,
  meetingReadoutOf,
  showsOutsideVoice,
  sourcedReadoutOf,
  sourceSentenceLimit,
  stateOfAgency,
  toldByReadout,
} from "./readouts";
import {
  createRelayChain,
  type OutletAccount,
  outletAccountOf,
  quotedByOutletBefore,
  relayedByCiter,
  relayedByStateMedia,
  toldByOutlet,
  toldInPrivate,
} from "./relayedWords";
import { roleAfterMention, roleBeforeMention, titlesOfPerson } from "./roles";
import { isContentWord, type SentenceMention, type SpeechEvent } from "./sentenceAnalysis";
import {
  closesEarlierQuotation,
  findQuotedRanges,
  insideAny,
  leavesQuotationOpen,
  wordsIn,
} from "./sentenceParts";
import { createSourcedAccounts } from "./sourcedAccounts";
import {
  claimantOf,
  findSpeechEvents,
  speakerMayBeAnActor,
  subjectOfQuotedSentence,
  withoutAddressedSpeakers,
} from "./speechEvents";
import {
  characterisedByWriter,
  framedByWriter,
  isOpinionHeadline,
  mindReadByWriter,
  peopleAsSpeaker,
  relayedByWriter,
} from "./writerVoice";

/** One stretch of a sentence that the reading found an actor stating, or others claiming about it. */
export interface PointCandidate {
  kind: PointKind;
  text: string;
  citation: string;
  /** An official act of the actor's (see officialActVerbs): on the record in anyone's text. */
  act?: boolean;
  /** Who makes an attributed claim (see claimantOf). */
  claimant?: string | undefined;
}

/** A speaker named by "the" and an institution alone: "the Commerce Ministry", "the ministry". */
const unownedHead = /^the\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}([\p{L}-]+)$/iu;

/**
 * The pronoun of the person who spoke for each speaker of a sentence: the last of its people named outside
 * quotations, else the one pronoun the sentence uses outside them ("..., she said."), else what was known.
 */
function speakerPronouns(
  text: string,
  unquotedMentions: readonly SentenceMention[],
  speakers: readonly string[],
  known: ReadonlyMap<string, Pronoun>,
): Map<string, Pronoun> {
  if (speakers.length === 0) return new Map();
  const quoted = findQuotedRanges(text);
  const used = new Set(
    [...text.matchAll(/\b(he|she)\b/giu)]
      .filter((match) => !insideAny(quoted, match.index))
      .map((match) => (match[1] ?? "").toLowerCase() as Pronoun),
  );
  const pronouns = new Map<string, Pronoun>();
  for (const speaker of speakers) {
    const named = unquotedMentions.filter((mention) => mention.actor === speaker && mention.person).at(-1);
    const pronoun = named ? named.pronoun : used.size === 1 ? [...used][0] : known.get(speaker);
    if (pronoun) pronouns.set(speaker, pronoun);
  }
  return pronouns;
}

/** A subject opening with a person's name and an appositive: "Dmytro Lykhovii, spokesman for ...". */
const properNameOpening = /^((?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}\p{Lu}[\p{Ll}'’-]+),/u;

/**
 * A sentence opening by putting what follows down to unnamed sources: "According to several sources cited by
 * ...". ("Kremlin sources said ..." is a new claim of its own, not the sourcing of the sentence before.)
 */
const anonymousSourcing =
  /^according to\s+(?:(?:several|two|three|four|multiple|unnamed|anonymous|some|diplomatic)\s+)*(?:sources|people|persons|insiders|officials familiar)\b/iu;

/**
 * "According to the statement, the Ukrainian side said ...": one side's document telling what the other side
 * said is its account of it.
 */
function toldByDocument(text: string, event: SpeechEvent, issuers: readonly string[]): boolean {
  return (
    sourcedToNamedDocument.test(text) &&
    event.kind === "statement" &&
    event.speakers.length > 0 &&
    issuers.length > 0 &&
    !event.speakers.some((speaker) => issuers.includes(speaker))
  );
}

/**
 * "... included Chinese banks in the list. This is reported by South China Morning Post.": what the sentence
 * before filed as stated is the paper's account, unless the paper is the actor's own state agency.
 */
function creditOutletBefore(
  statedBefore: readonly { actor: string; candidate: PointCandidate }[],
  outlet: string,
  actors: readonly Actor[],
): void {
  const ownOutletOf = stateOfAgency(actors, outlet);
  for (const { actor, candidate } of statedBefore) {
    if (actor === ownOutletOf) continue;
    candidate.kind = "attributed";
    candidate.claimant = outlet;
  }
}

/**
 * "The ministry said this in a comment on ...": the sentence before is the sources' (a narrated meeting stays
 * nobody's), and what it had others state becomes the sources' claim about them.
 */
function creditSentenceBefore(
  evidence: ReadonlyMap<string, ActorEvidence>,
  before: { id: string; text: string; mentions: readonly SentenceMention[] },
  statedBefore: readonly { actor: string; candidate: PointCandidate }[],
  sources: readonly string[],
): void {
  const claimant = sources.join(" and ");
  for (const { actor, candidate } of statedBefore) {
    if (sources.includes(actor)) continue;
    candidate.kind = "attributed";
    candidate.claimant = claimant;
  }
  // "The corresponding issue was discussed by Kyiv and Beijing. This was announced by ...": a meeting told.
  const meetingOnly =
    narratesMeeting.test(before.text) ||
    narratesMeetingOnly(before.text, { start: 0, end: before.text.length });
  if (statedBefore.length === 0 && meetingOnly) return;
  const text = pointTextFrom(before.text, { start: 0, end: before.text.length });
  for (const actor of sources) {
    const cited = evidence.get(actor)?.candidates.some((candidate) => candidate.citation === before.id);
    if (!cited) evidence.get(actor)?.candidates.push({ kind: "stated", text, citation: before.id });
  }
  for (const actor of subjectOfQuotedSentence(before.text, before.mentions)) {
    if (sources.includes(actor) || statedBefore.some((entry) => entry.actor === actor)) continue;
    evidence.get(actor)?.candidates.push({ kind: "attributed", text, citation: before.id, claimant });
  }
}

/**
 * Where an article comes from, as far as its reading needs: an official site's article is its actor's own text;
 * a stored article (it has a title) opens with its headline, the text's first paragraph.
 */
export interface ArticleSource {
  url?: string | undefined;
  title?: string | undefined;
}

/**
 * On an actor's own site ("president.gov.ua"), every other actor's statement is the site's account of it
 * ("Wang Yi emphasized that ..." in Kyiv's readout is Ukraine's account of China), never that actor's own word.
 */
function toldBySite(evidence: ReadonlyMap<string, ActorEvidence>, siteIssuer: string): void {
  for (const [actor, { candidates }] of evidence) {
    if (actor === siteIssuer) continue;
    for (const candidate of candidates.filter((entry) => entry.kind === "stated" && !entry.act)) {
      candidate.kind = "attributed";
      candidate.claimant = siteIssuer;
    }
  }
}

/**
 * "BEIJING, June 26 (Xinhua) --", "MOSCOW (Reuters) -", "Brussels –": a place, maybe a date and an agency, a dash;
 * or TASS's "BEIJING, October 23. /TASS/.".
 */
const datelinePattern =
  /^([\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*)?)(?:,[^()–—/-]{1,40})?\s*(?:(?:\([^)]{1,30}\))?\s*(?:--|—|–|-)\s+\S|\/[\p{L} -]{2,20}\/)/u;

/** The actor whose capital (an alias of it) datelines the story's opening (after a headline, or first). */
function datelineActorOf(sentences: readonly Sentence[], actors: readonly Actor[]): string | undefined {
  const openings = [0, 1].map((paragraph) => sentences.find((sentence) => sentence.paragraph === paragraph));
  const place = openings
    .map((opening) => opening && datelinePattern.exec(opening.text)?.[1]?.toLowerCase())
    .find((found) => found !== undefined);
  if (!place) return undefined;
  const owners = actors.filter((actor) =>
    actor.aliases.some((alias) => alias.toLowerCase() === place && /^\p{Lu}\p{Ll}/u.test(alias)),
  );
  return owners.length === 1 ? owners[0]?.name : undefined;
}

/** A role holder brought in with "a"/"an" ("A German government spokesman ..."). */
const introducesRoleHolder = new RegExp(
  `\\b(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${[...agentNouns].join("|")})\\b`,
  "iu",
);

/** How many sentences back "both leaders" or "he" may point. */
const coreferenceWindow = 3;
/** A speaker named only as "we" or "I". */
const firstPersonSubject = /^(?:we|i|let\s+(?:me|us))$/iu;
const startsWithQuote = (text: string) => /^["“«„]/u.test(text);
/** `Quote: "..."` under a named speaker's line, as some outlets lay a quotation out: that speaker's words. */
const labelledQuotation = (text: string) => /^Quote:\s*["“«„]/u.test(text);
const holdsQuote = (text: string) => /["“”«»„]/u.test(text);

export interface ActorEvidence {
  mentionedIn: string[];
  candidates: PointCandidate[];
}

// The reading is a pure function of the sentences, the actors and the article's site. The offline engine and
// verify/ read the same request (the same arrays), so whichever comes second gets the reading already made
// instead of doubling the work of an offline briefing.
const readings = new WeakMap<
  readonly Sentence[],
  WeakMap<readonly Actor[], Map<string, ReadonlyMap<string, Readonly<ActorEvidence>>>>
>();
/** The cache key of a reading's site: the actor whose own site published the article, if one did. */
const siteKey = (source: ArticleSource, actors: readonly Actor[]) =>
  `${siteIssuerOf(source.url, actors) ?? ""}${source.title === undefined ? "" : "|headline"}`;

/**
 * "Kremlin warns Europe" over a text in which only analysts speak: a headline is the outlet's summary of its text,
 * so an actor whose only statements are the headline's has none the text bears out.
 */
function withoutHeadlineOnlyStatements(
  sentences: readonly Sentence[],
  evidence: Map<string, ActorEvidence>,
): void {
  const headline = new Set(
    sentences.filter((sentence) => sentence.paragraph === 0).map((sentence) => sentence.id),
  );
  if (headline.size === 0 || headline.size === sentences.length) return;
  for (const entry of evidence.values()) {
    const stated = entry.candidates.filter((candidate) => candidate.kind === "stated");
    if (stated.length > 0 && stated.every((candidate) => headline.has(candidate.citation)))
      entry.candidates = entry.candidates.filter((candidate) => candidate.kind !== "stated");
  }
}

/**
 * Reads every sentence once: who is named, who says or does what (stated), what others claim about whom
 * (attributed). A quotation that runs on into the next sentence stays with its speaker.
 */
export function collectActorEvidence(
  sentences: readonly Sentence[],
  actors: readonly Actor[],
  source: ArticleSource = {},
): ReadonlyMap<string, Readonly<ActorEvidence>> {
  return (
    readings.get(sentences)?.get(actors)?.get(siteKey(source, actors)) ??
    collectActorEvidenceUntil(sentences, actors, undefined, source).evidence
  );
}

/** How many sentences are read between two looks at the clock. */
const sentencesPerClockCheck = 32;

/**
 * Like collectActorEvidence, but stops reading at `deadline` (a performance.now() time) and says how many
 * sentences it read: the evidence is that of the article's opening up to there. That reading is the one kept
 * for the request, so verify/ checks the briefing against what the engine read, in no more time.
 */
export function collectActorEvidenceUntil(
  sentences: readonly Sentence[],
  actors: readonly Actor[],
  deadline: number | undefined,
  source: ArticleSource = {},
): { evidence: ReadonlyMap<string, Readonly<ActorEvidence>>; sentencesRead: number } {
  const byActors = readings.get(sentences) ?? new WeakMap();
  readings.set(sentences, byActors);
  const bySite = byActors.get(actors) ?? new Map();
  byActors.set(actors, bySite);
  const site = siteKey(source, actors);
  const reading = readArticle(sentences, actors, deadline, siteIssuerOf(source.url, actors));
  if (source.title !== undefined) withoutHeadlineOnlyStatements(sentences, reading.evidence);
  bySite.set(site, reading.evidence);
  return reading;
}

/** Official acts that say nothing (votes, vetoes, suspensions, sanctions), unlike signing a document. */
const silentActs = new Set(
  [...officialActVerbs].filter((verb) => /^(?:abstain|vot|veto|suspend|halt|impos|sanction)/u.test(verb)),
);

function readArticle(
  sentences: readonly Sentence[],
  catalogActors: readonly Actor[],
  deadline: number | undefined,
  siteIssuer: string | undefined,
): { evidence: Map<string, ActorEvidence>; sentencesRead: number } {
  let sentencesRead = 0;
  const actors = withoutPeopleOutOfOffice(
    catalogActors,
    sentences.map((sentence) => sentence.text),
  );
  const datelineActor = datelineActorOf(sentences, actors);
  const evidence = new Map(
    actors.map((actor) => [actor.name, { mentionedIn: [], candidates: [] } as ActorEvidence]),
  );
  // Family names and titled names the article teaches ("Mr Michel") count from the sentence after.
  const articleNames = createArticleNames(actors);
  let readMentions = createMentionReader(actors);
  const recent: SentenceMention[][] = [];
  const recentUnquoted: SentenceMention[][] = [];
  let previousSpeakers: string[] = [];
  // The speakers of the last sentence that had any, past lines such as "Source: ... on Facebook".
  let lastSpeakers: string[] = [];
  // How many sentences ago lastSpeakers spoke.
  let lastSpeakersAge = 0;
  let previousHadQuote = false;
  let previousHadOtherSpeaker = false;
  let previousOtherPronouns: string[] = [];
  let openQuotation:
    | {
        sentences: Array<{ sentence: Sentence; mentions: SentenceMention[] }>;
        speakersBefore: string[];
        /** The one actor that spoke in the sentence before, quotation or not. */
        lastSpeaker: string[];
        /** The outlet whose account the quotation's opening words were ("..., according to the AP."). */
        toldBy?: string | undefined;
      }
    | undefined;
  // "He"/"she" is named by the actor's person last named ("[Zelenskiy] added ..."), "it"/"they" by the actor.
  const lastPersonNamed = new Map<string, string>();
  const nameFor = (event: SpeechEvent, sentenceText: string) => {
    const actor = event.speakers[0] as string;
    const personal = /^(?:he|she)\b/iu.test(sentenceText.slice(event.text.start));
    return (personal && lastPersonNamed.get(actor)) || actor;
  };
  // Closed by someone who is none of the actors (`... talks," the German spokesman said.`), the quotation is
  // their claim about whichever actor each of its sentences is about.
  const addOpenQuotation = (
    speakers: readonly string[],
    reportedBy?: { claimant: string | undefined } | undefined,
  ) => {
    for (const { sentence: quoted, mentions } of openQuotation?.sentences ?? []) {
      if (narratesMeetingOnly(quoted.text, { start: 0, end: quoted.text.length })) continue;
      const text = pointTextFrom(quoted.text, { start: 0, end: quoted.text.length });
      const toldBy = openQuotation?.toldBy;
      for (const actor of speakers) {
        evidence
          .get(actor)
          ?.candidates.push(
            toldBy === undefined
              ? { kind: "stated", text, citation: quoted.id }
              : { kind: "attributed", text, citation: quoted.id, claimant: toldBy },
          );
      }
      const about = reportedBy ? subjectOfQuotedSentence(quoted.text, mentions) : [];
      for (const actor of about) {
        evidence.get(actor)?.candidates.push({
          kind: "attributed",
          text,
          citation: quoted.id,
          claimant: reportedBy?.claimant,
        });
      }
    }
    openQuotation = undefined;
  };
  const namedSoFar = new Set<string>();
  let previousSpeakerPronouns = new Map<string, Pronoun>();
  let documentIssuers: string[] = [];
  let documentIssuedByOthers = false;
  const roleOwners = new Map<string, string>();
  // A whole quotation nobody was given, and the one actor that spoke outside quotations just before it.
  let unattributedQuotation: { sentence: Sentence; speakerBefore: string | undefined } | undefined;
  // The one actor whose statement, outside quotations, the previous sentence reported.
  let indirectSpeaker: string | undefined;
  const giveQuotation = (quoted: Sentence, speakers: readonly string[]) => {
    if (narratesMeetingOnly(quoted.text, { start: 0, end: quoted.text.length })) return;
    const quotedText = pointTextFrom(quoted.text, { start: 0, end: quoted.text.length });
    for (const actor of speakers) {
      evidence.get(actor)?.candidates.push({ kind: "stated", text: quotedText, citation: quoted.id });
    }
  };
  const opinion = isOpinionHeadline(sentences[0]?.text ?? "");
  let interviewee: Interviewee | undefined;
  let statementAuthor: string | undefined;
  const answers = answerParagraphs(sentences);
  let turns = new Map<number, TranscriptTurn>();
  const turnSpeakers = new Map<TranscriptTurn, string | undefined>();
  // An article on an actor's own site is its readout: what others said there is its account of them.
  const readoutIssuers = new Set<string>(siteIssuer ? [siteIssuer] : []);
  let meetingReadout: MeetingReadout | undefined;
  let headlineActors: string[] = [];
  let headlinePeople: string[] = [];
  // The previous sentence's stated points, for sourcing given a sentence later ("X said this ..."); `silent`
  // marks an act that said nothing (see silentActs).
  let previousStated: { actor: string; candidate: PointCandidate; silent?: boolean }[] = [];
  const jointStatements: { actor: string; speakers: readonly string[]; candidate: PointCandidate }[] = [];
  // Actors whose own words the article quotes: a report with more than one side on record is no one side's readout.
  const quotedActors = new Set<string>();
  // Actors with a statement of their own, no one else speaking with them: they are on record for themselves.
  const speaksAlone = new Set<string>();
  // "Ms Ivanova" teaches that "Ivanova" is "she" for the rest of the article.
  const pronounsByName = new Map<string, Pronoun>();
  const sourcedAccounts = createSourcedAccounts();
  const relayChain = createRelayChain();
  const onRecord = (actor: string) =>
    evidence.get(actor)?.candidates.some((candidate) => candidate.kind === "stated") === true;
  let previousSentence: { id: string; text: string; mentions: SentenceMention[] } | undefined;
  // The outlet whose account of someone the previous sentence told ("..., reported TASS.").
  let outletAccount: OutletAccount | undefined;
  // The paragraph the site's own statement last spoke in, outside quotations, with no one else speaking.
  let siteParagraph: number | undefined;
  let enumeration: EnumeratedPoints | undefined;
  for (const sentence of sentences) {
    if (
      deadline !== undefined &&
      sentencesRead % sentencesPerClockCheck === 0 &&
      sentencesRead > 0 &&
      performance.now() > deadline
    )
      break;
    sentencesRead += 1;
    lastSpeakersAge += 1;
    const mentions = readMentions(sentence.text, namedSoFar).map((mention) => {
      const name = sentence.text.slice(mention.start, mention.end);
      if (mention.pronoun && mention.person) pronounsByName.set(name, mention.pronoun);
      const learnt = pronounsByName.get(name);
      return mention.pronoun || !learnt ? mention : { ...mention, pronoun: learnt };
    });
    // Whom "he" and "she" may point back to: persons named inside a quotation are talked about, not talking.
    const quoted = findQuotedRanges(sentence.text);
    // Inside a quotation an earlier sentence opened, up to its closing mark ("Mr. Zelensky does not seem to be
    // participating. We heard his message," he said.), the speaker talks about whoever he names.
    const quotationCloses = openQuotation ? sentence.text.search(/["”»]/u) : 0;
    const stillQuoted = (mention: SentenceMention) =>
      openQuotation !== undefined && (quotationCloses < 0 || mention.start < quotationCloses);
    const unquotedMentions = mentions.filter(
      (mention) => !insideAny(quoted, mention.start) && !stillQuoted(mention),
    );
    for (const mention of mentions) namedSoFar.add(mention.actor);
    for (const actor of new Set(mentions.map((mention) => mention.actor))) {
      evidence.get(actor)?.mentionedIn.push(sentence.id);
    }
    const recentSpeakers = new Set([
      ...previousSpeakers,
      ...(lastSpeakersAge <= coreferenceWindow ? lastSpeakers : []),
    ]);
    const found = findSpeechEvents(sentence.text, mentions, {
      recentMentions: recent.flat(),
      previousSpeakers,
      previousSpeakerPronouns,
      documentIssuers,
      documentIssuedByOthers,
      roleOwners,
      previousHadOtherSpeaker,
      previousOtherPronouns,
      previousMentions: recentUnquoted.at(-1) ?? [],
      recentUnquotedMentions: recentUnquoted.flat(),
      ...(siteIssuer && { siteIssuer }),
      ...(datelineActor && { datelineActor }),
      // In one side's readout its own official is whom an unexplained "the minister" most likely is.
      ...(meetingReadout
        ? { recentSpeaker: meetingReadout.issuer }
        : lastSpeakers.length === 1 &&
          lastSpeakersAge <= coreferenceWindow && { recentSpeaker: lastSpeakers[0] }),
      headlinePeople,
    });
    if (sentencesRead === 1) {
      interviewee = intervieweeOf(sentence.text, mentions, siteIssuer);
      turns = transcriptTurns(sentences, interviewee);
    } else if (sentencesRead === 2 && !interviewee) {
      // "In a major interview with RBC-Ukraine, Ukraine's foreign minister speaks about ...": a standfirst that
      // names the interview when the headline only quotes it.
      interviewee = intervieweeOf(sentence.text, mentions, siteIssuer);
      if (interviewee) turns = transcriptTurns(sentences, interviewee);
    }
    const turn = turns.get(sentence.paragraph);
    if (turn?.opensIn === sentence.id)
      turnSpeakers.set(turn, turnSpeaker(turn, mentions, interviewee, siteIssuer));
    const read = turn ? eventsInTurn(found, turn, turnSpeakers.get(turn), sentence, mentions) : found;
    const events: SpeechEvent[] = read
      .map((event) => peopleAsSpeaker(sentence.text, event, mentions))
      .map((event) => withoutAddressedSpeakers(sentence.text, event, mentions))
      .map((event) => characterisedByWriter(sentence.text, event, mentions))
      .map((event) => mindReadByWriter(sentence.text, event, mentions, recentSpeakers))
      .map((event) => framedByWriter(sentence.text, event))
      .map((event) => relayedByStateMedia(sentence.text, event, mentions, actors))
      .map((event) => quotedInOwnersDocument(sentence.text, event, mentions))
      .map((event) => relayedByCiter(sentence.text, event, mentions))
      .map((event) => toldInPrivate(sentence.text, event, mentions))
      .map((event) => toldByOutlet(sentence.text, event, mentions, actors))
      .map((event) => quotedByOutletBefore(sentence.text, event, outletAccount))
      .map((event) => (opinion ? relayedByWriter(sentence.text, event, mentions) : event));
    // "The ministry said this in a comment on ...": the sentence before was the ministry's, and what it said of
    // others is its claim about them.
    const sourcing = previousSentence ? backwardSourcing(sentence.text, events, mentions) : undefined;
    const sourcedBack = sourcing && "event" in sourcing ? sourcing : undefined;
    if (sourcedBack?.added) events.push(sourcedBack.event);
    if (sentencesRead === 1) {
      statementAuthor = statementAuthorOf(sentence.text, mentions);
      meetingReadout = meetingReadoutOf(sentences, mentions);
      if (meetingReadout) readoutIssuers.add(meetingReadout.issuer);
      headlineActors = mentions.map((mention) => mention.actor);
      headlinePeople = [
        ...new Set(mentions.filter((mention) => mention.person).map((mention) => mention.actor)),
      ];
    } else if (!meetingReadout && sentencesRead <= sourceSentenceLimit) {
      meetingReadout =
        sourcedReadoutOf(sentence.text, mentions, headlineActors) ??
        agencyReadoutOf(sentence.text, mentions, sentences, actors);
      if (meetingReadout) readoutIssuers.add(meetingReadout.issuer);
    } else if (meetingReadout?.sourced && showsOutsideVoice(sentence.text, events, meetingReadout.issuer)) {
      // A quotation or another source from here on speaks for itself.
      meetingReadout = undefined;
    }
    // "EU diplomacy chief's statements ... show union war-minded" over "..., Russia's spokeswoman said": a
    // headline about an official's statements, over a body that opens with someone else named speaking and no
    // first person, is a report.
    if (
      statementAuthor &&
      sentence.paragraph === 1 &&
      !firstPersonWord.test(sentence.text) &&
      events.some(
        (event) =>
          event.kind === "statement" &&
          event.speaker !== undefined &&
          event.speakers.length > 0 &&
          !event.speakers.includes(statementAuthor as string),
      )
    )
      statementAuthor = undefined;
    // An official's transcript turn, an interview's answer and a statement's body ("Statement by ...") state
    // their author's position, unless the sentence names a speaker itself.
    const turnVoice = turn ? turnSpeakers.get(turn) : undefined;
    const ownVoice =
      turnVoice && statedInTurn(sentence, mentions)
        ? turnVoice
        : interviewee && answersForInterviewee(sentence, mentions, answers)
          ? interviewee.actor
          : statementAuthor && statedByAuthor(sentence, mentions)
            ? statementAuthor
            : undefined;
    // "We have agreed on ...": the first person is the one whose words these are. What they say another actor
    // said or did ("the steps proposed by Beijing ...") is their account of it, not that actor's statement.
    for (const event of ownVoice ? events : []) {
      const subject = event.speaker ? wordsIn(sentence.text, event.speaker).filter(isContentWord) : [];
      // "We have agreed", "Let me stress that ...".
      const firstPerson = firstPersonSubject.test(subject.map((word) => word.text).join(" "));
      if (event.kind === "statement" && event.speakers.length === 0 && firstPerson)
        event.speakers = [ownVoice as string];
      // "The EU and China agreed that ..." in the EU's own text: China's part is the EU's account of it. (A joint
      // document, "Xi and Putin issued a joint statement", stays every issuer's.)
      else if (
        event.kind === "statement" &&
        event.speakers.some((speaker) => speaker !== ownVoice) &&
        !namesJointDocument(sentence.text)
      ) {
        event.targets = [...new Set([...event.speakers, ...event.targets])];
        event.speakers = [ownVoice as string];
      }
    }
    // On an actor's own site, a paragraph that opened with the site's statement ("President Xi noted that ...")
    // goes on in its voice through sentences naming no speaker and no other actor ("China determines its position
    // on its merits."; "President Putin extended congratulations" is the site's account of Russia, not its own).
    const siteGoesOn =
      siteParagraph === sentence.paragraph && mentions.every((mention) => mention.actor === siteIssuer);
    // "... the following five points: 1. China maintains ... 2. ...": the numbered points are the speaker's.
    if (enumeration && !continuesPoints(enumeration, sentence)) enumeration = undefined;
    // A block quotation ("She said:") ends where a sentence names a speaker of its own.
    if (enumeration?.blockOpenedIn !== undefined && events.length > 0) enumeration = undefined;
    const plainVoice =
      ownVoice ?? (siteGoesOn ? siteIssuer : undefined) ?? (enumeration ? enumeration.speaker : undefined);
    if (plainVoice && events.length === 0) {
      events.push({
        kind: "statement",
        cue: "own words",
        speakers: [plainVoice],
        targets: subjectOfQuotedSentence(sentence.text, mentions).filter((actor) => actor !== plainVoice),
        text: { start: turn ? turnTextStart(turn, sentence) : 0, end: sentence.text.length },
      });
    }
    const statements = events.filter((event) => event.kind !== "hearsay" && event.speakers.length > 0);
    const statementSpeakers = [...new Set(statements.flatMap((event) => event.speakers))];
    enumeration = pointsOpenedBy(sentence, statementSpeakers) ?? enumeration;
    if (events.length > 0)
      siteParagraph =
        statementSpeakers.length === 1 &&
        statementSpeakers[0] === siteIssuer &&
        statements.length === events.length &&
        !holdsQuote(sentence.text)
          ? sentence.paragraph
          : undefined;
    const quotationOf = (speakers: string[]): SpeechEvent => ({
      kind: "statement",
      cue: "quotation",
      speakers,
      targets: [],
      text: { start: 0, end: sentence.text.length },
    });
    // A quotation over several sentences whose attribution comes at its end: `"We are not ... table.` /
    // `We expect ... this," Zelenskiy said.` The opening sentences wait for the speaker named at the close.
    let insideOpenQuotation = false;
    // Who speaks in a sentence that only closes a quotation (`This is a long process.”`): its opener's speaker.
    let closingSpeakers: string[] = [];
    if (openQuotation) {
      insideOpenQuotation = statements.length === 0 && !holdsQuote(sentence.text);
      if (insideOpenQuotation) openQuotation.sentences.push({ sentence, mentions });
      else {
        // Wire style also reopens the quotation in each paragraph: `"We will fight.` / `"We will win," he said.`
        const continuesQuotation = closesEarlierQuotation(sentence.text) || startsWithQuote(sentence.text);
        const closedBySpeaker = continuesQuotation && statementSpeakers.length > 0;
        const otherSpeaker = events.find(
          (event) => event.kind === "statement" && event.speakers.length === 0,
        );
        const closedByOther = continuesQuotation && !closedBySpeaker && otherSpeaker !== undefined;
        const closedWithoutSpeaker =
          closesEarlierQuotation(sentence.text) && events.length === 0 && !leavesQuotationOpen(sentence.text);
        if (closedWithoutSpeaker) {
          openQuotation.sentences.push({ sentence, mentions });
          closingSpeakers = openQuotation.speakersBefore;
        }
        if (closedByOther) addOpenQuotation([], { claimant: claimantOf(sentence.text, otherSpeaker) });
        else addOpenQuotation(closedBySpeaker ? statementSpeakers : openQuotation.speakersBefore);
      }
    }
    // A quotation with its own speaker, even one who is none of the actors (`"...," said an analyst.`), is theirs.
    const labelled = labelledQuotation(sentence.text) && lastSpeakers.length === 1;
    const startsQuotation =
      events.every((event) => event.kind === "hearsay") && (startsWithQuote(sentence.text) || labelled);
    const quotedSpeakers = labelled ? lastSpeakers : previousSpeakers;
    if (!insideOpenQuotation && startsQuotation && leavesQuotationOpen(sentence.text)) {
      // `"...," Zelenskyy said, according to the AP.` / `"But the question is ...` / `... lead to."`: the
      // quotation going on is still the outlet's account.
      const speakersBefore = previousHadQuote || labelled ? quotedSpeakers : [];
      const toldByOutlet =
        outletAccount !== undefined &&
        speakersBefore.length > 0 &&
        speakersBefore.every((speaker) => outletAccount?.actors.includes(speaker));
      openQuotation = {
        sentences: [{ sentence, mentions }],
        speakersBefore,
        lastSpeaker: quotedSpeakers.length === 1 ? quotedSpeakers : [],
        ...(toldByOutlet && { toldBy: outletAccount?.claimant }),
      };
    } else if (!insideOpenQuotation && startsQuotation && (previousHadQuote || labelled)) {
      events.push(quotationOf(quotedSpeakers));
    } else if (!openQuotation && statementSpeakers.length === 1 && leavesQuotationOpen(sentence.text)) {
      // `He said, "It's hard for us to talk about NATO.` / `I think it's a mistake ...`: a quotation its speaker
      // opened runs on in his name until it closes.
      openQuotation = { sentences: [], speakersBefore: statementSpeakers, lastSpeaker: statementSpeakers };
    }
    // "Wang Yi told Kallas that ..." / "According to several sources cited by the paper, China fears ...": an
    // account the next sentence opens by putting down to unnamed sources rests on them, so the statements before
    // about the same actor become those sources' claims. A quotation keeps its speaker.
    if (anonymousSourcing.test(sentence.text)) {
      for (const event of events.filter((candidate) => candidate.speakers.length === 0)) {
        for (const { actor, candidate } of holdsQuote(previousSentence?.text ?? "") ? [] : previousStated) {
          if (!event.targets.includes(actor)) continue;
          candidate.kind = "attributed";
          candidate.claimant = claimantOf(sentence.text, event);
          if (previousSentence)
            sourcedAccounts.relayed(
              actor,
              previousSentence.text,
              previousSentence.mentions,
              candidate.claimant,
            );
        }
      }
    }
    // "This was stated by Borrell on Twitter, Ukrinform reports.": the speaker's words through an outlet.
    const outletOfSourcing =
      sourcedBack && toldByOutlet(sentence.text, sourcedBack.event, mentions, actors).claimant;
    if (sourcing && "outlet" in sourcing) creditOutletBefore(previousStated, sourcing.outlet, actors);
    // (An act the speaker announced there, "The EU has joined the coalition", stays the actor's act.)
    else if (outletOfSourcing)
      creditOutletBefore(
        previousStated.filter(({ candidate }) => !candidate.act),
        outletOfSourcing,
        actors,
      );
    else if (sourcedBack && previousSentence)
      creditSentenceBefore(evidence, previousSentence, previousStated, sourcedBack.speakers);
    const stated: typeof previousStated = [];
    let quotationClaimed = false;
    let carriedOn = false;
    for (const event of events) {
      if (event === sourcedBack?.event) continue;
      // "Kremlin says." names a speaker and a verb only: no point. After a quotation nobody was given it
      // (`"We will stay vigilant."` / `Kallas notes.`), it says whose the quotation is.
      if (
        event.kind === "statement" &&
        !carriesContent(sentence.text, event.text, mentions, event.cue, event.speaker)
      ) {
        if (unattributedQuotation) giveQuotation(unattributedQuotation.sentence, event.speakers);
        quotationClaimed = unattributedQuotation !== undefined;
        continue;
      }
      // "Zelensky said he spoke with Xi by phone", "..., the statement said" after "Lavrov and Wang discussed ...":
      // a meeting or call as such is no one's position, whoever tells of it.
      if (
        event.kind === "statement" &&
        event.speakers.length > 0 &&
        narratesMeetingOnly(sentence.text, event.text)
      )
        continue;
      const text = pointTextFrom(sentence.text, event.text, {
        keepOpening: event.kind === "self_attribution",
        ...(event.pronounSubject &&
          event.speakers.length === 1 && { subjectName: nameFor(event, sentence.text) }),
      });
      // "Wang rejected the accusations ..." after sources told of Wang's words: still their account.
      // "Wang Yi emphasized that ..." in Ukraine's readout of the meeting: Ukraine's account of him.
      const chained = relayChain.continuedBy(sentence.text, event, mentions);
      carriedOn ||= chained !== undefined;
      const carried = toldByReadout(meetingReadout, sentence.text, event, mentions)
        ? { claimant: meetingReadout?.issuer }
        : toldByDocument(sentence.text, event, documentIssuers)
          ? { claimant: documentIssuers.join(" and ") }
          : (sourcedAccounts.continuedBy(sentence.text, event, mentions, onRecord) ?? chained);
      if (carried) {
        for (const actor of event.speakers) {
          evidence.get(actor)?.candidates.push({
            kind: "attributed",
            text,
            citation: sentence.id,
            claimant: carried.claimant,
          });
        }
      } else if (event.kind !== "hearsay" && !event.onlyRelays) {
        for (const actor of event.speakers) {
          const candidate: PointCandidate = {
            kind: "stated",
            text,
            citation: sentence.id,
            ...(officialActVerbs.has(event.cue.toLowerCase()) && { act: true }),
          };
          evidence.get(actor)?.candidates.push(candidate);
          stated.push({ actor, candidate, silent: silentActs.has(event.cue.toLowerCase()) });
          if (event.speakers.length === 1) speaksAlone.add(actor);
          if (holdsQuote(sentence.text)) quotedActors.add(actor);
          // A joint document ("Xi and Putin issued a joint statement") is each issuer's, even in one side's
          // readout.
          if (event.speakers.length > 1 && !namesJointDocument(sentence.text))
            jointStatements.push({ actor, speakers: event.speakers, candidate });
        }
      }
      const claimant = claimantOf(sentence.text, event);
      const unknownSpeaker = speakerMayBeAnActor(sentence.text, event);
      // "..., with Xi reaffirming China's support ...": the one named as speaking is the actor's own person.
      const { speaker } = event;
      const ownPersonSpeaks = (actor: string) =>
        speaker !== undefined &&
        mentions.some(
          (mention) =>
            mention.person &&
            mention.actor === actor &&
            mention.start >= speaker.start &&
            mention.end <= speaker.end,
        );
      for (const actor of unknownSpeaker ? [] : event.targets) {
        if (event.speakers.includes(actor) || ownPersonSpeaks(actor)) continue;
        // "The Kremlin ... dismissed claims that Moscow was behind the poisoning": claims the actor answers in
        // its own statement are what it rebuts, not a claim to file beside it.
        if (event.kind === "hearsay" && !claimant && statementSpeakers.includes(actor)) continue;
        evidence.get(actor)?.candidates.push({ kind: "attributed", text, citation: sentence.id, claimant });
      }
      for (const actor of event.relays ?? [])
        sourcedAccounts.relayed(actor, sentence.text, mentions, claimant);
    }
    // "China protested the sanctions adopted by the EU": the EU's act, taken as given, is on the record as its own,
    // not China's claim about it.
    for (const act of actsInPassing(sentence.text, unquotedMentions)) {
      const actor = evidence.get(act.actor);
      if (!actor || stated.some((entry) => entry.actor === act.actor)) continue;
      actor.candidates = actor.candidates.filter(
        (candidate) => candidate.kind === "stated" || candidate.citation !== sentence.id,
      );
      const candidate: PointCandidate = {
        kind: "stated",
        text: pointTextFrom(sentence.text, act.range),
        citation: sentence.id,
        act: true,
      };
      actor.candidates.push(candidate);
      stated.push({ actor: act.actor, candidate, silent: true });
    }
    previousStated = stated;
    outletAccount = outletAccountOf(events);
    relayChain.sentenceRead(events, carriedOn);
    // `He pointed out that Russia ...` / `"Putin must stop ..."`: a quotation the next sentence does not claim
    // goes on from the one actor that had just spoken.
    if (unattributedQuotation?.speakerBefore && !quotationClaimed)
      giveQuotation(unattributedQuotation.sentence, [unattributedQuotation.speakerBefore]);
    const speakerBefore = indirectSpeaker;
    const indirectSpeakers = new Set(
      holdsQuote(sentence.text) ? [] : stated.filter((entry) => !entry.silent).map((entry) => entry.actor),
    );
    const outsideSpeaker = events.some((event) => event.kind === "statement" && event.speakers.length === 0);
    indirectSpeaker = indirectSpeakers.size === 1 && !outsideSpeaker ? [...indirectSpeakers][0] : undefined;
    previousSentence = { id: sentence.id, text: sentence.text, mentions };
    // "Peskov was asked whether ... Zelenskyy said ...": the one asked is whom the next "He replied" names.
    const asked = unquotedMentions.find(
      (mention) =>
        mention.person &&
        /^\s+(?:was|were|has\s+been|had\s+been)\s+asked\b/iu.test(sentence.text.slice(mention.end)),
    );
    const speakers = asked
      ? [asked.actor]
      : [
          ...new Set([
            ...closingSpeakers,
            // "Moscow suspended its participation." then '"This puts food at risk."': an actor that only acted
            // did not speak, and what is quoted next is not its word. Signing or adopting a document is speaking.
            ...events
              .filter((event) => event.kind !== "hearsay" && !silentActs.has(event.cue.toLowerCase()))
              .flatMap((event) => [...event.speakers, ...(event.toldSpeakers ?? [])]),
          ]),
        ];
    // Sentences of a quotation still waiting for its speaker leave the speakers before it in view, so the
    // "she said" that closes it points past them.
    // So does a whole quotation no one is named for ("“If the US is worried ...”" between "she said ..." and
    // "Later, she said ...").
    const waitsForSpeaker =
      openQuotation?.sentences.some((quoted) => quoted.sentence === sentence) === true ||
      (startsWithQuote(sentence.text) && events.length === 0);
    if (!waitsForSpeaker || speakers.length > 0) {
      previousSpeakerPronouns = speakerPronouns(
        sentence.text,
        unquotedMentions,
        speakers,
        previousSpeakerPronouns,
      );
      previousSpeakers = speakers;
      if (speakers.length > 0) {
        lastSpeakers = speakers;
        lastSpeakersAge = 0;
      } else if (introducesRoleHolder.test(sentence.text)) {
        // "A German government spokesman was blunter.": a later "the spokesman" is that new one, no earlier speaker.
        lastSpeakers = [];
      }
      // "Source: Yermak on Telegram": the label names who speaks in the quotation laid out after it.
      const sourcePerson = /^source:\s/iu.test(sentence.text)
        ? unquotedMentions.find((mention) => mention.person)
        : undefined;
      if (sourcePerson) {
        lastSpeakers = [sourcePerson.actor];
        lastSpeakersAge = 0;
      }
      const otherSpeakers = events.filter(
        (event) => event.kind === "statement" && event.speakers.length === 0,
      );
      previousHadOtherSpeaker = otherSpeakers.length > 0;
      // "... the truce he agreed with Trump." / "She also emphasized ...": a "he" who spoke is not a later "she".
      previousOtherPronouns = otherSpeakers.map(
        (event) =>
          (event.speaker &&
            /\b(he|she)\s*$/iu
              .exec(sentence.text.slice(event.speaker.start, event.speaker.end))?.[1]
              ?.toLowerCase()) ??
          "",
      );
      previousHadQuote = speakers.length > 0 && holdsQuote(sentence.text);
    }
    // A whole quotation with no speaker may still get one from the next sentence.
    const givenToSomeone = events.some((event) => event.kind !== "hearsay") || insideOpenQuotation;
    unattributedQuotation =
      startsWithQuote(sentence.text) &&
      !givenToSomeone &&
      !leavesQuotationOpen(sentence.text) &&
      !openQuotation
        ? { sentence, speakerBefore }
        : undefined;
    const issuers =
      documentIssuersIn(sentence.text, mentions, events) ?? carriedByStateOutlet(sentence.text, actors);
    if (issuers) documentIssuedByOthers = false;
    else if (namesOthersDocument(sentence.text, mentions, events)) documentIssuedByOthers = true;
    documentIssuers = issuers ?? (documentIssuedByOthers ? [] : documentIssuers);
    // A role is learnt from whoever speaks: "Kuleba said Chinese Foreign Minister Qin Gang had assured him ..."
    // leaves "the minister" Kuleba's, and "Zelenskyy believes ... Russian President Vladimir Putin ..." leaves
    // "the president" Zelenskyy's.
    const sentenceStatements = events.filter((event) => event.kind === "statement");
    const sentenceSpeakers = new Set(sentenceStatements.flatMap((event) => event.speakers));
    for (const mention of unquotedMentions) {
      const roles = mention.person
        ? // "... with Foreign Ministry spokesman Lin Jian reiterating ...": a later "the spokesperson" is his.
          titlesOfPerson(sentence.text, mention)
        : [roleAfterMention(sentence.text, mention) ?? roleBeforeMention(sentence.text, mention)];
      for (const role of roles)
        if (role && (sentenceStatements.length === 0 || sentenceSpeakers.has(mention.actor)))
          roleOwners.set(role, mention.actor);
    }
    // "..., the Commerce Ministry said" read as China's leaves a later "the ministry" China's too, whoever spoke
    // in between.
    for (const event of sentenceStatements) {
      const head =
        event.speaker && unownedHead.exec(sentence.text.slice(event.speaker.start, event.speaker.end).trim());
      const role = head?.[1]?.toLowerCase();
      if (role && agentNouns.has(role) && event.speakers.length === 1)
        roleOwners.set(role, event.speakers[0] as string);
    }
    for (const issuer of readoutIssuersIn(sentence.text, mentions, events)) readoutIssuers.add(issuer);
    recent.push(mentions);
    recentUnquoted.push(unquotedMentions);
    if (recentUnquoted.length > coreferenceWindow) recentUnquoted.shift();
    if (recent.length > coreferenceWindow) recent.shift();
    for (const mention of mentions.filter((candidate) => candidate.person)) {
      lastPersonNamed.set(mention.actor, sentence.text.slice(mention.start, mention.end));
    }
    // "Dmytro Lykhovii, spokesman for the General Staff, told ...": a name the catalog does not know, speaking
    // for an actor, is whom a later "he said" is named by.
    for (const event of statements) {
      const name = event.speaker && properNameOpening.exec(sentence.text.slice(event.speaker.start))?.[1];
      const catalogPerson = mentions.some(
        (mention) =>
          mention.person &&
          event.speaker &&
          mention.start >= event.speaker.start &&
          mention.end <= event.speaker.end,
      );
      if (name && !catalogPerson && event.speakers.length === 1)
        lastPersonNamed.set(event.speakers[0] as string, name);
    }
    if (articleNames.learnFrom(sentence.text, mentions))
      readMentions = createMentionReader(articleNames.actors());
  }
  if (unattributedQuotation?.speakerBefore)
    giveQuotation(unattributedQuotation.sentence, [unattributedQuotation.speakerBefore]);
  // `Zelenskyy stressed the need for ...` / `"It is precisely ...` running to the article's end, never closed
  // nor attributed: the quotation goes on from the one speaker just before it.
  if (openQuotation)
    addOpenQuotation(
      openQuotation.speakersBefore.length > 0 ? openQuotation.speakersBefore : openQuotation.lastSpeaker,
    );
  // An article that is one actor's readout ("This is stated in the message of the Russian Foreign Ministry")
  // tells what "Lavrov and Wang Yi noted" as that actor's account: the counterpart's part is its claim. A side
  // on record on its own elsewhere ("Ukraine has accused Russia ... Both nations deny ...") speaks for itself.
  if (siteIssuer) toldBySite(evidence, siteIssuer);
  const [issuer, ...otherIssuers] = readoutIssuers;
  const othersQuoted = [...quotedActors].some((actor) => actor !== issuer);
  if (issuer !== undefined && otherIssuers.length === 0 && !othersQuoted) {
    for (const { actor, speakers, candidate } of jointStatements) {
      if (actor === issuer || !speakers.includes(issuer) || speaksAlone.has(actor)) continue;
      candidate.kind = "attributed";
      candidate.claimant = issuer;
    }
  }
  relayedByOwnAgency(evidence, actors);
  return { evidence, sentencesRead };
}

/**
 * "Geng Shuang ... cautioned against Sinophobia, according to China News Service": an actor's act or words told
 * by its own state agency are its own, whichever rule read the agency as the teller (docs/labelling-guide.md).
 */
function relayedByOwnAgency(evidence: Map<string, ActorEvidence>, actors: readonly Actor[]): void {
  for (const [actor, { candidates }] of evidence)
    for (const candidate of candidates) {
      if (candidate.kind !== "attributed" || candidate.claimant === undefined) continue;
      if (stateOfAgency(actors, candidate.claimant) !== actor) continue;
      candidate.kind = "stated";
      delete candidate.claimant;
    }
}
