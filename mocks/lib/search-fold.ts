/**
 * How the mock matches free text (`q`): word by word, each word anywhere in the fields ("kiki
 * koln" finds "Kiki Sauer – Live" in Köln, "sauer live" finds it too); case and accents are
 * ignored, and German umlauts match either way they are typed without them: "koln", "Zurich",
 * "muenchen" and "strasse" find "Köln", "Zürich", "München" and "Straße", while "poet" does not
 * find "Potsdam".
 */
const lowerCase = (text: string) => text.toLowerCase().replace(/ß/g, 'ss');
const withoutMarks = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
const spelledOut = (text: string) => text.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');

/** A query as it is looked for: its words, lower case, without accents (none for a blank query). */
export const queryWords = (query: string): string[] => withoutMarks(lowerCase(query)).split(/\s+/).filter(Boolean);

/** Whether every word occurs in `forms` (from `searchForms`); a word need not be whole. */
export const hasWords = (forms: string, words: readonly string[]) => words.every((word) => forms.includes(word));

/** A text as it is searched: both its forms without umlauts ("munchen" and "muenchen"). */
export function searchForms(text: string): string {
  const lower = lowerCase(text);
  return `${withoutMarks(lower)}\n${withoutMarks(spelledOut(lower))}`;
}

/** Whether every word of `query` occurs in one of `fields`. */
export const matchesSearch = (fields: readonly (string | null | undefined)[], query: string) =>
  hasWords(searchForms(fields.filter(Boolean).join('\n')), queryWords(query));
