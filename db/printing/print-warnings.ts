import type { PrintWarning } from '../../shared/printing/printing.schemas';
import type { Recipient } from './print-selection.queries';

/**
 * What each facility's mail rules say about a letter or a label, once per facility: letters refused or not known to
 * be accepted, a return address required when none is chosen (or not known whether one is), rules never filled in.
 * A label carries no sender (it goes on an envelope the group addresses itself), so labels are never asked for one.
 */
export function mailRuleWarnings(
  recipients: readonly Recipient[],
  job: { kind: 'labels' } | { kind: 'envelopes'; hasSender: boolean },
): PrintWarning[] {
  const askSender = job.kind === 'envelopes' && !job.hasSender;
  const byFacility = new Map<number, Recipient[]>();
  for (const recipient of recipients) {
    const list = byFacility.get(recipient.facilityId) ?? [];
    list.push(recipient);
    byFacility.set(recipient.facilityId, list);
  }
  const warnings: PrintWarning[] = [];
  for (const [facilityId, list] of byFacility) {
    const first = list[0];
    if (!first) continue;
    const { rules } = first;
    const warn = (kind: PrintWarning['kind']) =>
      warnings.push({ kind, facilityId, facilityName: first.facilityName, recipients: list.length });
    const lettersUnknown = rules.lettersAllowed === null;
    const senderUnknown = rules.senderAddressRequired === null;
    if (lettersUnknown && senderUnknown) {
      // The rules were never filled in: one warning says so rather than two (it asks for no sender).
      warn('rules_unknown');
      continue;
    }
    if (rules.lettersAllowed === false) warn('letters_not_allowed');
    else if (lettersUnknown) warn('letters_unknown');
    if (askSender) {
      if (rules.senderAddressRequired === true) warn('sender_required');
      else if (senderUnknown) warn('sender_unknown');
    }
  }
  return warnings;
}
