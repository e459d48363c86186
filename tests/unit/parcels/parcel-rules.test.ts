import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import { parcelRuleWarnings, type ParcelDestination } from '../../../db/parcels/parcel-rules';
import { resources } from '../../../shared/i18n';
import { parcelWarningParams } from '../../../shared/parcels/parcel-warning-text';
import type { ParcelWarning } from '../../../shared/parcels/parcels.schemas';
import { mailRules, type MailRulesInput } from '../../../shared/registry/mail-rules.schemas';

const at = (rules: MailRulesInput): ParcelDestination => ({ facilityName: 'CP Muret', rules: mailRules.parse(rules) });
const known: MailRulesInput = { parcelsAllowed: true, parcelMaxGrams: 5000, parcelContents: ['clothes', 'books'] };
const kinds = (...args: Parameters<typeof parcelRuleWarnings>) => parcelRuleWarnings(...args).map((w) => w.kind);

async function translator(lng: 'fr' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources, interpolation: { escapeValue: false } });
  return (warning: ParcelWarning) =>
    i18n.t(
      `parcels.warnings.${warning.kind}`,
      parcelWarningParams(warning, (c) => i18n.t(`parcelContent.${c}`)),
    );
}

describe('parcel rules', () => {
  test('a parcel within every known rule has no warning', () => {
    expect(parcelRuleWarnings({ weightGrams: 4000, items: [{ category: 'books' }] }, at(known))).toEqual([]);
  });

  test('over the weight limit: one warning with both weights', () => {
    const warnings = parcelRuleWarnings({ weightGrams: 6500, items: [] }, at(known));
    expect(warnings).toEqual([
      { kind: 'over_weight', facilityName: 'CP Muret', weightGrams: 6500, maxGrams: 5000, categories: [] },
    ]);
  });

  test('exactly the limit is allowed', () => {
    expect(kinds({ weightGrams: 5000, items: [] }, at(known))).toEqual([]);
  });

  test('contents the facility does not accept are named', () => {
    const warnings = parcelRuleWarnings(
      { weightGrams: 100, items: [{ category: 'food' }, { category: 'books' }, { category: 'food' }] },
      at(known),
    );
    expect(warnings.map((w) => [w.kind, w.categories])).toEqual([['content_not_allowed', ['food']]]);
  });

  test('parcels refused by the facility', () => {
    expect(kinds({ weightGrams: 100, items: [] }, at({ ...known, parcelsAllowed: false }))).toEqual([
      'parcels_not_allowed',
    ]);
  });

  test('rules never filled in are each said to be unknown, never taken as allowed', () => {
    expect(kinds({ weightGrams: 100, items: [{ category: 'books' }] }, at({}))).toEqual([
      'parcels_unknown',
      'max_weight_unknown',
      'contents_unknown',
    ]);
  });

  test('a known limit with no weight given asks for the weight', () => {
    expect(kinds({ weightGrams: null, items: [] }, at(known))).toEqual(['weight_missing']);
  });

  test('no stay: the rules cannot be checked, and that is a warning', () => {
    expect(kinds({ weightGrams: 100, items: [] }, null)).toEqual(['no_stay']);
  });

  test.each(['fr', 'en'] as const)('every warning reads as a sentence in %s, with its figures', async (lng) => {
    const t = await translator(lng);
    const texts = [
      ...parcelRuleWarnings({ weightGrams: 6500, items: [{ category: 'food' }] }, at(known)),
      ...parcelRuleWarnings({ weightGrams: null, items: [{ category: 'food' }] }, at({})),
      ...parcelRuleWarnings({ weightGrams: null, items: [] }, at(known)),
      ...parcelRuleWarnings({ weightGrams: 1, items: [] }, at({ ...known, parcelsAllowed: false })),
      ...parcelRuleWarnings({ weightGrams: 1, items: [] }, null),
    ].map(t);
    expect(texts).toHaveLength(8);
    for (const text of texts) expect(text).not.toMatch(/parcels\.\w|\{\{|undefined|null/u);
    const food = lng === 'fr' ? 'Nourriture' : 'Food';
    expect(texts[0]).toContain('6500');
    expect(texts[0]).toContain('5000');
    expect(texts[0]).toContain('CP Muret');
    expect(texts[1]).toContain(food);
    expect(texts[1]).toContain(lng === 'fr' ? 'n’accepte pas' : 'does not accept');
    expect(texts[2]).toContain(lng === 'fr' ? 'On ne sait pas' : 'not known');
  });
});
