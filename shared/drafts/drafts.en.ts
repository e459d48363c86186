/** English for drafts.fr.ts; en.ts checks that every key is there. */
export const draftsEn = {
  drafts: {
    lockWarning: {
      title: 'Unsaved changes',
      body: 'The open form has changes that are not saved. Locking now would lose them.',
      keepHint: 'A draft is kept inside the encrypted vault, nowhere else, and reopened at the next unlock.',
      keepAndLock: 'Keep as a draft and lock',
      lockAnyway: 'Lock without keeping',
      keeping: 'Saving the draft…',
    },
    restored: 'Draft reopened: this form was being filled in when Parloir locked. Check it, then save.',
    dismiss: 'Got it',
  },
};
