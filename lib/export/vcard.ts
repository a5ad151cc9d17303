import ICAL from 'ical.js';
import type { Client } from '../model/client';
import { X_NOTES } from '../import/vcard';

// Clients as vCard 4.0 (RFC 6350), for an address book or a phone. ical.js
// writes the text (escaping, folding at 75 octets). What vCard has no field
// for — the personal notes other than Notes — rides in X-RAPPORT-* properties
// that other programs keep or ignore and our importer reads back. Matters,
// goals, domains and cadence have no place in a contact card and are left out.

function text(name: string, value: string): ICAL.Property {
  const p = new ICAL.Property(name);
  p.resetType('text');
  // vCard escapes a line break as \n and has no way to say \r: CRLF and CR become LF.
  p.setValue(value.replace(/\r\n?/g, '\n'));
  return p;
}

export function clientToVcard(c: Client): string {
  const card = new ICAL.Component('vcard');
  card.addPropertyWithValue('version', '4.0');
  card.addProperty(text('uid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(c.id) ? `urn:uuid:${c.id}` : c.id));
  card.addProperty(text('fn', c.name));
  if (c.preferredName) card.addProperty(text('nickname', c.preferredName));
  if (c.organisation) {
    const org = new ICAL.Property('org');
    org.setValue([c.organisation] as never);
    card.addProperty(org);
  }
  c.emails.forEach((e, i) => {
    const p = text('email', e);
    if (i === 0) p.setParameter('pref', '1');
    card.addProperty(p);
  });
  c.phones.forEach((t, i) => {
    // Phones are free text ("+1 555 0100 ext. 2"), not tel: URIs.
    const p = text('tel', t);
    if (i === 0) p.setParameter('pref', '1');
    card.addProperty(p);
  });
  if (c.tags.length) {
    const cat = new ICAL.Property('categories');
    cat.setValues(c.tags);
    card.addProperty(cat);
  }
  if (c.notes.notes) card.addProperty(text('note', c.notes.notes));
  for (const [field, prop] of Object.entries(X_NOTES) as [keyof typeof X_NOTES, string][]) if (c.notes[field]) card.addProperty(text(prop, c.notes[field]));
  // REV is a timestamp in its basic form: 20261126T154500Z.
  const rev = new ICAL.Property('rev');
  rev.setValue(new Date(c.updatedAt).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z'));
  card.addProperty(rev);
  return `${card.toString()}\r\n`;
}

/** Several cards in one .vcf; pages can be written one after another. */
export function clientsVcardChunk(clients: readonly Client[]): string {
  return clients.map(clientToVcard).join('');
}
