import { describe, expect, it } from 'vitest';
import { clientKeys } from '../../../lib/identity/keys';
import { resolveContext } from '../../../lib/identity/resolver';
import type { Client, Matter } from '../../../lib/model/client';
import type { MatterPerson } from '../../../lib/model/matter-people';
import type { ScreenContext } from '../../../lib/sites/types';

function client(id: string, over: Partial<Client>): Client {
  return { id, name: id, emails: [], phones: [], domains: [], matters: [], notes: { family: '', interests: '', background: '', howWeMet: '', notes: '' }, goals: [], tags: [], createdAt: 0, updatedAt: 0, ...over };
}
const person = (id: string, over: Partial<MatterPerson>): MatterPerson => ({ id, role: 'opposing-counsel', name: '', emails: [], notes: '', ...over });
const matter = (id: string, people: MatterPerson[], over: Partial<Matter> = {}): Matter => ({ id, people, ...over });

const brandt = (id: string) => person(id, { name: 'Victor Brandt', emails: ['vbrandt@brandt-defense.com'], organisation: 'Brandt Defense LLP' });
const elena = client('elena', {
  name: 'Elena Ruiz',
  emails: ['elena.ruiz@example.org'],
  matters: [
    matter('m-lease', [brandt('p1'), person('p-adj', { role: 'insurer', name: 'Kim Adjuster', emails: ['kim@bigmutual.com'] })], { caseName: 'Ruiz v. Harbor Properties' }),
    matter('m-deposit', [brandt('p2')], { caseName: 'Ruiz v. Harbor (deposit)' }),
  ],
});
const owen = client('owen', {
  name: 'Owen Park',
  emails: ['owen@parkco.com'],
  matters: [
    matter('m-owen', [brandt('p3'), person('p-cc', { role: 'co-counsel', name: 'Priya Natarajan', emails: ['priya@leelaw.com'] }), person('p-w', { role: 'witness', name: 'Jo Witness', emails: ['jo@gmail.com'] })], {
      caseName: 'Park v. Harbor',
    }),
  ],
});
// Someone who is both a client and opposing counsel on another client's matter.
const dana = client('dana', { name: 'Dana Okafor', emails: ['dana@okafor.law'] });
const rita = client('rita', { name: 'Rita Gomez', matters: [matter('m-rita', [person('p-dana', { name: 'Dana Okafor', emails: ['dana@okafor.law'] })])] });
const all = [elena, owen, dana, rita];
const lookup = async (key: string) => all.filter((c) => (clientKeys(c) as string[]).includes(key));
const ctx = (people: ScreenContext['people']): ScreenContext => ({ site: 't', url: 'https://mail.google.com/', people, cases: [] });
const firm = { domains: ['leelaw.com'] };

describe('resolveContext with matter people', () => {
  it('opposing counsel alone makes no client appear and is never unknown', async () => {
    const r = await resolveContext(ctx([{ email: 'vbrandt@brandt-defense.com', name: 'Victor Brandt', role: 'from' }]), lookup, { firm });
    expect(r.matches).toEqual([]);
    expect(r.unknown).toEqual([]);
    expect(r.people.map((p) => [p.client.id, p.hits.map((h) => `${h.matterId}:${h.role}:${h.via}`)])).toEqual([
      ['elena', ['m-lease:opposing-counsel:email', 'm-deposit:opposing-counsel:email']],
      ['owen', ['m-owen:opposing-counsel:email']],
    ]);
  });

  it('the client and her opposing counsel on one thread: the client matches, counsel is a matter person', async () => {
    const r = await resolveContext(
      ctx([
        { email: 'vbrandt@brandt-defense.com', role: 'from' },
        { email: 'elena.ruiz@example.org', role: 'cc' },
      ]),
      lookup,
      { firm },
    );
    expect(r.matches.map((m) => m.client.id)).toEqual(['elena']);
    expect(r.people.map((p) => p.client.id)).toEqual(['elena', 'owen']);
  });

  it('the "2 clients" rule holds: a person on two clients’ matters never adds either as a match', async () => {
    const r = await resolveContext(
      ctx([
        { email: 'vbrandt@brandt-defense.com', role: 'from' },
        { email: 'owen@parkco.com', role: 'to' },
      ]),
      lookup,
    );
    expect(r.matches.map((m) => m.client.id)).toEqual(['owen']);
  });

  it('someone at counsel’s organisation is recognised by domain, never for public mail or a witness', async () => {
    const byDomain = await resolveContext(ctx([{ email: 'paralegal@brandt-defense.com', role: 'from' }]), lookup, { firm });
    expect(byDomain.people.flatMap((p) => p.hits.map((h) => h.via))).toEqual(['domain', 'domain', 'domain']);
    const publicMail = await resolveContext(ctx([{ email: 'someone.else@gmail.com', role: 'from' }]), lookup, { firm });
    expect(publicMail.people).toEqual([]);
    expect(publicMail.unknown).toEqual([{ email: 'someone.else@gmail.com' }]);
    // The witness's own address still finds them.
    const witness = await resolveContext(ctx([{ email: 'jo@gmail.com', role: 'from' }]), lookup, { firm });
    expect(witness.people.map((p) => p.hits[0]?.role)).toEqual(['witness']);
  });

  it('a client who is also a matter person elsewhere shows as the client, and on the other matter', async () => {
    const r = await resolveContext(ctx([{ email: 'dana@okafor.law', role: 'from' }]), lookup);
    expect(r.matches.map((m) => m.client.id)).toEqual(['dana']);
    // The address matched a client, so it is not looked up among matter people: the resolver stays exact.
    expect(r.people).toEqual([]);
  });

  it('colleagues are never unknown; shown only as co-counsel', async () => {
    const r = await resolveContext(
      ctx([
        { email: 'priya@leelaw.com', name: 'Priya Natarajan', role: 'cc' },
        { email: 'jordan@leelaw.com', name: 'Jordan Lee', role: 'to' },
      ]),
      lookup,
      { firm },
    );
    expect(r.unknown).toEqual([]);
    expect(r.matches).toEqual([]);
    expect(r.people.map((p) => [p.client.id, p.colleague, p.hits.map((h) => h.role)])).toEqual([['owen', true, ['co-counsel']]]);
    // Without firm domains Priya is still co-counsel on Owen's matter, not a colleague.
    const noFirm = await resolveContext(ctx([{ email: 'priya@leelaw.com', role: 'cc' }]), lookup);
    expect(noFirm.people.map((p) => p.colleague)).toEqual([undefined]);
  });

  it('a bare name finds a matter person only when exactly one has it', async () => {
    const kim = await resolveContext(ctx([{ name: 'Kim Adjuster', role: 'from' }]), lookup);
    expect(kim.people.map((p) => [p.client.id, p.hits[0]?.via])).toEqual([['elena', 'name']]);
    // Brandt is on three matters of two clients: a name alone is not enough.
    const victor = await resolveContext(ctx([{ name: 'Victor Brandt', role: 'from' }]), lookup);
    expect(victor.people).toEqual([]);
    expect(victor.matches).toEqual([]);
  });
});
