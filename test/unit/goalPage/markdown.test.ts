import * as assert from 'node:assert/strict';
import { isAllowedLink, parseInlines, parseMarkdown } from '../../../src/core/goalPage/markdown';

describe('goal page: description Markdown', () => {
  it('reads paragraphs, headings, lists, quotes and code blocks', () => {
    const blocks = parseMarkdown('# Title\nFirst line\nsame paragraph\n\n- one\n- two\n  more\n\n1. first\n\n> quoted\n\n```\n  code <b>\n```');
    assert.deepEqual(blocks, [
      { kind: 'heading', level: 1, inlines: [{ kind: 'text', text: 'Title' }] },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'First line same paragraph' }] },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'one' }], [{ kind: 'text', text: 'two more' }]] },
      { kind: 'list', ordered: true, items: [[{ kind: 'text', text: 'first' }]] },
      { kind: 'quote', inlines: [{ kind: 'text', text: 'quoted' }] },
      { kind: 'code', text: '  code <b>' },
    ]);
  });

  it('reads bold, italics and inline code', () => {
    assert.deepEqual(parseInlines('a **b** _c_ `d`'), [
      { kind: 'text', text: 'a ' },
      { kind: 'strong', text: 'b' },
      { kind: 'text', text: ' ' },
      { kind: 'em', text: 'c' },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'd' },
    ]);
  });

  it('keeps raw HTML as the characters it is', () => {
    assert.deepEqual(parseMarkdown('<script>alert(1)</script>\n<img src=x onerror=alert(1)>'), [
      { kind: 'paragraph', inlines: [{ kind: 'text', text: '<script>alert(1)</script> <img src=x onerror=alert(1)>' }] },
    ]);
  });

  it('links only to app.clickup.com over https; any other link shows its text and address', () => {
    assert.deepEqual(parseInlines('[goal](https://app.clickup.com/1/goals/2)'), [{ kind: 'link', text: 'goal', href: 'https://app.clickup.com/1/goals/2' }]);
    for (const href of ['command:workbench.action.quit', 'javascript:alert(1)', 'http://app.clickup.com/x', 'https://app.clickup.com.evil.example/x', 'https://evil.example/app.clickup.com', 'https://user:pw@app.clickup.com/', 'file:///etc/passwd']) {
      const inlines = parseInlines(`[x](${href})`);
      assert.ok(inlines.every((inline) => inline.kind === 'text'), href);
    }
    assert.deepEqual(parseInlines('[x](command:quit)'), [{ kind: 'text', text: 'x (command:quit)' }]);
  });

  it('never loads an image: its alt text stands for it', () => {
    assert.deepEqual(parseInlines('see ![chart](https://evil.example/t.png) here'), [{ kind: 'text', text: 'see chart here' }]);
  });

  it('drops control and bidi-override characters', () => {
    assert.deepEqual(parseMarkdown('abc\u202Eevil\u202C\u0007def'), [{ kind: 'paragraph', inlines: [{ kind: 'text', text: 'abcevil def' }] }]);
  });

  it('caps what it reads', () => {
    assert.equal(parseMarkdown('para\n\n'.repeat(1000)).length, 200);
    const long = parseMarkdown('x'.repeat(50_000));
    assert.equal(long[0].kind === 'paragraph' && long[0].inlines[0].text.length, 20_000);
    assert.deepEqual(parseMarkdown(''), []);
  });

  it('isAllowedLink refuses what is not a URL', () => {
    assert.equal(isAllowedLink('not a url'), false);
    assert.equal(isAllowedLink('https://app.clickup.com:8443/'), false);
    assert.equal(isAllowedLink('https://app.clickup.com/t/1'), true);
  });
});
