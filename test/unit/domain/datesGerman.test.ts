// Due-date phrases typed in German; English phrases keep working in German too.
import * as assert from 'node:assert/strict';
import { parseDatePhrase } from '../../../src/core/domain/dates';
import { localEndOfDay, localNoon } from '../builders/domain';

// Wednesday 10 March 2027, local noon.
const now = localNoon(2027, 3, 10);

function dueIn(locale: string | undefined, text: string): number | undefined {
  return parseDatePhrase(text, now, locale)?.ms;
}

describe('parseDatePhrase in German', () => {
  const cases: Array<[string, [number, number, number]]> = [
    ['31.03.2027', [2027, 3, 31]],
    ['31.3.2027', [2027, 3, 31]],
    ['1.4.27', [2027, 4, 1]],
    ['29.02.2028', [2028, 2, 29]],
    ['31. März 2027', [2027, 3, 31]],
    ['31. Mär 2027', [2027, 3, 31]],
    ['31. Mär. 2027', [2027, 3, 31]],
    ['31 märz 2027', [2027, 3, 31]],
    ['1. Dezember 2027', [2027, 12, 1]],
    ['Mi., 31. März 2027', [2027, 3, 31]],
    ['heute', [2027, 3, 10]],
    ['Morgen', [2027, 3, 11]],
    ['übermorgen', [2027, 3, 12]],
    ['in 3 Tagen', [2027, 3, 13]],
    ['in 1 Tag', [2027, 3, 11]],
    ['in 2 Wochen', [2027, 3, 24]],
    ['in einer Woche', [2027, 3, 17]],
    ['in 6 Monaten', [2027, 9, 10]],
    ['in einem Monat', [2027, 4, 10]],
    ['in 2 Jahren', [2029, 3, 10]],
    ['nächste Woche', [2027, 3, 17]],
    ['nächsten Monat', [2027, 4, 10]],
    ['nächstes Jahr', [2028, 3, 10]],
    ['naechste Woche', [2027, 3, 17]],
    ['Ende der Woche', [2027, 3, 14]],
    ['Ende des Monats', [2027, 3, 31]],
    ['Ende des Quartals', [2027, 3, 31]],
    ['Ende des Jahres', [2027, 12, 31]],
    ['Ende dieses Jahres', [2027, 12, 31]],
    ['Quartalsende', [2027, 3, 31]],
    ['Monatsende', [2027, 3, 31]],
    ['Freitag', [2027, 3, 12]],
    ['Fr', [2027, 3, 12]],
    ['nächsten Freitag', [2027, 3, 12]],
    ['Mittwoch', [2027, 3, 10]],
    ['nächsten Mittwoch', [2027, 3, 17]],
    ['kommenden Montag', [2027, 3, 15]],
    ['diesen Sonntag', [2027, 3, 14]],
    // English phrases are read in German too.
    ['tomorrow', [2027, 3, 11]],
    ['in 6 weeks', [2027, 4, 21]],
    ['end of quarter', [2027, 3, 31]],
    ['next friday', [2027, 3, 12]],
    ['31 Mar 2027', [2027, 3, 31]],
    ['2027-03-31', [2027, 3, 31]],
  ];
  for (const [text, [year, month, day]] of cases) {
    it(`reads "${text}"`, () => {
      assert.equal(dueIn('de', text), localEndOfDay(year, month, day));
    });
  }

  const refused = ['31.02.2027', '32.03.2027', '31.13.2027', '31. Foo 2027', 'gestern', 'in 0 Tagen', 'in 99999 Tagen', 'Ende des Tages', 'in 2 Quartalen', 'übernächste Woche', 'Ma', '31.03', 'm'];
  for (const text of refused) {
    it(`refuses "${text}"`, () => {
      assert.equal(parseDatePhrase(text, now, 'de'), null);
    });
  }

  it('reads back the label it shows', () => {
    const label = parseDatePhrase('Ende des Quartals', now, 'de')?.label ?? '';
    assert.equal(label, 'Mi., 31. März 2027');
    assert.equal(dueIn('de', label), localEndOfDay(2027, 3, 31));
  });

  it('leaves German words to German: English reads numeric dates but not "morgen"', () => {
    assert.equal(dueIn('en', 'morgen'), undefined);
    assert.equal(dueIn(undefined, 'nächsten Freitag'), undefined);
    assert.equal(dueIn('en', '31.03.2027'), localEndOfDay(2027, 3, 31));
  });

  it('takes month and weekday names from Intl for other languages', () => {
    assert.equal(dueIn('fr', '31 mars 2027'), localEndOfDay(2027, 3, 31));
    assert.equal(dueIn('fr', 'vendredi'), localEndOfDay(2027, 3, 12));
    assert.equal(dueIn('es', '31 de marzo de 2027'), undefined);
  });
});
