import type { z } from 'zod';
import type {
  Prisoner,
  PrisonerInput,
  prisonerCreateInput,
  prisonerUpdateInput,
} from '../../../../shared/registry/prisoners.schemas';
import type { StayInput } from '../../../../shared/registry/stays.schemas';

/** One shape for the create and edit forms; `held` is the screen's own "detained right now" box, never sent. */
export interface PrisonerFormValues {
  id?: number;
  prisoner: PrisonerInput;
  held?: boolean;
  stay?: Partial<StayInput>;
}
export type PrisonerFormOutput = z.output<typeof prisonerCreateInput> | z.output<typeof prisonerUpdateInput>;

export const emptyPrisoner: PrisonerInput = {
  familyName: '',
  givenNames: '',
  knownAs: '',
  pronouns: '',
  dateOfBirth: null,
  languages: [],
  status: 'unknown',
  expectedRelease: null,
  doNotWrite: false,
  doNotWriteReason: '',
  notes: '',
};

export function prisonerDefaults(prisoner: Prisoner): PrisonerInput {
  return {
    familyName: prisoner.familyName,
    givenNames: prisoner.givenNames ?? '',
    knownAs: prisoner.knownAs ?? '',
    pronouns: prisoner.pronouns ?? '',
    dateOfBirth: prisoner.dateOfBirth,
    languages: prisoner.languages,
    status: prisoner.status,
    expectedRelease: prisoner.expectedRelease,
    doNotWrite: prisoner.doNotWrite,
    doNotWriteReason: prisoner.doNotWriteReason ?? '',
    notes: prisoner.notes ?? '',
  };
}

/** What the schema sees: no reason without "do not write" (the box hides it), no stay unless "detained now" is ticked. */
export function prepareCreate({ prisoner, held, stay }: PrisonerFormValues): unknown {
  const cleaned = { ...prisoner, doNotWriteReason: prisoner.doNotWrite ? prisoner.doNotWriteReason : null };
  return held ? { prisoner: cleaned, stay: { ...stay, to: null, endReason: null } } : { prisoner: cleaned };
}

export function prepareUpdate({ id, prisoner }: PrisonerFormValues): unknown {
  return { id, prisoner: { ...prisoner, doNotWriteReason: prisoner.doNotWrite ? prisoner.doNotWriteReason : null } };
}
