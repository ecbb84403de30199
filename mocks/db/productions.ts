/**
 * Productions: a tour, a theatre run, a team's home season, a fair, a launch. Each yields one or
 * more dated events; multi-date productions become series (campaign_event_series).
 */
import type { Rng } from '../lib/rng';
import type { Hall, HallKind } from './catalog';
import type { Category } from './event-types';

export interface Production {
  category: Category;
  /** Per date: title and hall. */
  dates: { title: string; hall: Hall }[];
  /** Days between consecutive dates. */
  gap: [number, number];
  /** Is the run linked as a series? */
  linked: boolean;
}

const ARTISTS: Record<'stadium' | 'arena' | 'club' | 'concert_hall', string[]> = {
  stadium: ['Helene Brandt', 'The Lighthouse Club', 'Kasimir Kessler', 'Nova Elbe'],
  arena: ['Nordlicht', 'Mara Lindqvist', 'Elektra Null', 'Wildwood Kin', 'Rotes Meer', 'Sternfeld', 'Jonah Weiss', 'Die Kappen', 'Velvet Harbour', 'Aurelia Stone'],
  club: ['The Midnight Foxes', 'Paula Grün', 'Oktoberkinder', 'Neon Tiger', 'Fjord & Fennel', 'Lumen Drive', 'Moorland', 'Kiki Sauer', 'Sunday Static', 'Blaue Stunde', 'Copper Saints', 'Lia Marlow'],
  concert_hall: ['Kammerphilharmonie Süd: Beethoven 9', 'Sinfonietta Nord: Mahler 5', 'Klavierabend Yuna Sato', 'Streichquartett Aurora', 'Bach: Weihnachtsoratorium', 'Lisa Wahl Trio: Jazz Night'],
};
const TOURS = ['Herzschlag Tour', 'Live', 'Unplugged', 'Greatest Hits Tour', 'Nachtflug Tour', 'Open Skies Tour', 'Back to the Roots', 'Club Tour'];
const DEL = ['EHC Red Bull München', 'Eisbären Berlin', 'Kölner Haie', 'Löwen Frankfurt', 'Düsseldorfer EG', 'Nürnberg Ice Tigers', 'Adler Mannheim', 'Grizzlys Wolfsburg', 'Straubing Tigers', 'Augsburger Panther', 'Iserlohn Roosters', 'ERC Ingolstadt'];
const DEL_HOME: Record<string, string> = {
  'EHC Red Bull München': 'vh_olympiahalle_main', 'Eisbären Berlin': 'vh_mercedes_benz_arena_arena', 'Kölner Haie': 'vh_lanxess_arena_arena',
  'Löwen Frankfurt': 'vh_festhalle_main', 'Düsseldorfer EG': 'vh_psd_bank_dome_arena', 'Nürnberg Ice Tigers': 'vh_arena_nuernberger_versicherung_arena',
};
const NATIONS = ['Frankreich', 'Niederlande', 'Italien', 'Spanien', 'Dänemark', 'Österreich', 'Schweiz', 'Belgien'];
const SWISS_HOME: Record<string, string> = {
  'ZSC Lions': 'vh_hallenstadion_main', 'SC Bern': 'vh_postfinance_arena_arena', 'Lausanne HC': 'vh_vaudoise_arena_arena', 'EHC Basel': 'vh_st_jakobshalle_arena',
  'FC Zürich': 'vh_letzigrund_arena', 'FC Basel 1893': 'vh_st_jakob_park_arena', 'BSC Young Boys': 'vh_stadion_wankdorf_arena', 'Servette FC': 'vh_stade_de_geneve_arena',
};
const SWISS_AWAY: Record<string, string[]> = {
  hockey: ['HC Davos', 'EV Zug', 'HC Lugano', 'Genève-Servette HC', 'HC Fribourg-Gottéron', 'SCL Tigers', 'EHC Biel', 'HC Ambrì-Piotta'],
  football: ['FC St. Gallen', 'FC Luzern', 'FC Lugano', 'Grasshopper Club', 'FC Winterthur', 'FC Sion', 'Yverdon Sport'],
};
export const PLAYS = ['Der Besuch der alten Dame', 'Faust I', 'Die Dreigroschenoper', 'Nathan der Weise', 'Momo', 'Cabaret', 'Der zerbrochne Krug', 'Biedermann und die Brandstifter', 'Woyzeck', 'Die Physiker', 'Romeo und Julia', 'Der Kirschgarten', 'Warten auf Godot', 'Emilia Galotti'];
const COMEDIANS = ['Jonas Kernbach: Ausverkauft!', 'Anke Wirbel: Nur Spaß', 'Mo Demir: Zeitlupe', 'Ferdi Strauch: Heimspiel', 'Lotte Kranich: Ohne Filter', 'Kai Brösel: Bis hierhin', 'Suse Hallo: Jetzt erst recht', 'Deniz Ufer: Nachspielzeit'];
const FAIRS = ['Reisemesse', 'Hochzeitsmesse', 'Gartenwelt', 'Comic Con', 'Vinylbörse', 'Foodtruck Festival', 'Bike Expo', 'Gaming Days', 'Whisky Fair', 'Kunsthandwerkermarkt'];
const PRODUCTS = ['Aurora X Launch Night', 'Nebula Runner Sneaker Drop', 'Pixelforge 5 Premiere', 'Velo E1 Unveiling', 'Polar Edition Preview', 'Kaffeemanufaktur Release Tasting', 'Synthwave One Hands-on'];

const ofKind = (halls: readonly Hall[], kinds: readonly HallKind[]) => halls.filter((h) => kinds.includes(h.kind));

function tour(rng: Rng, category: Category, name: string, halls: Hall[], min: number, max: number): Production {
  const n = rng.chance(0.3) ? 1 : rng.int(min, max);
  const dates = Array.from({ length: n }, () => ({ title: name, hall: rng.pick(halls) }));
  return { category, dates, gap: [1, 4], linked: rng.chance(0.85) };
}

/** Acme: a weighted mix of every category across all its halls. */
export function acmeProduction(rng: Rng, halls: readonly Hall[]): Production {
  const r = rng.next();
  if (r < 0.4) {
    const tier = rng.pick(['stadium', 'arena', 'arena', 'club', 'club', 'club', 'concert_hall'] as const);
    const artist = rng.pick(ARTISTS[tier]);
    const name = tier === 'concert_hall' ? artist : `${artist} – ${rng.pick(TOURS)}`;
    return tour(rng, 'concert', name, ofKind(halls, [tier]), 2, tier === 'stadium' ? 5 : 12);
  }
  if (r < 0.55) {
    if (rng.chance(0.15)) {
      const hall = rng.pick(ofKind(halls, ['stadium']));
      return { category: 'sports', dates: [{ title: `Länderspiel: Deutschland – ${rng.pick(NATIONS)}`, hall }], gap: [1, 1], linked: false };
    }
    const home = rng.pick(Object.keys(DEL_HOME));
    const hall = halls.find((h) => h.id === DEL_HOME[home]) ?? rng.pick(ofKind(halls, ['arena']));
    const away = DEL.filter((t) => t !== home);
    const dates = Array.from({ length: rng.int(6, 14) }, () => ({ title: `${home} vs. ${rng.pick(away)}`, hall }));
    return { category: 'sports', dates, gap: [5, 12], linked: rng.chance(0.9) };
  }
  if (r < 0.67) {
    const hall = rng.pick(ofKind(halls, ['theatre', 'concert_hall']));
    const dates = Array.from({ length: rng.int(3, 10) }, () => ({ title: rng.pick(PLAYS), hall }));
    const title = dates[0]?.title ?? 'Faust I';
    return { category: 'theatre', dates: dates.map((d) => ({ ...d, title })), gap: [1, 6], linked: rng.chance(0.85) };
  }
  if (r < 0.8) return tour(rng, 'comedy', rng.pick(COMEDIANS), ofKind(halls, ['club', 'theatre', 'arena']), 3, 9);
  if (r < 0.9) {
    const hall = rng.pick(ofKind(halls, ['fair']));
    const name = `${rng.pick(FAIRS)} ${hall.city}`;
    const days = rng.int(1, 3);
    const dates = Array.from({ length: days }, (_, i) => ({ title: days > 1 ? `${name} – Tag ${i + 1}` : name, hall }));
    return { category: 'fair', dates, gap: [1, 1], linked: days > 1 };
  }
  return tour(rng, 'product_release', rng.pick(PRODUCTS), ofKind(halls, ['fair', 'club', 'arena']), 2, 4);
}

/** Bravo: Swiss hockey and football home seasons. */
export function bravoProduction(rng: Rng, halls: readonly Hall[]): Production {
  const home = rng.pick(Object.keys(SWISS_HOME));
  const hall = halls.find((h) => h.id === SWISS_HOME[home]) ?? rng.pick(halls);
  const away = SWISS_AWAY[hall.kind === 'stadium' ? 'football' : 'hockey'] ?? [];
  const dates = Array.from({ length: rng.int(5, 10) }, () => ({ title: `${home} vs. ${rng.pick(away)}`, hall }));
  return { category: 'sports', dates, gap: [6, 14], linked: rng.chance(0.8) };
}

/** Solo: runs of plays on its own stages. */
export function soloProduction(rng: Rng, halls: readonly Hall[]): Production {
  const hall = rng.pick(halls);
  const title = rng.pick(PLAYS);
  const dates = Array.from({ length: rng.int(2, 5) }, () => ({ title, hall }));
  return { category: 'theatre', dates, gap: [2, 9], linked: rng.chance(0.7) };
}
