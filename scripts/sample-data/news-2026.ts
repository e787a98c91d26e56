import { ags, district, LINKS, park, type ContextItem } from './context-item';

/**
 * News of 2026. These are illustrative: they continue stated plans and yearly formats of the
 * region (the EXPO REAL joint stand, Leuna III to 2028, ESMC production from 2027) and say so in
 * their `source`. No figures beyond the published plans.
 */
export const NEWS_2026: readonly ContextItem[] = [
  {
    slug: '2026-fachkraefte-forum',
    date: '2026-02-12',
    title: 'Forum zu internationalen Fachkräften in Halle',
    teaser:
      'Betriebe, Kammern und Willkommensstellen berieten, wie die Region ausländische Beschäftigte besser gewinnt und hält.',
    body: 'Im Mittelpunkt standen Chancenkarte, Anerkennung von Abschlüssen und Wohnraum in der Nähe großer Ansiedlungen. Unternehmen aus dem Saalekreis und dem Burgenlandkreis berichteten, wie sie Sprachkurse und Einarbeitung organisieren.',
    topics: ['skilled-workers', 'immigration'],
    locations: [ags('15002000'), district('15088'), district('15084')],
    links: [LINKS.emmd],
    source: 'Beispielmeldung (illustrativ) nach dem Format regionaler Fachkräfteforen',
    point: [51.4828, 11.9697],
  },
  {
    slug: '2026-fuehrungskraefte-programm',
    date: '2026-04-24',
    title: 'Führungskräfteprogramm widmet sich dem Strukturwandel',
    teaser:
      'Ein neuer Durchgang bringt Verantwortliche aus Unternehmen und Verwaltung im Mitteldeutschen Revier zusammen.',
    body: 'Wie schon 2016 beim Thema Zuwanderung arbeiten die Teilnehmenden in Workshops an umsetzbaren Vorhaben. Diesmal geht es darum, wie Kommunen Flächen, Fachkräfte und Genehmigungen für neue Ansiedlungen schneller zusammenbringen.',
    topics: ['structural-change', 'skilled-workers'],
    locations: [ags('14713000'), district('14729'), district('14730')],
    links: [LINKS.emmd],
    source: 'Beispielmeldung (illustrativ) nach dem Programm „Mitarbeiter für Verantwortung“',
    point: [51.3396, 12.3713],
  },
  {
    slug: '2026-leuna-3-erschliessung',
    date: '2026-06-15',
    title: 'Leuna III: Erschließung kommt voran',
    teaser:
      'Straßen, Medien und Bahnanschluss für die Erweiterung des Chemiestandorts entstehen wie geplant bis 2028.',
    body: 'Auf rund 100 Hektar Nettofläche sollen Betriebe der Bioökonomie und der Chemie Platz finden. Erste Gespräche mit Interessenten laufen; die Flächen werden nach Fertigstellung der Erschließung vergeben.',
    topics: ['bioeconomy', 'chemicals', 'sites'],
    locations: [park('Leuna III (Erweiterung Bioökonomie)'), ags('15088220')],
    links: [LINKS.mz],
    source: 'Beispielmeldung (illustrativ) nach dem Zeitplan des Projekts Leuna III',
    point: [51.335, 11.99],
  },
  {
    slug: '2026-esmc-dresden-vorbereitung',
    date: '2026-09-01',
    title: 'Chipfabrik in Dresden bereitet Produktionsstart vor',
    teaser: 'ESMC stellt Personal ein; die Fertigung soll wie angekündigt 2027 beginnen.',
    body: 'Für den Anlauf sucht das Gemeinschaftsunternehmen Fachkräfte aus der Region und dem Ausland. Zulieferer und Logistiker fragen nach Flächen im Dresdner Norden und entlang der A4.',
    topics: ['semiconductors', 'skilled-workers', 'logistics'],
    locations: [ags('14612000'), park('Gewerbefläche am Flughafen Dresden')],
    links: [LINKS.smwa],
    source: 'Beispielmeldung (illustrativ) nach dem angekündigten Zeitplan von ESMC',
    point: [51.127, 13.77],
  },
  {
    slug: '2026-expo-real',
    date: '2026-10-05',
    title: 'Mitteldeutschland wieder mit Gemeinschaftsstand auf der EXPO REAL',
    teaser: 'Städte, Landkreise und Entwickler aus drei Ländern stellten in München ihre Flächen vor.',
    body: 'Wie in den Vorjahren warben Aussteller aus Sachsen, Sachsen-Anhalt und Thüringen gemeinsam um Investoren. Gefragt waren große Industrieflächen mit Bahnanschluss und Flächen im Umfeld des Flughafens Leipzig/Halle.',
    topics: ['trade-fair', 'sites', 'logistics'],
    locations: [ags('14730270'), ags('15002000'), ags('15003000')],
    links: [LINKS.emmd, LINKS.expoReal],
    source: 'Beispielmeldung (illustrativ) nach dem jährlichen Gemeinschaftsstand',
    point: null,
  },
];
