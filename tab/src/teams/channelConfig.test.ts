import { tabConfigFor } from './channelConfig';

describe('tabConfigFor', () => {
  it('points the channel tab at the community wizard and keeps the name within Teams limits', () => {
    expect(tabConfigFor('https://tab.example', 'abc-123', 'Partenaires en action, communauté de pratique')).toEqual({
      entityId: 'abc-123',
      contentUrl: 'https://tab.example/#/c/abc-123',
      websiteUrl: 'https://tab.example/#/c/abc-123',
      suggestedDisplayName: 'Partenaires en action, communa',
    });
  });
});
