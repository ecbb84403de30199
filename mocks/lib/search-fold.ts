/**
 * How the mock matches free text (`q`): case and accents are ignored, and German umlauts match
 * either way they are typed without them: "koln", "Zurich", "muenchen" and "strasse" find "Köln",
 * "Zürich", "München" and "Straße", while "poet" does not find "Potsdam".
 */
const lowerCase = (text: string) => text.toLowerCase().replace(/ß/g, 'ss');
const withoutMarks = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
const spelledOut = (text: string) => text.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');

/** A query as it is looked for: lower case, without accents. */
export const foldQuery = (query: string) => withoutMarks(lowerCase(query.trim()));

/** A text as it is searched: both its forms without umlauts ("munchen" and "muenchen"). */
export function searchForms(text: string): string {
  const lower = lowerCase(text);
  return `${withoutMarks(lower)}\n${withoutMarks(spelledOut(lower))}`;
}

/** Whether `query` occurs in any of `fields`. */
export const matchesSearch = (fields: readonly (string | null | undefined)[], query: string) =>
  searchForms(fields.filter(Boolean).join('\n')).includes(foldQuery(query));
