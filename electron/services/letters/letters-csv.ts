import type { LetterTarget } from '../../../shared/letters/letter-bulk.schemas';
import { letterChannels, letterIssueReasons, letterStatuses } from '../../../shared/letters/letter-values';
import type { lettersFr } from '../../../shared/letters/letters.fr';
import { localToday } from '../../../shared/today';
import { lettersToExport } from '../../../db/letters/letter-export.queries';
import type { RegistryDb } from '../../../db/registry/registry-db';

type LetterText = (typeof lettersFr)['letters'];

const oneOf = <T extends string>(list: readonly T[], value: string): T | undefined =>
  list.find((item) => item === value);

/** "parloir-courrier-2026-12-02.csv": what the save dialog proposes. */
export function letterExportFileName(text: LetterText, now = new Date()): string {
  return `${text.csv.fileName}-${localToday(now)}.csv`;
}

/** The letters as the list shows them, in the user's language, header row first. */
export async function letterExportTable(db: RegistryDb, target: LetterTarget, text: LetterText): Promise<string[][]> {
  const rows = await lettersToExport(db, target);
  const c = text.csv.columns;
  const header = [
    c.date,
    c.prisoner,
    c.direction,
    c.status,
    c.channel,
    c.writer,
    c.facility,
    c.pages,
    c.reason,
    c.issueNote,
    c.actionTaken,
    c.summary,
  ];
  return [
    header,
    ...rows.map((row) => {
      const status = oneOf(letterStatuses, row.status);
      const channel = oneOf(letterChannels, row.channel);
      const reason = row.issue_reason === null ? undefined : oneOf(letterIssueReasons, row.issue_reason);
      return [
        row.dated_on,
        row.prisoner_name,
        row.direction === 'in' ? text.directionShort.in : text.directionShort.out,
        status ? text.status[status] : row.status,
        channel ? text.channel[channel] : row.channel,
        row.writer_name ?? text.fields.group,
        row.facility_name ?? '',
        row.pages === null ? '' : String(row.pages),
        reason ? text.reason[reason] : '',
        row.issue_note ?? '',
        row.action_taken ?? '',
        row.summary ?? '',
      ];
    }),
  ];
}
