/** @vitest-environment happy-dom */
// The people components as a user meets them: what they read, what they can
// press, where focus goes, and what comes out of each callback. Data comes from
// the real matcher and docket reader, not from stubs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CheckName } from '../../../components/people/CheckName';
import { ConflictWarning, type Confirmation } from '../../../components/people/ConflictWarning';
import { DocketPeoplePreview } from '../../../components/people/DocketPeoplePreview';
import { MatterPeopleFields } from '../../../components/people/MatterPeopleFields';
import { MatterPersonCard } from '../../../components/people/MatterPersonCard';
import { newPerson, peopleFromDrafts, personDraftsFrom, personIssueKey, type PersonDraft } from '../../../components/people/person-draft';
import type { FieldError } from '../../../components/client-editor/issues';
import { buildConflictIndex, type ConflictCandidate, type ConflictClientInput } from '../../../lib/identity/conflicts';
import { conflictOverride, conflictReport } from '../../../lib/identity/conflict-report';
import { conflictOverrideSchema, matterPersonSchema, type MatterPersonInput } from '../../../lib/model/matter-people';
import { guessClientParties } from '../../../lib/identity/docket-people';
import { readDocketParties } from '../../../lib/sites/efiling/pacer-parties';

const AT = new Date(2026, 10, 26, 15, 45).getTime();

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const mount = (ui: preact.ComponentChild) => act(() => render(ui, container));
const text = (el: Element | null = container) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function button(name: string, root: ParentNode = container): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].filter((b) => (b.getAttribute('aria-label') ?? text(b)) === name);
  if (found.length !== 1) throw new Error(`expected one button "${name}", found ${found.length}`);
  return found[0]!;
}
type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
function byLabel(name: string, root: ParentNode = container): Control {
  const labels = [...root.querySelectorAll('label')].filter((l) => text(l) === name);
  if (labels.length !== 1) throw new Error(`expected one label "${name}", found ${labels.length}`);
  const el = labels[0]!.htmlFor ? document.getElementById(labels[0]!.htmlFor) : labels[0]!.querySelector('input,select,textarea');
  if (!el) throw new Error(`label "${name}" points at nothing`);
  return el as Control;
}
function group(name: string, root: ParentNode = container): HTMLFieldSetElement {
  const fs = [...root.querySelectorAll('fieldset')].find((f) => text(f.querySelector('legend')) === name);
  if (!fs) throw new Error(`no group "${name}"`);
  return fs;
}
const heading = (name: string) => [...container.querySelectorAll('h2,h3,h4')].find((h) => text(h) === name);
async function fill(el: Control, value: string) {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}
const click = (el: HTMLElement) => act(() => el.click());
/** The accessible name from aria-labelledby. */
const labelledBy = (el: Element) =>
  (el.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => text(document.getElementById(id)))
    .join(' ');

const FIRM: ConflictClientInput[] = [
  {
    id: 'c-ruiz',
    name: 'Elena Ruiz',
    emails: ['elena.ruiz@gmail.com'],
    matters: [
      {
        id: 'm-lease',
        caseName: 'Ruiz v. Harbor Properties',
        caseNumber: '3:24-cv-01234-RS',
        people: [{ id: 'p-brandt', role: 'opposing-counsel', name: 'Victor Brandt', emails: ['vbrandt@brandt-defense.com'], organisation: 'Brandt Defense LLP' }],
      },
    ],
  },
];

describe('MatterPersonCard', () => {
  const base = {
    person: { name: 'Victor Brandt', role: 'opposing-counsel' as const, organisation: 'Brandt Defense LLP', emails: ['vbrandt@brandt-defense.com'] },
    matter: { label: 'Ruiz v. Harbor Properties', caseNumber: '3:24-cv-01234-RS' },
    client: { name: 'Elena Ruiz' },
  };

  it('says who they are on which matter, for which client, with the matter’s slots', async () => {
    const onOpenClient = vi.fn();
    await mount(
      <MatterPersonCard
        {...base}
        onOpenClient={onOpenClient}
        deadlines={<p>Opposition due 2 Dec</p>}
        goals={<p>Keep the deposit</p>}
        recent={<p>Call · 3 days ago</p>}
        actions={<button type="button">Log a call</button>}
      />,
    );
    const card = container.querySelector('article')!;
    expect(labelledBy(card)).toBe('Victor Brandt Opposing counsel · Ruiz v. Harbor Properties');
    expect(text(card.querySelector('.pp-role-line'))).toBe('Opposing counsel · Ruiz v. Harbor Properties');
    expect(text(card.querySelector('.pp-client'))).toBe('Client: Elena Ruiz');
    expect(text(card)).toContain('Brandt Defense LLP');
    expect(text(card)).toContain('3:24-cv-01234-RS');
    for (const [title, body] of [
      ['Deadlines', 'Opposition due 2 Dec'],
      ["Elena Ruiz's goals for this matter", 'Keep the deposit'],
      ['Last interactions about this matter', 'Call · 3 days ago'],
    ]) {
      const h = heading(title!);
      expect(h, title).toBeTruthy();
      expect(text(h!.closest('section'))).toContain(body);
    }
    await click(button('Elena Ruiz'));
    expect(onOpenClient).toHaveBeenCalledTimes(1);
    expect(button('Log a call')).toBeTruthy();
  });

  it('leaves out the slots it is not given, and never offers to add the person as a client', async () => {
    await mount(<MatterPersonCard {...base} />);
    expect(container.querySelectorAll('section')).toHaveLength(0);
    expect(text()).not.toMatch(/add as client/i);
    expect(container.querySelectorAll('button')).toHaveLength(0);
  });

  it('a colleague on the matter is a colleague', async () => {
    await mount(<MatterPersonCard {...base} person={{ name: 'Mara Lin', role: 'co-counsel' }} colleague />);
    expect(text(container.querySelector('.pp-role-line'))).toBe('Colleague · Ruiz v. Harbor Properties');
  });

  it('someone else at the same organisation is introduced as such', async () => {
    await mount(<MatterPersonCard {...base} via="domain" seen={{ name: 'Ana Diaz', email: 'adiaz@brandt-defense.com' }} />);
    expect(text(container.querySelector('h2'))).toBe('Ana Diaz');
    expect(text(container.querySelector('.pp-role-line'))).toBe("Opposing counsel's organisation · Ruiz v. Harbor Properties");
    expect(text()).toContain('Same domain as Victor Brandt (brandt-defense.com)');
  });

  it('a match on the name alone says so', async () => {
    await mount(<MatterPersonCard {...base} via="name" />);
    expect(text()).toContain('Recognised by name only');
    await mount(<MatterPersonCard {...base} via="email" />);
    expect(text()).not.toContain('Recognised by name only');
  });

  it('names from a host page stay text', async () => {
    await mount(<MatterPersonCard {...base} person={{ ...base.person, name: '<img src=x onerror=alert(1)>' }} />);
    expect(container.querySelector('img')).toBeNull();
    expect(text(container.querySelector('h2'))).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('ConflictWarning', () => {
  const hits = buildConflictIndex(FIRM).check({ name: 'Victor Brandt', emails: ['vbrandt@brandt-defense.com'] });

  async function show(props: Partial<Parameters<typeof ConflictWarning>[0]> = {}) {
    const onCancel = vi.fn();
    const onSaveAnyway = vi.fn<(c: Confirmation) => void>();
    await mount(
      <ConflictWarning subject="Victor Brandt" hits={hits} confirmer={{ label: 'Ana Lopez', email: 'ana@smithlaw.com' }} onCancel={onCancel} onSaveAnyway={onSaveAnyway} {...props} />,
    );
    return { onCancel, onSaveAnyway };
  }

  it('names the matter, the role and the client before anything is saved, and takes focus', async () => {
    await show();
    expect(text(container.querySelector('[role=alert]'))).toBe('Victor Brandt matches a record in Rapport. Check for a conflict before saving.');
    const item = container.querySelector('.pp-hit')!;
    expect(text(item)).toContain('Exact match Opposing counsel · Ruiz v. Harbor Properties');
    expect(text(item)).toContain('Victor Brandt · Client: Elena Ruiz · 3:24-cv-01234-RS');
    expect(text(item)).toContain('Same e-mail address: vbrandt@brandt-defense.com');
    expect(document.activeElement).toBe(heading('Possible conflict of interest'));
  });

  it('"Don’t save" goes back without saving', async () => {
    const { onCancel, onSaveAnyway } = await show();
    await click(button('Don’t save'));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onSaveAnyway).not.toHaveBeenCalled();
  });

  it('"Save anyway" asks who confirms, then hands back a record the store accepts', async () => {
    const { onSaveAnyway } = await show();
    await click(button('Save anyway…'));
    const who = byLabel('Confirmed by') as HTMLInputElement;
    expect(who.value).toBe('Ana Lopez');
    expect(document.activeElement).toBe(who);
    await fill(byLabel('Reason (optional)'), ' Waiver signed ');
    await click(button('Confirm and save'));
    expect(onSaveAnyway).toHaveBeenCalledWith({ confirmedBy: { label: 'Ana Lopez', email: 'ana@smithlaw.com' }, note: 'Waiver signed' });
    const record = conflictOverride({
      id: 'o1',
      subject: { kind: 'client', clientId: 'c-new', name: 'Victor Brandt' },
      hits,
      ...onSaveAnyway.mock.calls[0]![0],
      now: AT,
    });
    expect(conflictOverrideSchema.safeParse(record).success).toBe(true);
  });

  it('refuses to confirm without a name, and says why', async () => {
    const { onSaveAnyway } = await show({ confirmer: undefined });
    await click(button('Save anyway…'));
    await click(button('Confirm and save'));
    expect(onSaveAnyway).not.toHaveBeenCalled();
    const who = byLabel('Confirmed by');
    expect(who.getAttribute('aria-invalid')).toBe('true');
    expect(text(container.querySelector('.pp-error'))).toBe('Say who confirms');
    await click(button('Back'));
    expect(button('Save anyway…')).toBeTruthy();
  });

  it('does not submit twice while saving', async () => {
    const { onSaveAnyway } = await show({ busy: true });
    await click(button('Save anyway…'));
    await click(button('Confirm and save'));
    expect(onSaveAnyway).not.toHaveBeenCalled();
  });

  it('possible matches only: a softer heading, the same choices', async () => {
    const possible = buildConflictIndex(FIRM).check({ name: 'V. Brandt' });
    expect(possible.map((h) => h.strength)).toEqual(['possible']);
    await mount(<ConflictWarning subject="V. Brandt" hits={possible} onCancel={() => {}} onSaveAnyway={() => {}} />);
    expect(heading('Check for a conflict')).toBeTruthy();
    expect(text(container.querySelector('[role=alert]'))).toBe('V. Brandt may match a record in Rapport. Check before saving.');
    expect(button('Save anyway…')).toBeTruthy();
  });
});

describe('DocketPeoplePreview', () => {
  const html = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/pacer/docket-parties.2026-11.html'), 'utf8');
  const parties = readDocketParties(new DOMParser().parseFromString(html, 'text/html'));
  const firm = { domains: ['chentenantlaw.com'] };

  async function show(extra: Partial<Parameters<typeof DocketPeoplePreview>[0]> = {}) {
    let n = 0;
    const onAdd = vi.fn<(p: MatterPersonInput[]) => void>();
    const onCancel = vi.fn();
    await mount(
      <DocketPeoplePreview
        caseLabel="Ruiz v. Harbor Properties · 3:24-cv-01234-RS"
        parties={parties}
        initialClientParties={guessClientParties(parties, { name: 'Elena Ruiz' }, firm)}
        firm={firm}
        onAdd={onAdd}
        onCancel={onCancel}
        newId={() => `new-${++n}`}
        {...extra}
      />,
    );
    return { onAdd, onCancel };
  }
  const roleOf = (name: string) => (byLabel(`Role for ${name}`) as HTMLSelectElement).value;
  const ticked = (name: string) => (byLabel(name) as HTMLInputElement).checked;

  it('starts from the guessed client party and shows who becomes what', async () => {
    await show();
    expect(heading('Add the people on this docket to the matter')).toBeTruthy();
    const choose = group('Which party is your client?');
    expect([...choose.querySelectorAll('label')].map((l) => [text(l), (l.querySelector('input') as HTMLInputElement).checked])).toEqual([
      ['Elena Ruiz (Plaintiff)', true],
      ['Tomas Ruiz (Plaintiff)', false],
      ['Harbor Properties, LLC (Defendant, Counter Claimant)', false],
      ['Harbor Management Group, Inc. (Defendant)', false],
      ['Pacific Mutual Insurance Company (Interested Party)', false],
      ['Hon. Rosa Lind (Ret.) (Mediator)', false],
    ]);
    expect(roleOf('Victor Brandt')).toBe('opposing-counsel');
    expect(roleOf('Harbor Properties, LLC')).toBe('adverse-party');
    expect(roleOf('Maria Chen')).toBe('co-counsel');
    expect(ticked('Maria Chen')).toBe(false); // the user's own firm
    expect(text(byLabel('Maria Chen').closest('li'))).toContain('Colleague at your firm');
    // A colleague can be ticked (as co-counsel), never made the client's contact.
    expect([...(byLabel('Role for Maria Chen') as HTMLSelectElement).options].map((o) => o.value)).not.toContain('client-contact');
    expect([...(byLabel('Role for Victor Brandt') as HTMLSelectElement).options].map((o) => o.value)).toContain('client-contact');
    expect(ticked('Ana Diaz')).toBe(false);
    expect(text(byLabel('Ana Diaz').closest('li'))).toContain('Terminated on the docket');
    expect(button('Add 6 people to the matter').getAttribute('aria-disabled')).toBeNull();
  });

  it('another client party flips the sides; a role set by hand stays', async () => {
    await show();
    await fill(byLabel('Role for Dana Okafor'), 'insurer');
    await click(byLabel('Elena Ruiz (Plaintiff)') as HTMLInputElement);
    expect(text(container.querySelector('.pp-hint'))).toMatch(/Tick your client's party/);
    expect(roleOf('Victor Brandt')).toBe('other');
    await click(byLabel('Harbor Properties, LLC (Defendant, Counter Claimant)') as HTMLInputElement);
    expect(roleOf('Victor Brandt')).toBe('co-counsel');
    expect(roleOf('Elena Ruiz')).toBe('adverse-party');
    expect(roleOf('Maria Chen')).toBe('co-counsel'); // still the user's firm, still unticked
    expect(roleOf('Dana Okafor')).toBe('insurer');
    expect(container.querySelector('.pp-hint')).toBeNull();
  });

  it('adds exactly what is ticked, with the chosen roles and the docket’s words', async () => {
    const { onAdd } = await show();
    await click(byLabel('Hon. Rosa Lind (Ret.)') as HTMLInputElement);
    await click(byLabel('Pacific Mutual Insurance Company') as HTMLInputElement);
    await fill(byLabel('Role for Dana Okafor'), 'insurer');
    await click(button('Add 4 people to the matter'));
    const added = onAdd.mock.calls[0]![0];
    expect(added).toEqual([
      { id: 'new-1', role: 'other', name: 'Tomas Ruiz', emails: ['tomas.ruiz@example.net'], notes: '', docketLabel: 'Plaintiff' },
      { id: 'new-2', role: 'adverse-party', name: 'Harbor Properties, LLC', emails: [], notes: '', docketLabel: 'Defendant, Counter Claimant' },
      {
        id: 'new-3',
        role: 'opposing-counsel',
        name: 'Victor Brandt',
        emails: ['vbrandt@brandt-defense.com'],
        notes: '',
        docketLabel:
          'Counsel for Defendant Harbor Properties, LLC; Defendant Harbor Management Group, Inc.; Counter Claimant Harbor Properties, LLC',
        organisation: 'Brandt Defense LLP',
      },
      { id: 'new-4', role: 'insurer', name: 'Dana Okafor', emails: [], notes: '', docketLabel: 'Counsel for Interested Party Pacific Mutual Insurance Company' },
    ]);
    for (const p of added) expect(matterPersonSchema.safeParse(p).success, p.name).toBe(true);
  });

  it('someone already on the matter cannot be added twice', async () => {
    await show({ existing: [{ id: 'p-brandt', name: 'Victor Brandt', emails: ['vbrandt@brandt-defense.com'] }] });
    const box = byLabel('Victor Brandt') as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(box.disabled).toBe(true);
    expect(text(box.closest('li'))).toContain('Already on this matter');
  });

  it('nothing ticked: the add button does nothing', async () => {
    const { onAdd, onCancel } = await show({ initialClientParties: [] });
    for (const box of container.querySelectorAll<HTMLInputElement>('.pp-proposals input[type=checkbox]')) if (box.checked) await click(box);
    const add = button('Add 0 people to the matter');
    expect(add.getAttribute('aria-disabled')).toBe('true');
    await click(add);
    expect(onAdd).not.toHaveBeenCalled();
    await click(button('Cancel'));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('a page without parties says so', async () => {
    await show({ parties: [] });
    expect(text()).toContain('This page lists no parties.');
  });

  it('colleagues (by firm domain or listed address) start unticked; ticked, they join as co-counsel', async () => {
    const ord = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/pacer/docket-multi-party-ord.2026-11.html'), 'utf8');
    const many = readDocketParties(new DOMParser().parseFromString(ord, 'text/html'));
    const ourFirm = { domains: ['marwickosei.example'], addresses: ['dosei@oseilegal.example'] };
    const { onAdd } = await show({
      caseLabel: 'Willamette Orchard Growers Cooperative et al v. Cascadia Agritech, Inc. et al · 3:25-cv-00815-KLM',
      parties: many,
      firm: ourFirm,
      initialClientParties: guessClientParties(many, { name: 'Marta Lindqvist' }, ourFirm),
    });
    // The firm's party is the guess, under both of its labels.
    expect((byLabel('Willamette Orchard Growers Cooperative (Plaintiff, Counter Defendant)') as HTMLInputElement).checked).toBe(true);
    for (const name of ['Lena Marwick', 'Daniel Osei']) {
      expect(ticked(name)).toBe(false);
      expect(text(byLabel(name).closest('li'))).toContain('Colleague at your firm');
      expect(roleOf(name)).toBe('co-counsel');
    }
    expect(ticked('Ruth Halvorsen')).toBe(true);
    expect(text(byLabel('Ruth Halvorsen').closest('li'))).not.toContain('Colleague');
    await click(byLabel('Lena Marwick') as HTMLInputElement);
    await click(button('Add 12 people to the matter'));
    const added = onAdd.mock.calls[0]![0];
    expect(added.find((p) => p.name === 'Lena Marwick')).toMatchObject({ role: 'co-counsel', emails: ['lmarwick@marwickosei.example'], organisation: 'Marwick & Osei LLP' });
    expect(added.some((p) => p.name === 'Daniel Osei')).toBe(false);
    // The client itself is never among the people added to its own matter.
    expect(added.some((p) => p.name === 'Willamette Orchard Growers Cooperative')).toBe(false);
  });
});

describe('MatterPeopleFields', () => {
  function Harness(props: { initial: PersonDraft[]; errors?: Record<string, FieldError[]>; onPeople?: (p: PersonDraft[]) => void }) {
    const [people, setPeople] = useState(props.initial);
    let n = 0;
    return (
      <fieldset>
        <legend>Matter 1</legend>
        <MatterPeopleFields
          idPrefix="m1"
          matterId="m-lease"
          people={people}
          onChange={(p) => {
            setPeople(p);
            props.onPeople?.(p);
          }}
          errorsFor={(k) => props.errors?.[k]}
          newId={() => `p-new-${++n}`}
        />
      </fieldset>
    );
  }

  it('adds a person inside the matter’s group, with its own labelled fields, and focus follows', async () => {
    const onPeople = vi.fn();
    await mount(<Harness initial={[]} onPeople={onPeople} />);
    const matter = group('Matter 1');
    expect(text(matter)).toContain('never as clients');
    await click(button('Add person', matter));
    const person = group('Person 1', matter);
    expect(document.activeElement).toBe(byLabel('Role', person));
    expect((byLabel('Role', person) as HTMLSelectElement).value).toBe('opposing-counsel');
    await fill(byLabel('Name', person), 'Victor Brandt');
    await fill(byLabel('E-mail addresses', person), 'VBrandt@brandt-defense.com\n\nvbrandt@brandt-defense.com');
    await fill(byLabel('Role', person), 'adverse-party');
    const latest = onPeople.mock.calls.at(-1)![0] as PersonDraft[];
    expect(peopleFromDrafts(latest)).toEqual([{ id: 'p-new-1', role: 'adverse-party', name: 'Victor Brandt', emails: ['VBrandt@brandt-defense.com'], notes: '' }]);
    await click(button('Remove person 1', matter));
    expect(matter.querySelectorAll('fieldset')).toHaveLength(0);
    expect(document.activeElement).toBe(button('Add person', matter));
  });

  it('shows the background’s issues on the field they belong to', async () => {
    const people = [{ ...newPerson('witness', 'p1'), name: 'Sam Cole', emails: 'not-an-address' }];
    const sent = peopleFromDrafts(people);
    const at = personIssueKey('m-lease', ['0', 'emails', '0'], sent);
    expect(at).toEqual({ key: 'matters.m-lease.people.p1.emails', item: 'not-an-address' });
    await mount(<Harness initial={people} errors={{ [at.key]: [{ message: 'Not a valid e-mail address', item: at.item }] }} />);
    const field = byLabel('E-mail addresses', group('Person 1'));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const described = (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => text(document.getElementById(id)));
    expect(described).toEqual(['One per line', 'Not a valid e-mail address (“not-an-address”)']);
  });
});

describe('person drafts', () => {
  it('round-trip a stored person and drop a blank one', () => {
    const stored = matterPersonSchema.parse({ id: 'p1', role: 'insurer', name: 'Dana Okafor', emails: ['dana@pacificmutual.com'], organisation: 'Pacific Mutual', docketLabel: 'Interested Party' });
    const drafts = [...personDraftsFrom([stored]), newPerson('other', 'blank')];
    expect(peopleFromDrafts(drafts)).toEqual([
      { id: 'p1', role: 'insurer', name: 'Dana Okafor', emails: ['dana@pacificmutual.com'], notes: '', organisation: 'Pacific Mutual', docketLabel: 'Interested Party' },
    ]);
  });
  it('maps issue paths to people by what was sent', () => {
    const sent: MatterPersonInput[] = [{ id: 'a', role: 'other', name: 'A' }, { id: 'b', role: 'other', name: 'B', emails: ['x'] }];
    expect(personIssueKey('m', ['1', 'name'], sent)).toEqual({ key: 'matters.m.people.b.name' });
    expect(personIssueKey('m', ['1'], sent)).toEqual({ key: 'matters.m.people.b' });
    expect(personIssueKey('m', ['7', 'name'], sent)).toEqual({ key: 'matters.m.people' });
    expect(personIssueKey('m', ['0', 'bogus'], sent)).toEqual({ key: 'matters.m.people.a' });
  });
});

describe('CheckName', () => {
  const index = buildConflictIndex(FIRM);

  function Harness(props: { onPrint?: () => void }) {
    const [report, setReport] = useState<ReturnType<typeof conflictReport> | null>(null);
    return <CheckName onCheck={(c: ConflictCandidate) => setReport(conflictReport(index, c, AT))} report={report} onPrint={props.onPrint} />;
  }

  it('asks for something to check', async () => {
    const onCheck = vi.fn();
    await mount(<CheckName onCheck={onCheck} />);
    await click(button('Check'));
    expect(onCheck).not.toHaveBeenCalled();
    expect(text(container.querySelector('[role=alert]'))).toBe('Enter a name, an organisation or an e-mail address');
  });

  it('checks a name and an address, shows the matches and prints them', async () => {
    const onPrint = vi.fn();
    await mount(<Harness onPrint={onPrint} />);
    await fill(byLabel('Name'), 'Victor Brandt');
    await fill(byLabel('E-mail addresses'), 'vbrandt@brandt-defense.com');
    await click(button('Check'));
    expect(heading('Conflict check: Victor Brandt, vbrandt@brandt-defense.com')).toBeTruthy();
    expect(text(container.querySelector('[role=status]'))).toBe('1 match for Victor Brandt, vbrandt@brandt-defense.com.');
    const report = container.querySelector('.pp-report')!;
    expect(text(report)).toContain('Opposing counsel · Ruiz v. Harbor Properties');
    // When it was checked, in the page's language (the unit tests read English, en-US).
    expect(text(report)).toContain('Nov 26, 2026, 3:45 PM');
    expect(text(report)).toContain('1 client, 1 matter, 1 matter person and 1 party name');
    await click(button('Print'));
    expect(onPrint).toHaveBeenCalledTimes(1);
  });

  it('nothing found says what was searched, never "no conflict"', async () => {
    await mount(<Harness />);
    await fill(byLabel('Organisation'), 'Quentin Zyx Holdings');
    await click(button('Check'));
    const report = container.querySelector('.pp-report')!;
    expect(text(report)).toContain("No match in Rapport's records for Quentin Zyx Holdings.");
    expect(text(report)).toContain('It is not a complete conflict check.');
    expect(text(report)).not.toMatch(/no conflict/i);
  });
});
