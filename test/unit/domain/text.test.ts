import * as assert from 'node:assert/strict';
import { escapeMarkdown, plainText } from '../../../src/core/domain/format';

describe('escapeMarkdown', () => {
  it('entity-encodes a script tag', () => {
    assert.equal(escapeMarkdown('<script>alert(1)</script>'), '&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
  });

  it('leaves no raw angle bracket in an img onerror payload', () => {
    assert.doesNotMatch(escapeMarkdown('<img src=x onerror="alert(1)">'), /[<>]/);
  });

  it('escapes ampersands before anything else', () => {
    assert.equal(escapeMarkdown('R&D &lt;'), 'R&amp;D &amp;lt;');
  });

  it('breaks a command link into plain text', () => {
    assert.equal(escapeMarkdown('[click](command:evil)'), '\\[click\\]\\(command\\:evil\\)');
  });

  it('escapes emphasis and heading marks', () => {
    assert.equal(escapeMarkdown('# *bold* _it_'), '\\# \\*bold\\* \\_it\\_');
  });

  it('escapes theme icon syntax', () => {
    assert.equal(escapeMarkdown('$(zap)'), '\\$\\(zap\\)');
  });

  it('escapes backslashes so they cannot unescape what follows', () => {
    assert.equal(escapeMarkdown('\\*'), '\\\\\\*');
  });

  it('keeps line breaks as hard breaks', () => {
    assert.equal(escapeMarkdown('one\ntwo'), 'one  \ntwo');
  });

  it('stops leading spaces from starting a code block', () => {
    assert.equal(escapeMarkdown('    code'), '&nbsp;&nbsp;&nbsp;&nbsp;code');
  });

  it('keeps emoji and right-to-left text', () => {
    assert.equal(escapeMarkdown('🚀 هدف'), '🚀 هدف');
  });

  it('removes bidi override characters', () => {
    assert.equal(escapeMarkdown('a\u202Eb'), 'ab');
  });
});

describe('plainText', () => {
  it('collapses whitespace and newlines to single spaces', () => {
    assert.equal(plainText('  Grow\n\trevenue   fast '), 'Grow revenue fast');
  });

  it('removes bidi override and isolate characters', () => {
    assert.equal(plainText('invoice\u202Efdp.exe\u2066x\u2069'), 'invoicefdp.exex');
  });

  it('keeps right-to-left text readable', () => {
    assert.equal(plainText('زيادة المبيعات'), 'زيادة المبيعات');
  });

  it('replaces control characters', () => {
    assert.equal(plainText('a\u0000b\u0007c'), 'a b c');
  });

  it('leaves short text alone when a limit is given', () => {
    assert.equal(plainText('Short', 10), 'Short');
  });

  it('truncates with an ellipsis to the limit', () => {
    assert.equal(plainText('Increase revenue', 9), 'Increase…');
  });

  it('never splits an emoji sequence', () => {
    assert.equal(plainText('👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦', 2), '👩‍👩‍👧‍👦…');
  });

  it('counts characters, not UTF-16 units, at the limit (longer in units, exactly the limit in characters)', () => {
    const families = '👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦';
    assert.equal(plainText(families, 3), families);
    assert.equal(plainText(`${families}x`, 4), `${families}x`);
    assert.equal(plainText(`${families}xy`, 4), `${families}…`);
    assert.equal(plainText('abc', 3), 'abc');
    assert.equal(plainText('abcd', 3), 'ab…');
  });

  it('cuts a long text after the limit without looking further (same result as a whole count)', () => {
    const long = `${'word '.repeat(2000)}end`;
    assert.equal(plainText(long, 12), 'word word w…');
  });

  it('returns an empty string for whitespace only', () => {
    assert.equal(plainText(' \n\t '), '');
  });
});
