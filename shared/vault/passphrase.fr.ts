/** Choosing a passphrase: the proposed passphrase and the policy's reasons. Spread into fr.ts. */
export const passphraseFr = {
  passphrase: {
    generate: 'Proposer une phrase secrète',
    generateAnother: 'Proposer une autre phrase',
    proposedLabel: 'Phrase secrète proposée',
    proposedAdvice:
      'Elle est déjà remplie dans les deux champs. Recopiez-la sur papier, mot pour mot, et gardez ce papier loin de l’ordinateur jusqu’à la savoir par cœur.',
    credit: 'Six mots tirés au hasard de la liste diceware française de Tango pour Tails (CC0 1.0).',
    tooShort: 'Il faut au moins 4 mots ou 16 caractères.',
    activistWords:
      'À éviter : « {{words}} ». Ces mots sont parmi les premiers qu’essaierait quelqu’un qui sait qui utilise Parloir.',
  },
};
