/**
 * Whether the typed text is the event's name. Exact, except for what a keyboard cannot tell
 * apart: dash variants (– — ‐ vs -), repeated or non-breaking spaces, and outer whitespace.
 */
const canonical = (s: string) =>
  s.normalize('NFKC').replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, ' ').trim();

export const matchesName = (typed: string, name: string) => typed.trim() !== '' && canonical(typed) === canonical(name);
