/** The vault's screens: first run, recovery code, unlock, damaged vault, restore, passphrase strength. Spread into fr.ts. */
export const vaultFr = {
  strength: {
    label: 'Solidité de la phrase secrète',
    level0: 'Très faible',
    level1: 'Faible',
    level2: 'Moyenne',
    level3: 'Solide',
    level4: 'Très solide',
    weakAdvice:
      'Il faut « Très solide ». Ajoutez des mots pris au hasard, ou laissez Parloir en proposer : une phrase longue se retient mieux qu’un mot compliqué.',
  },
  firstRun: {
    title: 'Bienvenue dans Parloir',
    intro1:
      'Parloir range vos contacts, votre courrier, vos colis et vos comptes dans un coffre chiffré qui reste sur cet ordinateur : rien n’est jamais envoyé sur internet.',
    intro2:
      'Sans votre phrase secrète ou votre code de secours, personne ne peut lire ce coffre, même si l’ordinateur est saisi ou volé.',
    passphrase: 'Phrase secrète',
    passphraseHint:
      'Au moins quatre mots pris au hasard : faciles à retenir pour vous, difficiles à deviner pour les autres.',
    confirm: 'Répétez la phrase secrète',
    create: 'Créer le coffre',
    creating: 'Création du coffre…',
    reasonEmpty: 'Choisissez une phrase secrète.',
    reasonWeak: 'Cette phrase secrète est trop faible.',
    reasonTooShort: 'Cette phrase secrète est trop courte : il faut au moins 4 mots ou 16 caractères.',
    reasonMismatch: 'Les deux phrases secrètes ne sont pas identiques.',
  },
  recovery: {
    title: 'Votre code de secours',
    intro:
      'Ce code ouvre le coffre si la phrase secrète est oubliée. Recopiez-le sur papier et rangez-le ailleurs qu’avec l’ordinateur.',
    onceWarning: 'Il n’est affiché qu’une seule fois : Parloir ne pourra plus jamais vous le montrer.',
    codeLabel: 'Code de secours',
    writtenDown: 'Je l’ai recopié sur papier',
    continue: 'Continuer',
  },
  unlock: {
    title: 'Parloir est verrouillé',
    introPassphrase: 'Entrez votre phrase secrète pour ouvrir le coffre.',
    introRecovery: 'Entrez votre code de secours (25 caractères, les tirets sont facultatifs).',
    passphrase: 'Phrase secrète',
    recoveryCode: 'Code de secours',
    submit: 'Déverrouiller',
    unlocking: 'Déverrouillage…',
    useRecovery: 'J’ai oublié ma phrase secrète : utiliser le code de secours',
    usePassphrase: 'Utiliser la phrase secrète',
    restore: 'Restaurer une sauvegarde',
  },
  damaged: {
    title: 'Le coffre ne peut pas être ouvert',
    unchanged: 'Parloir n’a rien modifié ni effacé : les fichiers du coffre sont restés tels quels.',
    advice: 'Vous pouvez restaurer une sauvegarde (par exemple celle que vous avez copiée sur une clé USB).',
    restore: 'Restaurer une sauvegarde',
  },
  restore: {
    start: 'Restaurer une sauvegarde',
    picking: 'Choix du fichier…',
    title: 'Restaurer une sauvegarde',
    file: 'Fichier',
    createdAt: 'Sauvegarde du',
    secretIntro: 'Entrez la phrase secrète ou le code de secours qui ouvrait le coffre au moment de cette sauvegarde.',
    useRecovery: 'Utiliser plutôt le code de secours',
    usePassphrase: 'Utiliser plutôt la phrase secrète',
    next: 'Continuer',
    confirmTitle: 'Remplacer le coffre actuel ?',
    confirmBody:
      'Le coffre actuel sera remplacé par cette sauvegarde. Avant cela, Parloir le garde lui-même en sauvegarde dans son dossier : rien n’est perdu.',
    confirmAction: 'Remplacer le coffre',
    restoring: 'Restauration…',
    back: 'Retour',
  },
};
