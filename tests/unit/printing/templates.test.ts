import { describe, expect, it } from 'vitest';
import { labelTemplateInput } from '../../../shared/printing/printing.schemas';
import { TestApp } from '../../support/test-app';

/** A 2 x 5 grid of 90 x 50 mm labels on A4, with 5 mm gaps: fits. */
const sheet = {
  name: 'Étiquettes du local',
  pageWidthMm: 210,
  pageHeightMm: 297,
  labelWidthMm: 90,
  labelHeightMm: 50,
  columns: 2,
  rows: 5,
  topMm: 10,
  leftMm: 12.5,
  pitchXMm: 95,
  pitchYMm: 55,
};

const problemPaths = (input: unknown) => {
  const parsed = labelTemplateInput.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
};

describe('custom label templates', () => {
  it('accepts a grid that fits its page and refuses one that overlaps or runs off it', () => {
    expect(problemPaths(sheet)).toEqual([]);
    expect(problemPaths({ ...sheet, pitchXMm: 80 })).toEqual(['pitchXMm']);
    expect(problemPaths({ ...sheet, pitchYMm: 40 })).toEqual(['pitchYMm']);
    expect(problemPaths({ ...sheet, columns: 3 })).toEqual(['columns']);
    expect(problemPaths({ ...sheet, rows: 6 })).toEqual(['rows']);
    expect(problemPaths({ ...sheet, labelWidthMm: 0 })).toContain('labelWidthMm');
    expect(problemPaths({ ...sheet, pageHeightMm: -297 })).toContain('pageHeightMm');
    expect(problemPaths({ ...sheet, name: '  ' })).toEqual(['name']);
  });

  it('are created, listed with the catalogue, updated and deleted in the vault', async () => {
    const r = await TestApp.create();
    const created = await r.call('templates:create', sheet);
    expect(created.id).toMatch(/^custom:\d+$/);
    expect(created).toEqual({ ...sheet, id: created.id });

    const sheets = await r.call('print:sheets', {});
    expect(sheets.catalogue.map((s) => s.id)).toContain('L7160');
    expect(sheets.custom).toEqual([created]);

    const updated = await r.call('templates:update', {
      id: created.id,
      template: { ...sheet, name: 'Renommée', topMm: 12 },
    });
    expect(updated).toMatchObject({ id: created.id, name: 'Renommée', topMm: 12 });
    expect(await r.call('templates:list', {})).toEqual([updated]);

    // A custom sheet is a sheet a job can name, like a catalogue one.
    const plan = await r.call('print:plan', {
      job: { kind: 'labels', sheetId: created.id, startRow: 5, startColumn: 2 },
    });
    expect(plan).toMatchObject({ recipients: 0, pages: 0 });
    expect((await r.fail('print:plan', { job: { kind: 'labels', sheetId: created.id, startRow: 6 } })).code).toBe(
      'VALIDATION',
    );

    expect((await r.fail('templates:update', { id: created.id, template: { ...sheet, rows: 9 } })).code).toBe(
      'VALIDATION',
    );
    await r.call('templates:delete', { id: created.id });
    expect(await r.call('templates:list', {})).toEqual([]);
    expect((await r.fail('templates:delete', { id: created.id })).code).toBe('NOT_FOUND');
    expect((await r.fail('templates:delete', { id: 'L7160' })).code).toBe('VALIDATION');
  });
});
