import { sql, type Kysely, type Transaction } from 'kysely';
import { AppError } from '../../shared/errors';
import { attachmentLimitsMb } from '../../shared/attachments/attachment-limits';
import {
  attachmentMediaTypes,
  ATTACHMENTS_VAULT_MAX_BYTES,
  type AttachmentMediaType,
} from '../../shared/attachments/attachment-values';
import type { AttachmentOwner, AttachmentSummary } from '../../shared/attachments/attachments.schemas';
import type { Database } from '../schema';

type AttachmentsDb = Kysely<Database> | Transaction<Database>;

/** An attachment as the sanitizer left it, ready to be kept. */
export interface NewAttachment {
  fileName: string;
  mediaType: AttachmentMediaType;
  bytes: Uint8Array;
  thumbnail: Uint8Array | null;
  width: number | null;
  height: number | null;
  pageCount: number | null;
}

const ownerColumns = (owner: AttachmentOwner) =>
  'letterId' in owner ? { letter_id: owner.letterId, parcel_id: null } : { letter_id: null, parcel_id: owner.parcelId };

function ownerExists(owner: AttachmentOwner) {
  return 'letterId' in owner
    ? sql<boolean>`exists (select 1 from letters where id = ${owner.letterId})`
    : sql<boolean>`exists (select 1 from parcels where id = ${owner.parcelId})`;
}

const isMediaType = (value: string): value is AttachmentMediaType =>
  (attachmentMediaTypes as readonly string[]).includes(value);

/** NOT_FOUND unless the letter or parcel exists (deleted in another window, a stale page). */
export async function requireOwner(db: AttachmentsDb, owner: AttachmentOwner): Promise<void> {
  const { rows } = await sql<{ present: number }>`select ${ownerExists(owner)} as present`.execute(db);
  if (!rows[0]?.present) throw new AppError('NOT_FOUND', 'letterId' in owner ? 'Letter not found' : 'Parcel not found');
}

/**
 * Keeps one attachment in one statement: the insert happens only if its owner exists and the vault's attachments
 * stay within their quota, so two adds at once cannot both pass a check made before them. When nothing was
 * inserted, says which of the two refused it.
 */
export async function insertAttachment(
  db: AttachmentsDb,
  owner: AttachmentOwner,
  file: NewAttachment,
  // A parameter so the quota can be met in a test without writing 500 MB into a vault.
  vaultMaxBytes = ATTACHMENTS_VAULT_MAX_BYTES,
): Promise<number> {
  const { letter_id, parcel_id } = ownerColumns(owner);
  const createdAt = new Date().toISOString();
  const inserted = await sql<{ id: number }>`
    insert into attachments
      (letter_id, parcel_id, file_name, media_type, byte_size, content, thumbnail, width, height, page_count, created_at)
    select ${letter_id}, ${parcel_id}, ${file.fileName}, ${file.mediaType}, ${file.bytes.length}, ${file.bytes},
      ${file.thumbnail}, ${file.width}, ${file.height}, ${file.pageCount}, ${createdAt}
    where ${ownerExists(owner)}
      and (select coalesce(sum(byte_size), 0) from attachments) + ${file.bytes.length} <= ${vaultMaxBytes}
    returning id`.execute(db);
  const row = inserted.rows[0];
  if (row) return row.id;
  await requireOwner(db, owner);
  throw new AppError('ATTACHMENTS_FULL', `The vault's attachments would be over ${attachmentLimitsMb.vault} MB`);
}

/** The attachments of one letter or parcel, oldest first, without their content. */
export async function listAttachments(db: AttachmentsDb, owner: AttachmentOwner): Promise<AttachmentSummary[]> {
  await requireOwner(db, owner);
  const query = db
    .selectFrom('attachments')
    .select(['id', 'file_name', 'media_type', 'byte_size', 'width', 'height', 'page_count', 'created_at', 'thumbnail']);
  const rows = await (
    'letterId' in owner ? query.where('letter_id', '=', owner.letterId) : query.where('parcel_id', '=', owner.parcelId)
  )
    .orderBy('id')
    .execute();
  return rows.flatMap((row) =>
    isMediaType(row.media_type)
      ? [
          {
            id: row.id,
            fileName: row.file_name,
            mediaType: row.media_type,
            byteSize: row.byte_size,
            width: row.width,
            height: row.height,
            pageCount: row.page_count,
            createdAt: row.created_at,
            thumbnailBase64: row.thumbnail ? Buffer.from(row.thumbnail).toString('base64') : null,
          },
        ]
      : [],
  );
}

/** One attachment's stored bytes, or NOT_FOUND. */
export async function attachmentContent(
  db: AttachmentsDb,
  id: number,
): Promise<{ fileName: string; mediaType: AttachmentMediaType; content: Uint8Array }> {
  const row = await db
    .selectFrom('attachments')
    .select(['file_name', 'media_type', 'content'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || !isMediaType(row.media_type)) throw new AppError('NOT_FOUND', 'Attachment not found');
  return { fileName: row.file_name, mediaType: row.media_type, content: row.content };
}

export async function deleteAttachment(db: AttachmentsDb, id: number): Promise<void> {
  const result = await db.deleteFrom('attachments').where('id', '=', id).executeTakeFirst();
  if (result.numDeletedRows === 0n) throw new AppError('NOT_FOUND', 'Attachment not found');
}
