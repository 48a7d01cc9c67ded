import * as assert from 'node:assert/strict';
import {
  parseNumberInput,
  validateCurrentValue,
  validatePercentage,
  validateStartTarget,
} from '../../../src/core/domain/validate';

function value<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) {
    assert.fail(`expected the input to be accepted, got "${result.message}"`);
  }
  return result.value;
}

function message<T>(result: { ok: true; value: T } | { ok: false; message: string }): string {
  assert.equal(result.ok, false, 'expected the input to be refused');
  return result.ok ? '' : result.message;
}

describe('parseNumberInput', () => {
  const accepted: Array<[string, number]> = [
    ['42', 42],
    ['-3.5', -3.5],
    ['+7', 7],
    ['.5', 0.5],
    [' 12 ', 12],
    ['1,000,000', 1000000],
    ['1,234.56', 1234.56],
    ['1 000', 1000],
    ['1\u00A0000', 1000],
    ['€250,000', 250000],
    ['-$20', -20],
    ['45%', 45],
    ['\u22125', -5],
    ['-0', 0],
  ];
  for (const [text, expected] of accepted) {
    it(`reads "${text}" as ${expected}`, () => {
      assert.equal(value(parseNumberInput(text)), expected);
    });
  }

  it('refuses an empty text', () => {
    assert.equal(message(parseNumberInput('')), 'Enter a number.');
  });

  it('refuses whitespace only', () => {
    assert.equal(message(parseNumberInput('   ')), 'Enter a number.');
  });

  it('refuses NaN', () => {
    assert.equal(message(parseNumberInput('NaN')), 'Enter a number, such as 42, -3.5 or 1,000.');
  });

  it('refuses Infinity', () => {
    assert.equal(message(parseNumberInput('Infinity')), 'Enter a finite number.');
  });

  it('refuses minus Infinity', () => {
    assert.equal(message(parseNumberInput('-Infinity')), 'Enter a finite number.');
  });

  it('refuses an ambiguous comma group like 1,00', () => {
    assert.match(message(parseNumberInput('1,00')), /groups of three digits/);
  });

  it('refuses a decimal comma', () => {
    assert.match(message(parseNumberInput('3,5')), /Use a point for decimals/);
  });

  it('refuses a group of four digits', () => {
    assert.match(message(parseNumberInput('1,0000')), /groups of three digits/);
  });

  it('refuses trailing letters', () => {
    assert.equal(message(parseNumberInput('12abc')), 'Enter a number, such as 42, -3.5 or 1,000.');
  });

  it('refuses hex', () => {
    assert.equal(parseNumberInput('0x1F').ok, false);
  });

  it('refuses an exponent', () => {
    assert.equal(message(parseNumberInput('1e3')), 'Write the number out in full, without an exponent.');
  });

  it('refuses a number too large to be exact', () => {
    assert.equal(message(parseNumberInput('99999999999999999999')), 'That number is too large.');
  });

  it('refuses two signs', () => {
    assert.equal(parseNumberInput('--5').ok, false);
  });
});

describe('validateStartTarget', () => {
  it('accepts an increasing range', () => {
    assert.deepEqual(value(validateStartTarget(0, 50)), { start: 0, target: 50 });
  });

  it('accepts a decreasing range', () => {
    assert.deepEqual(value(validateStartTarget(8, 3)), { start: 8, target: 3 });
  });

  it('refuses a start equal to the target', () => {
    assert.equal(message(validateStartTarget(5, 5)), 'The target must differ from the start value.');
  });

  it('refuses NaN', () => {
    assert.equal(message(validateStartTarget(Number.NaN, 5)), 'Start and target must both be numbers.');
  });

  it('refuses Infinity', () => {
    assert.equal(validateStartTarget(0, Number.POSITIVE_INFINITY).ok, false);
  });
});

describe('validateCurrentValue', () => {
  const rising = { stepsStart: 0, stepsEnd: 50, type: 'number' as const };
  const falling = { stepsStart: 8, stepsEnd: 3, type: 'percentage' as const };

  it('accepts a value inside the range', () => {
    assert.equal(value(validateCurrentValue(30, rising)), 30);
  });

  it('accepts the target itself', () => {
    assert.equal(value(validateCurrentValue(50, rising)), 50);
  });

  it('refuses a value above the target', () => {
    assert.equal(message(validateCurrentValue(51, rising)), 'Enter a value from 0 to 50.');
  });

  it('refuses a value below the start', () => {
    assert.equal(validateCurrentValue(-1, rising).ok, false);
  });

  it('accepts a value inside a decreasing range', () => {
    assert.equal(value(validateCurrentValue(5, falling)), 5);
  });

  it('refuses a value outside a decreasing range, naming it low to high', () => {
    assert.equal(message(validateCurrentValue(9, falling)), 'Enter a value from 3 to 8.');
  });

  it('refuses NaN', () => {
    assert.equal(message(validateCurrentValue(Number.NaN, rising)), 'Enter a number.');
  });

  it('accepts 1 for a boolean', () => {
    assert.equal(value(validateCurrentValue(1, { stepsStart: 0, stepsEnd: 1, type: 'boolean' })), 1);
  });

  it('refuses 0.5 for a boolean', () => {
    assert.equal(message(validateCurrentValue(0.5, { stepsStart: 0, stepsEnd: 1, type: 'boolean' })), 'Use 1 for done or 0 for not done.');
  });

  it('refuses a hand-set value for an automatic key result', () => {
    assert.equal(validateCurrentValue(3, { stepsStart: 0, stepsEnd: 10, type: 'automatic' }).ok, false);
  });

  it('accepts any number when the range is empty (odd data)', () => {
    assert.equal(value(validateCurrentValue(7, { stepsStart: 5, stepsEnd: 5, type: 'unknown' })), 7);
  });
});

describe('validatePercentage', () => {
  it('accepts 0', () => {
    assert.equal(value(validatePercentage(0)), 0);
  });

  it('accepts 100', () => {
    assert.equal(value(validatePercentage(100)), 100);
  });

  it('refuses above 100', () => {
    assert.equal(message(validatePercentage(101)), 'Enter a percentage from 0 to 100.');
  });

  it('refuses negative values', () => {
    assert.equal(validatePercentage(-1).ok, false);
  });

  it('refuses NaN', () => {
    assert.equal(validatePercentage(Number.NaN).ok, false);
  });
});
