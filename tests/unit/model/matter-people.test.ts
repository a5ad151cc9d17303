import { describe, expect, it } from 'vitest';
import { matterPersonSchema } from '../../../lib/model/matter-people';
import { matterLabel, MATTER_ROLE_LABELS, MATTER_ROLES, isMatterRole } from '../../../lib/model/matter-roles';

describe('matterPersonSchema', () => {
  it('normalises addresses and fills defaults', () => {
    expect(matterPersonSchema.parse({ id: 'p1', role: 'opposing-counsel', name: ' Victor Brandt ', emails: [' VBrandt@Brandt-Defense.com '] })).toEqual({
      id: 'p1',
      role: 'opposing-counsel',
      name: 'Victor Brandt',
      emails: ['vbrandt@brandt-defense.com'],
      notes: '',
    });
  });
  it('accepts a party that is only an organisation', () => {
    expect(matterPersonSchema.safeParse({ id: 'p2', role: 'adverse-party', organisation: 'Harbor Properties LLC' }).success).toBe(true);
  });
  it('refuses bad input with a clear message', () => {
    const noName = matterPersonSchema.safeParse({ id: 'p3', role: 'witness', name: '  ' });
    expect(noName.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['name', 'A person needs a name or an organisation']]);
    const badRole = matterPersonSchema.safeParse({ id: 'p4', role: 'client', name: 'X' });
    expect(badRole.error?.issues[0]?.path).toEqual(['role']);
    const badMail = matterPersonSchema.safeParse({ id: 'p5', role: 'other', name: 'X', emails: ['not-an-address'] });
    expect(badMail.error?.issues[0]).toMatchObject({ path: ['emails', 0], message: 'Not a valid e-mail address' });
    expect(matterPersonSchema.safeParse({ id: '', role: 'other', name: 'X' }).success).toBe(false);
  });
});

describe('roles', () => {
  it('every role has a label and the list is what the issue names', () => {
    expect(MATTER_ROLES.map((r) => MATTER_ROLE_LABELS[r])).toEqual([
      'Client contact',
      'Opposing counsel',
      'Adverse party',
      'Co-counsel',
      'Court / clerk',
      'Expert',
      'Witness',
      'Insurer / adjuster',
      'Other',
    ]);
    expect(isMatterRole('co-counsel')).toBe(true);
    expect(isMatterRole('client')).toBe(false);
  });
  it('a matter is named by its case name, else its number or code', () => {
    expect(matterLabel({ caseName: 'Ruiz v. Harbor Properties', caseNumber: '3:24-cv-01234' })).toBe('Ruiz v. Harbor Properties');
    expect(matterLabel({ caseName: ' ', caseNumber: '3:24-cv-01234' })).toBe('3:24-cv-01234');
    expect(matterLabel({ matterCode: 'RUIZ-01' })).toBe('RUIZ-01');
    expect(matterLabel({})).toBe('Untitled matter');
  });
});
