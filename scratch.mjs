import ICAL from 'ical.js';
const out = new ICAL.Component('vcard');
out.addPropertyWithValue('version','4.0');
const x = new ICAL.Property('x-rapport-family'); x.resetType('text'); x.setValue('hi, there; \n ok \\ end'); out.addProperty(x);
const t = new ICAL.Property('tel'); t.setValue('+1 (555) 0100 ext. 5'); out.addProperty(t);
console.log(out.toString());
const back = new ICAL.Component(ICAL.parse(out.toString()));
console.log(JSON.stringify(back.getFirstPropertyValue('x-rapport-family')), back.getFirstProperty('tel').type, back.getFirstPropertyValue('tel'));
console.log(JSON.stringify(ICAL.parse('BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD\r\n\r\n')));
