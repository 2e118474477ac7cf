import { themeKind } from './themeKind';

it('maps Teams theme names to theme kinds', () => {
  expect(themeKind('default')).toBe('light');
  expect(themeKind('dark')).toBe('dark');
  expect(themeKind('contrast')).toBe('contrast');
  expect(themeKind('glass')).toBe('light');
  expect(themeKind(undefined)).toBe('light');
});
