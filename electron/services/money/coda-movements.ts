import {
  detectReference,
  formatBelgianReference,
  isValidBelgianReference,
} from '../../../shared/money/payment-references';
import type {
  StatementAmount,
  StatementDetail,
  StatementEntry,
  StatementReference,
} from '../../../shared/money/statement.types';
import {
  collapseBlanks,
  field,
  ibanOrNull,
  isUnknownDate,
  readAmount,
  readDate,
  readSide,
  textField,
} from './coda-fields';
import type { CodaProblemCode } from './coda-problems';

/**
 * Assembles a statement's movements from records 2.1/2.2/2.3 (the movement and its communication, counterparty and
 * references) and 3.x (information). A movement is the 2.1 record with detail number 0000; the records that share its
 * sequence number with detail numbers 0001… are the parts of a globalisation and become its `details`, so the money
 * is counted once. A communication runs on from record to record at fixed widths, so its pieces are joined as they
 * are and only then cut into words.
 */
export type ProblemSink = (code: CodaProblemCode, line: number, detail?: string | null) => void;

type Target = StatementEntry | StatementDetail;

interface Part {
  target: Target;
  sequence: string;
  detail: string;
  structured: boolean;
  communication: string;
  /** Free information from records 3.x; each 3.1 starts one, 3.2 and 3.3 continue it. */
  information: string[];
  informationIsFree: boolean;
}

/** SEPA's word for an end-to-end id the payer did not give: not an id, and useless as a duplicate key. */
const NOT_PROVIDED = 'NOTPROVIDED';

/** What a 2.1 record tells the reader, for the trailer's totals (movements only, never a globalisation's parts). */
export interface MovementAmount {
  isMovement: boolean;
  side: 'credit' | 'debit';
  thousandths: number;
}

export class CodaMovements {
  private entry: StatementEntry | null = null;
  private parts: Part[] = [];
  private current: Part | null = null;

  constructor(
    private readonly currency: string,
    private readonly problem: ProblemSink,
    private readonly onEntry: (entry: StatementEntry) => void,
  ) {}

  /** Record 2.1. Returns its amount when it could be read. */
  movement(record: string, line: number): MovementAmount | null {
    const sequence = field(record, 3, 6);
    const detail = field(record, 7, 10);
    const amount = this.amount(record, line);
    const communicationType = field(record, 62, 62);
    const communication = field(record, 63, 115);
    if (detail === '0000') {
      this.finish();
      const entry: StatementEntry = {
        bankReference: textField(record, 11, 31),
        endToEndId: null,
        bookingDate: this.date(record, 116, line, false) ?? '',
        valueDate: this.date(record, 48, line, true),
        amount: amount?.amount ?? { minor: 0, currency: this.currency, side: 'credit' },
        booked: true,
        counterpartyName: null,
        counterpartyIban: null,
        text: null,
        reference: null,
        details: [],
      };
      this.entry = entry;
      this.onEntry(entry);
      this.begin(entry, sequence, detail, communicationType, communication);
    } else if (this.entry && this.parts[0]?.sequence === sequence) {
      const part: StatementDetail = {
        amount: amount?.amount ?? null,
        endToEndId: null,
        counterpartyName: null,
        counterpartyIban: null,
        text: null,
        reference: null,
      };
      this.entry.details.push(part);
      this.begin(part, sequence, detail, communicationType, communication);
    } else {
      this.problem('coda_orphan_detail', line, `${sequence}/${detail}`);
      this.current = null;
    }
    if (!amount) return null;
    return { isMovement: detail === '0000', side: amount.amount.side, thousandths: amount.thousandths };
  }

  /** Record 2.2: the communication goes on; the payer's end-to-end reference. */
  movementReferences(record: string, line: number): void {
    const part = this.continuing(record, line);
    if (!part) return;
    part.communication += field(record, 11, 63);
    const endToEndId = textField(record, 64, 98);
    part.target.endToEndId = endToEndId === NOT_PROVIDED ? null : endToEndId;
  }

  /** Record 2.3: the counterparty's account and name; the communication ends. */
  movementCounterparty(record: string, line: number): void {
    const part = this.continuing(record, line);
    if (!part) return;
    part.target.counterpartyIban = ibanOrNull(field(record, 11, 44));
    part.target.counterpartyName = textField(record, 48, 82);
    part.communication += field(record, 83, 125);
  }

  /** Records 3.1, 3.2, 3.3: information linked to a movement or one of its parts by sequence and detail number. */
  information(record: string, line: number): void {
    const sequence = field(record, 3, 6);
    const detail = field(record, 7, 10);
    const part = this.parts.find((candidate) => candidate.sequence === sequence && candidate.detail === detail);
    if (!part) {
      this.problem('coda_orphan_information', line, `${sequence}/${detail}`);
      return;
    }
    const article = field(record, 2, 2);
    if (article === '1') {
      part.informationIsFree = field(record, 40, 40) === '0';
      if (part.informationIsFree) part.information.push(field(record, 41, 113));
    } else if (part.informationIsFree && part.information.length > 0) {
      const last = part.information.length - 1;
      part.information[last] += article === '2' ? field(record, 11, 115) : field(record, 11, 100);
    }
  }

  /** Puts the last movement's communications into words; called before a new balance and at the end. */
  finish(): void {
    for (const part of this.parts) {
      const { text, reference } = readCommunication(part);
      part.target.text = text;
      part.target.reference = reference;
    }
    this.parts = [];
    this.current = null;
    this.entry = null;
  }

  private begin(target: Target, sequence: string, detail: string, type: string, communication: string): void {
    const part: Part = {
      target,
      sequence,
      detail,
      structured: type === '1',
      communication,
      information: [],
      informationIsFree: false,
    };
    this.parts.push(part);
    this.current = part;
  }

  private continuing(record: string, line: number): Part | null {
    const part = this.current;
    if (part && part.sequence === field(record, 3, 6) && part.detail === field(record, 7, 10)) return part;
    this.problem('coda_out_of_order', line, field(record, 1, 2));
    return null;
  }

  private amount(record: string, line: number): { amount: StatementAmount; thousandths: number } | null {
    const reading = readAmount(record, 33);
    const side = readSide(record, 32);
    if (!reading.ok || !side) {
      this.problem('coda_bad_amount', line, field(record, 32, 47));
      return null;
    }
    if (reading.fractionOfCent) this.problem('coda_fraction_of_cent', line, field(record, 33, 47));
    return { amount: { minor: reading.minor, currency: this.currency, side }, thousandths: reading.thousandths };
  }

  private date(record: string, from: number, line: number, mayBeUnknown: boolean): string | null {
    if (mayBeUnknown && isUnknownDate(record, from)) return null;
    const date = readDate(record, from);
    if (!date) this.problem('coda_bad_date', line, field(record, from, from + 5));
    return date;
  }
}

const joinText = (pieces: (string | null)[]): string | null => {
  const present = pieces.filter((piece) => piece !== null);
  return present.length > 0 ? present.join(' ') : null;
};

/**
 * A structured communication of type 101 or 102 is a Belgian structured reference (the bank checked it); another
 * structured type (a direct debit's mandate, a card payment) is kept readable as text but never searched for a
 * reference, since its numbers are the bank's. Free text, the payer's own, may quote one, which detectReference finds.
 */
function readCommunication(part: Part): { text: string | null; reference: StatementReference | null } {
  const information = part.information.map(collapseBlanks);
  const type = part.communication.slice(0, 3);
  if (part.structured && (type === '101' || type === '102')) {
    const digits = part.communication.slice(3, 15);
    if (isValidBelgianReference(digits))
      return { text: joinText(information), reference: { kind: 'be', value: digits } };
    const readable = collapseBlanks(/^\d{12}$/.test(digits) ? formatBelgianReference(digits) : digits);
    return { text: joinText([readable, ...information]), reference: detectReference(joinText(information)) };
  }
  if (part.structured) {
    const structured = collapseBlanks(part.communication.slice(3));
    return { text: joinText([structured, ...information]), reference: detectReference(joinText(information)) };
  }
  const free = joinText([collapseBlanks(part.communication), ...information]);
  return { text: free, reference: detectReference(free) };
}
