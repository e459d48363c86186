import {
  importFields,
  type ImportField,
  type ImportMapping,
} from '../../../shared/import-export/import-export.schemas';
import { matchKey } from './import-words';

/**
 * Column names people give in their spreadsheets, in French and English, already folded. The export writes headers
 * from host.{fr,en}.ts `csv.columns`; each of those must be here so an exported file imports back unchanged.
 */
const HEADER_NAMES: Record<ImportField, readonly string[]> = {
  familyName: [
    'nom',
    'nom de famille',
    'nom famille',
    'nom officiel',
    'family name',
    'last name',
    'lastname',
    'surname',
    'name',
  ],
  givenNames: [
    'prenom',
    'prenoms',
    'given name',
    'given names',
    'first name',
    'first names',
    'firstname',
    'forename',
    'forenames',
  ],
  knownAs: [
    'surnom',
    'nom d usage',
    'nom utilise',
    'appele',
    'appelee',
    'pseudo',
    'known as',
    'nickname',
    'alias',
    'preferred name',
  ],
  pronouns: ['pronom', 'pronoms', 'pronoun', 'pronouns'],
  dateOfBirth: [
    'date de naissance',
    'naissance',
    'ne le',
    'nee le',
    'date of birth',
    'birth date',
    'birthdate',
    'birthday',
    'dob',
    'born',
  ],
  status: ['statut', 'situation', 'situation penale', 'status'],
  languages: ['langue', 'langues', 'language', 'languages'],
  notes: ['note', 'notes', 'remarque', 'remarques', 'commentaire', 'commentaires', 'comment', 'comments', 'remarks'],
  prisonerNumber: [
    'numero d ecrou',
    'numero ecrou',
    'n d ecrou',
    'no d ecrou',
    'n ecrou',
    'ecrou',
    'matricule',
    'numero de detenu',
    'numero',
    'prisoner number',
    'inmate number',
    'prison number',
    'booking number',
    'number',
    'num',
    'no',
    'n',
  ],
  stayFrom: [
    'depuis',
    'depuis le',
    'arrivee',
    'date d arrivee',
    'date d entree',
    'entree',
    'date d incarceration',
    'since',
    'from',
    'arrival',
    'arrival date',
    'start date',
  ],
  facilityName: [
    'prison',
    'etablissement',
    'etablissement penitentiaire',
    'lieu de detention',
    'facility',
    'prison name',
    'institution',
    'jail',
  ],
  facilityStreet: ['adresse', 'adresse postale', 'rue', 'address', 'street', 'street address', 'postal address'],
  facilityPostcode: ['code postal', 'cp', 'npa', 'postcode', 'post code', 'postal code', 'zip', 'zip code'],
  facilityCity: ['ville', 'commune', 'localite', 'city', 'town'],
  facilityCountry: ['pays', 'code pays', 'country', 'country code'],
  tags: [
    'tag',
    'tags',
    'etiquette',
    'etiquettes',
    'campagne',
    'campagnes',
    'groupe',
    'groupes',
    'campaign',
    'campaigns',
    'group',
    'groups',
    'label',
    'labels',
  ],
};

const fieldByName = new Map<string, ImportField>(
  importFields.flatMap((field) => HEADER_NAMES[field].map((name) => [name, field] as const)),
);

/** A header such as "Date de naissance (JJ/MM/AAAA)" or "Prison actuelle": a known name as its leading words. */
function fieldByLeadingWords(words: string): ImportField | undefined {
  let best: { field: ImportField; length: number } | undefined;
  for (const [name, field] of fieldByName) {
    // Short names ("n", "no", "cp") only as the whole header: "N° de téléphone" is no prisoner number.
    if (name.length >= 3 && words.startsWith(`${name} `) && name.length > (best?.length ?? 0))
      best = { field, length: name.length };
  }
  return best?.field;
}

/**
 * Guesses which column fills which field; each field takes the first column that names it. Exact names are tried
 * before leading words, so "Nom" goes to the family name even when "Nom d'usage" comes first.
 */
export function suggestMapping(headers: readonly string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const words = headers.map(matchKey);
  const assign = (field: ImportField | undefined, column: number) => {
    if (field !== undefined && mapping[field] === undefined && !Object.values(mapping).includes(column))
      mapping[field] = column;
  };
  words.forEach((header, column) => assign(fieldByName.get(header), column));
  words.forEach((header, column) => assign(fieldByLeadingWords(header), column));
  return mapping;
}
