import { describe, expect, it } from 'vitest';
import { readGroupName } from '@/utils/facebook/group-name';
import membersPage from '../../fixtures/facebook/www_comet_group_members_2024-08.html?raw';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('readGroupName', () => {
  it('reads the name from the heading link to the group itself', () => {
    expect(readGroupName(parse(membersPage), '345769890781387')).toBe('Rescue Cats Network');
  });

  it('gives no name for another group, a sub-page link, or a page without such a heading', () => {
    expect(readGroupName(parse(membersPage), '999999999999999')).toBeUndefined();
    const subPage = '<h1><a href="https://www.facebook.com/groups/123456/members/">Members</a></h1>';
    expect(readGroupName(parse(subPage), '123456')).toBeUndefined();
    expect(readGroupName(parse('<h2><a href="/groups/123456/">Cats</a></h2>'), '123456')).toBeUndefined();
  });

  it('keeps the text as text, spaces folded', () => {
    const html = '<h1><a href="/groups/123456/"> Chats &lt;b&gt;diabétiques\n  entraide </a></h1>';
    expect(readGroupName(parse(html), '123456')).toBe('Chats <b>diabétiques entraide');
  });
});
