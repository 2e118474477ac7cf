import { useContext } from 'react';
import { LocaleContext, type LocaleValue } from './LocaleContext';

/** The current language and its translate function. */
export function useT(): LocaleValue {
  return useContext(LocaleContext);
}
