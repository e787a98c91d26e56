/**
 * English versions of the generated site texts, by word tables: names of places, parks and firms
 * stay as they are; the generic words around them (Baufeld, Logistikhalle, Wirtschaftsförderung,
 * "(Beispiel)") are translated, and so are the park labels that describe a place rather than
 * name a brand ("Gewerbefläche am Flughafen Dresden", "Industriegebiet Erfurter Kreuz").
 */

type Rule = readonly [pattern: RegExp, english: string];

const apply = (text: string, rules: readonly Rule[]) =>
  rules.reduce((out, [pattern, english]) => out.replace(pattern, english), text);

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Head words of hall names ("Logistikhalle …", "Garbe-Halle …"). */
const HEAD_WORDS: Readonly<Record<string, string>> = {
  Erweiterung: 'extension',
  Gewerbehalle: 'commercial hall',
  Halle: 'hall',
  Lagerhalle: 'warehouse',
  Logistikhalle: 'logistics hall',
  Logistikpark: 'logistics park',
  Logistikzentrum: 'logistics centre',
  Luftfrachthalle: 'air cargo hall',
  Mehrzweckhalle: 'multi-purpose hall',
  Produktionshalle: 'production hall',
  Pufferlager: 'buffer warehouse',
  Technikhalle: 'technical hall',
  Technikumshalle: 'pilot plant hall',
  Technologiehalle: 'technology hall',
  Werkstatthallen: 'workshop halls',
};

/**
 * Park labels that are descriptions (a generic word and a place): their English version. A park
 * with a brand name ("Star Park Halle", "Chemiepark Bitterfeld-Wolfen", "Industriepark Schwarze
 * Pumpe") keeps it in English too and has none.
 */
const PARK_RULES: readonly Rule[] = [
  [/^Eulenberg \(ehemalige Intel-Fläche\)$/, 'Eulenberg (former Intel site)'],
  [
    /^Flughafen Leipzig\/Halle – Entwicklungsfläche Leipzig-Nord$/,
    'Leipzig/Halle Airport – Leipzig-Nord development area',
  ],
  [/^Gewerbefläche am Flughafen Dresden$/, 'Commercial land at Dresden Airport'],
  [/^Gewerbeflächen Bahnhof (.+)$/, 'Commercial land at $1 station'],
  [/^Gewerbegebiet östlich DHL-Hub$/, 'Business park east of the DHL hub'],
  [/^Gewerbegebiet (.+)$/, '$1 business park'],
  [/^Industriegebiet (.+) \(Erweiterung\)$/, '$1 industrial area (extension)'],
  [/^Industriegebiet (.+)$/, '$1 industrial area'],
  [/^Industriegroßfläche (.+)$/, '$1 large industrial site'],
  [/^Großfläche (.+)$/, '$1 large site'],
  [/^Potenzialfläche (.+)$/, '$1 potential site'],
  [/^Entwicklungsstandort (.+)$/, '$1 development site'],
  [/^LEJ Nordbereich \(luftseitig\)$/, 'LEJ north area (airside)'],
  [/^Leuna III \(Erweiterung Bioökonomie\)$/, 'Leuna III (bioeconomy extension)'],
];

/** "Gewerbefläche am Flughafen Dresden" → "Commercial land at Dresden Airport"; null for a brand name. */
export function englishParkName(park: string): string | null {
  const rule = PARK_RULES.find(([pattern]) => pattern.test(park));
  return rule ? park.replace(rule[0], rule[1]) : null;
}

/** A plot's name starts with its park's: "<park> – Baufeld 2" reads "<park in English> – Plot 2". */
function withEnglishPark(name: string): string {
  const plot = / – Baufeld \d+$/.exec(name);
  const park = plot ? name.slice(0, plot.index) : name;
  const english = englishParkName(park);
  return english ? english + name.slice(park.length) : name;
}

const NAME_RULES: readonly Rule[] = [
  [/ – Baufeld (\d+)$/, ' – Plot $1'],
  [/ am Flughafen Leipzig\/Halle\b/, ' at Leipzig/Halle Airport'],
  [/ östlich /, ' east of '],
  [/\(Beispiel\)/, '(sample)'],
  [/\(Eigennutzung\)/, '(owner-occupied)'],
  [/\(Mehrzweckhalle\)/, '(multi-purpose hall)'],
  [/\(Folien\)/, '(films)'],
  [/„([^“]*)“/g, '“$1”'],
];

/** The first word when it is a generic head word, alone or after a firm ("Amazon-Logistikzentrum"). */
function translateHead(name: string): string {
  const [first = '', ...rest] = name.split(' ');
  const dash = first.lastIndexOf('-');
  const firm = dash > 0 ? first.slice(0, dash) : '';
  const head = HEAD_WORDS[dash > 0 ? first.slice(dash + 1) : first];
  if (!head) return name;
  return [firm ? `${firm} ${head}` : capitalise(head), ...rest].join(' ');
}

/** "Güterverkehrszentrum (GVZ) Leipzig – Baufeld 1" → "Güterverkehrszentrum (GVZ) Leipzig – Plot 1". */
export const englishSiteName = (name: string): string =>
  translateHead(apply(withEnglishPark(name), NAME_RULES));

const SAMPLE = / \(Beispiel\)$/;

/** Organisation patterns; `$1` is the place or park, which stays. */
const ORG_RULES: readonly Rule[] = [
  [/^Wirtschaftsförderung Stadt (.+)$/, '$1 economic development agency'],
  [/^Wirtschaftsförderung Landkreis (.+)$/, '$1 district economic development agency'],
  [/^Wirtschaftsförderung (.+)$/, '$1 economic development agency'],
  [/^Amt für Wirtschaftsförderung (.+)$/, '$1 economic development office'],
  [/^Flughafen-Standortentwicklung (.+)$/, '$1 Airport site development'],
  [/^Investitions- und Marketinggesellschaft (.+)$/, '$1 investment and marketing agency'],
  [/^Landesentwicklungsgesellschaft (.+) – Standortteam$/, '$1 state development agency – site team'],
  [/^Standortbetreiber (.+)$/, 'Site operator $1'],
  [/^Standortmanagement (.+)$/, 'Site management $1'],
  [/^Standortmarketing (.+)$/, 'Site marketing $1'],
  [/^Zweckverband (.+)$/, '$1 joint authority'],
  [/^Mitteldeutsche Gewerbeimmobilien$/, 'Central German commercial property'],
  [/^Logistikimmobilien Ost$/, 'Logistics property East'],
  [/^Hallenmakler (.+)$/, '$1 hall brokers'],
  [/^Industrieflächen-Agentur Mitte$/, 'Industrial land agency Central'],
];

/** "Wirtschaftsförderung Stadt Leipzig (Beispiel)" → "Leipzig economic development agency (sample)"; null when no rule fits. */
export function englishContactOrg(org: string): string | null {
  const core = org.replace(SAMPLE, '');
  const rule = ORG_RULES.find(([pattern]) => pattern.test(core));
  if (!rule) return null;
  const english = core.replace(rule[0], rule[1]);
  return SAMPLE.test(org) ? `${english} (sample)` : english;
}

const ROLES: Readonly<Record<string, string>> = {
  Ansiedlungsberatung: 'Investment advice',
  'Asset Management': 'Asset management',
  Flächenmanagement: 'Land management',
  Gewerbeimmobilien: 'Commercial property',
  Investorenservice: 'Investor services',
  Objektvermarktung: 'Property marketing',
  Standortmarketing: 'Location marketing',
  Vermietung: 'Letting',
};

/** "Investorenservice" → "Investor services"; null for a role the table lacks. */
export const englishContactRole = (role: string): string | null => ROLES[role] ?? null;

/**
 * Generic words in provenance texts; cited titles, names and addresses stay. Longer phrases
 * come first so that their words are not replaced one by one.
 */
const SOURCE_RULES: readonly Rule[] = [
  [/Beispieldaten \(illustratives Hallenobjekt\)/g, 'Sample data (illustrative hall)'],
  [/\(Beispieldaten\)/g, '(sample data)'],
  [/Beispielmeldung \(illustrativ\)/g, 'Sample news item (illustrative)'],
  [/Beispieltermin \(illustrativ\)/g, 'Sample event (illustrative)'],
  [/nach dem Format regionaler Fachkräfteforen/g, 'after the format of regional skilled-worker forums'],
  [/nach dem Programm /g, 'after the programme '],
  [/nach dem Zeitplan des Projekts (.+)$/g, 'after the timetable of the $1 project'],
  [/nach dem angekündigten Zeitplan von /g, 'after the announced timetable of '],
  [/nach dem jährlichen Gemeinschaftsstand/g, 'after the yearly joint stand'],
  [/nach dem /g, 'after the '],
  [/Meldung zum 10-jährigen Jubiläum von /g, 'news item on the 10th anniversary of '],
  [/Meldung zum 10-jährigen Jubiläum/g, 'news item on the 10th anniversary'],
  [/Meldung zu /g, 'news item on '],
  [/Meldung vom /g, 'news item of '],
  [/Pressemitteilung/g, 'press release'],
  [/Veranstaltungshinweis/g, 'event notice'],
  [/Abschlussbericht der Kommission/g, 'final report of the commission'],
  [/Bundesministerium für Wirtschaft/g, 'Federal Ministry for Economic Affairs'],
  [/Sächsisches Wirtschaftsministerium/g, 'Saxon Ministry of Economic Affairs'],
  [/Thüringer Wirtschaftsministerium/g, 'Thuringian Ministry of Economic Affairs'],
  [/Bundesgesetzblatt/g, 'Federal Law Gazette'],
  [/\(Bundesregierung\)/g, '(Federal Government)'],
  [/\bFebruar\b/g, 'February'],
  // "Freie Presse" is a newspaper's name.
  [/(?<!Freie )\b[Pp]resse\b/g, 'press'],
  [/„([^“]*)“/g, '“$1”'],
];

/** "mz.de 3927288 (Beispieldaten)" → "mz.de 3927288 (sample data)"; a text without German words stays. */
export const englishSource = (source: string): string => apply(source, SOURCE_RULES);

interface SiteTexts {
  name: string;
  park?: string | null;
  contact_org?: string | null;
  contact_role?: string | null;
  source: string;
}

/** The `_en` properties of a site from its German texts. */
const siteTextsEn = (p: SiteTexts) => ({
  name_en: englishSiteName(p.name),
  park_en: p.park ? englishParkName(p.park) : null,
  contact_org_en: p.contact_org ? englishContactOrg(p.contact_org) : null,
  contact_role_en: p.contact_role ? englishContactRole(p.contact_role) : null,
  source_en: englishSource(p.source),
});

/** Adds the English texts to every site. */
export const withEnglishTexts = <F extends { properties: SiteTexts }>(features: readonly F[]): F[] =>
  features.map((f) => ({ ...f, properties: { ...f.properties, ...siteTextsEn(f.properties) } }));
