// An actor's official act named in passing inside someone else's sentence: "China protested the 17th package of
// sanctions adopted by the European Union", "... following the EU's approval of the 18th package". The act is a
// fact the sentence takes as given, so it is the actor's own act on the record (docs/labelling-guide.md: an
// official act reported as fact is stated), not the speaker's claim about it.
import type { SentenceMention } from "./sentenceAnalysis";
import type { TextRange } from "./sentenceParts";

/** What an official act leaves behind: a package, sanctions, a decision. */
const actNouns =
  "sanctions|packages?|measures|restrictions|listings?|decisions?|resolutions?|regulations?|tariffs|duties|bans?";

/** "sanctions adopted by the", "package which was approved by": the act's noun, its participle, "by". */
const actByAgent = new RegExp(
  String.raw`\b(?:${actNouns})\s+(?:(?:that|which)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:(?:recently|just|formally|officially|unanimously)\s+)?(?:adopted|approved|imposed|introduced|agreed|announced|unveiled|passed|extended|renewed)\s+(?:(?:on\s+\p{Lu}\p{Ll}+day|last\s+\p{Ll}+|this\s+\p{Ll}+|earlier)\s+)?by\s+(?:the\s+)?$`,
  "iu",
);

/** "the 19th package of anti-Russian sanctions of the EU", "new sanctions of the EU": the act's noun, "of". */
const actOfOwner = new RegExp(String.raw`\b(?:${actNouns})\s+of\s+(?:the\s+)?$`, "iu");
/** The owner ends the noun phrase ("sanctions of the EU that ..."), not "a package of EU sanctions". */
const ownerEndsPhrase =
  /^\s*(?:[,.;:!?]|$|(?:that|which|against|on|over|in|affected|affect|were|was|have|has|had|is|are|targeting|target)\b)/iu;

/**
 * "the EU's approval of": the act named by its owner. ("the EU's decision to open accession talks" is not: in
 * others' words labellers read it as what they react to, and it cost four points on an unread set.)
 */
const ownersAct =
  /^['’]s?\s+(?:(?:formal|final|official|unanimous|latest)\s+)?(?:approval|adoption|imposition|introduction|extension|renewal)\s+of\b/iu;

/** "the EU's newly adopted 18th sanctions package": the owner's measures named with their adoption. */
const ownersAdoptedMeasures =
  /^['’]s?\s+(?:(?:newly|recently|just|formally)\s+)?(?:adopted|approved|imposed|agreed)\s+(?:(?:latest|new|fresh|\d+(?:st|nd|rd|th))\s+)*(?:sanctions\s+package|package|sanctions|measures|restrictions)\b/iu;

/** "sanctions imposed by Brussels have failed": the act is what the sentence judges, a claim about it. */
const judgedAfter =
  /^\s+(?:(?:have|has|had|will|would)\s+)?(?:\p{L}+ly\s+)?(?:failed|fail|worked|backfired|proved|proven|hurt|harmed|damaged|(?:are|were|is|was)\s+(?:illegal|unlawful|illegitimate))\b/iu;

/** An act that has not happened: "the proposed package", "any sanctions", "a planned ban". */
const notYetDone =
  /\b(?:proposed|planned|possible|potential|any|future|draft|expected|upcoming|mooted|threatened)\s+(?:[\p{L}\d-]+\s+){0,4}$/iu;

/** How far back an act's noun phrase may start: "the 17th package of anti-Russian sanctions adopted by". */
const phraseStart =
  /(?:^|[,;:(]\s*|\b(?:over|against|on|to|of|after|following|with|by|from|about|for|at|protested|opposed|condemned|criticised|criticized|denounced|welcomed|deplored|rejected|slammed)\s+)((?:(?:the|its|their|this|that|these|a|an)\s+)?(?:[\p{L}\d'’-]+\s+){0,8}?)$/iu;

/** "the EU (EU) adding Chinese firms to its list": the owner doing the act, as the object of a reaction. */
const gerundAct =
  /^(?:\s*\([^)]{1,12}\))?\s+(?:adding|imposing|adopting|approving|extending|renewing|listing|blacklisting|sanctioning|introducing)\b[^,;.!?]*/iu;
const reactionBefore =
  /\b(?:oppos(?:e|es|ed|ing)|protest(?:s|ed|ing)?|condemn(?:s|ed|ing)?|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|slam(?:s|med|ming)?|reject(?:s|ed|ing)?)\s+(the\s+)?$/iu;

/**
 * "a Chinese peace plan on Ukraine that urges both sides to ...", "China's 12-point plan unveiled last month": a
 * plan its owner put out, named with what it proposes or with when it was put out, is the owner's published
 * position whoever mentions it. ("China's proposal for a political solution",
 * naming no content, split two labellers of one sentence, and stays out.)
 */
const ownedPlan =
  /^(?:['’]s)?\s+(?:(?:[\p{L}\d-]+)\s+){0,2}?(?:peace\s+plan|plan|proposals?|initiative|position\s+paper|peace\s+formula|blueprint)\b(?=(?:\s+(?:on|for)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?\s+(?:(?:that|which)\s+(?:urges|calls\s+for|proposes|envisages|demands|includes|stresses)|(?:(?:first|originally|formally|officially)\s+)?(?:unveiled|put\s+forward|presented|released|published|floated)\s+(?:last|in|on|earlier|this|a\s+year)\b))/iu;
/** Where such a plan's description ends: a clause break or the verb of the sentence it sits in. */
const planEnd =
  /[,;:!?]|\.(?!\p{L})|\s(?:but|should|would|could|must|was|is|were|are|has|have|had|will|may)\s/iu;

/**
 * "U.S. and European Union sanctions announced Friday ... included several companies from China", "the EU's
 * latest package also targets ...": an actor's measures opening the sentence and doing what measures do (list,
 * target, include) are its act told as fact. ("EU sanctions hit the economy" judges an effect, and stays out.)
 */
const measuresAfterOwner =
  /^(?:['’]s)?\s+(?:(?:new|latest|fresh|\d+(?:st|nd|rd|th))\s+)*(?:sanctions(?:\s+package)?|measures|package|restrictions|listings?)\b/iu;
const measuresDo =
  /^[^;.!?]{0,140}?\b(?:also\s+)?(?:included|includes|include|targeted|targets|target|listed|lists|added|adds|covered|covers|banned|bans)\b/iu;
/** Up to the owner's name, past an opening clause, the start of a subject: "U.S. and", "The latest round of". */
const subjectOpening =
  /(?:^|,\s*)(?:(?:the|a|and|latest|new|fresh|round|rounds|of|\p{Lu}[\p{L}.’'-]*)\s+){0,6}$/u;

export interface ActInPassing {
  actor: string;
  /** The act's noun phrase, to its owner's name: "the 17th package of sanctions adopted by the European Union". */
  range: TextRange;
}

/** "the EU adopted another package of", "Brussels has imposed a ban on", "announced the adoption of new sanctions". */
const ownerAdoptedMeasure =
  /^\s+(?:(?:has|have|had)\s+)?(?:(?:formally|officially|already|now|also|just|recently)\s+)?(?:adopted|approved|imposed|introduced|extended|renewed|announced\s+the\s+adoption\s+of)\s+(?:(?:a|an|the|its|their|another|new|fresh|further|latest|\d+(?:st|nd|rd|th)|[\p{L}"“”-]+)\s+){0,4}?(?:package|packages|sanctions|ban|bans|restrictions|measures|tariffs|duties|embargo)\b/u;

/** "32 abstained, including China and", "voted against, among them Russia,": the voters a count lists. */
const votersListedBefore =
  /\b(?:abstained|abstentions?|against|in\s+favou?r)\s*,?\s+(?:including|among\s+them)\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*(?:,\s*(?:and\s+)?|\s+and\s+))*(?:the\s+)?$/u;
/** "China and India were among the 32 countries that abstained": the named among a vote's count. */
const amongVotersAfter =
  /^(?:\s*(?:,|and)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)*\s+(?:were|was)\s+among\s+(?:the\s+)?(?:\d+|[\p{L}-]+)\s+(?:countries|states|nations|members)\s+(?:that|which|who)\s+(?:abstained|voted)\b/u;

export function actsInPassing(text: string, mentions: readonly SentenceMention[]): ActInPassing[] {
  const acts: ActInPassing[] = [];
  const vote = /\b(?:vot(?:e|es|ed|ing)|abstain(?:ed|s)?|abstentions?)\b/iu.test(text);
  for (const mention of mentions) {
    // "Zakharova said the EU adopted another package of sanctions", "Brussels has imposed a ban on ...": the
    // owner's formal measure, told by anyone as done, is its act on the record; so is a vote told by a count
    // with its voters named ("... seven against, and 32 abstained, including China and India").
    const measureDone =
      ownerAdoptedMeasure.test(text.slice(mention.end)) &&
      !notYetDone.test(text.slice(Math.max(0, mention.start - 60), mention.start));
    const listedVoter =
      vote &&
      (votersListedBefore.test(text.slice(Math.max(0, mention.start - 120), mention.start)) ||
        amongVotersAfter.test(text.slice(mention.end)));
    if (!mention.adjective && (measureDone || listedVoter)) {
      acts.push({ actor: mention.actor, range: { start: 0, end: text.length } });
      continue;
    }
    const measures = measuresAfterOwner.exec(text.slice(mention.end));
    if (measures && subjectOpening.test(text.slice(0, mention.start))) {
      const done = measuresDo.exec(text.slice(mention.end + measures[0].length));
      if (done) {
        acts.push({ actor: mention.actor, range: { start: 0, end: text.length } });
        continue;
      }
    }
    const plan = ownedPlan.exec(text.slice(mention.end));
    if (plan && !notYetDone.test(text.slice(Math.max(0, mention.start - 60), mention.start))) {
      const rest = text.slice(mention.end);
      const end = planEnd.exec(rest.slice(plan[0].length));
      const opening = /(?:^|\s)(?:a|an|the)\s+$/iu.exec(
        text.slice(Math.max(0, mention.start - 5), mention.start),
      );
      const start = mention.start - (opening ? opening[0].trimStart().length : 0);
      acts.push({
        actor: mention.actor,
        range: {
          start,
          end: mention.end + plan[0].length + (end ? end.index : rest.length - plan[0].length),
        },
      });
      continue;
    }
    if (mention.adjective) continue;
    const before = text.slice(Math.max(0, mention.start - 200), mention.start);
    const agent =
      actByAgent.exec(before) ??
      (ownerEndsPhrase.test(text.slice(mention.end)) ? actOfOwner.exec(before) : null);
    if (agent && !judgedAfter.test(text.slice(mention.end))) {
      const nounAt = mention.start - before.length + agent.index;
      const opening = phraseStart.exec(text.slice(Math.max(0, nounAt - 120), nounAt));
      const start = nounAt - (opening?.[1]?.length ?? 0);
      if (notYetDone.test(text.slice(Math.max(0, start - 60), nounAt))) continue;
      acts.push({ actor: mention.actor, range: { start, end: mention.end } });
      continue;
    }
    const reaction = reactionBefore.exec(text.slice(Math.max(0, mention.start - 40), mention.start));
    const doing = reaction && gerundAct.exec(text.slice(mention.end));
    if (reaction && doing) {
      const start = mention.start - (reaction[1]?.length ?? 0);
      acts.push({ actor: mention.actor, range: { start, end: mention.end + doing[0].length } });
      continue;
    }
    const adopted = ownersAdoptedMeasures.exec(text.slice(mention.end));
    if (adopted && !judgedAfter.test(text.slice(mention.end + adopted[0].length))) {
      acts.push({
        actor: mention.actor,
        range: { start: withArticle(text, mention), end: mention.end + adopted[0].length },
      });
      continue;
    }
    const owned = ownersAct.exec(text.slice(mention.end));
    if (owned && !notYetDone.test(text.slice(Math.max(0, mention.start - 60), mention.start))) {
      const ofEnd = mention.end + owned[0].length;
      const object =
        /^\s+(?:the\s+)?(?:[\p{L}\d'’-]+\s+){0,6}?(?:sanctions|package|measures|restrictions|ban|tariffs)\b/iu.exec(
          text.slice(ofEnd),
        );
      acts.push({
        actor: mention.actor,
        range: { start: withArticle(text, mention), end: ofEnd + (object?.[0].length ?? 0) },
      });
    }
  }
  return acts;
}

/** Where an owner's phrase starts, with the "the" or "its" before it: "the EU's approval of". */
function withArticle(text: string, mention: SentenceMention): number {
  const opening = /(?:the|its)\s+$/iu.exec(text.slice(Math.max(0, mention.start - 5), mention.start));
  return mention.start - (opening?.[0].length ?? 0);
}
