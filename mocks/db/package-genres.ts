/**
 * What a package is about, read from its title: a genre ("Metal nights Munich", "Jazz weekend
 * Hamburg") decides which events it may bundle and which audience clusters lead its results, so
 * a metal package has no string quartet and no "Classical subscribers" (QA found both).
 */
import type { Category } from './event-types';

export type Genre = 'classical' | 'jazz' | 'metal' | 'indie' | 'techno';

interface GenreSpec {
  /** the package title names it */
  named: RegExp;
  /** a generated event of this genre (mocks/db/productions.ts titles) */
  event: RegExp;
  /** taste clusters of the concert catalog (mocks/db/cluster-catalog.ts) this audience leads with */
  clusters: string[];
  /** the cluster named after the genre: no package of another genre shows it */
  own: string | null;
  /** events to bundle when the partner's own events of the genre are too few */
  fallbackTitles: string[];
}

export const GENRES: Record<Genre, GenreSpec> = {
  classical: {
    named: /classic|chamber|orchestra|symphon/i,
    event: /Beethoven|Mahler|Klavierabend|Streichquartett|String Quartet|Oratorium|Classics|Sinfoni|Philharmoni/i,
    clusters: ['classical_subscribers', 'premium_experience_seekers'],
    own: 'classical_subscribers',
    fallbackTitles: ['Christmas Classics at Laeiszhalle', 'String Quartet at Prinzregententheater', 'Bach Cantatas at Herkulessaal', 'Brahms Evening at Isarphilharmonie'],
  },
  jazz: {
    named: /jazz/i,
    event: /jazz/i,
    clusters: ['jazz_night_owls'],
    own: 'jazz_night_owls',
    fallbackTitles: ['Jazz Night at Elbphilharmonie', 'Jazz Brunch at Mojo Club', 'Big Band Jazz at Laeiszhalle', 'Late Jazz Session at Birdland'],
  },
  metal: {
    named: /metal/i,
    event: /metal/i,
    clusters: ['german_metal_diehards'],
    own: 'german_metal_diehards',
    fallbackTitles: ['Metal Night at Backstage Werk', 'Thrash Metal Double Bill at Backstage Halle', 'Heavy Metal Allnighter at Zenith'],
  },
  indie: {
    named: /indie|rock/i,
    event: /indie/i,
    clusters: ['indie_club_regulars', 'singer_songwriter_fans'],
    own: 'indie_club_regulars',
    fallbackTitles: ['Indie Rock at Columbiahalle', 'Indie Night at Lido', 'Indie Showcase at Astra Kulturhaus', 'Indie Club Night at SO36', 'Indie Double Bill at Festsaal Kreuzberg'],
  },
  techno: {
    named: /techno|rave/i,
    event: /techno/i,
    clusters: ['festival_weekenders', 'students_on_a_budget'],
    own: null,
    fallbackTitles: ['Techno Weekender at Tresor', 'Techno Nights at Kraftwerk Berlin', 'Warehouse Techno at Harry Klein'],
  },
};

const GENRE_KEYS = Object.keys(GENRES) as Genre[];

/** The genre a concert package's title names, if any (genres are concert genres). */
export function genreOf(title: string, category: Category | undefined): Genre | null {
  if (category !== undefined && category !== 'concert') return null;
  return GENRE_KEYS.find((g) => GENRES[g].named.test(title)) ?? null;
}

/** Does an event title fit the package: its genre's, or — without one — no other genre's? */
export function fitsGenre(eventTitle: string, genre: Genre | null): boolean {
  if (genre) return GENRES[genre].event.test(eventTitle);
  return !GENRE_KEYS.some((g) => GENRES[g].event.test(eventTitle));
}

/** Clusters that belong to one genre's audience: only a package of that genre shows them. */
export const GENRE_CLUSTERS = new Set(GENRE_KEYS.flatMap((g) => GENRES[g].own ?? []));

/**
 * An event's taste clusters as its audience would have them: a concert of a genre ("Jazz Night at
 * Elbphilharmonie") leads with that genre's audience and shows no other genre's; a concert of no
 * genre shows none of them. `shuffled` is the category's catalog in random order, `count` how many.
 */
export function eventClusterKeys(shuffled: readonly string[], count: number, title: string, category: Category): string[] {
  if (category !== 'concert') return shuffled.slice(0, count);
  const genre = GENRE_KEYS.find((g) => GENRES[g].event.test(title)) ?? null;
  const lead = genre ? GENRES[genre].clusters : [];
  const rest = shuffled.filter((tc) => !lead.includes(tc) && !GENRE_CLUSTERS.has(tc));
  return [...lead, ...rest].slice(0, count);
}
