import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/bundle';
import {
  frenchTypographyFaults,
  hasPluralHack,
  resourceStrings,
  type ResourceString,
} from '../../support/french-typography';

/**
 * Strings that fail today in files other parts of the work own (printing, registry, import and export, the command
 * line), by file and key. Fix a string and remove its key here: a listed key that passes fails this test, so the
 * list only shrinks, and a string not listed must pass. Re-run with
 * `npx vitest run --project unit tests/unit/shared/french-typography.test.ts`.
 */
const pendingTypography: Record<string, string[]> = {
  'shared/import-export/import-export.fr.ts': [
    'import.intro',
    'import.excelAdvice',
    'import.limits',
    'import.fileSummary_one',
    'import.fileSummary_other',
    'import.columnLabel',
    'import.mappingHeading',
    'import.mappingIntro',
    'import.checkSummary',
    'importFile.too_large',
    'importFile.too_many_rows',
    'importFile.too_many_columns',
    'importFile.cell_too_long',
    'importFile.unclosed_quote',
    'importFile.misplaced_quote',
    'importFile.not_a_file',
    'importProblem.invalid_date',
    'importProblem.invalid_status',
    'importProblem.invalid_country',
    'importProblem.too_many_tags',
  ],
  'shared/printing/printing.fr.ts': [
    'print.tabs.label',
    'print.who.heading',
    'print.who.include_do_not_write',
    'print.who.noStay_one',
    'print.who.noStay_other',
    'print.what.heading',
    'print.labels.startHint_one',
    'print.labels.startHint_other',
    'print.envelope.senderGroup',
    'print.envelope.senderMember',
    'print.check.warning.letters_unknown',
    'print.check.warning.sender_required',
    'print.check.warning.sender_unknown',
    'print.check.warning.rules_unknown',
    'print.check.overflow',
    'print.check.unsupported',
    'print.check.unsupportedItem',
    'print.preview.intro',
    'print.preview.stale',
    'print.output.warning',
    'print.output.advice',
    'print.output.written',
    'print.reports.sensitive',
    'print.reports.csvWarning',
    'print.reports.csvWritten',
    'print.templates.intro',
    'print.templates.pitchHint',
    'print.templates.problem.pitchXMm',
    'print.templates.problem.pitchYMm',
    'print.templates.deleteTitle',
    'print.calibration.xHint',
    'print.calibration.yHint',
    'settingsPrint.country.hint',
  ],
  'shared/registry/facilities.fr.ts': [
    'facility.archivedBanner',
    'facilityPicker.search',
    'address.poBoxHint',
    'facilityForm.referenceHint',
    'form.languagesHint',
    'form.fixErrors',
    'form.errors.reasonOnlyWithDoNotWrite',
    'form.errors.invalidIban',
    'tags.intro',
    'tags.nameHint',
    'tags.deleteTitle',
    'tags.deleteBody_one',
    'tags.deleteBody_other',
    'members.intro',
    'members.deleteTitle',
    'members.deleteBody',
  ],
  'shared/registry/registry.fr.ts': [
    'prisoners.emptyNext',
    'prisoner.archivedBanner',
    'prisoner.address.derived',
    'prisoner.address.none',
    'prisoner.timeline.number',
    'prisoner.timeline.arrival',
    'prisoner.timeline.departure',
    'prisoner.timeline.removeTitle',
    'prisonerForm.familyNameHint',
    'prisonerForm.knownAsHint',
    'prisonerForm.doNotWriteReasonHint',
    'prisonerForm.whereNow',
    'prisonerForm.numberHint',
    'transfer.intro',
    'closeStay.intro',
    'deletion.title.prisoner',
    'deletion.title.facility',
    'deletion.goesWith',
    'export.warning',
  ],
  'shared/i18n/cli.fr.ts': [
    'usage',
    'prompt.passphrase',
    'prompt.passphraseAgain',
    'prompt.input',
    'prompt.recoveryCode',
    'init.recoveryCode',
    'wipe.done',
    'import.columns',
    'import.noColumns',
    'import.problem',
    'import.problemWithValue',
    'import.problemRow',
    'import.done',
    'export.written',
    'export.exists',
    'print.written',
    'print.overflow',
    'print.unsupported',
    'print.excluded.do_not_write',
    'print.excluded.released',
    'print.excluded.deceased',
    'print.excluded.no_current_stay',
    'print.warning.letters_not_allowed',
    'print.warning.letters_unknown',
    'print.warning.sender_required',
    'print.warning.sender_unknown',
    'print.warning.rules_unknown',
    'weakAdvice',
    'errorLine',
    'errors.USAGE',
  ],
};

/** Resource strings with a "(s)" plural still, by file and key (same rule as above). */
const pendingPlurals: Record<string, string[]> = {
  'shared/printing/printing.fr.ts': [
    'print.check.planLabels_one',
    'print.check.planLabels_other',
    'print.check.planEnvelopes_one',
    'print.check.planEnvelopes_other',
    'print.check.warning.letters_not_allowed',
    'print.check.warning.letters_unknown',
    'print.check.warning.sender_required',
    'print.check.warning.sender_unknown',
    'print.check.warning.rules_unknown',
  ],
  'shared/printing/printing.en.ts': [
    'print.check.planLabels_one',
    'print.check.planLabels_other',
    'print.check.planEnvelopes_one',
    'print.check.planEnvelopes_other',
    'print.check.warning.letters_not_allowed',
    'print.check.warning.letters_unknown',
    'print.check.warning.sender_required',
    'print.check.warning.sender_unknown',
    'print.check.warning.rules_unknown',
  ],
};

/** The two no-break spaces shown by name in the test titles. */
function visible(text: string): string {
  return text.replaceAll('\u00a0', '<NBSP>').replaceAll('\u202f', '<NNBSP>');
}

function byFile(strings: ResourceString[]): Record<string, string[]> {
  const files: Record<string, string[]> = {};
  for (const { file, key } of strings) (files[file] ??= []).push(key);
  return files;
}

function compareWithPending(
  failing: ResourceString[],
  pending: Record<string, string[]>,
  detail: (s: ResourceString) => string,
) {
  const isPending = (s: ResourceString) => pending[s.file]?.includes(s.key) ?? false;
  const unexpected = failing.filter((s) => !isPending(s)).map((s) => `${s.file} ${s.key}: ${detail(s)}`);
  const failingIds = new Set(failing.map((s) => `${s.file} ${s.key}`));
  const fixed = Object.entries(pending)
    .flatMap(([file, keys]) => keys.map((key) => `${file} ${key}`))
    .filter((id) => !failingIds.has(id));
  return { unexpected, fixed };
}

describe('French typography rule', () => {
  it.each(
    (
      [
        ['Attention\u00a0: le coffre', true],
        ['Attention : le coffre', false],
        ['Attention: le coffre', false],
        ['Attention\u202f: le coffre', false],
        ['Remplacer le code\u202f?', true],
        ['Remplacer le code ?', false],
        ['Remplacer le code\u00a0?', false],
        ['Remplacer le code?', false],
        ['intactes\u202f; faites', true],
        ['intactes ; faites', false],
        ['Fini\u202f!', true],
        ['Fini !', false],
        ['en «\u202fCSV UTF-8\u202f»', true],
        ['en « CSV UTF-8 »', false],
        ['en «CSV UTF-8»', false],
        // Not punctuation: a time, a ratio, a URL.
        ['à 12:30, 3:2, https://exemple.org', true],
      ] as const
    ).map(([text, right]) => [visible(text), text, right] as const),
  )('%s is right: %s', (_shown, text, right) => {
    expect(frenchTypographyFaults(text).length === 0).toBe(right);
  });

  it('finds "(s)" plurals', () => {
    expect(hasPluralHack('{{count}} destinataire(s)')).toBe(true);
    expect(hasPluralHack('{{count}} destinataires')).toBe(false);
  });
});

describe('resource strings', () => {
  it('every French string has U+202F before ; ! ? and inside « », U+00A0 before :', async () => {
    const strings = await resourceStrings(PROJECT_ROOT, 'fr');
    // The scan reached every domain's strings, the host's and the command line's.
    expect(strings.length).toBeGreaterThan(900);
    for (const file of ['shared/settings/settings.fr.ts', 'shared/i18n/fr.ts', 'shared/i18n/cli.fr.ts']) {
      expect(
        strings.some((s) => s.file === file),
        file,
      ).toBe(true);
    }
    const failing = strings.filter((s) => frenchTypographyFaults(s.text).length > 0);
    const { unexpected, fixed } = compareWithPending(failing, pendingTypography, (s) =>
      frenchTypographyFaults(s.text).join('; '),
    );
    expect(unexpected).toEqual([]);
    expect(fixed).toEqual([]);
  });

  it('no French or English string writes a plural as "(s)"', async () => {
    const strings = [...(await resourceStrings(PROJECT_ROOT, 'fr')), ...(await resourceStrings(PROJECT_ROOT, 'en'))];
    const failing = strings.filter((s) => hasPluralHack(s.text));
    const { unexpected, fixed } = compareWithPending(failing, pendingPlurals, (s) => s.text);
    expect(unexpected).toEqual([]);
    expect(fixed).toEqual([]);
  });

  it('the lists of strings still to fix name only strings that exist', async () => {
    const strings = [...(await resourceStrings(PROJECT_ROOT, 'fr')), ...(await resourceStrings(PROJECT_ROOT, 'en'))];
    const known = byFile(strings);
    for (const pending of [pendingTypography, pendingPlurals]) {
      for (const [file, keys] of Object.entries(pending)) {
        for (const key of keys) expect(known[file] ?? [], `${file} ${key}`).toContain(key);
      }
    }
  });
});
