/**
 * How the mock matches free text (`q`): case, accents and the German spellings without umlauts
 * are folded on both sides, so "koln", "Zurich", "muenchen" and "strasse" find "Köln", "Zürich",
 * "München" and "Straße". Folding both sides the same way keeps every plain match a match.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/([aou])e/g, '$1');
}

/** Whether `query` (folded or not) occurs in any of `fields`. */
export const matchesSearch = (fields: readonly (string | null | undefined)[], query: string) =>
  foldForSearch(fields.filter(Boolean).join('\n')).includes(foldForSearch(query.trim()));
