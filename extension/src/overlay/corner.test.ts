import { beforeEach, describe, expect, it } from 'vitest';
import { composerArea } from './corner';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the composer area toasts keep clear of', () => {
  it('is the composer\u2019s closest ancestor that holds a button: a renamed send button is still inside it', () => {
    document.body.innerHTML = '<main><form id="box"><div id="mount"><div id="editor" contenteditable="true"></div></div><button class="renamed">Go</button></form></main>';
    expect(composerArea(document.getElementById('editor'))?.id).toBe('box');
  });

  it('counts a div with role=button as a control', () => {
    document.body.innerHTML = '<div id="box"><textarea id="editor"></textarea><div role="button">Send</div></div>';
    expect(composerArea(document.getElementById('editor'))?.id).toBe('box');
  });

  it('is the composer alone when no close ancestor holds a control', () => {
    document.body.innerHTML = '<div><div><div><div><div><textarea id="editor"></textarea></div></div></div></div><button>Far away</button></div>';
    expect(composerArea(document.getElementById('editor'))?.id).toBe('editor');
  });

  it('is nothing when there is no composer', () => {
    expect(composerArea(null)).toBeNull();
  });
});
