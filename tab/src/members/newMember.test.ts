import { checkNewMember } from './newMember';

describe('checkNewMember', () => {
  it('accepts a UPN, trimmed and in lower case, as the API will store it', () => {
    expect(checkNewMember({ account: '  Jo.Doe@Org.CA ', name: ' Jo Doe ', role: 'sponsor' })).toEqual({
      ok: true,
      input: { account: 'jo.doe@org.ca', name: 'Jo Doe', role: 'sponsor' },
    });
  });

  it('accepts an object id', () => {
    const id = '7f1c2a9e-3b4d-4e5f-8a6b-1c2d3e4f5a6b';
    expect(checkNewMember({ account: id, name: 'Ana', role: 'member' })).toEqual({
      ok: true,
      input: { account: id, name: 'Ana', role: 'member' },
    });
  });

  it.each([
    [{ account: '', name: 'Ana' }, { account: 'tab.members.add.accountRequired' }],
    [
      { account: '   ', name: '' },
      { account: 'tab.members.add.accountRequired', name: 'tab.members.add.nameRequired' },
    ],
    [{ account: 'ana@org', name: 'Ana' }, { account: 'tab.members.add.accountInvalid' }],
    [{ account: 'a b', name: 'Ana' }, { account: 'tab.members.add.accountInvalid' }],
    [{ account: 'x/y', name: 'Ana' }, { account: 'tab.members.add.accountInvalid' }],
    [{ account: 'ana@org.ca', name: 'x'.repeat(101) }, { name: 'tab.members.add.nameTooLong' }],
  ])('refuses %j', (draft, fields) => {
    expect(checkNewMember({ role: 'sponsor', ...draft })).toEqual({ ok: false, fields });
  });
});
