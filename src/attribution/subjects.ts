// Subject resolution: who a stretch of a sentence names as speaker or as the one a claim is about.

import type { Pronoun } from "../domain/actor";
import type { Cue } from "./cues";
import { namesJointDocument } from "./documents";
import {
  agentNouns,
  calendarWords,
  clauseBoundaries,
  clauseOpeners,
  contentLeadWords,
  determiners,
  diplomaticNouns,
  documentNouns,
  groupReferencePattern,
  hyphenPrefixBefore,
  issuingVerbs,
  nonGovernmentNouns,
  nonOfficialModifiers,
  personGroupWords,
  prepositions,
  recommendationAfter,
  representingPrepositions,
  stanceVerbWords,
  trailingAttributionRest,
} from "./lexicon";
import {
  finiteVerbWords,
  firstWordIsOpener,
  insideMention,
  isContentWord,
  quoteCharacters,
  type SentenceAnalysis,
  type SentenceMention,
  segmentIndexAt,
  unquotedWords,
  withoutQuotations,
} from "./sentenceAnalysis";
import { insideAny, type TextRange, type Word, wordsIn } from "./sentenceParts";

/** "members", "member states", "capitals", "foreign ministers", "officials": the members of a bloc, or its people. */
const memberNounAfter =
  /^\s+(?:member\s+(?:states?|countries|nations|governments)|members|countries|nations|governments|capitals|(?:(?:foreign|defen[cs]e|finance|trade|energy|interior)\s+)?ministers|leaders|officials|diplomats|ambassadors)\b/iu;
/** An official and what keeps them anonymous: " official briefed on the talks", " diplomats who asked not to be named". */
const anonymousOfficialAfter =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:officials?|diplomats?|sources?)\s*,?\s*(?:(?:who\s+(?:was|were|is|are)\s+)?(?:briefed\s+on|familiar\s+with)|speaking\s+on\s+(?:the\s+)?condition|who\s+(?:asked|declined|spoke|requested)\s+(?:not\s+to\s+be|on\s+(?:the\s+)?condition|anonymity))/iu;

/** A head noun, then an appositive that puts its holder out of office: " diplomat, a former ambassador". */
const formerInApposition =
  /^\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?,\s*(?:a|an|the)\s+(?:former|retired|ex-|one-?time|erstwhile)/u;

/** "several", "some other", "a handful of": an unnamed share, where "26 of 27" or "all" would still be the bloc. */
const someMembersBefore =
  /(?:^|[^\p{L}])(?:several|some|other|a\s+few|few|many|certain|individual|a\s+number\s+of|a\s+group\s+of|a\s+handful\s+of)\s+(?:(?:other|more)\s+)?$/iu;

/**
 * Whether a mention inside a subject names the actor itself: "Russia", "China's foreign ministry", "the
 * Russian military", "a spokeswoman for China's foreign ministry" do; "critics of Beijing" and "the
 * Sino-Russian bond" do not.
 */
export function namesActorItself(
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
  // "the leaders of 26 of the EU's 27 member states": a share of the role holders is still the role.
  const share = before.at(-2);
  if (before.at(-1)?.lower === "of" && share && shareWord.test(share.lower) && before.at(-3)?.lower === "of")
    before.splice(-2);
  const previous = before.at(-1);
  // "the envoy for Ukraine and Russia issues", "critics of Beijing and Moscow": the second of two joined names
  // stands where the first does.
  const joinedTo =
    (previous?.lower === "and" || previous?.lower === "or") &&
    analysis.mentions.find(
      (other) =>
        other.actor !== mention.actor &&
        other.start >= from &&
        /^\s*$/u.test(analysis.text.slice(other.end, previous.start)),
    );
  if (joinedTo) return namesActorItself(analysis, joinedTo, from, reading);
  // "president of Ukraine", "officials in Kyiv" name the actor; "ambassador to the EU", "critics of Beijing" do not.
  // An embassy or envoy "in Kyiv" or "to China" is the host's guest, not its voice.
  // "the Ministry of Foreign Affairs of China": a portfolio ("of Foreign Affairs") belongs to the role before it.
  const portfolio =
    before.at(-2)?.lower === "affairs" && representingPrepositions.has(before.at(-4)?.lower ?? "");
  // "the Ministry of Commerce in Beijing": a one-word portfolio the same way.
  const portfolioWord = before.at(-2);
  const shortPortfolio =
    !portfolio &&
    before.at(-3)?.lower === "of" &&
    portfolioWord !== undefined &&
    portfolioWord.text !== portfolioWord.lower &&
    agentNouns.has(before.at(-4)?.lower ?? "");
  const roleWord = portfolio ? before.at(-5) : shortPortfolio ? before.at(-4) : before.at(-2);
  const role = roleWord?.lower ?? "";
  // An envoy "in Kyiv" or "for Ukraine" is a guest there or works on it; "EU leaders in Beijing" are only there.
  const hosted = (previous?.lower === "in" || previous?.lower === "for") && diplomaticNouns.has(role);
  const servesAnother =
    roleWord !== undefined &&
    analysis.mentions.some(
      (other) =>
        other !== mention &&
        other.end <= roleWord.start &&
        other.end >= roleWord.start - 32 &&
        other.start >= from,
    );
  const speaksFor =
    representingPrepositions.has(previous?.lower ?? "") && agentNouns.has(role) && !hosted && !servesAnother;
  // "a statement released by China's Foreign Ministry": the agent of an issued document is its issuer.
  // "a readout of the call issued by the Kremlin": the document may have an "of" phrase before its verb.
  const issuedBy =
    previous?.lower === "by" &&
    issuingVerbs.has(before.at(-2)?.lower ?? "") &&
    before.slice(-6, -2).some((word) => documentNouns.includes(word.lower));
  if (previous && prepositions.has(previous.lower) && !speaksFor && !issuedBy) return false;
  // "the European Parliament's China delegation", "the EU's Russia envoy": another actor's role on the actor.
  const { text } = analysis;
  const ownedByAnother = analysis.mentions.some(
    (other) =>
      other.actor !== mention.actor &&
      other.start >= from &&
      /^['’]s?\s+$/u.test(text.slice(other.end, mention.start)),
  );
  if (ownedByAnother) return false;
  // "Kremlin-linked", "Russia-backed", "pro-Russian", "ex-Kremlin": a modifier of something else, not the actor.
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
  // "the Ukrainian Foreign Ministry's press release": a possessive role still names whose.
  const agentAt = after.findIndex((word) => agentNouns.has(word.lower.replace(/['’]s$/u, "")));
  const headWords = agentAt < 0 ? after : after.slice(0, agentAt);
  if ([previous, ...headWords].some((word) => nonOfficialModifiers.has(word?.lower ?? ""))) return false;
  // "The Chinese diplomat, a former ambassador to Russia, called for ...": the appositive says he is out of office.
  if (!reading.content && formerInApposition.test(text.slice(mention.end, mention.end + 64))) return false;
  // "An EU official briefed on the conversation told CNN ...": an official kept anonymous is a source, not the
  // actor on record.
  if (!reading.content && anonymousOfficialAfter.test(text.slice(mention.end, mention.end + 96)))
    return false;
  // "Several other EU members", "some EU countries", "some EU officials": a share speaks for itself, not the bloc.
  if (
    !reading.content &&
    memberNounAfter.test(text.slice(mention.end)) &&
    someMembersBefore.test(text.slice(Math.max(from, mention.start - 40), mention.start))
  )
    return false;
  if (reading.anyAdjective) return true;
  // "The Russians insisted ...": a nation's people is no government (see peopleAsSpeaker).
  if (!reading.content && namesPeople(text, mention)) return false;
  // "a China expert", "Chinese analysts", "EU sources": voices of the country, not of its government (as the
  // ones accused or claimed about, "Chinese firms" still name China).
  if (!reading.content && nounPhraseAfter(text, after).some((word) => nonGovernmentNouns.has(word.lower)))
    return false;
  // "Ukraine's partners", "Russia's critics", "Russia's refusal" do not speak for the actor; in what is
  // reported, "Moscow's dependence on ..." is still a claim about it.
  const possessive = /^['’]s\b/u.test(text.slice(mention.end));
  const nextWord = after.find((word) => word.start >= mention.end + 2);
  if (possessive && nextWord && !reading.content)
    return speaksFor || agentAt >= 0 || nextWord.text !== nextWord.lower;
  if (!mention.adjective) return true;
  return agentAt >= 0;
}

/** Group words for the ones at a meeting, which only the speakers or people named before can be. */
const meetingGroupWords = new Set(["parties", "interlocutors"]);

/** A count or share before "of": "26 of", "most of", "all of". */
const shareWord = /^(?:\d+|all|most|many|some|several|two|three|four|five|six|seven|eight|nine|ten|dozens)$/u;

/** "the Russians", "Ukrainians": a plural name of a nation's people, not its state nor an adjective. */
export const namesPeople = (text: string, mention: SentenceMention) =>
  !mention.person &&
  !mention.adjective &&
  /\p{Ll}(?:ians|ans|ese)$/u.test(text.slice(mention.start, mention.end));

/** The words after a mention that belong to its noun phrase: up to a verb, a preposition or punctuation. */
function nounPhraseAfter(text: string, after: readonly Word[]): Word[] {
  const phrase: Word[] = [];
  let previousEnd: number | undefined;
  for (const word of after.slice(0, 3)) {
    if (previousEnd !== undefined && !/^[\s'’s]*$/u.test(text.slice(previousEnd, word.start))) break;
    if (prepositions.has(word.lower) || clauseBoundaries.has(word.lower) || finiteVerbWords.has(word.lower))
      break;
    if ((/ed$/u.test(word.lower) || stanceVerbWords.has(word.lower)) && word.text === word.lower) break;
    phrase.push(word);
    previousEnd = word.end;
  }
  return phrase;
}

const relativePronouns = new Set(["who", "which", "whose", "whom"]);

/** "Orbán, who has kept closer ties with Moscow than any other EU leader, said": an aside about the subject. */
function insideRelativeAside(analysis: SentenceAnalysis, range: TextRange, position: number): boolean {
  const index = segmentIndexAt(analysis, position);
  const segment = analysis.segments[index] as TextRange;
  // A range that starts at the aside itself ("who is touring Beijing" before "wrote") still reads it as one.
  if (segment.start < range.start || (segment.start === range.start && index === 0)) return false;
  const first = wordsIn(analysis.text, segment)[0];
  return first !== undefined && relativePronouns.has(first.lower);
}

export function actorsNamedIn(analysis: SentenceAnalysis, range: TextRange): string[] {
  const actors = analysis.mentions
    .filter((mention) => mention.start >= range.start && mention.end <= range.end)
    .filter((mention) => !insideAny(analysis.quoted, mention.start))
    .filter((mention) => !insideRelativeAside(analysis, range, mention.start))
    .filter((mention) => namesActorItself(analysis, mention, range.start))
    .map((mention) => mention.actor);
  return [...new Set(actors)];
}

/**
 * Capitalised words of an institution's own name, no other country's: "the Foreign Ministry", "the Defence
 * Ministry", "the Commerce Ministry".
 */
const institutionModifiers = new Set(
  `foreign defence defense interior finance justice presidential security state general commerce trade economy european
  economic energy industry agriculture health emergencies emergency culture education transport digital
  infrastructure`.split(/\s+/u),
);

/**
 * "the politician said", "according to the politician": a word for the one just quoted, which only points back
 * (an adjective before it, "a Russian politician", names no government).
 */
const pointingBackNouns = new Set(["politician", "statesman", "stateswoman"]);

/** Whether two capitalised words no actor owns start at `index`, not led by a title's "of" or "the". */
function startsUnknownName(analysis: SentenceAnalysis, words: readonly Word[], index: number): boolean {
  const nameWord = (word: Word | undefined) =>
    word !== undefined &&
    /^\p{Lu}/u.test(word.text) &&
    !insideMention(analysis.mentions, word) &&
    !calendarWords.has(word.lower);
  const before = words[index - 1]?.lower ?? "";
  return (
    nameWord(words[index]) && nameWord(words[index + 1]) && !["of", "the", "for", "and"].includes(before)
  );
}

/**
 * "The ministry said", "said the spokesman": a role named by "the" alone, with no actor in it, is the actor's
 * whose role the article last named so ("China's foreign ministry"), else the previous sentence's single
 * speaker's; when that is unclear, nobody's.
 */
function definiteRoleReference(
  analysis: SentenceAnalysis,
  subject: TextRange,
  words: readonly Word[],
): string[] | undefined {
  const prepositionAt = words.findIndex((word) => prepositions.has(word.lower));
  // "The statement also calls for": adverbs are no part of the phrase.
  const phrase = (prepositionAt < 0 ? words : words.slice(0, prepositionAt)).filter(
    (word, index) => index === 0 || isContentWord(word),
  );
  const head = phrase.at(-1);
  // "the ministry", "the Foreign Ministry", "the Foreign Ministry spokesperson".
  if (phrase.length < 2 || phrase.length > 4 || phrase[0]?.lower !== "the" || !head) return undefined;
  // "the foreign ministry" may point back; "the French president" names someone else.
  const capitalisedModifier = phrase
    .slice(1, -1)
    .some(
      (word) =>
        word.text !== word.lower && !institutionModifiers.has(word.lower) && !agentNouns.has(word.lower),
    );
  if (!(agentNouns.has(head.lower) || pointingBackNouns.has(head.lower)) || capitalisedModifier)
    return undefined;
  // "The statement, on deepening China-Russia ties, noted": an aside after the phrase's segment does not count.
  const phraseEnd = Math.min(
    subject.end,
    (analysis.segments[segmentIndexAt(analysis, head.start)] as TextRange).end,
  );
  // ('"... Ukrainian special services ...," the statement said': a quotation before a document is not the
  // phrase. Before a person's role it stays a reason to doubt: "the commissioner" may be anyone's.)
  const document = documentNouns.includes(head.lower);
  // "The head of the OP, Andriy Yermak, said": the person named in apposition is who.
  const personInApposition = analysis.mentions.some(
    (mention) =>
      mention.person &&
      mention.start >= phraseEnd &&
      mention.end <= subject.end &&
      !insideAny(analysis.quoted, mention.start),
  );
  if (personInApposition) return undefined;
  if (
    analysis.mentions.some(
      (mention) =>
        mention.start >= subject.start &&
        mention.end <= phraseEnd &&
        !(document && insideAny(analysis.quoted, mention.start)),
    )
  )
    return undefined;
  // "the head of Magyar diplomacy Peter Szijjarto": a person's name no actor owns makes the role someone else's.
  // (A title's own words follow "of" or "the": "the Head of the Presidential Office".)
  const tail = words.slice(words.indexOf(head) + 1).filter((word) => word.end <= phraseEnd);
  if (tail.some((_, index) => startsUnknownName(analysis, tail, index))) return undefined;
  // "the Foreign Ministry spokesperson" is the spokesperson of the ministry the article named.
  const institution = phrase.slice(1, -1).find((word) => agentNouns.has(word.lower));
  const pointed =
    ownersOfDefiniteHead(analysis, head.lower) ??
    (institution && ownersOfDefiniteHead(analysis, institution.lower)) ??
    selfNamingDocument(analysis, head.lower, subject);
  if (pointed) return pointed;
  // "Xi and Putin met in Moscow. ..., the joint statement said": a joint document is never the last speaker's
  // alone; it is the two whose people were just named, or nobody.
  if (document && phrase.some((word) => word.lower === "joint")) return jointIssuersNamedBefore(analysis);
  // "China has criticised the restrictions; the authorities say ...": the one actor of the clause before.
  const clauseBefore = /;\s*$/u.test(analysis.text.slice(0, subject.start))
    ? new Set(
        analysis.mentions
          .filter((mention) => mention.end <= subject.start && !insideAny(analysis.quoted, mention.start))
          .map((mention) => mention.actor),
      )
    : new Set<string>();
  if (clauseBefore.size === 1) return [...clauseBefore];
  const { previousSpeakers } = analysis.context;
  if (previousSpeakers.length === 1) return [...previousSpeakers];
  const { siteIssuer, datelineActor, recentSpeaker } = analysis.context;
  const home = siteIssuer ?? recentSpeaker ?? datelineActor;
  return previousSpeakers.length === 0 && home ? [home] : [];
}

/**
 * '"The European Council underlines ...," the document says.': a document no one was named as issuing, quoted
 * naming an institution as its subject, is that institution's: documents speak of their issuer in the third person.
 */
function selfNamingDocument(
  analysis: SentenceAnalysis,
  head: string,
  subject: TextRange,
): string[] | undefined {
  if (!documentNouns.includes(head)) return undefined;
  // ("The document confirms that assets stay frozen until “Russia ceases ...”": a quotation after the document
  // is what it says of someone, not how it names its issuer.)
  const quotation = analysis.quoted[0];
  if (!quotation || quotation.start > subject.start) return undefined;
  const opening = /^["“«„]?\s*(?:the\s+)?/iu.exec(analysis.text.slice(quotation.start))?.[0].length ?? 0;
  const named = analysis.mentions.find(
    (mention) => mention.start === quotation.start + opening && !mention.person && !mention.adjective,
  );
  return named ? [named.actor] : undefined;
}

/**
 * Whom a definite head noun points back to: "the joint statement", whoever issued the document the article last
 * named; "the general staff" after "Ukraine's general staff denied ...", whose that role was.
 */
export function ownersOfDefiniteHead(analysis: SentenceAnalysis, head: string): string[] | undefined {
  const { documentIssuers = [], roleOwners, documentIssuedByOthers } = analysis.context;
  if (documentNouns.includes(head) && documentIssuedByOthers) return [];
  if (documentNouns.includes(head) && documentIssuers.length > 0) return [...documentIssuers];
  const owner = roleOwners?.get(head);
  return owner ? [owner] : undefined;
}

/** "According to the president, ...": a role named by "the" alone points back as a subject would (see above). */
export function definiteRoleSpeakers(analysis: SentenceAnalysis, source: TextRange): string[] {
  return definiteRoleReference(analysis, source, unquotedWords(analysis, source)) ?? [];
}

/** Between a name and the "it" of the clause it opens: "China, though it ...", "Russia, which it ..." not. */
const antecedentBeforeComma =
  /^\s*,\s*(?:(?:even\s+)?though|although|while|because|since|as|when|after|once)\s+$/iu;

/**
 * '"Kuleba restated that ...," his ministry said': the ministry's own text names the one "his" points to, when
 * nothing outside the quotation does.
 */
function quotedPersonOwning(analysis: SentenceAnalysis, before: number, pronoun: Pronoun): string[] {
  const owners = new Set(
    analysis.mentions
      .filter(
        (mention) =>
          mention.person &&
          mention.end <= before &&
          insideAny(analysis.quoted, mention.start) &&
          (mention.pronoun === undefined || mention.pronoun === pronoun),
      )
      .map((mention) => mention.actor),
  );
  return owners.size === 1 ? [...owners] : [];
}

/** The mention of an actor (not a person) the previous sentence opened with, if any. */
function previousOpener(analysis: SentenceAnalysis): SentenceMention | undefined {
  const opening = (analysis.context.previousMentions ?? [])[0];
  return opening && !opening.person && opening.start <= 16 ? opening : undefined;
}

/** "Both leaders", "the two sides", "they", "he": the actors named just before. */
function resolveGroupReference(analysis: SentenceAnalysis, subject: TextRange): string[] | undefined {
  const words = unquotedWords(analysis, subject);
  const firstIndex = words.findIndex((word) => !clauseOpeners.has(word.lower));
  const first = words[firstIndex];
  if (!first) return undefined;
  // "..., his ministry said": the office of the man the pronoun points back to.
  const possessor = /^(his|her)\s+([\p{L}-]+)\s*$/iu.exec(analysis.text.slice(first.start, subject.end));
  if (possessor && agentNouns.has((possessor[2] ?? "").toLowerCase())) {
    const pronoun = possessor[1]?.toLowerCase() === "his" ? "he" : "she";
    const resolved = resolvePersonPronoun(analysis, first.start, pronoun);
    return resolved.length > 0 ? resolved : quotedPersonOwning(analysis, first.start, pronoun);
  }
  // "China has taken countermeasures ..., its commerce ministry said": the office of the actor the sentence
  // opens with.
  const office = /^its\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s*$/iu.exec(
    analysis.text.slice(first.start, subject.end),
  );
  if (office && agentNouns.has((office[1] ?? "").toLowerCase())) {
    const opener = analysis.mentions.find(
      (mention) =>
        !mention.person &&
        !mention.adjective &&
        mention.end <= first.start &&
        !insideAny(analysis.quoted, mention.start) &&
        /(?:^|[,;:–—-])\s*(?:the\s+)?$/iu.test(analysis.text.slice(0, mention.start)),
    );
    return opener ? [opener.actor] : [];
  }
  const match = groupReferencePattern.exec(analysis.text.slice(first.start, subject.end));
  // "The leaders of 26 of the EU's member states", "the parties to the conflict" say who they are: no reference
  // back.
  const ownedAfter =
    match?.[1] !== undefined &&
    /^\s+(?:of|from|to)\s/u.test(analysis.text.slice(first.start + match[0].length, subject.end));
  if (ownedAfter) return undefined;
  if (!match) return definiteRoleReference(analysis, subject, words.slice(firstIndex));
  const groupWord = (match[1] ?? match[2] ?? "").toLowerCase();
  const earlier = [
    ...analysis.context.recentMentions,
    ...analysis.mentions.filter((mention) => mention.end <= first.start),
  ];
  const candidates = personGroupWords.has(groupWord) ? earlier.filter((mention) => mention.person) : earlier;
  const byRecency = [...new Set(candidates.map((mention) => mention.actor).reverse())];
  if (groupWord === "it") {
    // "China, though it has declared itself neutral, ...": the country named right before the comma.
    const named = analysis.mentions.find(
      (mention) =>
        !mention.person &&
        !mention.adjective &&
        mention.end <= first.start &&
        antecedentBeforeComma.test(analysis.text.slice(mention.end, first.start)) &&
        // The name opens its clause, as a subject: not "the events in Ukraine, because it ...".
        /(?:^|[,;:]|\bthat)\s*(?:the\s+)?$/iu.test(analysis.text.slice(0, mention.start)),
    );
    if (named) return [named.actor];
    // "China's Foreign Ministry announced a plan ..., and it emphasized ...", "The EU adopted a package, which it
    // said was designed ...": the first clause's subject.
    const coordinatedSubject = /(?:,\s*and|\b(?:which|that))\s+$/iu.test(analysis.text.slice(0, first.start))
      ? analysis.mentions.find(
          (mention) =>
            !mention.person &&
            !mention.adjective &&
            mention.end <= first.start &&
            !insideAny(analysis.quoted, mention.start) &&
            /(?:^|[,;:])\s*(?:the\s+)?$/iu.test(analysis.text.slice(0, mention.start)),
        )
      : undefined;
    if (coordinatedSubject) return [coordinatedSubject.actor];
    const { previousSpeakers, documentIssuers = [] } = analysis.context;
    // After "the joint statement said", "it continued" is the statement still, so all its issuers.
    const documentSpoke =
      documentIssuers.length > 1 &&
      previousSpeakers.length === documentIssuers.length &&
      previousSpeakers.every((speaker) => documentIssuers.includes(speaker));
    if (previousSpeakers.length === 1 || documentSpoke) return [...previousSpeakers];
    // "The Kremlin's account of the call was warmer. '...,' it said.": with no one speaking before, the actor
    // the previous sentence opened with.
    const opening = previousOpener(analysis);
    return previousSpeakers.length === 0 && opening ? [opening.actor] : [];
  }
  if (groupWord === "they") {
    const { previousSpeakers, siteIssuer } = analysis.context;
    if (previousSpeakers.length > 0) return [...previousSpeakers];
    if (siteIssuer) return [siteIssuer];
    // "Putin arrived in China. There he met with Xi. They later issued a joint statement": the two who met.
    const met = [...new Set(earlier.filter((mention) => mention.person).map((mention) => mention.actor))];
    return met.length === 2 && namesJointDocument(analysis.text) ? met : [];
  }
  if (groupWord === "he" || groupWord === "she")
    return resolvePersonPronoun(analysis, first.start, groupWord);
  // "Both sides believe ...": the two who just spoke, then the two whose people were named just before, then
  // the document's two issuers, and only then any two named ("On the Ukraine issue, both sides ..." is not
  // Ukraine's).
  const { previousSpeakers, documentIssuers = [] } = analysis.context;
  // "a call between US President Donald Trump and his Russian counterpart, Vladimir Putin, during which the two
  // leaders agreed ...": the two leaders the sentence names, whether or not both are actors' people.
  const namedHere = peopleNamedBefore(analysis, first.start);
  if (personGroupWords.has(groupWord) && namedHere.count >= 2) return namedHere.actors;
  if (previousSpeakers.length === 2) return [...previousSpeakers];
  const people = [...new Set(earlier.filter((mention) => mention.person).map((mention) => mention.actor))];
  if (people.length === 2) return people;
  if (documentIssuers.length === 2) return [...documentIssuers];
  // "Putin grateful to Xi" over "... the two leaders signed a joint statement": the two the headline names.
  const { headlinePeople = [] } = analysis.context;
  if (personGroupWords.has(groupWord) && people.length < 2 && headlinePeople.length === 2)
    return [...headlinePeople];
  // "The parties", "the interlocutors" name the ones who met, never two actors merely named.
  if (meetingGroupWords.has(groupWord)) return [];
  return byRecency.length >= 2 ? byRecency.slice(0, 2) : [];
}

/** A titled leader outside the actors: "US President Donald Trump", "Prime Minister Viktor Orbán". */
const titledLeader =
  /\b(?:President|Prime\s+Minister|Chancellor|Premier|King|Secretary|Minister)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/gu;

/** The people a sentence names before `end`, outside quotations: the actors' people and titled others. */
function peopleNamedBefore(analysis: SentenceAnalysis, end: number): { actors: string[]; count: number } {
  const people = analysis.mentions.filter(
    (mention) => mention.person && mention.end <= end && !insideAny(analysis.quoted, mention.start),
  );
  const others = [...analysis.text.slice(0, end).matchAll(titledLeader)].filter((match) => {
    const nameStart = match.index + match[0].length - (match[1]?.length ?? 0);
    return (
      !insideAny(analysis.quoted, nameStart) &&
      !analysis.mentions.some(
        (mention) => mention.start < nameStart + (match[1]?.length ?? 0) && mention.end > nameStart,
      )
    );
  });
  return {
    actors: [...new Set(people.map((mention) => mention.actor))],
    count: people.length + others.length,
  };
}

/**
 * "He" or "she" (the pronoun must agree with what the catalog or a title says of a person): a leader named
 * earlier in the sentence (nobody when leaders of two actors fit), else the previous sentence's single speaker; when someone outside the actors spoke
 * there, nobody (the pronoun is most likely theirs); else the first leader named in the previous sentence, its
 * likely subject ("Zelensky met von der Leyen in Kyiv. He said ..."); else, when it cannot be the last speaker,
 * the one person of that pronoun named in the last few sentences ("she" after Xi spoke is von der Leyen). Persons named inside quotations
 * are talked about, not talking.
 */
export function resolvePersonPronoun(
  analysis: SentenceAnalysis,
  pronounStart: number,
  pronoun: Pronoun,
): string[] {
  const agrees = (candidate: Pronoun | undefined) => candidate === undefined || candidate === pronoun;
  const sameSentence = new Set(
    analysis.mentions
      .filter(
        (mention) =>
          mention.person &&
          mention.end <= pronounStart &&
          !insideAny(analysis.quoted, mention.start) &&
          // "The diplomat, who presented his letter to Charles Michel, ... which he wants": the aside's person is
          // not whom a later "he" names.
          !(
            insideRelativeAside(analysis, { start: 0, end: pronounStart }, mention.start) &&
            segmentIndexAt(analysis, mention.start) !== segmentIndexAt(analysis, pronounStart)
          ) &&
          agrees(mention.pronoun),
      )
      .map((mention) => mention.actor),
  );
  // "Xi said as much when farewelling Putin, when he said ...": two actors' people fit, and nobody can tell which.
  if (sameSentence.size > 1) return [];
  if (sameSentence.size === 1) return [...sameSentence];
  const {
    previousSpeakers,
    previousHadOtherSpeaker,
    previousMentions = [],
    previousSpeakerPronouns,
  } = analysis.context;
  const speakers = previousSpeakers.filter((speaker) => agrees(previousSpeakerPronouns?.get(speaker)));
  if (speakers.length === 1) return [...speakers];
  const othersOfOtherPronoun = (analysis.context.previousOtherPronouns ?? [""]).every(
    (other) => (other === "he" || other === "she") && other !== pronoun,
  );
  if (speakers.length > 1 || (previousHadOtherSpeaker && !othersOfOtherPronoun)) return [];
  const previous = previousMentions.find(
    (mention) =>
      mention.person && agrees(mention.pronoun) && (previousSpeakers.length === 0 || mention.pronoun),
  )?.actor;
  if (previous) return [previous];
  // Only a pronoun that turns away from the last speaker looks further back for a person it fits.
  if (previousSpeakers.length === 0) return [];
  const named = new Set(
    (analysis.context.recentUnquotedMentions ?? [])
      .filter((mention) => mention.person && mention.pronoun === pronoun)
      .map((mention) => mention.actor),
  );
  return named.size === 1 ? [...named] : [];
}

/**
 * The first actor named at the start of reported content ("alleging Russia had ...", "accused China of").
 * A "that" close after the verb opens the content ("said last week that China ..."); after "told", "vetoed" or
 * "rejected" without one, the first name is an object, so there is none. After an accusation any adjective
 * counts: "accused Chinese firms of ..." is a claim about China.
 */
export function contentSubject(
  analysis: SentenceAnalysis,
  content: TextRange,
  options: { accusation?: boolean; objectFirst?: boolean } = {},
): string[] {
  const subjectAt = (start: number): string[] => {
    // "..., the ministry said that the ministers agreed": a group named just before is what is claimed about.
    const first = wordsIn(analysis.text, { start, end: content.end })[0];
    const group = first && groupReferencePattern.exec(analysis.text.slice(first.start, content.end));
    if (first && group?.[1])
      return (
        resolveGroupReference(analysis, { start: first.start, end: first.start + group[0].length }) ?? []
      );
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
  // "told her China was ...", "told reporters Kyiv would ...": past the one told, a clause.
  const toldWhom = options.objectFirst
    ? toldPersonPattern.exec(analysis.text.slice(content.start, content.end))
    : null;
  if (toldWhom) {
    const clause = { start: content.start + toldWhom[0].length, end: content.end };
    return contentSubject(analysis, clause, { ...options, objectFirst: false });
  }
  // 'said in a readout: "Xi Jinping stressed ..."': past the medium and the colon, the quoted clause.
  const colon = mediumAndColon.exec(analysis.text.slice(content.start, content.end));
  if (colon) {
    const quoted = subjectAt(content.start + colon[0].length);
    if (quoted.length > 0) return quoted;
  }
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

/** "in a readout:", "in a statement on Telegram:", ":": where a said thing is put, and the colon opening it. */
const mediumAndColon =
  /^\s*(?:(?:in|on|via)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+\s*)?:\s*["“‘]?/u;

/** Whom a "told" or "warned" addresses when a clause follows: a pronoun or the press. */
const toldPersonPattern = /^\s*(?:her|him|them|us|me|reporters|journalists)\b(?:\s+that\b)?/iu;

/** A name (one to three words, possibly possessive) followed by a finite verb: the start of a clause. */
const clauseVerbAfterName =
  /^\s*(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){1,3}(?:is|are|was|were|has|had|have|would|will|could|might|may|can|must|should)\b/u;

/** Words naming a time, and the nouns one of which a time phrase holds ("last year", "more recently"). */
const timeNouns = new Set(
  `year years month months week weeks day days ago recently weekend yesterday today morning afternoon evening
  night monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december`.split(/\s+/u),
);
const timeWords = new Set([
  ...timeNouns,
  ..."last this next past earlier later more most a few two three several the of in on".split(" "),
]);

/** Where a point's text starts: back over appositive segments ("Xi Jinping, China's President, ..."). */
const datelineDashPattern = /\)\s*(?:--|[—–-])\s+/gu;
/**
 * "LONDON/LVIV, Ukraine — ", "KYIV, March 3 -- ": a dateline in capitals opening the sentence, up to its dash; or
 * one in any case that names its agency ("Beijing, December 13 (Xinhua) — ", "March 30 (Interfax-Ukraine) – ").
 */
const openingDateline =
  /^(?:\p{Lu}{2,}[\p{Lu}/ .'’-]*(?:,\s+[\p{L}\d. ]{2,40})?\s*|\p{Lu}[\p{L}\d/ .'’-]*(?:,\s+[\p{L}\d. ]{2,40})?\s*\([^)]{1,30}\)\s*)(?:--|[—–])\s+/u;

export function subjectChainStart(
  analysis: SentenceAnalysis,
  segmentIndex: number,
  cueStarts: number[],
): number {
  let index = segmentIndex;
  const segmentAt = (at: number) => analysis.segments[at] as TextRange;
  const datelineEnd = openingDateline.exec(analysis.text)?.[0].length ?? 0;
  while (index > 0 && !firstWordIsOpener(analysis, segmentAt(index))) {
    const previous = segmentAt(index - 1);
    if (previous.end <= datelineEnd) break;
    const holdsCue = cueStarts.some((start) => start >= previous.start && start < previous.end);
    const endsQuote = quoteCharacters.test(analysis.text.charAt(previous.end - 1));
    // "Ukraine war: Kremlin welcomes ...": a colon or a semicolon ends a label or a clause, never an appositive.
    const labelled = /[:;]/u.test(analysis.text.slice(previous.end, segmentAt(index).start));
    // A wire dateline ("MOSCOW, March 21 (Xinhua) -- Xi and his Russian counterpart, Putin, stressed") ends
    // at its dash: the subject starts after it.
    const dash = [...analysis.text.slice(previous.start, previous.end).matchAll(datelineDashPattern)].at(-1);
    const from = dash ? previous.start + dash.index + dash[0].length : previous.start;
    // Only a name or an appositive ("Xi Jinping, China's President, has ...") leads into the subject; a clause
    // ("The tariffs are meant to ..., Habeck told ...") is what was said, not who said it.
    const words = wordsIn(analysis.text, { start: from, end: previous.end });
    // "Zhang Jun, Permanent Representative of the People's Republic of China to the United Nations, attended
    // ...": a long title is still an appositive.
    const title = words.every((word) => /^\p{Lu}/u.test(word.text) || titleWords.has(word.lower));
    const clause = (words.length > 8 && !title) || words.some((word) => finiteVerbWords.has(word.lower));
    // "Last year, she rejected ...", "More recently, he said ...": a time is no appositive of the subject.
    const time =
      words.every((word) => timeWords.has(word.lower) || /^\d+$/u.test(word.lower)) &&
      words.some((word) => timeNouns.has(word.lower));
    // "... between its friends, Russia and Ukraine, China's envoy said": names listed after a clause are its
    // apposition, not the subject's.
    if (clause && index < segmentIndex && listsActors(analysis, segmentAt(index))) index += 1;
    if (
      holdsCue ||
      endsQuote ||
      labelled ||
      clause ||
      time ||
      firstWordIsOpener(analysis, { start: from, end: previous.end })
    )
      break;
    if (dash) return from;
    index -= 1;
  }
  return segmentAt(index).start;
}

/** A segment that only lists two actors or more ("Russia and Ukraine"). */
function listsActors(analysis: SentenceAnalysis, segment: TextRange): boolean {
  const words = wordsIn(analysis.text, segment);
  const named = analysis.mentions.filter(
    (mention) => mention.start >= segment.start && mention.end <= segment.end,
  );
  return (
    new Set(named.map((mention) => mention.actor)).size > 1 &&
    words.every((word) => insideMention(named, word) || word.lower === "and" || word.lower === "or")
  );
}

/**
 * Where a subject ends when the words before a cue run past it: at a verb after its first name ("Peskov
 * declined to comment on a call between Xi and Zelensky, noting ...") or a preposition no role asks for ("a
 * call between Xi and Zelensky"; "the head of the Russian delegation" still names Russia).
 */
function subjectEnd(analysis: SentenceAnalysis, subject: TextRange): number {
  const words = unquotedWords(analysis, subject);
  const firstNamed = analysis.mentions.find(
    (mention) => mention.start >= subject.start && mention.end <= subject.end,
  );
  for (const [index, word] of words.entries()) {
    const previous = words[index - 1];
    // "the leaders of 26 of the EU's ...": the second "of" still says whose leaders.
    const shareOfRole =
      word.lower === "of" &&
      shareWord.test(previous?.lower ?? "") &&
      words[index - 2]?.lower === "of" &&
      agentNouns.has(words[index - 3]?.lower ?? "");
    if (
      prepositions.has(word.lower) &&
      !(representingPrepositions.has(word.lower) && agentNouns.has(previous?.lower ?? "")) &&
      !shareOfRole
    )
      if (!firstNamed || word.start > firstNamed.start) return word.start;
    const verb = finiteVerbWords.has(word.lower) || (/ed$/u.test(word.lower) && word.text === word.lower);
    if (verb && firstNamed && word.start > firstNamed.end) return word.start;
    // "India has walked a tightrope since the Ukraine conflict began, pledging ...": an auxiliary after a
    // subject no actor owns ends it before any actor is named.
    const ownSubject = words.slice(0, index).some(isContentWord);
    if (finiteVerbWords.has(word.lower) && ownSubject && (!firstNamed || word.end <= firstNamed.start))
      return word.start;
  }
  return subject.end;
}

/** The actors a subject names, directly or through "both leaders", "he", "it", "a spokesman for the ministry". */
/**
 * The actors a post in apposition names ("Jan Novak, a spokesman for the European Commission,", "..., said
 * Vladyslav Vlasiuk, the Ukrainian president's commissioner"): a segment opening with "the", "a" or "an" and
 * holding no finite verb; none when it is no such post.
 */
export function postSpeakers(analysis: SentenceAnalysis, segment: TextRange | undefined): string[] {
  if (!segment || !/^\s*(?:the|a|an)\s/iu.test(analysis.text.slice(segment.start, segment.end))) return [];
  if (wordsIn(analysis.text, segment).some((word) => finiteVerbWords.has(word.lower))) return [];
  return speakersOf(analysis, segment);
}

/** "officials from both countries", "representatives of the two sides": the people of the two just named. */
const officialsOfBoth =
  /\b(?:officials|representatives|authorities|delegations|negotiators|governments)\s+(?:from|of)\s+(?:both|the\s+two)\s+(?:countries|sides|nations|states)\b/iu;

export function speakersOf(analysis: SentenceAnalysis, subject: TextRange): string[] {
  // "Russia and Ukraine exchanged 25 prisoners each, officials from both countries announced": the two the
  // sentence named before.
  if (officialsOfBoth.test(analysis.text.slice(subject.start, subject.end))) {
    const named = analysis.mentions.filter(
      (mention) => mention.end <= subject.start && !insideAny(analysis.quoted, mention.start),
    );
    const two = [...new Set(named.map((mention) => mention.actor))];
    if (two.length === 2) return two;
  }
  const group = resolveGroupReference(analysis, subject);
  if (group) return group;
  const end = subjectEnd(analysis, subject);
  const named = actorsNamedIn(analysis, { start: subject.start, end });
  if (named.length > 0) return named;
  const country = countryReference(analysis, { start: subject.start, end });
  return country ?? unownedInstitutionReference(analysis, { start: subject.start, end });
}

const agentNounAlternatives = [...agentNouns].join("|");
/** "the country's energy minister": a post of "the country". */
const countryPost = new RegExp(
  String.raw`\bthe\s+country['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${agentNounAlternatives})\b`,
  "iu",
);

/**
 * "Ukraine intends to stop transit ... German Galushchenko, the country's energy minister, said ...": "the
 * country" is the actor the previous sentence opened with, when it opened with one.
 */
function countryReference(analysis: SentenceAnalysis, subject: TextRange): string[] | undefined {
  if (!countryPost.test(withoutQuotations(analysis, subject))) return undefined;
  // "the country" is the state itself, never an adjective ("Ukrainian troops ...").
  const opening = previousOpener(analysis);
  return opening && !opening.adjective ? [opening.actor] : undefined;
}

/**
 * "spokesman for the General Staff", "an adviser at the Foreign Ministry": a role in an institution named by "the"
 * ("the foreign ministry": in lower case, only an office's own noun names one).
 */
const unownedInstitutionPattern = new RegExp(
  `\\b(?:${agentNounAlternatives}|adviser|advisor|aide)\\s+(?:for|of|at|in|from)\\s+the\\s+((?:\\p{Lu}[\\p{L}-]*\\s+){0,2}\\p{Lu}[\\p{L}-]*|(?:[\\p{Ll}-]+\\s+){0,2}(?:${agentNounAlternatives}))(?![\\p{L}-])`,
  "u",
);

/** A subject that names no actor, only a role in an institution named by "the" ("spokesman for the General Staff"). */
export function namedOnlyByUnownedInstitution(analysis: SentenceAnalysis, subject: TextRange): boolean {
  const end = subjectEnd(analysis, subject);
  return (
    actorsNamedIn(analysis, { start: subject.start, end }).length === 0 &&
    unownedInstitutionPattern.test(withoutQuotations(analysis, { start: subject.start, end }))
  );
}

/**
 * "Dmytro Lykhovii, spokesman for the General Staff, told ...": an institution named by "the" alone, with no
 * actor in the subject, is the actor's whose institution of that name the article named ("Ukraine's general
 * staff"), else the previous sentence's single speaker's; else nobody's.
 */
function unownedInstitutionReference(analysis: SentenceAnalysis, subject: TextRange): string[] {
  if (!namedOnlyByUnownedInstitution(analysis, subject)) return [];
  const found = unownedInstitutionPattern.exec(withoutQuotations(analysis, subject));
  if (!found) return [];
  const head = (found[1] ?? "").split(/\s+/u).at(-1)?.toLowerCase() ?? "";
  if (!agentNouns.has(head)) return [];
  const owner = analysis.context.roleOwners?.get(head);
  if (owner) return [owner];
  const { previousSpeakers, datelineActor } = analysis.context;
  if (previousSpeakers.length === 1) return [...previousSpeakers];
  return previousSpeakers.length === 0 && datelineActor ? [datelineActor] : [];
}

/** The actors a stretch names as the ones accused, adjectives included ("four Chinese firms"). */
export function accusedIn(analysis: SentenceAnalysis, range: TextRange): string[] {
  const named = analysis.mentions
    .filter((mention) => mention.start >= range.start && mention.end <= range.end)
    .filter((mention) => !insideAny(analysis.quoted, mention.start))
    .filter((mention) => namesActorItself(analysis, mention, range.start, { anyAdjective: true }))
    .map((mention) => mention.actor);
  return [...new Set(named)];
}

/** The noun phrase just before a position, back to a verb, preposition or clause boundary (six words at most). */
export function nounPhraseBefore(analysis: SentenceAnalysis, before: number, floor: number): TextRange {
  let start = before;
  for (const word of unquotedWords(analysis, { start: floor, end: before }).slice(-6).reverse()) {
    if (clauseBoundaries.has(word.lower) || prepositions.has(word.lower)) break;
    start = word.start;
  }
  return { start, end: before };
}

/**
 * Whether the "and"/"or" at `index` joins two subjects ("Ukrainian and European officials", "Xi Jinping and
 * Vladimir Putin", "President of the European Commission Ursula von der Leyen and President of Ukraine
 * Volodymyr Zelenskyy") rather than two clauses ("Moscow has shown little interest in a truce and Russia said").
 * Up to four words a side join; up to ten when both sides are only titles and names.
 */
function joinsSubjects(
  analysis: SentenceAnalysis,
  words: readonly Word[],
  index: number,
  earlierCueEnd: number,
  after: readonly Word[],
): boolean {
  const word = words[index] as Word;
  if ((word.lower !== "and" && word.lower !== "or") || after.length === 0 || after.length > 10) return false;
  const before: Word[] = [];
  for (let back = index - 1; back >= 0; back -= 1) {
    const previous = words[back] as Word;
    if (previous.end <= earlierCueEnd || clauseBoundaries.has(previous.lower)) break;
    before.unshift(previous);
  }
  if (before.length === 0 || before.length > 10) return false;
  // "... and Russian President Vladimir Putin jointly declared": an adverb before the verb is no part of a name.
  const lastName = after.findLastIndex((candidate) => !/^\p{Ll}+ly$/u.test(candidate.text));
  const afterName = after.slice(0, lastName + 1);
  if (afterName.length === 0) return false;
  if (before.length <= 4 && afterName.length <= 4) return true;
  const inName = (candidate: Word) =>
    candidate.text !== candidate.lower ||
    titleLinkWords.has(candidate.lower) ||
    agentNouns.has(candidate.lower) ||
    analysis.mentions.some((mention) => mention.start <= candidate.start && candidate.end <= mention.end);
  return [...before, ...afterName].every(inName);
}

const titleLinkWords = new Set(["of", "for", "the"]);
/** Small words inside a title: "Permanent Representative of China to the United Nations". */
const titleWords = new Set(["of", "for", "the", "to", "and", "in", "on"]);

/** Whether a quotation closed with a comma ('to "end the war,"') lies between two positions: a clause ends there. */
export function quotationClosesClause(analysis: SentenceAnalysis, from: number, to: number): boolean {
  return analysis.quoted.some(
    (range) =>
      range.start >= from &&
      range.end <= to &&
      /,\s*["”’»]?\s*$/u.test(analysis.text.slice(range.start, range.end + 1)),
  );
}

/**
 * The subject of a cue inside its segment: the words after the nearest clause boundary ("that", "and",
 * "when", an earlier cue) before it. The boundary word tells a coordinated verb ("but insisted") from a
 * condition ("until Russia agreed") or a relative clause ("which has opposed").
 */
export function localSubject(
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
    // 'When asked about Trump's plan to "end the war," Sybiha reiterated': a quotation closed with its comma
    // ends the clause before the subject.
    // ('..., "taken note of this request," he added.' closes with its attribution: the sentence is what he said.)
    const closesSentence = trailingAttributionRest.test(analysis.text.slice(cue.end));
    const quotationEndsClause = quotationClosesClause(analysis, word.end, local[0]?.start ?? cue.start);
    if (quotationEndsClause && local.length > 0 && !closesSentence)
      return { words: local.filter(isContentWord), start: local[0]?.start ?? cue.start, boundary: "," };
    // "Putin once again claimed", "China has so far refrained from condemning": an adverb, not "once Russia
    // agrees" or "so Russia said".
    const adverb = `${word.lower} ${words[index + 1]?.lower ?? ""}`;
    const adverbPair = /^(?:once (?:again|more)|so far)$/u.test(adverb);
    const boundary =
      word.end <= earlierCueEnd
        ? "(cue)"
        : clauseBoundaries.has(word.lower) && !adverbPair
          ? word.lower
          : undefined;
    if (boundary && !joinsSubjects(analysis, words, index, earlierCueEnd, local))
      return { words: local.filter(isContentWord), start: local[0]?.start ?? cue.start, boundary };
    local.unshift(word);
  }
  return { words: local.filter(isContentWord), start: local[0]?.start ?? cue.start, boundary: undefined };
}

/** The actors of the people named in the last few sentences, when exactly two are: who a joint document speaks for. */
function jointIssuersNamedBefore(analysis: SentenceAnalysis): string[] {
  const actors = new Set(
    analysis.context.recentMentions.filter((mention) => mention.person).map((mention) => mention.actor),
  );
  return actors.size === 2 ? [...actors] : [];
}
