/**
 * Deterministic, realistic-looking news articles of any length: headline, dateline paragraphs of two to four
 * sentences, quoted and reported speech by the default actors' officials and by others, and a vocabulary
 * wide enough (plus generated place and company names) that a full-text index sees many distinct terms.
 */

/** mulberry32: a small seeded PRNG, so every run benchmarks the same text. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (text: string) => text.trim().split(/\s+/);

const speakers = [
  { name: "Xi Jinping", role: "China's president" },
  { name: "Wang Yi", role: "the Chinese foreign minister" },
  { name: "Mao Ning", role: "a Chinese foreign ministry spokeswoman" },
  { name: "Vladimir Putin", role: "Russia's president" },
  { name: "Dmitry Peskov", role: "the Kremlin spokesman" },
  { name: "Sergei Lavrov", role: "the Russian foreign minister" },
  { name: "Volodymyr Zelensky", role: "Ukraine's president" },
  { name: "Andrii Sybiha", role: "the Ukrainian foreign minister" },
  { name: "Kaja Kallas", role: "the EU's foreign policy chief" },
  { name: "Ursula von der Leyen", role: "the European Commission president" },
  { name: "Marta Lindqvist", role: "an analyst at the Nordic Policy Institute" },
  { name: "Tomas Okafor", role: "a senior fellow at the Atlantic Trade Council" },
  { name: "Hannah Weiss", role: "an economist at Meridian Capital" },
  { name: "Rafael Moreno", role: "a former ambassador" },
];

const countries = words(
  "China Russia Ukraine Japan India Brazil Turkey Germany France Poland Kazakhstan Iran Egypt Indonesia Vietnam",
);
const nouns = words(`agreement ceasefire pipeline tariff sanction summit delegation corridor grain harvest
  shipment reactor refinery treaty border frontier garrison parade memorial anniversary ministry parliament
  coalition referendum budget deficit currency reserve bond investor exporter importer freighter port railway
  highway bridge dam turbine satellite drone missile battalion convoy checkpoint hospital school village
  province region capital council envoy mediator negotiation proposal framework memorandum declaration
  statement accusation denial rumour leak inquiry audit verdict court lawsuit regulator license quota subsidy
  loan credit inflation recession recovery outlook forecast survey census election campaign candidate ballot
  protest strike union factory warehouse logistics supply demand shortage surplus drought flood wildfire storm
  earthquake aftermath relief donor charity refugee migrant visa passport customs smuggler cartel militia
  insurgent truce offensive counteroffensive stalemate withdrawal deployment exercise drill alliance partner`);
const verbs =
  words(`approved rejected delayed signed extended suspended criticised welcomed questioned praised
  announced postponed expanded reduced doubled halted resumed blocked financed reviewed challenged defended
  condemned endorsed renewed cancelled proposed negotiated ratified vetoed investigated confirmed denied`);
const adjectives = words(`fragile ambitious contested lengthy costly symbolic strategic unexpected gradual
  sweeping modest bilateral regional national temporary permanent controversial preliminary unprecedented
  informal secretive public domestic foreign military civilian economic political diplomatic technical`);
const qualifiers = [
  "after weeks of talks",
  "despite objections from several neighbours",
  "according to people familiar with the matter",
  "in a move that surprised diplomats",
  "ahead of a deadline at the end of the month",
  "while markets remained cautious",
  "as officials weighed the cost",
  "in what observers called a test of resolve",
];
const syllables = words("ka lo mir sta vel dor an ush te ri bo zen qua pol fen gar mu sel ito var");

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An invented place or company name, so vocabulary keeps growing with the corpus as real news does. */
function inventedName(random: () => number): string {
  const count = 2 + Math.floor(random() * 2);
  let name = "";
  for (let index = 0; index < count; index += 1) name += pick(random, syllables);
  return capitalized(name);
}

function sentence(random: () => number): string {
  const speaker = pick(random, speakers);
  const noun = pick(random, nouns);
  const otherNoun = pick(random, nouns);
  const adjective = pick(random, adjectives);
  const verb = pick(random, verbs);
  const country = pick(random, countries);
  const place = inventedName(random);
  const number = 2 + Math.floor(random() * 480);
  switch (Math.floor(random() * 7)) {
    case 0:
      return `"The ${noun} is ${adjective}, and we will not accept any ${otherNoun} imposed from outside," ${speaker.name}, ${speaker.role}, said on ${pick(random, words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"))}.`;
    case 1:
      return `${speaker.name} said ${country} had ${verb} the ${adjective} ${noun} ${pick(random, qualifiers)}.`;
    case 2:
      return `Officials in ${place} ${verb} a ${adjective} ${noun} worth ${number} million dollars, ${pick(random, qualifiers)}.`;
    case 3:
      return `Critics accused ${country} of using the ${noun} to shield its ${otherNoun}, a charge its officials denied.`;
    case 4:
      return `The ${noun} near ${place} was ${verb} on ${(number % 28) + 1} May, and at least ${number} people were affected.`;
    case 5:
      return `${capitalized(adjective)} ${noun}s in ${place} and ${inventedName(random)} have ${verb} the ${otherNoun}, ${speaker.role} told reporters.`;
    default:
      return `Analysts expect the ${otherNoun} to remain ${adjective} while ${country} and its partners debate the ${noun}.`;
  }
}

export interface GeneratedArticle {
  slug: string;
  title: string;
  /** In the `npm run ingest` text format: headline first, then paragraphs. */
  text: string;
  /** The headline and each paragraph as the sentences the generator wrote, for the bench's bulk loader. */
  paragraphs: string[][];
  wordCount: number;
}

export function generateArticle(options: { seed: number; words: number; slug?: string }): GeneratedArticle {
  const random = seededRandom(options.seed);
  const title = `${capitalized(pick(random, adjectives))} ${pick(random, nouns)} in ${inventedName(random)} ${pick(random, verbs)} as ${pick(random, countries)} weighs ${pick(random, nouns)}`;
  const paragraphs: string[][] = [[title]];
  let wordCount = title.split(" ").length;
  while (wordCount < options.words) {
    const paragraph: string[] = [];
    const length = 2 + Math.floor(random() * 3);
    for (let index = 0; index < length && wordCount < options.words; index += 1) {
      const next = sentence(random);
      paragraph.push(next);
      wordCount += next.split(" ").length;
    }
    paragraphs.push(paragraph);
  }
  const slug = options.slug ?? `bench-${options.seed}`;
  const text = paragraphs.map((paragraph) => paragraph.join(" ")).join("\n\n");
  return { slug, title, text, paragraphs, wordCount };
}
