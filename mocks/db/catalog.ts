/**
 * Cities, venues and halls the generator places events in. Capacities are the halls' usual
 * maxima; an event uses 80–100 % of it. `kind` decides which categories a hall can host.
 */
export type HallKind = 'stadium' | 'arena' | 'club' | 'concert_hall' | 'theatre' | 'fair';

export interface Hall { id: string; city: string; venue: string; hall: string; capacity: number; kind: HallKind }

const slug = (s: string) =>
  s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

/** The `vh` id of a venue/hall pair: `vh_olympiahalle_main` for "Olympiahalle" / "Main Hall". */
export const vhId = (venue: string | null, hall: string | null) =>
  `vh_${slug(venue ?? 'unknown')}_${slug((hall ?? '').replace(/\s*Hall$/i, '')) || 'main'}`;

const parse = (lines: string) =>
  lines.trim().split('\n').map((line): Hall => {
    const [city = '', venue = '', hall = '', cap = '0', kind = 'arena'] = line.trim().split('|');
    return { id: vhId(venue, hall), city, venue, hall, capacity: Number(cap), kind: kind as HallKind };
  });

/** Acme Concerts: Germany, Austria, Switzerland. */
export const ACME_HALLS = parse(`
  München|Olympiahalle|Main Hall|12000|arena
  München|Kleine Olympiahalle|Main Hall|4000|arena
  München|Olympiastadion|Arena|69000|stadium
  München|Zenith|Main Hall|5900|club
  München|Muffathalle|Halle|1400|club
  München|Kranhalle|Main Hall|300|club
  München|Circus Krone|Manege|3000|theatre
  München|Messe München|Halle B2|9000|fair
  Berlin|Mercedes-Benz Arena|Arena|17000|arena
  Berlin|Olympiastadion Berlin|Arena|74000|stadium
  Berlin|Columbiahalle|Main Hall|3500|club
  Berlin|Tempodrom|Große Arena|3700|arena
  Berlin|Tempodrom|Kleine Arena|500|club
  Berlin|Privatclub|Main Hall|250|club
  Berlin|Admiralspalast|Theatersaal|1700|theatre
  Berlin|Quatsch Comedy Club|Saal|400|club
  Berlin|Messe Berlin|Halle 20|8000|fair
  Hamburg|Elbphilharmonie|Großer Saal|2100|concert_hall
  Hamburg|Elbphilharmonie|Kleiner Saal|550|concert_hall
  Hamburg|Barclays Arena|Arena|16000|arena
  Hamburg|Volksparkstadion|Arena|57000|stadium
  Hamburg|Große Freiheit 36|Main Hall|1500|club
  Hamburg|Knust|Main Hall|500|club
  Hamburg|Messe Hamburg|Halle B6|5000|fair
  Köln|Lanxess Arena|Arena|18000|arena
  Köln|RheinEnergieStadion|Arena|50000|stadium
  Köln|Palladium|Main Hall|4000|club
  Köln|E-Werk|Main Hall|2000|club
  Köln|Gloria Theater|Saal|450|theatre
  Köln|Koelnmesse|Halle 8|9000|fair
  Frankfurt|Festhalle|Main Hall|13500|arena
  Frankfurt|Deutsche Bank Park|Arena|51500|stadium
  Frankfurt|Jahrhunderthalle|Großer Saal|4800|concert_hall
  Frankfurt|Alte Oper|Großer Saal|2400|concert_hall
  Frankfurt|Alte Oper|Mozart Saal|700|concert_hall
  Frankfurt|Batschkapp|Main Hall|1500|club
  Stuttgart|Porsche-Arena|Arena|7500|arena
  Stuttgart|Hanns-Martin-Schleyer-Halle|Arena|15500|arena
  Stuttgart|MHPArena|Arena|60000|stadium
  Stuttgart|Liederhalle|Beethoven-Saal|2000|concert_hall
  Stuttgart|Theaterhaus|T1|1000|theatre
  Leipzig|Quarterback Immobilien Arena|Arena|12000|arena
  Leipzig|Red Bull Arena|Arena|47000|stadium
  Leipzig|Haus Auensee|Main Hall|3000|club
  Leipzig|Gewandhaus|Großer Saal|1900|concert_hall
  Leipzig|Leipziger Messe|Halle 1|10000|fair
  Wien|Stadthalle Wien|Halle D|16000|arena
  Wien|Stadthalle Wien|Halle F|2000|theatre
  Wien|Ernst-Happel-Stadion|Arena|50000|stadium
  Wien|Gasometer|Planet.tt Halle|4200|club
  Wien|Konzerthaus|Großer Saal|1840|concert_hall
  Wien|Messe Wien|Halle A|8000|fair
  Zürich|Hallenstadion|Main Hall|15000|arena
  Zürich|Letzigrund|Arena|50000|stadium
  Zürich|Volkshaus|Weisser Saal|1600|club
  Zürich|Tonhalle|Großer Saal|1450|concert_hall
  Zürich|Kaufleuten|Festsaal|600|club
  Düsseldorf|PSD Bank Dome|Arena|13400|arena
  Düsseldorf|Merkur Spiel-Arena|Arena|66000|stadium
  Düsseldorf|Mitsubishi Electric Halle|Main Hall|7500|arena
  Düsseldorf|Tonhalle Düsseldorf|Mendelssohn-Saal|1850|concert_hall
  Düsseldorf|Zakk|Halle|700|club
  Düsseldorf|Messe Düsseldorf|Halle 6|12000|fair
  Hannover|ZAG Arena|Arena|14000|arena
  Hannover|Capitol|Main Hall|1600|club
  Dortmund|Westfalenhalle|Halle 1|15000|arena
  Dortmund|Signal Iduna Park|Arena|80000|stadium
  Dortmund|FZW|Halle|1300|club
  Nürnberg|Arena Nürnberger Versicherung|Arena|8200|arena
  Nürnberg|Meistersingerhalle|Großer Saal|2100|concert_hall
  Nürnberg|Löwensaal|Main Hall|1400|club
`);

/** Bravo Sports: Swiss arenas and stadiums. */
export const BRAVO_HALLS = parse(`
  Zürich|Hallenstadion|Main Hall|11200|arena
  Zürich|Letzigrund|Arena|26000|stadium
  Basel|St. Jakob-Park|Arena|38000|stadium
  Basel|St. Jakobshalle|Arena|9000|arena
  Bern|Stadion Wankdorf|Arena|32000|stadium
  Bern|PostFinance Arena|Arena|17000|arena
  Genève|Stade de Genève|Arena|30000|stadium
  Lausanne|Vaudoise aréna|Arena|9600|arena
`);

/** Solo Theater: one house with two stages, plus a guest stage. */
export const SOLO_HALLS = parse(`
  Leipzig|Schauspiel Leipzig|Große Bühne|680|theatre
  Leipzig|Schauspiel Leipzig|Diskothek|200|theatre
  Dresden|Staatsschauspiel Dresden|Großes Haus|760|theatre
`);

export const hallById = new Map([...ACME_HALLS, ...BRAVO_HALLS, ...SOLO_HALLS].map((h) => [h.id, h]));
