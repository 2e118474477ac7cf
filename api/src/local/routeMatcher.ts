import type { Route } from '../http/route';

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
}

/** Compiles Functions route templates (`communities/{id}/workshops/{n}`) into matchers for `/api/...` paths. */
export function compileRoutes(routes: readonly Route[]): (path: string) => { route: Route; params: Record<string, string> }[] {
  const compiled: CompiledRoute[] = routes.map((route) => {
    const names: string[] = [];
    const source = route.route
      .split('/')
      .map((segment) => {
        const param = /^\{(\w+)\}$/.exec(segment);
        if (!param) return segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
        names.push(param[1]!);
        return '([^/]+)';
      })
      .join('/');
    return { route, pattern: new RegExp(`^/api/${source}/?$`), names };
  });
  return (path) =>
    compiled.flatMap(({ route, pattern, names }) => {
      const match = pattern.exec(path);
      if (!match) return [];
      const params: Record<string, string> = {};
      names.forEach((name, i) => {
        try {
          params[name] = decodeURIComponent(match[i + 1]!);
        } catch {
          params[name] = '';
        }
      });
      return [{ route, params }];
    });
}
