/** Finding and reading Facebook's composers, by role and editability only, without changing them. */
import { describe, expect, it } from 'vitest';
import { composerFrom, readComposerText } from '@/utils/facebook/composer';

function mount(markup: string): HTMLElement {
  const host = document.createElement('div');
  // Test markup written here, never page data.
  host.append(...Array.from(new DOMParser().parseFromString(markup, 'text/html').body.childNodes));
  document.body.replaceChildren(host);
  return host;
}

describe('composerFrom', () => {
  it('finds the editable textbox an event happened in, from the box or from inside it', () => {
    const host = mount(
      '<div contenteditable="true" role="textbox" aria-label="Write a comment…"><p><span id="inner">Hi</span></p></div>',
    );
    const box = host.querySelector('[role="textbox"]');
    expect(composerFrom(box)).toBe(box);
    expect(composerFrom(host.querySelector('#inner'))).toBe(box);
  });

  it('ignores other elements, read-only textboxes and non-elements', () => {
    const host = mount(
      '<input id="search" type="text"><div role="textbox" contenteditable="false" id="ro">x</div>' +
        '<div contenteditable="true" id="plain">no role</div>',
    );
    expect(composerFrom(host.querySelector('#search'))).toBeNull();
    expect(composerFrom(host.querySelector('#ro'))).toBeNull();
    expect(composerFrom(host.querySelector('#plain'))).toBeNull();
    expect(composerFrom(window)).toBeNull();
    expect(composerFrom(null)).toBeNull();
  });
});

describe('readComposerText', () => {
  it('reads one paragraph as its text, and an empty Lexical box as nothing', () => {
    expect(readComposerText(mount('<div><p>Stop posting that</p></div>').firstElementChild!)).toBe(
      'Stop posting that',
    );
    expect(readComposerText(mount('<div><p><br></p></div>').firstElementChild!)).toBe('');
  });

  it('keeps the lines of several paragraphs apart', () => {
    const box = mount(
      '<div><p>Hello</p><p>STOP IT</p><p><span>now</span> please</p></div>',
    ).firstElementChild!;
    expect(readComposerText(box)).toBe('Hello\nSTOP IT\nnow please');
  });

  it('reads mixed content as plain textContent, and leaves the box exactly as it was', () => {
    const box = mount('<div>Hi <b>you</b><p>there</p></div>').firstElementChild!;
    const before = box.cloneNode(true);
    expect(readComposerText(box)).toBe('Hi youthere');
    expect(box.isEqualNode(before)).toBe(true);
  });
});
