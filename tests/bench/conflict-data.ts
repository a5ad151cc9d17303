// Synthetic firm data for the conflict-index benchmark and its scale test:
// `n` clients, each with a few matters and people, names drawn from small
// lists so that surnames repeat as they do in real data.
import type { ConflictClientInput } from '../../lib/identity/conflicts';
import { MATTER_ROLES } from '../../lib/model/matter-roles';

const GIVEN = 'Elena Victor Maria John Jane Robert Wei Sergey Ana Luis Priya Omar Fatima Kevin Laura David Sarah Michael Chen Hiro Zoë José Jürgen Aisha Noah Olivia Liam Emma Lucas Mia'.split(' ');
const FAMILY = 'Ruiz Brandt Smith Johnson Nguyen Garcia Müller Ivanov Patel Kim Lee Brown Davis Wilson Lopez Gonzalez Anderson Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Torres Hill Green Adams Baker Nelson Carter Mitchell Perez Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Sanchez Morris Rogers Reed Cook Morgan Bell Murphy Bailey Rivera Cooper Richardson Cox Howard Ward Peterson Gray Ramirez James Watson Brooks Kelly Sanders Price Bennett Wood Barnes Ross Henderson Coleman Jenkins Perry Powell Long Patterson Hughes Flores Washington Butler Simmons Foster Gonzales Bryant Alexander Russell Griffin Diaz Hayes'.split(' ');
const ORG_A = 'Harbor Bayview Summit Pacific Golden Redwood Sierra Coastal Granite Evergreen Pioneer Liberty Cascade Meridian Northstar Silver Oakridge Willow Beacon Crescent'.split(' ');
const ORG_B = 'Properties Holdings Logistics Medical Partners Capital Builders Foods Motors Insurance Realty Systems Energy Labs Media'.split(' ');
const FORMS = ['LLC', 'Inc.', 'L.L.C.', 'Corp.', 'LLP', 'Co.', ''];

/** Deterministic pseudo-random numbers (mulberry32), so every run sees the same firm. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticFirm(n: number, seed = 1): ConflictClientInput[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const person = () => `${pick(GIVEN)} ${r() < 0.3 ? pick('ABCDEFGHJKLMNPRSTW'.split('')) + '. ' : ''}${pick(FAMILY)}`;
  const org = () => `${pick(ORG_A)} ${pick(ORG_B)}${r() < 0.2 ? ' ' + pick(ORG_A) : ''} ${pick(FORMS)}`.trim();
  const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z]+/g, '');
  const clients: ConflictClientInput[] = [];
  for (let i = 0; i < n; i++) {
    const isOrg = r() < 0.25;
    const name = isOrg ? org() : person();
    const matters = [];
    const mCount = 1 + Math.floor(r() * 4);
    for (let j = 0; j < mCount; j++) {
      const other = r() < 0.5 ? org() : person();
      const people = [];
      const pCount = 2 + Math.floor(r() * 4);
      for (let k = 0; k < pCount; k++) {
        const pn = person();
        const firm = `${pick(FAMILY)} ${pick(['LLP', 'Law Group', '& Associates', 'P.C.'])}`;
        people.push({
          id: `p${i}-${j}-${k}`,
          role: pick(MATTER_ROLES),
          name: pn,
          emails: [`${slug(pn)}${i}${j}${k}@${slug(firm)}.com`],
          organisation: firm,
        });
      }
      matters.push({ id: `m${i}-${j}`, caseName: `${name.split(' ').pop()} v. ${other}`, caseNumber: `3:2${j}-cv-0${1000 + i}`, people });
    }
    clients.push({
      id: `c${i}`,
      name,
      emails: [`${slug(name)}${i}@${r() < 0.5 ? 'gmail.com' : slug(name) + '.com'}`],
      domains: [],
      matters,
    });
  }
  return clients;
}
