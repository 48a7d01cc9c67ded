import * as assert from 'node:assert/strict';
import { formatNumberInput, numberMarks, parseNumberInput } from '../../../src/core/domain/numberInput';

function value(result: { ok: true; value: number } | { ok: false; message: string }): number {
  if (!result.ok) {
    assert.fail(`expected the input to be accepted, got "${result.message}"`);
  }
  return result.value;
}

function message(result: { ok: true; value: number } | { ok: false; message: string }): string {
  assert.equal(result.ok, false, `expected the input to be refused, got ${result.ok ? result.value : ''}`);
  return result.ok ? '' : result.message;
}

describe('parseNumberInput in the display language', () => {
  it('takes the marks from Intl, not from a table', () => {
    assert.deepEqual(numberMarks('de'), { decimal: ',', group: '.' });
    assert.deepEqual(numberMarks('en'), { decimal: '.', group: ',' });
    assert.deepEqual(numberMarks('fr'), { decimal: ',', group: ' ' });
    assert.deepEqual(numberMarks(undefined), { decimal: '.', group: ',' });
  });

  const german: Array<[string, number]> = [
    ['1,5', 1.5],
    ['-3,5', -3.5],
    [',5', 0.5],
    ['42', 42],
    ['1.000', 1000],
    ['1.000.000', 1000000],
    ['1.000,5', 1000.5],
    ['1.234,56', 1234.56],
    ['1 000,5', 1000.5],
    ['1\u00A0000', 1000],
    ['250.000 €', 250000],
    ['250.000€', 250000],
    ['€250.000', 250000],
    ['12,5 %', 12.5],
    ['12,5%', 12.5],
    ['\u22121,25', -1.25],
    ['-0', 0],
    ['1234,5', 1234.5],
    // A comma is the decimal mark in German, so this is one with three decimals.
    ['1,000', 1],
  ];
  for (const [text, expected] of german) {
    it(`German reads "${text}" as ${expected}`, () => {
      assert.equal(value(parseNumberInput(text, 'de')), expected);
    });
  }

  it('German refuses "1.5" as ambiguous and shows how to write it', () => {
    const text = message(parseNumberInput('1.5', 'de'));
    assert.match(text, /Write 1,5/);
    assert.match(text, /“,” marks decimals and “\.”/);
  });

  const germanAmbiguous: Array<[string, string]> = [
    ['1.50', '1,50'],
    ['3.14159', '3,14159'],
    ['-2.5', '-2,5'],
    ['.5', '0,5'],
    ['12.5 %', '12,5'],
  ];
  for (const [text, written] of germanAmbiguous) {
    it(`German refuses "${text}" and suggests ${written}`, () => {
      assert.match(message(parseNumberInput(text, 'de')), new RegExp(`Write ${written}:`));
    });
  }

  const germanRefused = ['1.000.5', '1.00,5', '1,000.5', 'abc', '', '   ', '1e3', '1,5e3', 'Infinity', '12 Äpfel', '1.0000', '99999999999999999'];
  for (const text of germanRefused) {
    it(`German refuses "${text}" with a sentence`, () => {
      assert.ok(message(parseNumberInput(text, 'de')).length > 5);
    });
  }

  it('German names its own marks in the general refusal', () => {
    assert.equal(message(parseNumberInput('abc', 'de')), 'Enter a number, such as 42, -3,5 or 1.000.');
    assert.match(message(parseNumberInput('1.000.5', 'de')), /Write 1\.000,5/);
  });

  it('English keeps its rules in every English locale', () => {
    for (const locale of [undefined, 'en', 'en-US', 'en-GB']) {
      assert.equal(value(parseNumberInput('1,000.5', locale)), 1000.5);
      assert.equal(value(parseNumberInput('1.5', locale)), 1.5);
      assert.match(message(parseNumberInput('1,5', locale)), /Use a point for decimals/);
    }
  });

  it('a language that groups with spaces takes the point as ambiguous too', () => {
    assert.equal(value(parseNumberInput('1 000,5', 'fr')), 1000.5);
    assert.match(message(parseNumberInput('1.5', 'fr')), /Write 1,5: “,” marks decimals and a space/);
    // Three digits after a point could be grouping or decimals: no single suggestion.
    assert.match(message(parseNumberInput('1.000', 'fr')), /Write 1 000,5/);
  });

  it('a language with a point for decimals and another group mark reads the point', () => {
    const marks = numberMarks('de-CH');
    assert.equal(marks.decimal, '.');
    assert.equal(value(parseNumberInput('1.5', 'de-CH')), 1.5);
    assert.match(message(parseNumberInput('1,5', 'de-CH')), /Write 1\.5/);
  });
});

describe('formatNumberInput (value box prefills)', () => {
  const values = [0, 1, -1, 1.5, -3.25, 0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 42, 999, 1000, 1234.5, 250000, 1000000.75, 123456789.123, 987654321012345, 1e-7, -0.000001, 99.99];
  for (const locale of ['en', 'de', 'fr', 'de-CH', undefined]) {
    it(`round-trips ${values.length} values in ${locale ?? 'the default'}`, () => {
      for (const number of values) {
        const text = formatNumberInput(number, locale);
        assert.equal(value(parseNumberInput(text, locale)), number, `${number} written as "${text}"`);
      }
    });
  }

  it('writes the decimal mark of the language, without grouping', () => {
    assert.equal(formatNumberInput(1234.5, 'de'), '1234,5');
    assert.equal(formatNumberInput(1234.5, 'en'), '1234.5');
    assert.equal(formatNumberInput(1000000, 'de'), '1000000');
    assert.equal(formatNumberInput(-0, 'de'), '0');
    assert.equal(formatNumberInput(Number.NaN, 'de'), '');
  });
});
