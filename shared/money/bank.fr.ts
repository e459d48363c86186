/**
 * The bank import's own problems and the reasons of reconciliation proposals, in words. The readers' problems are
 * in statement-problems.fr.ts; bank-problem-text.ts puts either kind in a sentence with its figures.
 */
export const bankFr = {
  problems: {
    file_already_imported: 'Ce fichier a déjà été importé dans ce compte. Rien n’est importé deux fois.',
    account_currency: 'Le relevé est en {{found}}, le compte en {{expected}}. Choisissez le bon compte.',
    account_iban: 'Le relevé est celui du compte {{found}}, pas de ce compte ({{expected}}). Choisissez le bon compte.',
    nothing_to_import: 'Le fichier ne contient aucune écriture comptabilisée à importer.',
    continuity_gap:
      'Il manque {{difference}} entre le {{knownOn}} et le {{openingOn}}\u00a0: le compte était à {{expected}}, le relevé s’ouvre à {{found}}. Importez d’abord le relevé manquant, ou acceptez l’écart.',
    in_file_duplicate_one:
      '{{count}} ligne du fichier répète une ligne précédente. Les deux sont gardées et signalées, à vous de juger.',
    in_file_duplicate_other:
      '{{count}} lignes du fichier répètent une ligne précédente. Toutes sont gardées et signalées, à vous de juger.',
    pending_entries_one: '{{count}} écriture n’est pas encore comptabilisée par la banque. Elle n’est pas importée.',
    pending_entries_other:
      '{{count}} écritures ne sont pas encore comptabilisées par la banque. Elles ne sont pas importées.',
    before_lock_date_one:
      '{{count}} ligne est datée d’une période close. Elle est importée mais ne sera jamais rapprochée.',
    before_lock_date_other:
      '{{count}} lignes sont datées d’une période close. Elles sont importées mais ne seront jamais rapprochées.',
    detail_total_missing:
      'Le total que ce détail explique n’est pas parmi les lignes du compte. Importez d’abord le relevé camt.053.',
  },
  /** Before a problem: where in the file. */
  at: 'Ligne ou écriture {{at}}\u00a0: ',
  /** After a problem: what the file has there. */
  detail: ' ({{detail}})',
  reasons: {
    amount_equal: 'Même montant',
    date_near: 'Date proche',
    reference_equal: 'Même référence',
    text_names_prisoner: 'Le texte nomme la personne détenue',
    payer_recognised: 'Donateur ou donatrice reconnu·e',
    period_missing: 'Une échéance manque',
    fund_reference: 'Référence du fonds',
    rule_counterparty: 'Règle enregistrée',
  },
};
