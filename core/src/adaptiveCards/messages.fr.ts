/** French messages for the card buttons that open the right page of the tab. */
export const cardLinksFr = {
  'cardLink.pollResults': 'Voir les résultats dans l’onglet',
  'cardLink.answers': 'Mes réponses dans l’onglet',
  'cardLink.rituals': 'Ouvrir les rituels dans l’onglet',
  'cardLink.workshop': 'Ouvrir l’atelier dans l’onglet',
} as const;
