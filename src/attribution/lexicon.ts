// The words the offline engine reads stance from. Plain lists, so a missed cue is a one-line fix.

const wordList = (words: string) => words.trim().split(/\s+/);

/**
 * Verbs by which an actor states a position or performs an official act, in the forms news prose uses.
 * Military violence ("attacked", "shelled") is deliberately absent: it is an event, not a position.
 */
export const stanceVerbs = wordList(`
  say says said saying tell tells told telling stated stating declare declares declared declaring underline
  underlines underlined underlining stresses stressed stressing emphasise emphasises emphasised
  emphasising emphasize emphasizes emphasized emphasizing insist insists insisted insisting maintain maintains
  maintained maintaining vow vows vowed vowing pledges pledged pledging promised promising deny denies denied
  denying contest contests contested contesting allege alleges alleged alleging accuse accuses accused
  accusing claim claims claimed claiming warn warns warned warning added adding note notes noted noting urge urges urged urging argue argues
  argued arguing affirm affirms affirmed reaffirm reaffirms reaffirmed reaffirming reiterate reiterates
  reiterated reiterating announce announces announced announcing confirm confirms confirmed confirming
  acknowledge acknowledges acknowledged admit admits admitted reject rejects rejected rejecting dismiss
  dismisses dismissed dismissing condemn condemns condemned condemning criticise criticises criticised
  criticising criticize criticizes criticized criticizing denounce denounces denounced denouncing welcomed
  welcoming praise praises praised praising hails hailed spoke spoken speaks express expresses expressed
  expressing describes described describing threaten threatens threatened threatening demanded demanding
  propose proposes proposed proposing suggested predicted replied responded wrote commented tweeted hoped
  believe believes believed agree agrees agreed signed ordered approves approved imposes imposed adopts adopted decide
  decides decided sanctioned vetoed voted suspended halted recognises recognised recognizes recognized oppose opposes opposed
  refuses refused defends defended backs backed supports supported blames blamed blaming protested
  protests reported indicates indicated indicating signals signalled signaled signalling signaling considers
  branded branding labelled labeled dubbed highlights highlighted highlighting concluded concludes explained
  explains explaining observed remarked recalled cautioned asserted asserts asserting clarified contended lamented
  complained slammed blasted decried lambasted charged assert answered hinted hints lodged lodges voiced voices
  voicing pressed presses welcome welcomes stress abstained abstains issued issues specified specifies repeated
  repeats underscore underscores underscored underscoring published publishes released releases ban bans banned
  continued continues thanked thanking appreciates appreciated reports assesses assessed appealed appeals
  appealing posted informed informs asked asks summoned summons outlined outlines outlining invited invites impose adopt approve sign
  blacklisted blacklists revealed reveals disclosed discloses mocked mocks ridiculed ridicules derided scoffed charges
  assured assures assuring attributed attributes expects refute refutes refuted refuting deplore deplores
  deplored deploring regrets regretted reacted reacts congratulated congratulates congratulating greenlit
  greenlighted
  expounded expounds elaborated elaborates billed touted touts rebuffed rebuffs rebuffing
  presented presents unveiled unveils extended extends prolonged prolongs renewed renews characterized
  characterised characterizes characterises characterizing characterising reached states mentions mentioned
  mentioning reminded reminds reminding introduced introduces commits committed placed slapped levied passed
  disavowed disavows targeted included declined accepted listed lists enacted enacts steered stayed boycotted
  boycotts skipped skips launched launches joined joins completed conducted exchanged encouraged encourages
  withdrew withdraws quit quits exited scrapped scraps terminated terminates froze freezes tightened tightens
`);

/** The same verbs, for lookups of one word. */
export const stanceVerbWords: ReadonlySet<string> = new Set(stanceVerbs);

/** Days and months, lower case: never a name, and no content of a statement ("Kallas noted on Monday"). */
export const calendarWords = new Set(
  wordList(`monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december`),
);

/** Verbs by which actors put out a document that then speaks for them ("signed a joint statement"). */
export const issuingVerbs = new Set(
  wordList("signed signs issued issues adopted adopts released releases published publishes agreed"),
);

/** Multi-word stance cues; the last word may be followed by anything. */
export const stancePhrases = [
  "remains committed",
  "remain committed",
  "remained committed",
  "goes on",
  "went on",
  "looks forward",
  "looked forward",
  "looking forward",
  "look forward",
  "calls for",
  "called for",
  "calling for",
  "calls on",
  "called on",
  "calling on",
  "call on",
  "call for",
  "calling it",
  "calling the",
  "calling this",
  "called upon",
  "calls upon",
  "calling upon",
  "holds that",
  "held that",
  // An assessment stated: "Ukrainian intelligence estimates that ...".
  "estimates that",
  "estimated that",
  // A proposal tabled: "Beijing put forward a 12-point paper".
  "put forward",
  "puts forward",
  "putting forward",
  "pointed out",
  "points out",
  "pointing out",
  "point out",
  // "China renewed its criticism of Western sanctions", "the ministry laid blame for the war on Washington".
  "renewed its criticism",
  "renewed their criticism",
  "renewed its call",
  "renewed his call",
  "renewed her call",
  "renewed its calls",
  "laid blame",
  "laid the blame",
  "lays blame",
  "lays the blame",
  // "the Kremlin hit out at the EU": a public rebuke.
  "hit out",
  "hits out",
  "hitting out",
  "lashed out",
  "lashes out",
  "lashing out",
  // Self-presentation: "China has portrayed itself as a neutral party", "has painted itself as a mediator".
  ...wordList(`portray portrays portrayed portraying present presents presented presenting position positions
  positioned positioning paint paints painted painting cast casts casting bill bills billed billing style styles
  styled styling`).map((verb) => `${verb} itself`),
  "calls itself",
  "called itself",
  "describes itself",
  "described itself",
  "aims to",
  "aimed to",
  "aiming to",
  "seeks to",
  "sought to",
  "seeking to",
  "intends to",
  "plans to",
  "wants to",
  "wanted to",
  "is committed to",
  // A conviction stated as the subject's own: "Zelenskyy is convinced that only Ukraine can ...".
  "is convinced",
  "are convinced",
  "remains convinced",
  "called the",
  "called it",
  "called this",
  "calls the",
  "calls it",
  "are committed to",
  // "Peskov was quoted as saying": the passive subject is the speaker.
  "quoted as saying",
  "quoted as telling",
  "made clear",
  "made it clear",
  "makes clear",
  "makes it clear",
  "make clear",
  "make it clear",
];

/** The writer's aside "China, which claims to be neutral, ...": a framing, not a statement ("China claims to be neutral" is one). */
export const relativeClaimToBe =
  /(?<=\b(?:which|who)\s+(?:\p{L}+ly\s+)?)(?:claims|claimed|professes|professed|purports|purported)\s+to\s+be\b/iu;

/**
 * Markers that make what follows hearsay about the clause's subject, not the subject's own word: "reportedly",
 * "is said to", "has been accused of", how others see it ("is seen by Washington as", "was viewed as"). (How an actor
 * presents itself, "China has sought to position itself as neutral", is its declared stance: docs/labelling-guide.md.)
 */
export const hearsayPattern = new RegExp(
  String.raw`\b(?:${relativeClaimToBe.source}|reportedly|allegedly|purportedly|supposedly|(?:is|are|was|were)(?:\s+also|\s+\p{L}+ly)?\s+(?:said|believed|alleged|thought|understood|reported) to|(?:is|are|was|were|has been|have been|had been|stands?)(?:\s+also|\s+\p{L}+ly)?\s+accused of|(?:is|are|was|were|has been|have been|had been)(?:\s+also|\s+\p{L}+ly)?\s+(?:seen|viewed|perceived|regarded|considered)(?:\s+by\s+[^,;:"“”]{1,60}?)?\s+(?:as|to))\b`,
  "giu",
);

/**
 * A participle that accuses whatever it follows, with no auxiliary: a headline's "Russia accused of war crimes",
 * "seven Chinese firms suspected of helping Moscow".
 */
export const reducedAccusationPattern =
  /(?<!\b(?:has|have|had|is|are|was|were|be|been|being|who|which|that)\s+)\b(?:accused|suspected)\s+of\b/giu;

/**
 * A claim named by a noun and spelled out in a that-clause: "a US media report that China was ...", "criticism
 * from Western governments that ...", "Russian claims that Ukrainian troops ...", "information in the press that
 * ..."; "reports suggesting that ..."; and the impersonal "it is reported / said / believed that ...".
 */
export const nounClaimPattern =
  /\b(?:(?:reports?|claims?|allegations?|accusations?|charges?|suspicions?|criticism|assertions?|rumou?rs?|speculation|suggestions?|information)(?:\s+(?:from|by|in)\s+[^,;:"“”]{1,60}?)?(?:\s+(?:suggesting|saying|claiming|alleging|indicating|stating))?|it\s+(?:is|was|has\s+been|had\s+been)\s+(?:\p{L}+ly\s+|also\s+)?(?:reported|said|believed|understood|claimed|alleged|rumou?red|thought))\s+that\b/giu;

/** "according to <source>". */
/** "according to the Kremlin", "as per Chinese officials", "as quoted by Mao": a source named for the words. */
export const accordingToPattern = /\b(?:according to|as per|as quoted by|as cited by)\b/giu;

/** Self-attribution through a possessive: "Ukraine's self-professed ...", "China's stated goal". */
export const selfAttributionWords = new Set(
  wordList(
    "self-professed self-declared self-proclaimed self-described stated declared professed proclaimed",
  ),
);

/**
 * What an actor issues that then speaks for it: "the joint statement said", "a Kremlin readout read", "the EU's
 * sanctions package bans ..." (an act of the EU).
 */
export const documentNouns = wordList(
  "statement statements readout readouts communique communiqué declaration declarations text message package packages plan proposal paper document resolution",
);

/** Words that name news media, singular or plural ("the Reuters news agency", "local newspapers"). */
export const mediaNouns = String.raw`news\s+agenc(?:y|ies)|agenc(?:y|ies)|newspapers?|dail(?:y|ies)|outlets?|media|broadcasters?|television|magazines?|channels?|websites?|portals?|news\s+sites?|tabloids?|wire\s+services?`;

/** Official acts an actor announces with "will" ("Brussels will impose ..."), on the record as acts already are. */
export const announcedActVerb = /^(?:impose|adopt|approve|sign)$/iu;
export const announcedActBefore = /\bwill\s+(?:(?:also|now|soon|further|\p{L}+ly)\s+)?$/iu;

/** Verbs of a relative clause that gives a post: "who heads the Russian delegation", "who is the EU's envoy". */
export const postVerbs = "(?:heads|headed|leads|led|chairs|chaired|is|was|serves\\s+as|served\\s+as)";

/** Nouns that make an adjective or a prepositional phrase name the actor itself ("the Russian military"). */
export const agentNouns = new Set([
  ...wordList(`official officials leader leaders leadership president presidents presidency premier minister
  ministers ministry ministries government governments authorities administration spokesperson spokesman
  spokeswoman spokespeople spokespersons representative representatives diplomat diplomats envoy envoys ambassador ambassadors embassy
  military army forces troops navy command commander commanders general generals side delegation delegations delegates
  negotiators lawmakers parliament chief head heads commission council prosecutors
  investigators intelligence regime cabinet counterpart counterparts foreign-ministry kremlin top senior
  officer officers authority agency agencies force guard service services office offices police mission missions embassies staff aide aides
  adviser advisers advisor advisors chair chairman chairwoman chairperson
  secretary secretary-general commissioner commissioners department fm mfa diplomacy d'affaires d’affaires`),
  // Documents speak for whoever issues them: "a Chinese readout", "Russia's statement".
  ...documentNouns,
]);

/**
 * Nouns after an actor's name or adjective that make the phrase a voice other than the government's: "a China
 * expert", "Chinese analysts", "a Beijing think-tank founder", "Russian state media", "EU sources" (unnamed
 * sources are the reporter's, not the actor's own word), "Russia's Gazprom" (a company, state-owned or not).
 */
export const nonGovernmentNouns = new Set(
  wordList(`analyst analysts expert experts scholar scholars academic academics commentator commentators observer
  observers researcher researchers professor professors think-tank think-tanks tank tanks institute institutes
  university universities columnist columnists journalist journalists newspaper newspapers media outlet outlets
  blogger bloggers economist economists historian historians watcher watchers specialist specialists critic
  critics activist activists dissident dissidents citizen citizens people public residents businessman
  businessmen businesses company companies firm firms executives netizens founder founders source sources
  insiders lawyer lawyers scientists students writer writers channel channels broadcaster broadcasters tv
  television magazine magazines tabloid tabloids correspondent correspondents reporter reporters anchor presenter
  pjsc ojsc jsc corporation backers allies supporters partners opponents neighbours neighbors
  gazprom rosneft lukoil novatek transneft rosatom rostec sberbank vtb aeroflot naftogaz energoatom ukrenergo
  ukrnafta huawei sinopec cnpc petrochina cnooc`),
);

/** Words that make someone named by an actor's adjective or role no voice of it ("a former Chinese diplomat"). */
export const nonOfficialModifiers = new Set(
  wordList("former ex retired onetime one-time erstwhile opposition exiled dissident late"),
);

/** A prefix joined to an alias makes it a modifier of something else ("pro-Russian", "anti-Kremlin"). */
export const hyphenPrefixBefore = /(?<![\p{L}\p{N}])(?:pro|anti|ex|non|post|neo)-$/iu;

/** Roles posted abroad: "the Chinese embassy in Kyiv" speaks for China, not for Ukraine. */
export const diplomaticNouns = new Set(
  wordList(
    "embassy embassies ambassador ambassadors envoy envoys consulate mission delegation diplomat diplomats",
  ),
);

/** Words a subject may consist of without naming anyone: auxiliaries, connectors, time words. */
export const emptySubjectWords = new Set(
  wordList(`has have had is are was were will would shall should can could may might must also again already
  still then later now today yesterday tonight once further and but while though although as who which that
  whom whose so yet meanwhile however instead both not never even just only first last this week on in at
  monday tuesday wednesday thursday friday saturday sunday morning evening night earlier do does did been be
  where when rather thereby thus effectively essentially`),
);

/** Words opening a clause that is not the sentence's main statement, or a discourse marker to trim. */
export const clauseOpeners = new Set(
  wordList(`though although while whereas as amid amidst since with despite after before when during in on at
  by for following because if unless meanwhile however regardless nevertheless nonetheless moreover
  furthermore additionally still yet but and also instead earlier later separately indeed thus hence so then besides
  overall regarding concerning about over under from where asked speaking writing`),
);

/** Discourse markers trimmed from the start of a point ("However, ..."). */
export const leadingMarkerPattern =
  /^(?:(?:however|meanwhile|regardless|nevertheless|nonetheless|moreover|furthermore|still|yet|but|and|so|also|indeed|separately|in addition|on the other hand|by contrast|in contrast|at the same time|though|although|while|whereas|amid|amidst|as(?!\s+(?:of|well|yet|usual|such|far|soon|long|much|many)\b)|because|since)\b[\s,]*)+/iu;

/** Words between a speech verb and the subject of what was said ("said that the ...") that can be skipped. */
export const contentLeadWords = new Set(
  wordList("that the a an this these those its their his her both any some all also"),
);

/** Prepositions that put a mention in an object, not in the subject ("critics of Beijing"). */
export const prepositions = new Set(
  wordList(`of about against with to toward towards on over from by at between amid for in into than like
  near alongside including beside besides without within across after before behind beyond under upon via`),
);

/** Participles that draw a conclusion from an act rather than report speech ("..., indicating a rift"). */
export const inferenceParticiples = new Set([
  ...wordList(
    "indicating signalling signaling highlighting underscoring suggesting showing reflecting adding",
  ),
  // "Russia launched an operation, aiming to ...": the writer's reading of the act's aim.
  "aiming to",
  "seeking to",
]);

/** Verbs that come before their speaker in a closing attribution ("..., said Peskov."). */
export const inversionVerbs = new Set(
  wordList(`said says added adds declared declares wrote writes insisted insists noted notes stressed stresses
  underlined underlines warned warns explained explains replied replies continued asked told states stated
  emphasized emphasizes emphasised emphasises concluded concludes charges charged specified recalled recalls reported
  claimed claims`),
);

/** Verbs that only report speech: a source that relays them ("according to a readout, Xi said") adds no claim. */
export const reportingVerbs = new Set([
  ...inversionVerbs,
  ...wordList(
    "say stated states announced announces confirmed confirms tweeted commented reiterated spoke speaks",
  ),
]);

/** After a role noun, these name whom the role serves: "president of", "spokeswoman for", "officials in". */
export const representingPrepositions = new Set(wordList("of for in from"));

export const determiners = new Set(wordList("the a an"));

/** Group references that point back at actors named just before. */
export const groupReferencePattern =
  /^(?:(?:both|the two|the)\s+(?:foreign\s+)?(leaders|presidents|ministers|heads of state|men|sides|parties|interlocutors|countries|nations|governments|capitals|allies|partners|powers|neighbours|neighbors)|(they|he|she|it))\b/iu;

/** Group words that refer to people, so only the actors' leaders and officials can be meant. */
export const personGroupWords = new Set(wordList("leaders presidents ministers men he she"));

/** Words that end a subject when reading back from a verb ("..., when the two leaders pledged"). */
export const clauseBoundaries = new Set(
  wordList(`that which who whom whose and but or nor until if unless whether because while as when where after
  before since although though so once whereas lest why how`),
);

/** Boundaries after which a verb with no subject of its own shares the previous one ("but insisted"). */
export const coordinators = new Set(wordList("and but or nor"));

/**
 * Clauses that state a condition, a time limit or an indirect question, not a position ("if both sides agree",
 * "until Russia agreed", "Why Kyiv decided to ...").
 */
export const conditionalOpeners = new Set(wordList("if unless whether until once lest why how"));

/** Verbs whose object is the accused: "accused Chinese firms of ..." makes the claim about China. */
export const accusationCuePattern =
  /^(?:accus|blam|alleg|condemn|critici[sz]|denounc|brand|label|dubb|slamm|blast|decri|lambast|charg)/iu;

/**
 * Verbs whose first name after them is an object, not what is claimed: "told Ukraine ...", "vetoed the EU's
 * plan", "rejected Kyiv's proposal", "warned China against ...". Only a "that" clause after them reports a claim.
 */
export const objectCuePattern =
  /^(?:tell|told|sign|order|approv|impos|adopt|decid|sanction|veto|recogni|oppos|refus|refut|defend|back|support|reject|dismiss|welcom|prais|hail|agree|propos|warn|mock|ridicul|derid)/iu;

/** Verbs that ask rather than claim: "demanded that Ukraine abandon ..." says nothing about Ukraine's conduct. */
export const directiveCuePattern = /^(?:demand|urg|call|ask|press)/iu;

/** After the subject of reported content, a modal of advice: "said the EU should ...". */
export const recommendationAfter =
  /^(?:['’]s)?\s+(?:\p{L}+\s+){0,2}?(?:should|must|ought|needs to|need to|has to|have to)\b/iu;

/**
 * Modal, predicted, negated or infinitive forms that make a speech verb no statement ("may announce", "would
 * likely reject", "is due to propose", "did not comment", "wants Beijing to condemn"): the writer's forecast, or
 * what someone asks of the actor, not the actor's act.
 */
export const nonStatementBefore =
  /(?:\b(?:may|might|could|would|will|shall|can|should|must|not|never|neither|nor|to)\s+(?:(?:\p{L}+ly|soon|also|yet|even|ever)\s+)?(?:(?:be|have|been)\s+)?|n['’]t\s+)$/iu;

/**
 * Official acts, on the record whoever tells of them ("the EU formally adopted the 11th package" in Russia's own
 * text is still the EU's act).
 */
export const officialActVerbs = new Set(
  wordList(
    "adopted adopts approved approves imposed imposes signed signs vetoed vetoes sanctioned ratified ratifies abstained abstains voted suspended halted extended extends prolonged prolongs renewed renews introduced introduces placed slapped levied passed targeted included listed lists enacted enacts steered stayed boycotted boycotts skipped skips launched launches joined joins completed conducted exchanged withdrew withdraws quit quits exited scrapped scraps terminated terminates froze freezes tightened tightens greenlit greenlighted",
  ),
);

/**
 * Participles whose agent after "by" made an announcement, an official act or a stance on it ("a deal signed by
 * Kyiv", "a claim rejected by Beijing", "the move was welcomed by Zelenskyy").
 */
export const announcingParticiples = new Set(
  wordList(
    "announced declared proclaimed signed issued adopted proposed approved imposed agreed rejected denied dismissed welcomed praised hailed",
  ),
);

/** "Moscow, denounced by EU leaders, ...": a participle with its agent after it is passive. */
export const passiveAgentAfter =
  /^\s+(?:(?:in|at|on|during|last|this|earlier)\s+(?:[\p{L}\d'’-]+\s+){0,7}?)?by\b/iu;

/** A passive participle ("was welcomed in Moscow"): its subject receives the act, it does not perform it. */
export const passiveBefore =
  /\b(?:is|are|was|were|be|been|being|get|got|gets)\s+(?:(?:\p{L}+ly|also|still|now|not|already)\s+)?$/iu;

/** Determiners or possessives before a cue word make it a noun or adjective ("the stated goal", "Russia's claims"). */
export const nounUseBefore =
  /(?:\b(?:the|a|an|its|their|his|her|our|this|that|these|those|so-?)|\p{L}['’]s?)\s*$/iu;

/** Words of when, standing alone: "Tuesday", "yesterday", "recently". */
const whenWords = "yesterday|today|tonight|earlier|later|recently|(?:mon|tues|wednes|thurs|fri|satur|sun)day";

/** What may follow a trailing attribution ("..., Putin said in a statement on Tuesday."). */
export const trailingAttributionRest = new RegExp(
  String.raw`^\s*(?:(?:on|in|at|during|late|early|this|last|after|before|to|told|when|while|asked|speaking|responding|referring|${whenWords})\b[^,;:]*)?\s*[.!?"”’']*\s*$`,
  "iu",
);

/** A day or time right after a verb of speech: "said Tuesday", "said yesterday" (when, not who). */
export const whenAfterCue = new RegExp(String.raw`^\s*(?:${whenWords})\b`, "iu");

/**
 * "This is what Lavrov declared ...", "This is how Mao Ning reacted ...": a sentence that puts the one before down to
 * the speaker it names.
 */
export const sourcingOpening =
  /^\s*(?:this|that)\s+(?:is|was)\s+(?:exactly\s+|precisely\s+)?(?:what|how)\s+/iu;

/**
 * Manner adverbs that read a country's conduct ("China actively lobbied ...", "the bloc demonstratively ignored
 * ..."): the writer's characterisation, not a report of what its officials said.
 */
export const characterisingAdverbs = new Set(
  wordList(`actively demonstratively deliberately quietly tacitly cautiously carefully aggressively pointedly
  conspicuously studiously stubbornly cynically brazenly defiantly ostentatiously conveniently selectively
  subtly implicitly increasingly steadily`),
);

/** Aliases naming an institution that speaks ("the Kremlin", "the European Commission"), not a bare country. */
export const institutionAliasPattern =
  /\b(?:kremlin|commission|council|parliament|external action|eeas|white house|state department|pentagon|downing street)\b/iu;

/** Verbs of saying or of a view voiced, whose subject's words a relayer passes on. */
export const relayedVerbs = new Set(
  wordList(`say says said stated states noted notes stressed stresses emphasized emphasised emphasizes
  emphasises underlined underlines underscored spoke speaks expressed expresses reaffirmed reaffirms reiterated
  reiterates appreciated appreciates praised praises welcomed welcomes hoped hopes voiced voices highlighted
  told insisted insists explained confirmed recognized recognised thanked`),
);

/** Who an unnamed group of speakers may be: the others the relayer met ("All parties spoke positively of ..."). */
export const relayGroupSpeakers =
  /\b(?:parties|sides|side|countries|partners|interlocutors|counterparts|participants)\b/iu;

/** Cue words that are also plural nouns ("three core issues", "signals from Brussels"). */
export const pluralNounCues = new Set(wordList("issues releases signals voices bans hints"));

/** What follows such a word used as a noun: a comma, or a preposition ("issues during the talks"). */
export const afterPluralNoun =
  /^\s*(?:[,;:]|(?:of|on|in|at|during|with|between|about|from|over|for|such|like|including|regarding|concerning)\b)/iu;
