import * as assert from 'node:assert/strict';
import {
  formatCurrency,
  formatKeyResultProgress,
  formatNumber,
  formatPercent,
  progressBar,
} from '../../../src/core/domain/format';
import { aKeyResult } from '../builders/domain';

describe('formatNumber', () => {
  it('groups thousands', () => {
    assert.equal(formatNumber(1234567), '1,234,567');
  });

  it('shows decimals only when needed', () => {
    assert.equal(formatNumber(30), '30');
  });

  it('keeps at most two decimals', () => {
    assert.equal(formatNumber(3.14159), '3.14');
  });

  it('never shows minus zero', () => {
    assert.equal(formatNumber(-0.001), '0');
  });

  it('shows a dash for NaN', () => {
    assert.equal(formatNumber(Number.NaN), '—');
  });

  it('shows a dash for Infinity', () => {
    assert.equal(formatNumber(Number.POSITIVE_INFINITY), '—');
  });
});

describe('formatCurrency', () => {
  it('puts a symbol unit in front', () => {
    assert.equal(formatCurrency(250000, '€'), '€250,000');
  });

  it('maps a known code to its symbol', () => {
    assert.equal(formatCurrency(1000000, 'EUR'), '€1,000,000');
  });

  it('maps a lower-case code too', () => {
    assert.equal(formatCurrency(5, 'usd'), '$5');
  });

  it('writes any ISO code the way the language writes it', () => {
    assert.equal(formatCurrency(250000, 'CHF'), 'CHF\u00a0250,000');
  });

  it('puts a unit that is not a currency code after the amount', () => {
    assert.equal(formatCurrency(250000, 'points'), '250,000 points');
  });

  it('shows the plain number without a unit', () => {
    assert.equal(formatCurrency(250000, ''), '250,000');
  });

  it('puts the minus sign before the symbol', () => {
    assert.equal(formatCurrency(-20, 'USD'), '-$20');
  });

  it('keeps a multi-letter symbol in front', () => {
    assert.equal(formatCurrency(10, 'R$'), 'R$10');
  });
});

describe('formatPercent', () => {
  it('rounds to a whole percent', () => {
    assert.equal(formatPercent(0.624), '62%');
  });

  it('never shows NaN%', () => {
    assert.equal(formatPercent(Number.NaN), '0%');
  });

  it('shows 99% rather than 100% for unfinished work', () => {
    assert.equal(formatPercent(0.996), '99%');
  });

  it('shows 1% rather than 0% for work begun', () => {
    assert.equal(formatPercent(0.002), '1%');
  });

  it('shows 100% when done', () => {
    assert.equal(formatPercent(1), '100%');
  });
});

describe('progressBar', () => {
  it('fills cells in proportion', () => {
    assert.equal(progressBar(0.4), '████░░░░░░');
  });

  it('takes a width', () => {
    assert.equal(progressBar(0.5, 4), '██░░');
  });

  it('is full only when done', () => {
    assert.equal(progressBar(0.97), '█████████░');
  });

  it('shows one cell once work has begun', () => {
    assert.equal(progressBar(0.01), '█░░░░░░░░░');
  });

  it('is empty for NaN', () => {
    assert.equal(progressBar(Number.NaN), '░░░░░░░░░░');
  });

  it('falls back to a sane width for nonsense', () => {
    assert.equal(progressBar(1, 0), '█');
  });
});

describe('formatKeyResultProgress', () => {
  it('shows a number as current over target', () => {
    assert.equal(formatKeyResultProgress(aKeyResult({ type: 'number', stepsCurrent: 30, stepsEnd: 50 })), '30 / 50');
  });

  it('appends the unit of a number', () => {
    const kr = aKeyResult({ type: 'number', stepsCurrent: 1200, stepsEnd: 5000, unit: 'users' });
    assert.equal(formatKeyResultProgress(kr), '1,200 / 5,000 users');
  });

  it('shows currency with its symbol on both sides', () => {
    const kr = aKeyResult({ type: 'currency', stepsCurrent: 250000, stepsEnd: 1000000, unit: 'EUR' });
    assert.equal(formatKeyResultProgress(kr), '€250,000 / €1,000,000');
  });

  it('shows a percentage against its target', () => {
    const kr = aKeyResult({ type: 'percentage', stepsCurrent: 45, stepsEnd: 80 });
    assert.equal(formatKeyResultProgress(kr), '45% / 80%');
  });

  it('shows a decreasing percentage as it is', () => {
    const kr = aKeyResult({ type: 'percentage', stepsStart: 8, stepsCurrent: 5.5, stepsEnd: 3 });
    assert.equal(formatKeyResultProgress(kr), '5.5% / 3%');
  });

  it('shows a reached boolean as Done', () => {
    assert.equal(formatKeyResultProgress(aKeyResult({ type: 'boolean', stepsEnd: 1, stepsCurrent: 1 })), 'Done');
  });

  it('shows an open boolean as Not done', () => {
    assert.equal(formatKeyResultProgress(aKeyResult({ type: 'boolean', stepsEnd: 1, stepsCurrent: 0 })), 'Not done');
  });

  it('shows automatic progress in tasks', () => {
    assert.equal(formatKeyResultProgress(aKeyResult({ type: 'automatic', stepsCurrent: 12, stepsEnd: 20 })), '12 / 20 tasks');
  });

  it('says so when an automatic key result has no tasks', () => {
    assert.equal(formatKeyResultProgress(aKeyResult({ type: 'automatic', stepsCurrent: 0, stepsEnd: 0 })), 'No tasks linked');
  });

  it('shows an unknown type as a percent', () => {
    assert.equal(formatKeyResultProgress(aKeyResult({ type: 'unknown', reportedPercent: 35 })), '35%');
  });

  it('strips control characters from a unit', () => {
    const kr = aKeyResult({ type: 'number', stepsCurrent: 1, stepsEnd: 2, unit: 'km\u202E\n' });
    assert.equal(formatKeyResultProgress(kr), '1 / 2 km');
  });
});
