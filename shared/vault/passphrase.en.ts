/** English for passphrase.fr.ts; en.ts checks that every key is there. */
export const passphraseEn = {
  passphrase: {
    generate: 'Generate a passphrase',
    generateAnother: 'Generate another',
    proposedLabel: 'Proposed passphrase',
    proposedAdvice:
      'It is already filled into both fields. Copy it onto paper, word for word, and keep that paper away from the computer until you know it by heart.',
    credit:
      'Six words drawn at random from the EFF Large Wordlist, Electronic Frontier Foundation (CC BY 3.0 US: creativecommons.org/licenses/by/3.0/us).',
    tooShort: 'It needs at least 4 words or 16 characters.',
    activistWords: 'Avoid “{{words}}”: these are among the first words someone who knows who uses Parloir would try.',
  },
};
