import type { EnglishTexts } from './types';

/** English texts of the news in ../news*.ts, written for this project (not machine translations). */
export const NEWS_EN: EnglishTexts = {
  '2016-fuehrungskraefte-zuwanderung': {
    title: 'Leadership programme presents ideas on immigration',
    teaser:
      'The second round of “Mitarbeiter für Verantwortung” (Employees for Responsibility) ended in late April 2016 with two practical projects for Leipzig and the region.',
    body: 'For six months, twenty executives from business, public administration and city politics looked at how immigration can benefit the economy and society in Central Germany. Five workshop days between October 2015 and April 2016 produced two approaches. “Expedition Job” is meant to introduce young people with a migrant background to careers in the skilled trades through a four-day orientation format with short work placements; the association Haus Steinstraße is putting it into practice. For businesses, an “Aktionstag Integration” (integration action day) and a “Basisworkshop Integration” (basic integration workshop) were also developed to help reduce reservations about refugee employees. The results were presented on 29 April 2016.',
  },
  '2017-startup-portal': {
    title: 'Joint start-up portal for three states goes online',
    teaser:
      'Since late April 2017, founders from Saxony, Saxony-Anhalt and Thuringia have been able to find support in one place with “Startup Mitteldeutschland”.',
    body: 'The new online portal brings together advice, funding and networks from all three Central German states, so that the search for support does not stop at a state border. It is run by Metropolregion Mitteldeutschland Management GmbH together with two partners.',
  },
  '2017-startup-safary-leipzig': {
    title: 'Startup Safary: two days through Leipzig’s start-up scene',
    teaser: 'On 11 and 12 May 2017, a rally brought young companies and investors together in Leipzig.',
    body: 'At the Startup Safary, participants move from stop to stop and meet founding teams and investors in person. A central “Basislager” (base camp) served as meeting point and starting point for the tours. The aim of the format is to build contacts between founders and providers of capital.',
  },
  '2018-innovationsregion-pilotprojekte': {
    title: 'Innovationsregion Mitteldeutschland: 16 pilot projects in the first year',
    teaser:
      'Around €640,000 went into the first projects of the structural change initiative in the Central German mining area in 2018.',
    body: 'Innovationsregion Mitteldeutschland is a project of the European Metropolitan Region of Central Germany. It involves seven districts – Altenburger Land, Anhalt-Bitterfeld, Burgenlandkreis, Leipzig, Mansfeld-Südharz, Nordsachsen and Saalekreis – and the cities of Halle (Saale) and Leipzig, with a combined population of just over two million. Funded by the federal programme “Unternehmen Revier” (Enterprise Mining Region) and the GRW regional development scheme, the first 16 pilot projects were supported in 2018. By the end of 2021 they were to lead to a joint strategy for the mining area.',
  },
  '2019-forum-mitteldeutschland': {
    title: 'FORUM Mitteldeutschland 2019 discusses structural change',
    teaser: 'On 4 March 2019, the future of the Central German mining area took centre stage.',
    body: 'Under the title “Strukturwandel und Regionalentwicklung im Mitteldeutschen Revier” (Structural change and regional development in the Central German mining area), FORUM Mitteldeutschland 2019 looked at how the region can shape its economic farewell to lignite. The metropolitan region documented the event afterwards.',
  },
  '2019-star-park-vollstaendig-vergeben': {
    title: 'Star Park Halle is fully taken',
    teaser:
      'With the Porsche and Schuler press shop, the last large site in the industrial area on the A14 was occupied in April 2019.',
    body: 'Star Park in the east of Halle (Saale) covers around 230 hectares. Its development plan dates from October 2002, and site servicing cost about €76.8 million. With the joint press shop of Porsche and Schuler, the area is considered fully occupied; according to MDR, only around four hectares are left. Also in 2019, home24 built its 70,000 m² logistics centre there in just seven months.',
  },
  '2019-expo-real': {
    title: 'Central Germany at EXPO REAL with 39 exhibitors',
    teaser: 'The metropolitan region’s joint stand in Munich measured around 230 m² in 2019.',
    body: 'At the EXPO REAL commercial property fair in Munich, the region appeared together in 2019: 39 exhibitors – municipalities, economic development agencies and companies – shared a stand of about 230 m². On show were mainly industrial and commercial sites and investment projects from Saxony, Saxony-Anhalt and Thuringia.',
  },
  '2020-international-startup-campus': {
    title: 'Universities of Halle, Jena and Leipzig launch joint Startup Campus',
    teaser: 'In summer 2020, the three Central German universities kicked off their joint start-up project.',
    body: 'With the International Startup Campus, the universities in Halle, Jena and Leipzig want to promote spin-offs from research together. The name reflects the aim of attracting international founding teams as well. The joint project is supported under the federal programme EXIST-Potentiale.',
  },
  '2021-logistik-a9-a14': {
    title: 'Large logistics centres on the A9 and A14',
    teaser:
      'In early 2021, distribution and warehouse centres are shaping development between Halle, Leipzig and Gera.',
    body: 'At the Segro logistics park in Kabelsketal, the online retailer Relaxdays uses around 86,000 m² of hall space, and in Star Park Halle, Flaconi runs a warehouse of about 32,000 m². Gera has an Amazon logistics centre of around 150,000 m², and Leipzig/Halle Airport another Amazon hall of about 20,000 m². These examples show how much demand there is for large halls along Central Germany’s motorways.',
  },
  '2016-porsche-leipzig-panamera': {
    title: 'New Panamera generation rolls off the line in Leipzig',
    teaser:
      'Since 2016, the Porsche plant in the north of Leipzig has been building the second generation of the saloon.',
    body: 'Porsche expanded its Leipzig plant for the model change. Alongside Macan production, the site on the A14 is now the manufacturer’s second mainstay in Saxony and attracts suppliers and logistics companies to the surrounding area.',
  },
  '2017-vde8-schnellfahrstrecke': {
    title: 'Berlin–Munich high-speed line runs via Erfurt, Halle and Leipzig',
    teaser:
      'With the timetable change in December 2017, German Unity Transport Project No. 8 is in service along its full length.',
    body: 'Since then, the fastest ICE trains have run between Berlin and Munich in around four hours. Erfurt becomes the hub where the lines cross, and Halle and Leipzig also move closer to the large economic areas in the south and north.',
  },
  '2018-catl-erfurter-kreuz': {
    title: 'CATL to build battery cell plant at Erfurter Kreuz',
    teaser:
      'The Chinese manufacturer has chosen the industrial area near Arnstadt – its first factory outside China.',
    body: 'The agreement was signed in Berlin in July 2018. In a first step, around €240 million was to be invested in the plant. Erfurter Kreuz had been prepared as a large site under Thuringia’s state development and lies directly on the A4 and A71.',
  },
  '2019-kohlekommission': {
    title: 'Coal commission presents roadmap for the phase-out',
    teaser:
      'Germany is to exit coal by 2038 at the latest; the mining regions are to receive help with the transition.',
    body: 'At the end of January 2019, the commission “Wachstum, Strukturwandel und Beschäftigung” (Growth, Structural Change and Employment) recommended a gradual phase-out and substantial funding for the lignite regions. For the Central German mining area around Leipzig, Halle, Burgenlandkreis and Saalekreis, this starts the search for new industries and sites.',
  },
  '2019-catl-ausbau': {
    title: 'CATL plans to invest much more in Thuringia',
    teaser:
      'The plant at Erfurter Kreuz is to be larger than first planned: up to €1.8 billion is being mentioned.',
    body: 'Because of strong demand from European carmakers, the battery manufacturer is expanding its plans. The expansion also increases the need for skilled workers and for sites for suppliers around Arnstadt.',
  },
  '2019-farasis-bitterfeld': {
    title: 'Battery cell plant announced for Bitterfeld-Wolfen',
    teaser:
      'The manufacturer Farasis Energy planned around €600 million and up to 2,000 jobs – the project was later put on hold.',
    body: 'The announcement in autumn 2019 underlined that the long-established chemical site is attractive for new industries. The project never got beyond the planning stage; the sites in Bitterfeld-Wolfen remain available for new investors.',
  },
  '2020-fachkraefteeinwanderungsgesetz': {
    title: 'Skilled Immigration Act comes into force',
    teaser:
      'Since March 2020, businesses have found it easier to hire skilled workers with vocational training from countries outside the EU.',
    body: 'Besides university graduates, workers with vocational qualifications may now also come to Germany to work, provided their qualification is recognised. A fast-track procedure shortens the waiting time. For companies in Central Germany that can no longer fill many vacancies, this is an important building block.',
  },
  '2020-strukturstaerkungsgesetz': {
    title: 'Structural Strengthening Act: billions for the Central German mining area',
    teaser:
      'The act for the coal regions is in force; part of the money goes to the districts around Leipzig and Halle.',
    body: 'Until 2038, the federal government is providing the lignite regions with up to €40 billion for infrastructure, research and new jobs. The Central German mining area includes Burgenlandkreis, Saalekreis, Mansfeld-Südharz, Anhalt-Bitterfeld, the district of Leipzig and Nordsachsen as well as the cities of Halle and Leipzig. Many of the region’s site projects, such as the expansion in Leuna, are financed from it.',
  },
  '2020-upm-bioraffinerie-leuna': {
    title: 'Construction starts on biorefinery in Leuna',
    teaser:
      'The Finnish group UPM is investing around €550 million in a plant that makes chemicals from wood.',
    body: 'At the Leuna chemical site, a biorefinery is being built that is to extract raw materials for plastics, textiles and detergents from beech wood. The project is regarded as a flagship for the bioeconomy in the Central German mining area.',
  },
  '2021-linde-elektrolyseur-leuna': {
    title: 'Linde plans large electrolyser in Leuna',
    teaser: 'A 24-megawatt PEM plant is to supply green hydrogen to customers at the chemical site.',
    body: 'The industrial gases company intends to distribute the hydrogen through its existing pipeline network to the refinery and chemical companies in Leuna and to supply filling stations. The project builds on the work of the HYPOS network.',
  },
  '2021-bosch-dresden': {
    title: 'Bosch opens semiconductor plant in Dresden',
    teaser:
      'Bosch has invested around €1 billion in the production of 300-millimetre wafers in the north of Dresden.',
    body: 'The plant is one of the largest single investments in the company’s history and strengthens Saxony as a microelectronics location. Chips from Dresden go mainly to the automotive industry.',
  },
  '2023-catl-produktionsstart': {
    title: 'First battery cells from Arnstadt',
    teaser: 'At the end of 2022, CATL started cell production at Erfurter Kreuz.',
    body: 'After around four years of construction, lithium-ion cells for European carmakers are rolling off the line in Thuringia. The plant has become one of the largest employers in the Ilm-Kreis district.',
  },
  '2023-infineon-spatenstich': {
    title: 'Groundbreaking for Infineon’s Smart Power Fab in Dresden',
    teaser: 'At around €5 billion, it is the largest single investment in the group’s history.',
    body: 'The new plant is to produce power semiconductors and analogue circuits and create about 1,000 jobs. The Federal Chancellor and the President of the European Commission attended the groundbreaking.',
  },
  '2023-esmc-entscheidung': {
    title: 'TSMC and partners to build a chip factory in Dresden',
    teaser: 'The joint venture ESMC plans an investment of around €10 billion.',
    body: 'Together with Bosch, Infineon and NXP, the Taiwanese chipmaker wants to produce semiconductors in Dresden, mainly for cars and industry. This is a further boost for suppliers, logistics and commercial sites in the surrounding area.',
  },
  '2023-fachkraefteeinwanderung-weiterentwickelt': {
    title: 'New rules for skilled workers from abroad',
    teaser: 'The first stage of the revised Skilled Immigration Act has applied since November 2023.',
    body: 'The EU Blue Card is easier to obtain, and skilled workers may also work in occupations that do not exactly match their qualification. Further steps follow in 2024. Regional welcome centres advise businesses that want to recruit international staff.',
  },
  '2024-chancenkarte': {
    title: 'Opportunity Card: looking for work in Germany becomes easier',
    teaser:
      'Since June 2024, skilled workers from non-EU countries can enter Germany to look for a job under a points system.',
    body: 'Anyone with a recognised qualification or enough points for language skills, work experience and age may look for a job in Germany for up to one year and work alongside. Companies in the region can thus get to know applicants in person locally.',
  },
  '2024-esmc-spatenstich': {
    title: 'Construction starts on the ESMC factory in Dresden',
    teaser:
      'One year after the decision, construction of the joint chip factory began in the north of Dresden.',
    body: 'The federal and state governments are supporting the project with billions of euros. Around 2,000 jobs are to be created; production is planned for 2027.',
  },
  '2024-intel-verschoben': {
    title: 'Intel puts Magdeburg factory on hold',
    teaser:
      'The group is postponing construction of its chip plants on the Eulenberg by an expected two years.',
    body: 'Because of its difficult situation, Intel shelved several major projects in September 2024, including Magdeburg. The city and the state are keeping the site in the High-Tech Park Sachsen-Anhalt available for the group.',
  },
  '2024-wasserstoff-kernnetz': {
    title: 'Hydrogen core network approved – Central Germany is connected',
    teaser:
      'The Bundesnetzagentur (Federal Network Agency) has confirmed the initial hydrogen network of around 9,000 kilometres.',
    body: 'The network is to go into operation step by step by 2032 and consists largely of converted natural gas pipelines. The chemical sites in the Central German chemical triangle and the storage facility in Bad Lauchstädt are connected to the network.',
  },
  '2022-intel-magdeburg': {
    title: 'Intel chooses Magdeburg for new chip factories',
    teaser: 'Two semiconductor plants were to be built on the Eulenberg in the south of the state capital.',
    body: 'The chipmaker is planning two factories on the Eulenberg, part of the High-Tech Park Sachsen-Anhalt. The announcement makes the area on the A14 known far beyond the region.',
  },
  '2022-zukunftsort-valuepark': {
    title: 'ValuePark Schkopau becomes a Zukunftsort Sachsen-Anhalt',
    teaser: 'The Ministry of Economic Affairs gave the award to the chemical site on 25 July 2022.',
    body: 'With the title “Zukunftsort” (Place of the Future), Saxony-Anhalt draws attention to twelve innovation locations where companies and research are concentrated. Around 30 companies have settled in ValuePark Schkopau between Halle and Merseburg, investing more than €800 million in total.',
  },
  '2023-wasserstoffnetzstudie': {
    title: 'Hydrogen network study 2.0: more than 70 connection points',
    teaser: 'More than 50 partners have outlined how Central Germany can be connected to a hydrogen network.',
    body: 'The second hydrogen network study for Central Germany identifies more than 70 points at which businesses and municipalities could be connected to a regional H₂ network. This network is to link up with the nationwide hydrogen core network. The results were announced by the HYPOS network.',
  },
  '2023-regioplan-sachsen': {
    title: 'Saxony helps municipalities with large commercial sites',
    teaser:
      'The RegioPlan emergency programme provides around €10 million for site development in 2023 and 2024.',
    body: 'Municipalities preparing industrial and commercial land can receive grants through RegioPlan: for sites of up to 50 hectares, the programme covers half of the costs, for larger ones three quarters. One example of such a large site is an area of farmland of around 35 hectares in Bernsdorf in the district of Bautzen, in which energy suppliers have shown interest.',
  },
  '2023-hypos-zehn-jahre': {
    title: 'Ten years of HYPOS: hydrogen network meets in Bad Lauchstädt',
    teaser: 'Founded on 30 October 2013, the network now has more than 170 members.',
    body: 'HYPOS is backed by the Metropolregion Mitteldeutschland, Fraunhofer IMWS and the Chemicals/Plastics cluster. Through the Federal Research Ministry’s “Zwanzig20” funding programme, more than 30 projects received support totalling around €45 million. For its anniversary in 2023, the network met in Bad Lauchstädt, where a salt cavern is to store green hydrogen in future.',
  },
  '2024-lej-ausbau': {
    title: 'Leipzig/Halle Airport may expand for €500 million',
    teaser: 'The expansion is mainly intended to support the growth of the DHL hub.',
    body: 'With the approval, Leipzig/Halle Airport can expand its cargo infrastructure for around €500 million. Land reserves in the surrounding area are growing too: north of Leipzig, a development plan is being drawn up for a contiguous area of about 100 hectares.',
  },
  '2024-panattoni-koennern': {
    title: 'Construction starts on Panattoni Park on the A14 near Könnern',
    teaser: 'In May 2024, work began on a new business park in the Salzlandkreis district.',
    body: 'The developer Panattoni is building a business park in Könnern directly on the A14. The town lies between Halle and Magdeburg and is connected to both regional centres by the motorway.',
  },
  '2024-expo-real': {
    title: 'EXPO REAL 2024: Saxony-Anhalt shows development sites',
    teaser:
      'From 7 to 9 October, IMG and the metropolitan region presented sites and projects with 25 exhibitors.',
    body: 'At the joint stand in Munich, the Investitions- und Marketinggesellschaft Sachsen-Anhalt and the Metropolregion Mitteldeutschland promoted the region to investors. On show were, among others, Technologiepark Ostfalen in Barleben and Sandersdorf-Brehna, where Progroup is investing more than €460 million in a paper mill. There were also sites in Köthen, Sangerhausen, Staßfurt-Brumby, Stendal and Quedlinburg-Quarmbeck that can be developed at short notice.',
  },
  '2024-suedzucker-zeitz': {
    title: 'Südzucker buys land in Industriepark Zeitz',
    teaser: 'A plant for producing biomethane is to be built on around 15 hectares.',
    body: 'In November 2024, Südzucker acquired about 15 hectares in the Chemie- und Industriepark Zeitz, which lies in the municipality of Elsteraue in the Burgenlandkreis district. A plant producing biomethane is planned.',
  },
  '2025-bravobike-kabelsketal': {
    title: 'Bravobike starts production in Kabelsketal',
    teaser: 'From July 2025, around 70 people work in a Garbe hall near Leipzig/Halle Airport.',
    body: 'The company Bravobike has started production in a hall built by Garbe in Kabelsketal in the Saalekreis district. At the start in July 2025, about 70 people are employed there.',
  },
  '2025-high-tech-park-nach-intel': {
    title: 'High-Tech Park: Eulenberg remains reserved for one major project',
    teaser:
      'After Intel dropped its factories, Saxony-Anhalt is looking for a new major investor for Magdeburg.',
    body: 'Intel abandoned its plans for Magdeburg in 2025. The High-Tech Park Sachsen-Anhalt covers around 1,100 hectares gross, more than 700 hectares of which are available. The former Intel site on the Eulenberg, about 400 to 450 hectares in size, is to be kept free for a single large investment; the city of Magdeburg rules out data centres and battery storage there.',
  },
  '2025-expo-real': {
    title: 'EXPO REAL 2025: 27 exhibitors at the metropolitan region’s stand',
    teaser:
      'From 6 to 8 October, Central Germany presented itself in Munich with sites from the airport to Gera.',
    body: 'The joint stand in 2025 featured 27 exhibitors, including LEJ Airport Industrial Park and the cities of Halle (Saale), Magdeburg, Jena, Dessau-Roßlau and Gera with their offers for new investors.',
  },
  '2026-fachkraefte-forum': {
    title: 'Forum on international skilled workers in Halle',
    teaser:
      'Businesses, chambers and welcome centres discussed how the region can better attract and retain foreign employees.',
    body: 'The focus was on the Opportunity Card, recognition of qualifications and housing near large new investments. Companies from the Saalekreis and Burgenlandkreis districts reported on how they organise language courses and induction.',
  },
  '2026-fuehrungskraefte-programm': {
    title: 'Leadership programme turns to structural change',
    teaser:
      'A new round brings together decision-makers from companies and administration in the Central German mining area.',
    body: 'As in 2016 on the subject of immigration, participants work in workshops on projects that can be put into practice. This time the question is how municipalities can bring together sites, skilled workers and permits for new investments more quickly.',
  },
  '2026-leuna-3-erschliessung': {
    title: 'Leuna III: site servicing makes progress',
    teaser:
      'Roads, utilities and a rail connection for the expansion of the chemical site are being built as planned by 2028.',
    body: 'Around 100 hectares of net area are to accommodate bioeconomy and chemical companies. Initial talks with interested parties are under way; the plots will be allocated once servicing is complete.',
  },
  '2026-esmc-dresden-vorbereitung': {
    title: 'Dresden chip factory prepares for start of production',
    teaser: 'ESMC is hiring staff; production is to begin in 2027 as announced.',
    body: 'For the ramp-up, the joint venture is looking for skilled workers from the region and abroad. Suppliers and logistics companies are asking about sites in the north of Dresden and along the A4.',
  },
  '2026-expo-real': {
    title: 'Central Germany back at EXPO REAL with a joint stand',
    teaser: 'Cities, districts and developers from three states presented their sites in Munich.',
    body: 'As in previous years, exhibitors from Saxony, Saxony-Anhalt and Thuringia jointly courted investors. In demand were large industrial sites with rail connections and sites around Leipzig/Halle Airport.',
  },
};
