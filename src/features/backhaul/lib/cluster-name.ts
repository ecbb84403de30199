/** Words that keep a capital (places, nationalities) or are written in capitals (acronyms). */
const PROPER = new Set([
  'munich', 'berlin', 'hamburg', 'cologne', 'frankfurt', 'stuttgart', 'dusseldorf', 'düsseldorf', 'leipzig',
  'dresden', 'hanover', 'nuremberg', 'bremen', 'vienna', 'zurich', 'zürich', 'basel', 'bern', 'geneva',
  'german', 'swiss', 'austrian', 'european', 'bavarian', 'english', 'french', 'italian',
  'christmas', 'easter', 'sunday', 'saturday', 'friday',
]);
const ACRONYMS = new Set(['vip', 'dj', 'edm', 'uk', 'eu', 'nrw', 'tv']);

const capital = (w: string) => w.charAt(0).toLocaleUpperCase('en') + w.slice(1);

/**
 * A cluster key as people read it: "family_outings_munich" → "Family outings Munich".
 * Separators (_ - . and camelCase) become spaces; the first word, places and nationalities are
 * capitalised; known acronyms are upper case; an empty key stays recognisable.
 */
export function readableClusterName(key: string): string {
  const words = key
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .split(/[\s_.-]+/)
    .filter(Boolean)
    .map((w) => w.toLocaleLowerCase('en'));
  if (words.length === 0) return key.trim() || 'Unnamed cluster';
  return words
    .map((w, i) => (ACRONYMS.has(w) ? w.toUpperCase() : PROPER.has(w) || i === 0 ? capital(w) : w))
    .join(' ');
}
