/** French messages for the Members page and sharing to the meeting stage. */
export const membersFr = {
  'tab.members.title': 'Membres et rôles',
  'tab.members.link': 'Voir les membres et leurs rôles',
  'tab.members.back': 'Retour à la communauté',
  'tab.members.intro.manage':
    'Toutes les personnes de la communauté. Celles de l’équipe Teams arrivent et partent avec l’équipe; vous pouvez changer le rôle de chacune et ajouter à la main des personnes hors de l’équipe, comme les commanditaires.',
  'tab.members.intro.readOnly': 'Les personnes de la communauté et leur rôle. Seule l’animation peut les changer.',
  'tab.members.people': 'Personnes',
  'tab.members.count': '{n, plural, one {# personne} other {# personnes}}',
  'tab.members.source.team': 'Équipe Teams',
  'tab.members.source.added': 'Ajout manuel',
  'tab.members.status.active': 'Actif',
  'tab.members.status.inactive': 'Inactif (a quitté l’équipe)',
  'tab.members.status.invited': 'Invitation en attente',
  'tab.members.roleOf': 'Rôle de {name}',
  'tab.members.role.saving': 'Enregistrement du rôle de {name}…',
  'tab.members.role.saved': 'Rôle de {name} enregistré : {role}.',
  'tab.members.role.failed': 'Le rôle de {name} n’a pas changé. {reason}',

  // Removing
  'tab.members.remove': 'Retirer',
  'tab.members.remove.label': 'Retirer {name}',
  'tab.members.remove.title': 'Retirer {name} de la communauté?',
  'tab.members.remove.body':
    '{name} n’aura plus accès à la communauté. Le retrait reste inscrit dans les changements de rôle; vous pourrez l’ajouter de nouveau.',
  'tab.members.remove.bodyInvited': 'L’invitation de {name} sera annulée.',
  'tab.members.remove.done': '{name} ne fait plus partie de la communauté.',

  // Adding
  'tab.members.add.title': 'Ajouter un commanditaire',
  'tab.members.add.intro':
    'Pour une personne hors de l’équipe Teams (un commanditaire, une partenaire…). Donnez son compte Microsoft Entra : son adresse (nom@organisation) ou son identifiant d’objet. Ajoutée par son adresse, elle reste invitée jusqu’à sa première visite dans Élan.',
  'tab.members.add.account': 'Compte Microsoft Entra (adresse ou identifiant d’objet)',
  'tab.members.add.accountHint': 'Par exemple : prenom.nom@organisation.ca',
  'tab.members.add.name': 'Nom affiché',
  'tab.members.add.role': 'Rôle',
  'tab.members.add.submit': 'Ajouter',
  'tab.members.add.adding': 'Ajout en cours…',
  'tab.members.add.done': '{name} fait maintenant partie de la communauté ({role}).',
  'tab.members.add.invited': 'Invitation enregistrée pour {name} ({role}) : elle prendra effet à sa première visite dans Élan.',
  'tab.members.add.accountRequired': 'Entrez l’adresse ou l’identifiant d’objet de la personne.',
  'tab.members.add.accountInvalid':
    'Ce n’est ni une adresse (nom@organisation.ca) ni un identifiant d’objet (sans espace, « @ », « / » ni « # »).',
  'tab.members.add.nameRequired': 'Entrez le nom à afficher.',
  'tab.members.add.nameTooLong': 'Le nom peut compter au plus 100 caractères.',

  // Role changes
  'tab.members.changes.title': 'Changements de rôle',
  'tab.members.changes.none': 'Aucun changement de rôle pour l’instant.',
  'tab.members.changes.changed': '{by} a changé le rôle de {name} : {from} → {to}',
  'tab.members.changes.added': '{by} a ajouté {name} ({to})',
  'tab.members.changes.removed': '{by} a retiré {name} ({from})',

  // Sharing to the meeting stage, from the side panel
  'tab.stage.share.title': 'Partager à l’écran',
  'tab.stage.share.intro': 'Montrez à toute la rencontre l’atelier en cours ou les résultats d’un sondage.',
  'tab.stage.share.workshop': 'Partager l’atelier à l’écran',
  'tab.stage.share.poll': 'Sondage à montrer',
  'tab.stage.share.pollButton': 'Partager les résultats à l’écran',
  'tab.stage.share.noPolls': 'Aucun sondage à montrer pour l’instant.',
  'tab.stage.share.sharing': 'Partage en cours…',
  'tab.stage.share.done': 'C’est à l’écran de la rencontre.',
  'tab.stage.share.failed': 'Le partage à l’écran n’a pas fonctionné. Réessayez dans un instant.',
  'tab.stage.share.denied': 'Teams n’a pas permis ce partage : seule une personne qui présente peut partager à l’écran.',
  'tab.stage.share.unsupported':
    'Ce client Teams ne permet pas de partager à l’écran. Essayez avec Teams sur ordinateur ou dans un navigateur.',
} as const;
