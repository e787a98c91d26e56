import type { EnglishTexts } from './types';

/** English texts of the projects in ../projects*.ts, written for this project (not machine translations). */
export const PROJECTS_EN: EnglishTexts = {
  'innovationsregion-mitteldeutschland': {
    title: 'Innovationsregion Mitteldeutschland',
    teaser:
      'The metropolitan region’s structural change project for seven districts and the cities of Halle (Saale) and Leipzig.',
    body: 'Since 2018, Altenburger Land, Anhalt-Bitterfeld, Burgenlandkreis, the district of Leipzig, Mansfeld-Südharz, Nordsachsen and Saalekreis have been working with Halle (Saale) and Leipzig on a joint strategy for the Central German mining area, home to just over two million people. The project is funded by the federal programme “Unternehmen Revier” (Enterprise Mining Region) and the GRW regional development scheme. In the very first year, 16 pilot projects received support totalling around €640,000; the strategy phase ran until the end of 2021.',
  },
  hypos: {
    title: 'HYPOS – Central German hydrogen network',
    teaser: 'Association for green hydrogen with more than 170 members and its office in Leuna.',
    body: 'HYPOS was founded on 30 October 2013 by the Metropolregion Mitteldeutschland, Fraunhofer IMWS and the Chemicals/Plastics cluster. Through the Federal Research Ministry’s “Zwanzig20” programme, more than 30 projects received around €45 million in total. The state and federal governments additionally fund the association with €2 million. The network marked its tenth anniversary in Bad Lauchstädt in 2023.',
  },
  'wasserstoff-infrastruktur': {
    title: 'Hydrogen infrastructure in Central Germany',
    teaser:
      'Network study, pipeline, cavern storage and test platform: building blocks for a regional H₂ economy.',
    body: 'With the hydrogen network study 2.0, more than 50 partners planned over 70 possible connection points in 2023 for a regional hydrogen network that is to be linked to the national core network. Along the A9 runs an H₂ pipeline network that supplies the chemical sites and is one of the largest in Germany. In Bad Lauchstädt, a salt cavern is to hold more than 50 million standard cubic metres of working gas, fed by an electrolyser of around 30 MW. In Leuna, Fraunhofer IWES operates the Hydrogen Lab, a test platform for electrolysers.',
  },
  'startup-mitteldeutschland': {
    title: 'Startup Mitteldeutschland',
    teaser: 'Joint online portal for founders in Saxony, Saxony-Anhalt and Thuringia.',
    body: 'The portal went online on 26 April 2017 and brings together advice, funding programmes and networks of the three states. It is run by Metropolregion Mitteldeutschland Management GmbH, supported by two partners.',
  },
  'international-startup-campus': {
    title: 'International Startup Campus Halle – Jena – Leipzig',
    teaser: 'Joint project of the three universities to promote spin-offs, funded through EXIST-Potentiale.',
    body: 'In summer 2020, the universities in Halle, Jena and Leipzig launched a joint programme that supports start-ups from research and teaching and is also aimed at international teams. The federal government funds the project through EXIST-Potentiale.',
  },
  'startup-safary-leipzig': {
    title: 'Startup Safary Leipzig',
    teaser:
      'Two-day rally to founding teams and investors, starting from a central “Basislager” (base camp).',
    body: 'On 11 and 12 May 2017, visitors in Leipzig could meet young companies and investors at several stops. The format relies on personal encounters to bring founders and investors together.',
  },
  'mitarbeiter-fuer-verantwortung': {
    title: 'Mitarbeiter für Verantwortung (Employees for Responsibility), second round',
    teaser: 'The metropolitan region’s leadership programme on the theme “Using immigration as potential”.',
    body: 'In five full-day workshops, twenty executives from business, administration and politics developed ideas for how Leipzig and Central Germany can benefit from immigration. The result was an orientation programme for young people in the skilled trades and two modules that help businesses prepare for integrating refugee employees.',
  },
  'expo-real-gemeinschaftsstand': {
    title: 'Central Germany’s joint stand at EXPO REAL',
    teaser:
      'Every October, municipalities and companies from the region present themselves together in Munich.',
    body: 'In 2019, 39 exhibitors shared a stand of around 230 m². In 2024, the Investitions- und Marketinggesellschaft Sachsen-Anhalt and the metropolitan region appeared from 7 to 9 October with 25 further exhibitors. In 2025, there were 27 exhibitors from 6 to 8 October, among them LEJ Airport Industrial Park and Halle (Saale), Magdeburg, Jena, Dessau-Roßlau and Gera.',
  },
  'zukunftsorte-sachsen-anhalt': {
    title: 'Zukunftsorte Sachsen-Anhalt (Places of the Future)',
    teaser: 'State label for twelve innovation locations where business and science come together.',
    body: 'The Ministry of Economic Affairs awards selected technology and industrial parks the title “Zukunftsort”, for example ValuePark Schkopau on 25 July 2022. The award-winning locations also include Technologiepark Weinberg Campus in Halle, Technologiepark Ostfalen in Barleben, Biopharmapark Dessau-Roßlau, Agro-Chemie Park Piesteritz and Green Gate Gatersleben.',
  },
  'regioplan-sachsen': {
    title: 'RegioPlan Sachsen',
    teaser: 'Emergency programme with around €10 million for developing industrial and commercial land.',
    body: 'RegioPlan subsidises municipalities that prepare new sites for investors. For sites of up to 50 hectares, half of the costs are covered, and three quarters above that. The programme ran in 2023 and 2024.',
  },
  'thueringer-grossflaecheninitiative': {
    title: 'Thüringer Großflächeninitiative (Thuringia’s large-site initiative)',
    teaser:
      'Since 2010, Thuringia has been developing around 1,000 hectares of industrial land for investors.',
    body: 'Through the initiative, the state keeps large, contiguous sites available for industrial investment. These include Erfurter Kreuz, which grew by a fourth construction phase of 65 hectares in 2017, the 57-hectare Kiebitzhöhe extension in Kölleda, the sites at Hermsdorfer Kreuz, in Gotha and Waltershausen, and the new industrial area at the former Kyffhäuserhütte in Artern.',
  },
  'high-tech-park-sachsen-anhalt': {
    title: 'High-Tech Park Sachsen-Anhalt',
    teaser:
      'Around 1,100 hectares of industrial land in the south of Magdeburg – open to a new major project after Intel withdrew.',
    body: 'In 2022, Intel had announced plans to build two chip factories on the Eulenberg for around €33 billion; the project was cancelled in 2025. Of the park’s gross area in Magdeburg, Sülzetal and Wanzleben-Börde, more than 700 hectares are available. The former Intel site of about 400 to 450 hectares remains reserved for a single large investment; at the city’s request, data centres and battery storage are ruled out there.',
  },
  'lej-ausbau': {
    title: 'Expansion of Leipzig/Halle Airport',
    teaser: 'Approved expansion worth around €500 million, mainly for the DHL hub.',
    body: 'Leipzig/Halle Airport continues to grow as a cargo hub. Around the airport, the airport company and municipalities are developing additional land, including an area of about 100 hectares north of Leipzig, the Airport Campus and the airside northern section.',
  },
  'leuna-3': {
    title: 'Leuna III – expansion for the bioeconomy',
    teaser: 'New industrial area of around 200 hectares gross next to the Leuna chemical site.',
    body: 'On land belonging to Merseburg, the Leuna chemical site is to grow by about 200 hectares, of which around 100 hectares net can be built on. €184 million from structural funds is available for site servicing; the area is to be completed by 2028. The focus is on bioeconomy investments.',
  },
  'forum-mitteldeutschland-2019': {
    title: 'FORUM Mitteldeutschland 2019',
    teaser:
      'The metropolitan region’s regional forum on structural change and regional development in the Central German mining area.',
    body: 'The forum on 4 March 2019 addressed the question of how the Central German mining area can shape the transition after lignite. The metropolitan region provided documentation of the event afterwards.',
  },
  'strukturstaerkung-mitteldeutsches-revier': {
    title: 'Structural strengthening in the Central German mining area',
    teaser:
      'Federal funds under the Structural Strengthening Act for the lignite region around Leipzig and Halle.',
    body: 'With the coal phase-out by 2038 at the latest, the federal government is funding infrastructure, research and commercial land in the mining regions. The Central German mining area comprises Burgenlandkreis, Saalekreis, Mansfeld-Südharz, Anhalt-Bitterfeld, the district of Leipzig, Nordsachsen and the cities of Halle and Leipzig; Altenburger Land is included as the Thuringian part. The funds finance, among other things, the Leuna III expansion and the servicing of new industrial sites.',
  },
};
