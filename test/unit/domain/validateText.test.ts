import * as assert from 'node:assert/strict';
import { MAX_NAME_LENGTH, validateHexColor, validateIdList, validateName, clickUpGoalColors } from '../../../src/core/domain/validate';

function message<T>(result: { ok: true; value: T } | { ok: false; message: string }): string {
  assert.equal(result.ok, false, 'expected the input to be refused');
  return result.ok ? '' : result.message;
}

describe('validateName', () => {
  it('trims the name', () => {
    assert.deepEqual(validateName('  Grow revenue  '), { ok: true, value: 'Grow revenue' });
  });

  it('refuses an empty name', () => {
    assert.equal(message(validateName('')), 'Name cannot be empty.');
  });

  it('refuses a whitespace-only name', () => {
    assert.equal(message(validateName(' \t\n ')), 'Name cannot be empty.');
  });

  it('names the thing being named in its message', () => {
    assert.equal(message(validateName('', 'Goal name')), 'Goal name cannot be empty.');
  });

  it('accepts a name at the limit', () => {
    assert.equal(validateName('x'.repeat(MAX_NAME_LENGTH)).ok, true);
  });

  it('refuses a very long name, saying the limit', () => {
    assert.match(message(validateName('x'.repeat(1000))), /1000 characters long; the limit is 255\./);
  });

  it('counts an emoji as one character', () => {
    assert.equal(validateName('🚀'.repeat(MAX_NAME_LENGTH)).ok, true);
  });

  it('accepts emoji', () => {
    assert.deepEqual(validateName('Ship 🚀 v2'), { ok: true, value: 'Ship 🚀 v2' });
  });

  it('accepts right-to-left text', () => {
    assert.deepEqual(validateName('زيادة المبيعات'), { ok: true, value: 'زيادة المبيعات' });
  });

  it('accepts markup as plain text', () => {
    assert.deepEqual(validateName('<b>Q3</b> [x](command:y)'), { ok: true, value: '<b>Q3</b> [x](command:y)' });
  });
});

describe('validateHexColor', () => {
  it('normalises a six-digit colour to lower case', () => {
    assert.deepEqual(validateHexColor('#AABBCC'), { ok: true, value: '#aabbcc' });
  });

  it('expands a three-digit colour', () => {
    assert.deepEqual(validateHexColor('#abc'), { ok: true, value: '#aabbcc' });
  });

  it('accepts a colour without the hash', () => {
    assert.deepEqual(validateHexColor('7B68EE'), { ok: true, value: '#7b68ee' });
  });

  it('refuses a colour name', () => {
    assert.equal(message(validateHexColor('purple')), 'Enter a color as a hex code, like #7b68ee.');
  });

  it('refuses non-hex digits', () => {
    assert.equal(validateHexColor('#ggg').ok, false);
  });

  it('refuses a four-digit colour', () => {
    assert.equal(validateHexColor('#abcd').ok, false);
  });

  it('refuses an empty colour', () => {
    assert.equal(validateHexColor('').ok, false);
  });
});

describe('clickUpGoalColors', () => {
  it('holds only valid, normalised colours', () => {
    for (const color of clickUpGoalColors()) {
      assert.deepEqual(validateHexColor(color.hex), { ok: true, value: color.hex });
    }
  });

  it('has a unique name for each colour', () => {
    assert.equal(new Set(clickUpGoalColors().map((color) => color.name)).size, clickUpGoalColors().length);
  });
});

describe('validateIdList', () => {
  it('splits on commas and spaces', () => {
    assert.deepEqual(validateIdList('86abc, 86def 86ghi'), { ok: true, value: ['86abc', '86def', '86ghi'] });
  });

  it('drops duplicates, keeping the first order', () => {
    assert.deepEqual(validateIdList('b a b'), { ok: true, value: ['b', 'a'] });
  });

  it('drops a leading hash', () => {
    assert.deepEqual(validateIdList('#86abc'), { ok: true, value: ['86abc'] });
  });

  it('takes the id from a pasted task link', () => {
    assert.deepEqual(validateIdList('https://app.clickup.com/t/86abc12'), { ok: true, value: ['86abc12'] });
  });

  it('takes the id from a pasted list link', () => {
    assert.deepEqual(validateIdList('https://app.clickup.com/9001/v/li/901234'), { ok: true, value: ['901234'] });
  });

  it('refuses an empty list', () => {
    assert.equal(message(validateIdList(' , ')), 'Enter at least one id.');
  });

  it('refuses an id with punctuation, naming it', () => {
    assert.equal(message(validateIdList('86abc, ab$c')), '"ab$c" is not an id; ids use only letters and digits.');
  });
});
