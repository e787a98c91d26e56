import type { Municipality } from './municipalities';
import type { Rng } from './prng';
import { slugify } from './reference';

/**
 * Illustrative contacts: an organisation name marked "(Beispiel)", a role, an address on a
 * reserved domain (example.org / .invalid) and a phone number "+49 <area code> 555 0xxx".
 * No real person's name and no real number.
 */
export interface Contact {
  contact_org: string;
  contact_role: string;
  contact_email: string;
  contact_phone: string;
}

const PLOT_ROLES = ['Ansiedlungsberatung', 'Flächenmanagement', 'Investorenservice', 'Standortmarketing'];
const HALL_ROLES = ['Vermietung', 'Objektvermarktung', 'Gewerbeimmobilien', 'Asset Management'];
const MAILBOXES = ['standorte', 'ansiedlung', 'flaechen', 'invest', 'kontakt'];

/** Default organisation: the business development agency of the municipality's district. */
export function districtAgency(m: Municipality): string {
  const d = m.district;
  const isCity = d === m.name;
  const label = isCity ? `Stadt ${d}` : d;
  return `Wirtschaftsförderung ${label} (Beispiel)`;
}

const domainFor = (org: string, invalid: boolean): string => {
  const core = slugify(org.replace(/\(Beispiel\)/g, ''))
    .replace(/^wirtschaftsfoerderung-/, 'wifoe-')
    .slice(0, 40)
    .replace(/-+$/, '');
  return invalid ? `${core}.invalid` : `${core}.example.org`;
};

export function makeContact(
  m: Municipality,
  rng: Rng,
  kind: 'plot' | 'hall',
  org: string = districtAgency(m),
): Contact {
  const mailbox = kind === 'hall' ? rng.pick(['hallen', 'vermietung', 'objekte']) : rng.pick(MAILBOXES);
  return {
    contact_org: org,
    contact_role: rng.pick(kind === 'hall' ? HALL_ROLES : PLOT_ROLES),
    contact_email: `${mailbox}@${domainFor(org, rng.chance(0.2))}`,
    contact_phone: `+49 ${m.dialCode} 555 0${String(rng.int(100, 999))}`,
  };
}

/** An illustrative letting agent for halls. */
export function hallAgent(rng: Rng): string {
  return rng.pick([
    'Mitteldeutsche Gewerbeimmobilien (Beispiel)',
    'Logistikimmobilien Ost (Beispiel)',
    'Hallenmakler Sachsen-Anhalt (Beispiel)',
    'Industrieflächen-Agentur Mitte (Beispiel)',
  ]);
}
