import { resources } from '../../../shared/i18n';
import {
  letterChannels,
  letterDirections,
  letterIssueReasons,
  letterStatuses,
} from '../../../shared/letters/letter-values';
import type { Language } from '../../../shared/settings/settings.schemas';
import { letterExportPage, type LetterExportRow } from '../../../db/letters/letter-transfer.queries';
import type { RegistryDb } from '../../../db/registry/registry-db';

/** Letters read per page: about a tenth of a second of the vault's time, after which a lock or a call may run. */
const PAGE = 5_000;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The vault's CHECKs hold these columns to their lists; anything else is written as it is. */
const known = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/**
 * The letter log as a table, header first, in the app's language: the columns and words the letters import reads
 * back (letters-import-words.ts), so an export imports into another vault holding the same prisoners and members.
 */
export async function letterExportTable(
  db: RegistryDb,
  language: Language,
  period: { from?: string | undefined; to?: string | undefined },
  signal: AbortSignal,
): Promise<string[][]> {
  const text = resources[language].translation;
  const c = text.lettersImport.columns;
  const l = text.letters;
  const rows: LetterExportRow[] = [];
  for (;;) {
    const last = rows.at(-1);
    const page = await letterExportPage(db, period, last ? { datedOn: last.dated_on, id: last.id } : null, PAGE);
    rows.push(...page);
    if (page.length < PAGE) break;
    await nextTurn();
    signal.throwIfAborted();
  }
  return [
    [
      c.familyName,
      c.givenNames,
      c.prisonerNumber,
      c.direction,
      c.status,
      c.channel,
      c.writtenOn,
      c.sentOn,
      c.receivedOn,
      c.writer,
      c.pages,
      c.summary,
      c.reason,
      c.reasonNote,
    ],
    ...rows.map((r) => [
      r.family_name,
      r.given_names ?? '',
      r.prisoner_number ?? '',
      known(letterDirections, r.direction) ? l.directionShort[r.direction] : r.direction,
      known(letterStatuses, r.status) ? l.status[r.status] : r.status,
      known(letterChannels, r.channel) ? l.channel[r.channel] : r.channel,
      r.written_on ?? '',
      r.sent_on ?? '',
      r.received_on ?? '',
      r.writer ?? '',
      r.pages === null ? '' : String(r.pages),
      r.summary ?? '',
      r.issue_reason === null
        ? ''
        : known(letterIssueReasons, r.issue_reason)
          ? l.reason[r.issue_reason]
          : r.issue_reason,
      r.issue_note ?? '',
    ]),
  ];
}
