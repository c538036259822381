import { Random, Zipf } from './random';

/**
 * The corpus's vocabulary: a few thousand words ranked by frequency, drawn with Zipf's law, as in
 * real documentation. English function words take the top ranks (as they do in any text, and FTS5
 * indexes them: it has no stop words), then the words of an enterprise product's knowledge base
 * interleaved with them, then a long tail: compounds of those words and made-up product and
 * component names that occur in few articles.
 */

/** The most frequent words of English prose, most frequent first. */
const FUNCTION_WORDS = `
the to and a of is in for that you it on with this be are as or your not can if by from at an
will when use all which have then more each after before one other also new only any these has must
into do does than two so but its there they was how what no may should where first same their out
up over our some we would such about while without both every them through most many per under
those once until between because again using used here until within three since very just still
`;

/** Words of a software vendor's support articles. */
const CONTENT_WORDS = `
server client agent service services host hosts node nodes cluster clusters database databases
configuration configure configured settings setting option options value values file files folder
directory path paths log logs logging error errors warning message messages event events alert alerts
install installation installer installed upgrade upgrades upgrading update updates updated patch
patches release releases version versions license licenses licensing key keys certificate certificates
password passwords account accounts user users group groups role roles permission permissions access
network networking proxy port ports address addresses firewall gateway route routing interface
connection connections connect connected timeout timeouts retry retries request requests response
responses session sessions token tokens authentication authorization login logout identity directory
domain domains dns ssl tls protocol protocols http https api endpoint endpoints webhook webhooks
backup backups restore restored snapshot snapshots replica replicas replication failover standby
primary secondary storage disk disks volume volumes memory cpu processor thread threads process
processes queue queues job jobs task tasks schedule scheduled scheduler cron window maintenance
report reports dashboard dashboards chart charts metric metrics monitor monitoring threshold thresholds
performance latency throughput capacity sizing scale scaling load balancer balancing cache caching
index indexes indexing search query queries filter filters table tables column columns record records
schema migration migrations import imports export exports sync synchronization integration plugin
plugins extension extensions module modules component components feature features console command
commands script scripts shell terminal output input parameter parameters variable variables
environment environments production staging test testing development deployment deploy deployed
container containers image images kubernetes docker pod pods namespace registry manifest helm chart
virtual machine machines vm hypervisor cloud region regions zone zones tenant tenants instance instances
resource resources quota quotas limit limits policy policies rule rules compliance audit auditing
encryption encrypted decrypt keystore truststore vault secret secrets rotation rotate expire expired
expiry renewal renew revoke revoked trust chain signature signed verify verification validation
email mail smtp notification notifications template templates language locale timezone clock time
date dates calendar holiday working hours browser chrome firefox edge safari windows linux macos
ubuntu debian redhat centos kernel package packages repository dependency dependencies library
java python node dotnet runtime framework jvm heap garbage collection collector thread dump stack trace
exception exceptions crash crashes hang hangs freeze slow fast issue issues problem problems symptom
symptoms cause causes resolution workaround fix fixed fixes known limitation limitations behavior
default defaults custom customize customized change changes changed enable enabled disable disabled
start started stop stopped restart restarted run running stuck fail fails failed failure failures
succeed success successful check checks health status state states step steps procedure guide
overview introduction reference appendix example examples sample note notes important tip tips
recommended recommendation best practice practices requirement requirements prerequisite prerequisites
supported unsupported compatibility compatible matrix platform platforms operating system systems
hardware software firmware driver drivers device devices printer scanner badge reader terminal kiosk
mobile app apps phone tablet desktop laptop workstation screen display resolution keyboard mouse
upload download transfer bandwidth packet packets traffic inbound outbound latency jitter loss
ticket tickets case cases support customer customers partner partners vendor contract plan plans
entitlement renewal invoice billing subscription seat seats edition editions trial evaluation
administrator administrators admin operator operators owner owners manager managers team teams
organization organizations department site sites location locations office offices branch
workflow workflows approval approvals stage stages pipeline pipelines trigger triggers action actions
rule condition conditions field fields form forms page pages view views list lists item items
attachment attachments document documents link links url redirect header headers cookie cookies
payload json xml yaml csv format formats encoding utf character characters string strings number
numbers size length maximum minimum range ranges interval intervals duration period frequency
daily weekly monthly hourly nightly retention archive archived purge cleanup delete deleted remove
removed add added create created edit edited rename renamed move moved copy copied merge merged
split lock locked unlock conflict conflicts duplicate duplicates missing corrupt corrupted invalid
valid unknown unexpected incorrect wrong empty full large small high low slow memory leak usage
peak average total count counter counters sample sampling rate rates ratio percent percentage
primary key foreign constraint transaction transactions commit rollback deadlock lock locks vacuum
statistics optimizer plan plans execution executor worker workers pool pools connection pooling
listener listeners socket sockets handshake cipher ciphers suite suites hostname wildcard subject
issuer authority root intermediate bundle chain pem pfx keystore alias store stores
sensor sensors probe probes collector collectors scan scans scanning inventory asset assets discovery
topology map maps graph graphs tree hierarchy parent child children sibling level levels tier tiers
agentless remote local global shared dedicated isolated redundant resilient available availability
outage outages downtime incident incidents escalation escalations priority severity impact urgency
`;

/** Beginnings of the long tail's compounds ("reindex", "autoscale"). */
const TAIL_PREFIXES = ['re', 'pre', 'auto', 'multi', 'sub', 'un', 'de', 'micro', 'over', 'non'];
const INFLECTIONS = ['s', 'ed', 'ing', 'er'] as const;
const SYLLABLES = [
  'ka',
  've',
  'lo',
  'tra',
  'nix',
  'or',
  'qu',
  'zen',
  'fi',
  'mar',
  'dra',
  'sol',
  'bex',
  'cor',
  'ly',
  'ta',
  'ri',
  'on',
  'gal',
  'vy',
  'sta',
  'pel',
  'ux',
  'ton',
  'mi',
  'dor',
  'ar',
  'el',
  'zo',
  'kin',
];

export interface Vocabulary {
  /** Every word, most frequent first. */
  words: string[];
  zipf: Zipf;
  /** Ranks of the words that come from CONTENT_WORDS or the tail (no function words). */
  contentRanks: number[];
  /** Zipf over contentRanks alone, for titles and topics. */
  contentZipf: Zipf;
  sampleWord(random: Random): string;
  sampleContentWord(random: Random): string;
}

export const VOCABULARY_SIZE = 5000;
/** A little above 1, as measured on technical prose: the tail words are rare. */
export const ZIPF_EXPONENT = 1.07;

export function buildVocabulary(random: Random): Vocabulary {
  const functionWords = unique(split(FUNCTION_WORDS));
  const content = random.shuffle(
    unique(split(CONTENT_WORDS)).filter((w) => !functionWords.includes(w)),
  );
  const known = new Set([...functionWords, ...content]);

  // The tail, as in real text: inflected forms of the content words ("restarting", "configures"),
  // some compounds ("reindex", "autoscaler"), and invented product, component and code names.
  const tail: string[] = [];
  const add = (word: string) => {
    if (word.length >= 4 && !known.has(word)) {
      known.add(word);
      tail.push(word);
    }
  };
  const stems = content.filter((w) => w.length >= 4 && w.length <= 9 && !/(s|ed|ing|er)$/.test(w));
  while (tail.length < 1200) add(inflect(random.pick(stems), random.pick(INFLECTIONS)));
  while (tail.length < 1450) add(random.pick(TAIL_PREFIXES) + random.pick(stems));
  while (known.size < VOCABULARY_SIZE) {
    let word = '';
    const syllables = random.int(2, 4);
    for (let i = 0; i < syllables; i++) word += random.pick(SYLLABLES);
    add(word);
  }

  // Function words first (the top 30 of any English text are), then one function word to every
  // two content words until they run out, then the rest of the content words, then the tail.
  const words = functionWords.slice(0, 30);
  let f = 30;
  let c = 0;
  while (f < functionWords.length) {
    words.push(functionWords[f++]!);
    if (c < content.length) words.push(content[c++]!);
    if (c < content.length) words.push(content[c++]!);
  }
  words.push(...content.slice(c), ...random.shuffle(tail));

  const functionSet = new Set(functionWords);
  const contentRanks = words.flatMap((word, rank) => (functionSet.has(word) ? [] : [rank]));
  const zipf = new Zipf(words.length, ZIPF_EXPONENT);
  const contentZipf = new Zipf(contentRanks.length, ZIPF_EXPONENT);
  return {
    words,
    zipf,
    contentRanks,
    contentZipf,
    sampleWord: (r) => words[zipf.sample(r)]!,
    sampleContentWord: (r) => words[contentRanks[contentZipf.sample(r)]!]!,
  };
}

/** A regular English inflection, good enough for a vocabulary: "retry" + "ed" → "retried". */
function inflect(word: string, ending: (typeof INFLECTIONS)[number]): string {
  if (ending === 's')
    return /(s|x|ch|sh)$/.test(word)
      ? `${word}es`
      : /[^aeiou]y$/.test(word)
        ? `${word.slice(0, -1)}ies`
        : `${word}s`;
  const base =
    /[^aeiou]y$/.test(word) && ending !== 'ing'
      ? `${word.slice(0, -1)}i`
      : word.endsWith('e')
        ? word.slice(0, -1)
        : word;
  return base + ending;
}

function split(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function unique(words: string[]): string[] {
  return [...new Set(words)];
}
