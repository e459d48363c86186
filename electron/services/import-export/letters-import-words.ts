import { lettersEn } from '../../../shared/letters/letters.en';
import { lettersFr } from '../../../shared/letters/letters.fr';
import {
  letterChannels,
  letterDirections,
  letterIssueReasons,
  letterStatuses,
  type LetterChannel,
  type LetterDirection,
  type LetterIssueReason,
  type LetterStatus,
} from '../../../shared/letters/letter-values';
import { letterImportFields, type LetterImportField } from '../../../shared/import-export/letters-transfer.schemas';
import { lettersImportEn } from '../../../shared/import-export/letters-import.en';
import { lettersImportFr } from '../../../shared/import-export/letters-import.fr';
import { matchKey } from './import-words';

/**
 * Column names of a letter log in French, English, Spanish and German, folded (matchKey). The headers the export
 * writes (lettersImport.columns in both languages) are added below, so an exported log always imports back.
 */
const HEADER_NAMES: Record<LetterImportField, readonly string[]> = {
  familyName: ['nom', 'nom de famille', 'family name', 'last name', 'surname', 'apellido', 'apellidos', 'nachname'],
  givenNames: ['prenom', 'prenoms', 'given name', 'given names', 'first name', 'nombre', 'nombres', 'vorname'],
  fullName: [
    'nom complet',
    'prisonnier',
    'prisonniere',
    'prisonnier e',
    'personne',
    'detenu',
    'detenue',
    'destinataire',
    'full name',
    'name',
    'prisoner',
    'nombre completo',
    'preso',
    'presa',
    'vollstandiger name',
    'gefangene',
    'gefangener',
  ],
  prisonerNumber: [
    'numero',
    'numero d ecrou',
    'n d ecrou',
    'ecrou',
    'matricule',
    'prisoner number',
    'number',
    'inmate number',
    'numero de preso',
    'gefangenennummer',
    'buchnummer',
  ],
  direction: ['sens', 'direction', 'envoyee ou recue', 'in out', 'out in', 'sentido', 'richtung'],
  status: ['etat', 'statut', 'status', 'state', 'estado', 'zustand'],
  channel: ['moyen', 'canal', 'voie', 'channel', 'via', 'medio', 'kanal', 'weg'],
  date: ['date', 'jour', 'date de la lettre', 'day', 'letter date', 'fecha', 'datum'],
  writtenOn: ['ecrite le', 'date d ecriture', 'written on', 'written', 'escrita el', 'geschrieben am'],
  sentOn: ['envoyee le', 'date d envoi', 'envoi', 'sent on', 'sent', 'date sent', 'enviada el', 'gesendet am'],
  receivedOn: [
    'recue le',
    'date de reception',
    'reception',
    'received on',
    'received',
    'date received',
    'recibida el',
    'erhalten am',
  ],
  writer: [
    'ecrite par',
    'redacteur',
    'redactrice',
    'redacteur rice',
    'membre',
    'pseudo',
    'writer',
    'written by',
    'member',
    'escrita por',
    'autor',
    'autorin',
    'verfasser',
  ],
  pages: ['pages', 'nombre de pages', 'nb pages', 'paginas', 'seiten'],
  summary: ['resume', 'contenu', 'notes', 'summary', 'content', 'resumen', 'zusammenfassung', 'inhalt'],
  reason: ['motif', 'raison', 'reason', 'motivo', 'grund'],
  reasonNote: ['precision', 'precisions', 'motif precise', 'reason note', 'details', 'detalle', 'anmerkung'],
};

const fieldByHeader = new Map<string, LetterImportField>();
for (const field of letterImportFields)
  for (const name of [
    ...HEADER_NAMES[field],
    lettersImportFr.lettersImport.columns[field],
    lettersImportEn.lettersImport.columns[field],
  ])
    if (!fieldByHeader.has(matchKey(name))) fieldByHeader.set(matchKey(name), field);

/** Each field takes the first column whose whole header names it. */
export function suggestLetterMapping(headers: readonly string[]): Partial<Record<LetterImportField, number>> {
  const mapping: Partial<Record<LetterImportField, number>> = {};
  headers.forEach((header, column) => {
    const field = fieldByHeader.get(matchKey(header));
    if (field !== undefined && mapping[field] === undefined) mapping[field] = column;
  });
  return mapping;
}

/** A closed list's words: the value itself, the app's labels in both languages, and the words groups write. */
function wordMap<T extends string>(values: readonly T[], extra: Record<T, readonly string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const value of values) for (const word of [value, ...extra[value]]) map.set(matchKey(word), value);
  return map;
}

const l = { fr: lettersFr.letters, en: lettersEn.letters };

const directions = wordMap<LetterDirection>(letterDirections, {
  out: [
    l.fr.direction.out,
    l.en.direction.out,
    l.fr.directionShort.out,
    l.en.directionShort.out,
    'envoye',
    'envoyee',
    'envoye e',
    'sortant',
    'sortante',
    'expediee',
    'outgoing',
    'to prisoner',
    'salida',
    'enviada',
    'ausgehend',
    'gesendet',
  ],
  in: [
    l.fr.direction.in,
    l.en.direction.in,
    l.fr.directionShort.in,
    l.en.directionShort.in,
    'recu',
    'recue',
    'recu e',
    'entrant',
    'entrante',
    'incoming',
    'from prisoner',
    'entrada',
    'recibida',
    'eingehend',
    'erhalten',
  ],
});

const statuses = wordMap<LetterStatus>(letterStatuses, {
  draft: [l.fr.status.draft, l.en.status.draft, 'borrador', 'entwurf'],
  sent: [l.fr.status.sent, l.en.status.sent, 'envoye', 'envoyee', 'expediee', 'postee', 'enviada', 'gesendet'],
  acknowledged: [
    l.fr.status.acknowledged,
    l.en.status.acknowledged,
    'bien recue',
    'accusee',
    'confirmee',
    'confirmada',
    'bestatigt',
  ],
  returned: [l.fr.status.returned, l.en.status.returned, 'retour', 'retournee', 'renvoyee', 'devuelta', 'zuruck'],
  withheld: [l.fr.status.withheld, l.en.status.withheld, 'retenue', 'bloquee', 'retenida', 'zuruckgehalten'],
  lost: [l.fr.status.lost, l.en.status.lost, 'perdue', 'perdida', 'verloren'],
  received: [l.fr.status.received, l.en.status.received, 'recue', 'recu', 'recibida', 'erhalten'],
});

const channels = wordMap<LetterChannel>(letterChannels, {
  post: [
    l.fr.channel.post,
    l.en.channel.post,
    'courrier',
    'poste',
    'la poste',
    'lettre',
    'mail',
    'letter',
    'correo',
    'brief',
  ],
  email: [l.fr.channel.email, l.en.channel.email, 'e mail', 'courriel', 'messagerie', 'correo electronico'],
  visit: [l.fr.channel.visit, l.en.channel.visit, 'parloir', 'visite', 'visita', 'besuch'],
  other: [l.fr.channel.other, l.en.channel.other, 'autre', 'otro', 'andere'],
});

const reasons = wordMap<LetterIssueReason>(letterIssueReasons, {
  moved: [l.fr.reason.moved, l.en.reason.moved, 'transfere', 'transferee', 'demenage', 'transferred', 'trasladado'],
  unknown_address: [l.fr.reason.unknown_address, l.en.reason.unknown_address, 'npai', 'adresse inconnue', 'inconnu'],
  refused: [l.fr.reason.refused, l.en.reason.refused, 'refusee', 'refuse', 'rechazada', 'abgelehnt'],
  censored: [l.fr.reason.censored, l.en.reason.censored, 'censuree', 'censure', 'censurada', 'zensiert'],
  over_limits: [l.fr.reason.over_limits, l.en.reason.over_limits, 'hors limites', 'trop de pages', 'too many pages'],
  released: [l.fr.reason.released, l.en.reason.released, 'liberee', 'libere', 'liberada', 'entlassen'],
  other: [l.fr.reason.other, l.en.reason.other, 'autre', 'otro', 'andere'],
});

/** undefined: an empty cell; null: a word not understood. */
function lookup<T>(map: Map<string, T>, text: string): T | null | undefined {
  const key = matchKey(text);
  return key === '' ? undefined : (map.get(key) ?? null);
}

export const directionFromText = (text: string) => lookup(directions, text);
export const statusFromText = (text: string) => lookup(statuses, text);
export const channelFromText = (text: string) => lookup(channels, text);
export const reasonFromText = (text: string) => lookup(reasons, text);
