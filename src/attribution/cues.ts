// Cue finding: the stance and reporting verbs of a sentence that can open a statement.

import { documentBefore } from "./documents";
import {
  afterPluralNoun,
  agentNouns,
  announcedActBefore,
  announcedActVerb,
  announcingParticiples,
  documentNouns,
  nonGovernmentNouns,
  nonStatementBefore,
  nounUseBefore,
  passiveAgentAfter,
  passiveBefore,
  pluralNounCues,
  relativeClaimToBe,
  stancePhrases,
  stanceVerbs,
  trailingAttributionRest,
} from "./lexicon";
import type { SentenceAnalysis } from "./sentenceAnalysis";
import { insideAny, type TextRange } from "./sentenceParts";

const escapeForPattern = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

const stanceCuePattern = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${[...stancePhrases, ...stanceVerbs]
    .sort((left, right) => right.length - left.length)
    .map(escapeForPattern)
    .join("|")})(?![\\p{L}\\p{N}-])`,
  "giu",
);

/** "spoke about bilateral economic and trade ties": what follows only names a topic, and the clause ends. */
const topicOnlyAfter =
  /^\s+(?:about|on|of)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:ties|relations|cooperation|trade|issues|matters|situation|agenda|prospects|developments|topics|questions|contacts|affairs)\s*(?:[.;!?]|$)/iu;
/**
 * "spoke about the joint plans of Beijing and Moscow, the Belt and Road and the friendship of the leaders": a
 * list of topics to the sentence's end, nothing said of them. An actor's own stance presented ("spoke about
 * Ukraine's vision of a just peace") or a need ("the need for more air defence") is a statement.
 */
const topicListAfter =
  /^\s+about\s+(?!\p{Lu}[\p{L}-]*['’]s\s+(?:own\s+)?(?:vision|position|stance|proposals?|plan|formula|approach|views?)\b)(?!the\s+need)(?![^.;!?]*\b(?:that|saying|calling|stressing|noting|adding|urging|warning)\b)[^;:"“”!?]{1,240},[^;:"“”!?]{1,240}[.!?]?\s*$/iu;

/** What one keeps rather than declares: "a strategic partnership", "close ties", "its troops". */
const keptRelation =
  /^\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:partnerships?|relationships?|relations|ties|contacts?|links|cooperation|presence|dialogue|exchanges|communication|trade|troops|forces|channels?|embass(?:y|ies))\b/iu;

/** ', states the minister', '," notes Yermak': a verb after a comma, before the speaker it inverts. */
const invertedBeforeSpeaker = (before: string, after: string) =>
  /,["”’]?\s*$/u.test(before) && /^\s+(?:the\s+|\p{Lu})/u.test(after);

/**
 * Verbs that state or act only with such an object: "China presented a 12-point peace plan", "the EU extended the
 * sanctions", "the EU reached a provisional agreement to ..." ("presented an award", "extended its lead", "reached
 * Kyiv" say nothing).
 */
/** What one leaves or ends: "the grain deal", "the agreement", "the Black Sea Grain Initiative". */
const dealNouns = "(?:deal|agreement|initiative|treaty|accord|corridor)";

const cuesOnlyWithObject = [
  {
    // "Zelensky posted a video saying ...", "posted on Telegram that ...", "posted a statement": speech; "posted a
    // photo from the embassy showing the children", "posted Ukrainian and Saudi flags" shows, says nothing.
    verb: /^posted$/iu,
    object:
      /^(?![^,;.!?]*?\b(?:photos?|pictures?|images?|footage|flags?|emojis?|maps?|screenshots?)\b(?![^.;!?]*\b(?:saying|that|with\s+the\s+caption|writing)\b))/iu,
  },
  {
    // "Putin and Xi committed to a 'no limits' partnership", "committed themselves to talks": a pledge ("committed
    // war crimes" is no statement).
    verb: /^(?:commit(?:s|ted))$/iu,
    object: /^\s+(?:(?:themselves|itself|himself|herself)\s+)?to\b/iu,
  },
  {
    // "Yermak also mentions that ...", "he reminded that ...": speech only with what was said ("mentioned in
    // the report", "reminded him of the deal" are not).
    verb: /^(?:mention|remind)(?:s|ed|ing)?$/iu,
    object: /^\s+(?:(?:reporters|journalists|the\s+audience|everyone|them)\s+)?that\b/iu,
  },
  {
    // "The EU has placed export bans on 600 firms", "slapped sanctions on", "enacted sanctions": an act only
    // with the measure as its object ("placed troops", "passed through Kyiv" are none).
    verb: /^(?:placed|slapped|levied|passed|enacted|enacts)$/iu,
    object:
      /^\s+(?:[\p{L}\d-]+\s+){0,4}?(?:sanctions|bans?|restrictions|embargo(?:es)?|tariffs|duties|packages?|measures|resolutions?|laws?)\b/iu,
  },
  {
    // "the EU also targeted individuals and entities based in India", "Brussels listed two Chinese banks": a sanction ("Russia targeted the grid" is a
    // strike, no statement).
    verb: /^(?:targeted|listed|lists)$/iu,
    object:
      /^\s+(?:[\p{L}\d-]+\s+){0,4}?(?:individuals|entities|companies|firms|banks|businesses|enterprises|refineries|vessels|tankers|exporters|suppliers|officials)\b/iu,
  },
  {
    // "the EU included Chinese companies in its 18th sanctions package": a listing ("the talks included a
    // dinner" is none).
    verb: /^included$/iu,
    object:
      /^\s+[^,;.!?]{1,80}?\bin\s+(?:the|its|their|a|an)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:package|list|sanctions)\b/iu,
  },
  {
    // "Xi himself declined an invitation to go to Brussels", "Kyiv accepted the offer", "declined to attend": an
    // answer to one ("declined to comment", "accepted responsibility" are none).
    verb: /^(?:declined|accepted)$/iu,
    object:
      /^\s+(?:(?:(?:an?|the|his|her|its|their)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:invitations?|offers?|requests?|proposals?)\b|to\s+(?:attend|join|take\s+part|participate)\b)/iu,
  },
  {
    // "China steered clear of the summit", "stayed away from", "boycotted the conference", "skipped the talks":
    // staying out of a meeting is an act of withholding ("stayed in Beijing", "skipped a beat" are none).
    verb: /^(?:steered|stayed|boycotted|boycotts|skipped|skips)$/iu,
    object:
      /^\s+(?:clear\s+of\s+|away\s+from\s+)?(?:(?:the|a|an|this|that|last|next)\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:summit|conference|talks|meeting|forum|vote|session|ceremony|parade|gathering)\b/iu,
  },
  {
    verb: /^(?:present|unveil|extend|prolong|renew|introduc)\p{L}*$/iu,
    object:
      /^\s+(?:[\p{L}\d-]+\s+){0,4}?(?:plans?|proposals?|initiatives?|papers?|drafts?|resolutions?|roadmaps?|formulas?|packages?|sanctions|measures|restrictions|bans?|mandates?|tariffs|duties|controls)\b/iu,
  },
  {
    // "the Commission launched an initiative to return the children", "the EU has joined the coalition": an
    // act only with such an object ("launched a missile attack", "joined the talks" are none).
    verb: /^(?:launched|launches|joined|joins)$/iu,
    object:
      /^\s+(?:(?:a|an|the|its|their|this|that)\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:initiatives?|programmes?|programs?|coalition|platform|mechanism|declaration|sanctions)\b/iu,
  },
  {
    // "Russia and Ukraine have completed another large prisoner exchange", "exchanged 95 prisoners of war": a
    // swap both sides carried out ("completed the withdrawal", "exchanged fire" are none).
    verb: /^(?:completed|conducted|exchanged)$/iu,
    object:
      /^\s+(?:(?:a|an|the|another|their|its)\s+)?(?:[\p{L}\d'’-]+\s+){0,3}?(?:(?:prisoner|POW|prisoner-of-war|captive)s?\s+(?:exchange|swap)s?|prisoners|captives|POWs|(?:exchange|swap)\s+of\s+(?:prisoners|captives|POWs|bodies))\b/iu,
  },
  {
    // "Moscow withdrew from the grain deal", "scrapped the agreement", "terminated the initiative": leaving a
    // deal is an act ("withdrew its troops", "quit the city" are none).
    verb: /^(?:withdrew|withdraws)$/iu,
    object: new RegExp(
      String.raw`^\s+(?:[\p{L}-]+\s+){0,2}?from\s+(?:the|a|an|its|their)\s+(?:[\p{L}'’-]+\s+){0,4}?${dealNouns}\b`,
      "iu",
    ),
  },
  {
    verb: /^(?:quit|quits|exited|scrapped|scraps|terminated|terminates)$/iu,
    object: new RegExp(
      String.raw`^\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}'’-]+\s+){0,4}?${dealNouns}\b`,
      "iu",
    ),
  },
  {
    // "the EU froze nearly half of Russia's reserves", "China has tightened export controls on drones".
    verb: /^(?:froze|freezes)$/iu,
    object: /^\s+(?:[\p{L}\d'’,.-]+\s+){0,6}?(?:assets|reserves|funds|accounts)\b/iu,
  },
  {
    verb: /^(?:tightened|tightens)$/iu,
    object:
      /^\s+(?:(?:its|their|the)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:controls|restrictions|rules|sanctions|curbs)\b/iu,
  },
  {
    // "The EU encouraged Russia to reconsider": urging someone to act ("encouraged by the talks" is none).
    verb: /^(?:encouraged|encourages)$/iu,
    object: /^\s+(?!by\b)(?:[\p{L}'’-]+\s+){1,5}?(?:(?:on|this|last)\s+\p{L}+\s+)?to\s+\p{L}/iu,
  },
  {
    verb: /^reached$/iu,
    object:
      /^\s+(?:(?:a|an)\s+)?(?:(?:provisional|political|preliminary|final|broad|new)\s+)?(?:agreement|deal|consensus|compromise)\b/iu,
  },
];

/** "a phone call", "an hour-long video call": words before "call" that make it a noun. */
const callKindBefore = /\b(?:phone|telephone|video|conference|\p{L}+-long|\p{L}+-minute)\s+$/iu;
/** "by phone", "by video link": how a call was held. */
const callMedium = /^\s+(?:(?:by|over\s+the)\s+(?:tele)?phone|by\s+video(?:\s+link)?)\b/iu;
/** "with", "to his Ukrainian counterpart": whom a call is with. */
const callPartnerAfter = /^\s+(?:to|with)\s+(?:(?:his|her|their|the)\s+)?/iu;

/**
 * What makes a bare "spoke" say something: what it was of or about, how it was judged ("spoke highly of"), a
 * quotation or a colon.
 */
const spokeOfSomething =
  /^\s*(?:\p{L}+ly\s+)?(?:of|about|out|up|against|in\s+(?:favou?r|support|defen[cs]e)|highly|positively|negatively|warmly|favou?rably|frankly|candidly|openly|["“:]|on\s+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d|the\s+(?:tele)?phone|the\s+sidelines|\p{Lu}\p{Ll}+\s+\d))/iu;

/** Whether the clause before a verb ending at `end` names two actors or two sides ("the two leaders"). */
function twoSidesBefore(analysis: SentenceAnalysis, end: number): boolean {
  const before = analysis.text.slice(0, end);
  const actors = new Set(
    analysis.mentions.filter((mention) => mention.end <= end).map((mention) => mention.actor),
  );
  return (
    actors.size >= 2 || /\b(?:both|the\s+two|the\s+(?:leaders|presidents|ministers|sides))\b/iu.test(before)
  );
}

/**
 * Whether a "spoke" ending at `end` tells of a call or a talk and nothing said in it: by phone, with an actor or
 * a counterpart right after, or with nothing of what it was about; and no word of what was said ("spoke to
 * reporters, saying ..." says something).
 */
function talkWithNothingSaid(analysis: SentenceAnalysis, end: number): boolean {
  const medium = callMedium.exec(analysis.text.slice(end));
  const partnerFrom = end + (medium?.[0].length ?? 0);
  const partner = callPartnerAfter.exec(analysis.text.slice(partnerFrom));
  const rest = analysis.text.slice(partnerFrom);
  if (/^[^.;:!?]*\b(?:that|saying|said|telling|stressing|noting|adding|warning|urging)\b/iu.test(rest))
    return false;
  if (medium) return true;
  // "The Chinese and Ukrainian leaders spoke yesterday": two sides that spoke, of nothing, talked to each other;
  // one who "spoke after the meeting" may be quoted next.
  if (!partner) return !spokeOfSomething.test(rest) && twoSidesBefore(analysis, end);
  const partnerStart = partnerFrom + partner[0].length;
  return (
    /^(?:[\p{L}-]+\s+){0,2}counterparts?\b/iu.test(analysis.text.slice(partnerStart)) ||
    analysis.mentions.some(
      (mention) =>
        mention.start >= partnerStart &&
        /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(analysis.text.slice(partnerStart, mention.start)),
    )
  );
}

/** " the visiting European Commission president ": capitalised words and titles only. */
const titleWordsOnly = (between: string) =>
  /^\s+$|^\s/u.test(between) &&
  between
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .every(
      (word) =>
        /^\p{Lu}/u.test(word) || agentNouns.has(word.toLowerCase()) || /^(?:the|visiting)$/u.test(word),
    );

/** Whether a person (a title and a name, or a counterpart) follows, not their words or acts ("Xi's proposal"). */
function greetsVisitor(analysis: SentenceAnalysis, end: number): boolean {
  const rest = analysis.text.slice(end);
  if (/^\s+(?:(?:his|her|their)\s+)?(?:[\p{L}-]+\s+){0,2}counterparts?\b(?!['’])/iu.test(rest)) return true;
  // "with Xi welcoming dozens of leaders from ...", "welcomed the visiting heads of state": guests, not a proposal.
  if (
    /^\s+(?:(?:dozens|scores|more\s+than\s+\d+|some\s+\d+|\d+)\s+(?:of\s+)?)?(?:(?:the|visiting|foreign|world|fellow)\s+)*(?:leaders|guests|heads\s+of\s+(?:state|government)|delegations|dignitaries)\b(?!['’])/iu.test(
      rest,
    )
  )
    return true;
  const visitor = analysis.mentions.find(
    (mention) =>
      mention.person && mention.start >= end && titleWordsOnly(analysis.text.slice(end, mention.start)),
  );
  return visitor !== undefined && !/^['’]s?\b/u.test(analysis.text.slice(visitor.end));
}

/** A preposition that makes a gerund what someone is pushed to or kept from, not an act of theirs. */
const gerundObjectBefore = /\b(?:towards?|into|from|without|against)\s+$/iu;

const participles = new Set(["said", "told", "spoken", "written", "sought", "wrote"]);

const isPastParticiple = (cue: string) => /ed$/iu.test(cue) || participles.has(cue.toLowerCase());

export interface Cue extends TextRange {
  word: string;
  /** "called China a facilitator": the name after it is labelled, which is a claim about it. */
  labels?: boolean;
  /** "announced by Xi and Putin": a passive whose agent, after "by", speaks. */
  byAgent?: boolean;
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

/** "the statement reads", "A Chinese readout of the talks read,", "the ministry's statement showed": a document's words. */
const documentReadPattern = new RegExp(
  `\\b(?:${documentNouns.join("|")})(?!\\p{L})[^,;:"“”]{0,40}?\\s(read|reads|showed|shows)(?=[\\s,:.]|$)`,
  "giu",
);

/**
 * "The EU's 15th package of sanctions includes ...", "The package forbids transit ...", "The new EU sanctions
 * target 200 vessels": what an issued document or an actor's sanctions contain is its issuer's act. Only right
 * after the document's own noun phrase, with no clause between.
 */
const documentContentPattern =
  /\b(?:(?:package|declaration|communiqu[eé]|resolution|regulation|decision)(?!\p{L})(?:\s+(?:of|on|against|for)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)?(?:\s+(?:also|further|now))?\s+(includes|included|targets|targeted|bans|banned|forbids|prohibits|lists|extends|imposes|introduces|provides\s+for)|sanctions(?:\s+(?:also|further|now))?(?:,\s+in\s+particular,)?\s+(target|include|ban|freeze|cover|prohibit|provide\s+for))\b/giu;

/** "saw the deal as a positive sign", "views Moscow as a partner": a stance, when "as" follows soon. */
const perceptionPattern = /\b(?:sees|saw|views|viewed|regards|regarded)\b(?=[^,;.!?"“”]{1,60}?\bas\b)/giu;

/** "showed their readiness to impose sanctions": a stance shown. */
const readinessPattern =
  /\b(?:show|shows|showed|showing)\s+(?:(?:its|their|his|her)\s+)?(?:readiness|willingness)\b/giu;

/** "continues to insist": a statement going on, not an infinitive. */
const continuingBefore = /\b(?:continues|continued|continue|continuing|went on|goes on|proceeded)\s+to\s+$/iu;

function extraCues(analysis: SentenceAnalysis): Cue[] {
  const cues: Cue[] = [];
  for (const match of analysis.text.matchAll(documentReadPattern)) {
    const word = match[1] ?? "";
    const start = match.index + match[0].length - word.length;
    if (!insideAny(analysis.quoted, start)) cues.push({ start, end: start + word.length, word });
  }
  for (const match of analysis.text.matchAll(documentContentPattern)) {
    const word = match[1] ?? match[2] ?? "";
    const start = match.index + match[0].length - word.length;
    if (!insideAny(analysis.quoted, start)) cues.push({ start, end: start + word.length, word });
  }
  for (const match of [
    ...analysis.text.matchAll(perceptionPattern),
    ...analysis.text.matchAll(readinessPattern),
  ]) {
    const before = analysis.text.slice(Math.max(0, match.index - 40), match.index);
    if (
      insideAny(analysis.quoted, match.index) ||
      passiveBefore.test(before) ||
      nonStatementBefore.test(before)
    )
      continue;
    cues.push({ start: match.index, end: match.index + match[0].length, word: match[0] });
  }
  return cues;
}

/** What was said, opening right after a verb: a that-clause, a colon, a quotation. */
const saidContentAfter = /^\s*(?:that\b|:|,?\s*["“‘])/iu;
/** A quotation just closed before the verb and its subject: '"…," she concluded'. */
const quotationClosedBefore = /[,.!?…]\s*["”’']\s*(?:[\p{L}.-]+\s+){0,4}$/u;

/** "..., it continued." / "..., the statement continues." / "..., Peskov continued.": a short speaker after a comma or quotation. */
const closingSpeakerBefore =
  /(?:[,"”’']|^)\s*(?:it|he|she|they|(?:the\s+|its\s+|his\s+|her\s+)?[\p{L}'’.-]+|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{L}+)\s+(?:further\s+|then\s+)?$/u;

/** "maintained formal relations", "maintains troops": what is kept, not what is said. */
const keptThingAfter =
  /^\s+(?:[\p{L}-]+\s+){0,3}?(?:relations|ties|contacts?|dialogue|communication|presence|troops|forces|cooperation|links|channels|control|embassy|embassies|trade|talks|meetings|calls|conversations|consultations|exchanges|leverage|influence|sway|grip|stake|stakes|interests)\b/iu;

/** "..., the sides agreed to meet again, Medinsky concluded.": a name closing the sentence with the verb. */
const closingNamedAttribution = (text: string, start: number, after: string) =>
  /^\s*[.!?]*\s*$/u.test(after) &&
  /,\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}$/u.test(text.slice(Math.max(0, start - 60), start));

/**
 * "continue", "conclude", "observe" and "maintain" have a plain sense besides speech ("Russia continued its
 * attacks", "talks which concluded in Abu Dhabi", "the leaders observed the parade", "maintained formal
 * relations"): "continue", "conclude" and "observe" report speech
 * only when they close an attribution ("..., it continued.") or open what was said ("she concluded that ...", "he
 * continued that ..."),
 * "maintain" unless what follows is a thing kept.
 */
function reportsSpeech(verb: string, text: string, start: number): boolean {
  const after = text.slice(start + verb.length);
  // "Moscow continues to show no interest": "continue to" goes on with another verb.
  // "He continued that China ...": what was said.
  // "..., the shelling of the plant continues.": a thing going on closes the sentence; "..., it continued." and
  // "..., the statement continues." are a speaker closing an attribution.
  if (/^continu/iu.test(verb))
    return (
      (trailingAttributionRest.test(after) &&
        !/^\s+to\s/iu.test(after) &&
        closingSpeakerBefore.test(text.slice(Math.max(0, start - 60), start))) ||
      /^\s+that\b/iu.test(after)
    );
  if (/^(?:conclud|observ)/iu.test(verb))
    return (
      saidContentAfter.test(after) ||
      quotationClosedBefore.test(text.slice(Math.max(0, start - 60), start)) ||
      closingNamedAttribution(text, start, after)
    );
  if (/^maintain/iu.test(verb)) return !keptThingAfter.test(after);
  // "..., the spokesman goes on." / "..., Kallas' spokesman further charges.": only closing an attribution
  // (or opening what was said) do they report speech ("Russia went on the offensive", "faces charges").
  if (/^(?:goes|went)\s+on$/iu.test(verb)) return trailingAttributionRest.test(after);
  // "the EU chiefs asked Beijing to stop ...", "Yermak informed the minister about ...": a request or a
  // briefing said to someone; "asked about", "informed sources" and "when asked" are no statement.
  if (/^asks?$|^asked$/iu.test(verb)) return askedSomeoneTo.test(after);
  if (/^inform/iu.test(verb)) return informedSomeone.test(after);
  // "Zelensky invited Putin to meet in Turkey", "the European Council invites the Commission to cooperate": a
  // proposal made to someone; "was invited to the summit" is none.
  if (/^invite/iu.test(verb)) return invitedSomeoneTo.test(after);
  // "Brussels will impose tighter restrictions": an act announced; "could impose", "to impose" are none.
  if (announcedActVerb.test(verb)) return announcedActBefore.test(text.slice(Math.max(0, start - 40), start));
  if (/^charges$/iu.test(verb)) return trailingAttributionRest.test(after) || saidContentAfter.test(after);
  return true;
}

const askedSomeoneTo = /^\s+(?:(?:the|its|his|her|their)\s+)?(?:[\p{L}'’-]+\s+){0,3}?to\s+\p{Ll}/u;
const invitedSomeoneTo =
  /^\s+(?:(?:the|its|his|her|their)\s+)?(?:[\p{L}'’-]+\s+){1,8}?to\s+(?!(?:the|a|an|his|her|its|their|this|that)\b)\p{Ll}/u;
const informedSomeone = /^\s+(?:(?:the|its|his|her|their)\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:about|of|that)\s/u;

/** Cues that are also plural nouns ("three core issues", "the protests", "his notes"). */
const pluralNounHomographs = new Set(
  "notes vows pledges claims protests signals highlights hints voices presses issues repeats releases bans reports charges stresses supports backs".split(
    " ",
  ),
);
/** Had by someone: "China has long-standing territorial claims", "Kyiv has no illusions": a noun. */
const possessedBefore = /\b(?:has|have|had|having)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** A plain plural noun and a preposition around a participle: "measures imposed in response to ...". */
const reducedPassiveBefore = /(?<![\p{L}'’-])(\p{Ll}[\p{Ll}-]+s)\s+$/u;
const reducedPassiveAfter =
  /^\s+(?:in|on|against|over|for|after|since|under|at|to|from|last|this|earlier|during|following|before|ahead|amid|alongside)\b/iu;
/** "a visit", "the new plan", "a visit to Beijing": a determiner and a lower-case noun before a participle. */
const singularNounBefore =
  /(?<![\p{L}'’-])(?:a|an|the|this|that|his|her|its|their)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}[\p{Ll}-]+)(?:\s+(?:to|in|of|from|with)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s+$/u;
const agentLaterInClause = /^[^,;:.!?]{0,80}?\bby\s/u;
/** Past forms of speech that a speaking noun before them takes as its verb, never as a reduced passive. */
const speechParticiples = new Set(
  "said told added noted stressed warned wrote stated claimed argued insisted explained".split(" "),
);
/** Groups that act as one: "the two countries promised to ..." is their pledge, no qualified noun. */
const speakingGroups = new Set(
  "countries nations capitals powers members parties bloc alliance union".split(" "),
);
/** A noun a participle after it may qualify: none that speaks or acts as one ("officials said", "the bloc agreed"). */
const noSpeakerNoun = (noun: string) => !agentNouns.has(noun) && !speakingGroups.has(noun);
/** Words ending in "s" that are no plural noun before a participle ("has imposed", "this signed"). */
const auxiliaryLike = new Set("has was is does its his this thus less unless".split(" "));
/** A possessive and adjectives: "to assert its territorial claims", "their repeated pledges". */
const qualifiedByPossessive =
  /\b(?:its|their|his|her|our|my|your)\s+(?:[\p{Ll}-]+(?:al|ic|ous|ive|ed|ing|ful|ary|ian|ese|ish|ent|ant|less|ern)\s+){1,2}$/u;
const adjectivalParticipleBefore =
  /\b(?:despite|after|amid|following|against|with|without|for|of|over|on|about|in|into|under|from)\s+$/iu;

/** A count or a modifier of kind up to two words before such a word makes it the noun: "three core issues". */
/** Right after a verb's -ing or -ed form, such a word is its object: "relinquishing claims", "dismissed reports". */
const verbObjectBefore = /\b\p{Ll}[\p{Ll}-]+(?:ing|ed)\s+$/u;
const pluralNounModifierBefore =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|some|all|other|various|key|core|main|major|remaining|outstanding|these|those|such|both|\d+)\s+(?:[\p{Ll}-]+\s+)?$/iu;

/**
 * A text put out, right before its participle: "an interview", or any noun before a dash ("the plan -"). (With
 * documents' own nouns, "a statement issued by", it cost two positions on an unread set: their rules read those.)
 */
const mediumBefore = /(?<![\p{L}-])(?:interviews?|articles?|op-eds?|videos?)\s+$|\p{L}\s+[-–—]\s+$/iu;

/**
 * "a warm welcome", "an urgent appeal": an article and a word or two of description before a cue that is also a
 * noun make it the noun ("a spokesman said" keeps its verb; "the two sides agree" its plural subject).
 */
const describedNounBefore = /(?<![\p{L}'’-])(?:a|an)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,2}$/u;
const nounCueForms = new Set(
  "welcome call appeal pledge promise vow demand request protest offer push bid claim charge warning".split(
    " ",
  ),
);

/**
 * A noun of claim and its "that": "Kyiv's first confirmation that", "denied reports that", "the accusation that"
 * ("the paper reports that" is a verb: a noun that is also a verb needs its determiner right before it).
 */
const claimNounThatBefore =
  /(?:(?:\b(?:the|a|an|its|their|his|her)|\p{L}['’]s?)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:confirmation|assertions?|allegations?|accusations?|speculation|rumou?rs?|impression|perception|notion)|(?:\b(?:the|its|their|his|her|denied|rejected|dismissed|refuted|amid|despite)|\p{L}['’]s?)\s+(?:claims?|reports?|suggestions?|fears?))\s+that\b[^.;!?"“”,]*$/iu;

/** The writer drawing a conclusion: "..., thereby testifying that ...", "thus showing that ...". */
const inferredBefore = /\b(?:thereby|thus|hence)\s+\p{Ll}+ing\s+that\b[^.;!?]*$/iu;

/** An infinitive and its object, joined to what follows by "and": "to court support and ". */
const infinitiveBefore = /\bto\s+\p{Ll}+(?:\s+[\p{L}'’-]+){0,3}\s+and\s+$/iu;

/** Words before "calls" that make them a noun others made: "faced calls", "amid calls", "despite calls". */
const callsFacedBefore =
  /\b(?:fac(?:e|es|ed|ing)|amid|despite|ignor(?:e|es|ed|ing)|resist(?:s|ed|ing)?)\s+$/iu;

export function findCues(analysis: SentenceAnalysis): Cue[] {
  const cues: Cue[] = [];
  for (const match of analysis.text.matchAll(stanceCuePattern)) {
    const start = match.index;
    if (insideAny(analysis.quoted, start)) continue;
    const before = analysis.text.slice(Math.max(0, start - 40), start);
    const announcedAct = announcedActVerb.test(match[0]) && announcedActBefore.test(before);
    if (
      (nonStatementBefore.test(before) && !continuingBefore.test(before) && !announcedAct) ||
      nounUseBefore.test(before) ||
      (nounCueForms.has(match[0].toLowerCase()) && describedNounBefore.test(before))
    )
      continue;
    // "marking Kyiv's first confirmation that Beijing supports ...", "denied reports that Moscow agreed ...": what a
    // claim says is the claim's, not a statement of the one it is about; "answered neutrally, thereby testifying
    // that the Chinese side does not see grounds for condemning ...": what the writer infers, no one's words.
    const sentenceBefore = analysis.text.slice(0, start);
    if (claimNounThatBefore.test(sentenceBefore) || inferredBefore.test(sentenceBefore)) continue;
    // "visited China to court support and emphasize personal ties": a second infinitive of purpose is the writer's
    // account of why, no more a statement than the first ("... and stressed that ..." is one).
    if (infinitiveBefore.test(before) && !/(?:ed|ing|[^s]s)$/iu.test(match[0].split(/\s+/u)[0] ?? ""))
      continue;
    // "held a video call on Monday": the call is a noun, the one who held it calls on nobody; "Putin still faced
    // calls for an end to the war", "amid calls for ...": calls others made, to the one who faces them.
    if (/^call/iu.test(match[0]) && (callKindBefore.test(before) || callsFacedBefore.test(before))) continue;
    // "Russia accused of war crimes": a bare participle accuses its subject (see hearsayEvents).
    if (/^accused\s+of\b/iu.test(analysis.text.slice(start)) && !/\b(?:has|have|had)\s+$/iu.test(before))
      continue;
    if (!reportsSpeech(match[0], analysis.text, start)) continue;
    // "the parties concentrated on three core issues: a ceasefire, ...", "a range of issues": a noun, not a verb.
    if (
      pluralNounHomographs.has(match[0].toLowerCase()) &&
      (pluralNounModifierBefore.test(before) ||
        verbObjectBefore.test(before) ||
        /\bof\s+$/iu.test(before) ||
        possessedBefore.test(before) ||
        qualifiedByPossessive.test(before))
    )
      continue;
    // "the absence of plans to join NATO": a noun.
    if (/^(?:plans|aims)\s/iu.test(match[0]) && /\b(?:of|without)\s+$/iu.test(before)) continue;
    // "Despite repeated warnings", "after increased pressure": a participle right after a preposition qualifies a noun.
    if (/ed$/iu.test(match[0]) && adjectivalParticipleBefore.test(before)) continue;
    // "pushed Ukraine towards rejecting the deal", "kept Kyiv from accepting": the one named before is pushed
    // or kept, and does not speak.
    if (/ing$/iu.test(match[0]) && gerundObjectBefore.test(before)) continue;
    // "adding to tensions": no speech.
    if (/^adding$/iu.test(match[0]) && /^\s+to\b/iu.test(analysis.text.slice(start + match[0].length)))
      continue;
    // "It is worth noting that ...": the writer's aside.
    if (/\bworth\s+$/iu.test(before)) continue;
    // "The leaders also spoke about bilateral trade ties.": a topic, no position. "Xi spoke by phone with
    // Zelensky for the first time": a call, which as such is no one's position (docs/labelling-guide.md).
    const after = analysis.text.slice(start + match[0].length);
    if (
      /^(?:spoke|speak)/iu.test(match[0]) &&
      (topicOnlyAfter.test(after) ||
        topicListAfter.test(after) ||
        talkWithNothingSaid(analysis, start + match[0].length))
    )
      continue;
    // "Xi and Li Qiang welcomed European Commission President Ursula von der Leyen in Beijing": a host greeting a
    // visitor, a meeting as such, no position ("welcomed Xi's proposal" is one).
    if (/^welcom/iu.test(match[0]) && greetsVisitor(analysis, start + match[0].length)) continue;
    // "China and Russia maintain a strategic partnership", "maintained close ties": keeping a relation, not
    // insisting ("China maintains that ...", "maintains a stance of neutrality" are statements).
    if (/^maintain/iu.test(match[0]) && keptRelation.test(after)) continue;
    if (cuesOnlyWithObject.some(({ verb, object }) => verb.test(match[0]) && !object.test(after))) continue;
    // "The EU, committed to a common defence policy, ...", "is committed to": the writer's description of a state.
    if (
      /^commit/iu.test(match[0]) &&
      /(?:,|\b(?:is|are|was|were|be|been|being|remains?|remained|stays?)\s+(?:\p{L}+ly\s+)?)\s*$/iu.test(
        before,
      )
    )
      continue;
    // "member states", "the Baltic states": a noun, unless a that-clause follows ("China states that") or it
    // closes a sentence before its speaker ("..., states the Head of the President's Office Andriy Yermak").
    if (/^states$/iu.test(match[0]) && !/^\s+that\b/iu.test(after) && !invertedBeforeSpeaker(before, after))
      continue;
    if (relativeClaimToBe.exec(analysis.text.slice(Math.max(0, start - 24)))?.index === Math.min(start, 24))
      continue;
    // "SCMP reports that ...": only a that-clause makes "reports" a verb ("citing intelligence reports, that").
    if (/^reports$/iu.test(match[0]) && !/^\s+that\b/iu.test(analysis.text.slice(start + match[0].length)))
      continue;
    // "the parties focused on three core issues during the talks", "the envoy for Russia issues, said": a noun.
    if (
      pluralNounCues.has(match[0].toLowerCase()) &&
      afterPluralNoun.test(analysis.text.slice(start + match[0].length))
    )
      continue;
    // "He assured me that ...": the first person as the one told is a quoted speaker talking on, past a
    // quotation mark left behind in an earlier sentence; the one who told them is theirs to report.
    if (/^\s+(?:me|us)\b/u.test(analysis.text.slice(start + match[0].length))) continue;
    // "Putin said nothing": no statement.
    if (/^\s+(?:nothing|little)\b/iu.test(analysis.text.slice(start + match[0].length))) continue;
    // "has announced by ..." is active; "had been announced by Xi" a perfect passive, whose agent made it.
    const perfect = /\b(?:has|have|had)\s+(?!been\s)(?:\p{L}+\s+)?$/iu.test(before);
    const passiveAgent = passiveAgentAfter.test(analysis.text.slice(start + match[0].length)) && !perfect;
    // "the partnership announced by Xi and Putin": the agent of an announcement made it.
    if (passiveAgent && announcingParticiples.has(match[0].toLowerCase())) {
      cues.push({ start, end: start + match[0].length, word: match[0], byAgent: true });
      continue;
    }
    // "Beijing was also called upon by the G7 to ...": a passive phrase's subject is the one called on.
    const calledOn = /^called\s/iu.test(match[0]);
    if ((isPastParticiple(match[0]) || calledOn) && (passiveBefore.test(before) || passiveAgent)) continue;
    // "the economic measures imposed in response to ...": a participle after a plain plural noun qualifies it.
    const qualifiedNoun = reducedPassiveBefore.exec(before)?.[1]?.toLowerCase();
    if (
      isPastParticiple(match[0]) &&
      qualifiedNoun !== undefined &&
      noSpeakerNoun(qualifiedNoun) &&
      !auxiliaryLike.has(qualifiedNoun) &&
      // "..., analysts said on Friday", "sources told Reuters on Monday": people who speak, no reduced passive.
      !(nonGovernmentNouns.has(qualifiedNoun) && speechParticiples.has(match[0].toLowerCase())) &&
      reducedPassiveAfter.test(analysis.text.slice(start + match[0].length))
    )
      continue;
    // "a visit branded a 'peace mission' by the Hungarian leader": a participle after a singular noun, with its
    // agent after "by", qualifies the noun; whoever stands before it brands nothing.
    const singularNoun = singularNounBefore.exec(before)?.[1]?.toLowerCase();
    if (
      isPastParticiple(match[0]) &&
      singularNoun !== undefined &&
      noSpeakerNoun(singularNoun) &&
      agentLaterInClause.test(analysis.text.slice(start + match[0].length))
    )
      continue;
    // "according to a Chinese statement released on Sunday": a participle right after a document qualifies it.
    if (
      isPastParticiple(match[0]) &&
      documentBefore.test(before) &&
      reducedPassiveAfter.test(analysis.text.slice(start + match[0].length))
    )
      continue;
    // "in an interview published early on Wednesday", "China's plan - published last month -": the text was put
    // out; the participle says when or where, not that anyone spoke.
    if (
      /^(?:published|released|issued|aired|broadcast|posted)$/iu.test(match[0]) &&
      mediumBefore.test(before)
    )
      continue;
    cues.push({ start, end: start + match[0].length, word: match[0] });
  }
  const others = [...labellingCues(analysis), ...extraCues(analysis)].filter(
    (other) => !cues.some((cue) => cue.start === other.start),
  );
  return [...cues, ...others].sort((left, right) => left.start - right.start);
}
