/** Words that keep a capital (places, nationalities) or are written in capitals (acronyms). */
const PROPER = new Set([
  'munich', 'berlin', 'hamburg', 'cologne', 'frankfurt', 'stuttgart', 'dusseldorf', 'düsseldorf', 'leipzig',
  'dresden', 'hanover', 'nuremberg', 'bremen', 'vienna', 'zurich', 'zürich', 'basel', 'bern', 'geneva',
  'german', 'swiss', 'austrian', 'european', 'bavarian', 'english', 'french', 'italian',
  'christmas', 'easter', 'sunday', 'saturday', 'friday',
]);
const ACRONYMS = new Set(['vip', 'dj', 'edm', 'uk', 'eu', 'nrw', 'tv', 'diy']);
/**
 * Words written with a hyphen, which a key's separators cannot tell from two words: the cluster
 * "singer_songwriter_fans" is "Singer-songwriter fans", as the taste clusters' own labels say.
 */
const HYPHENATED = new Set([
  'hip-hop', 'singer-songwriter', 'k-pop', 'after-work', 'e-sports', 'open-air', 'drum-and-bass',
  'stand-up', 'late-night', 'date-night', 'avant-garde', 'culture-curious', 'betting-savvy',
]);

/** Joins the words of a hyphenated compound back into one ("hip", "hop" → "hip-hop"). */
function joinCompounds(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const three = words.slice(i, i + 3).join('-');
    const two = words.slice(i, i + 2).join('-');
    if (HYPHENATED.has(three)) { out.push(three); i += 2; } else if (HYPHENATED.has(two)) { out.push(two); i += 1; } else out.push(words[i] ?? '');
  }
  return out;
}

const capital = (w: string) => w.charAt(0).toLocaleUpperCase('en') + w.slice(1);

/**
 * A cluster key as people read it: "family_outings_munich" → "Family outings Munich".
 * Separators (_ - . and camelCase) become spaces, except within known compounds ("Hip-hop"); the first word, places and nationalities are
 * capitalised; known acronyms are upper case; an empty key stays recognisable.
 */
export function readableClusterName(key: string): string {
  const words = key
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .split(/[\s_.-]+/)
    .filter(Boolean)
    .map((w) => w.toLocaleLowerCase('en'));
  if (words.length === 0) return key.trim() || 'Unnamed cluster';
  return joinCompounds(words)
    .map((w, i) => (ACRONYMS.has(w) ? w.toUpperCase() : PROPER.has(w) || i === 0 ? capital(w) : w))
    .join(' ');
}
