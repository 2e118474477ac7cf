import { localTenantId } from '@elan/core/dev/personas';
import { devTokenInput } from '@elan/core/dev/devTokenInput';
import { NotFoundError } from '@elan/core/errors';
import { parseInput } from '@elan/core/validation/parseInput';
import { signDevToken } from './devIssuer';
import { anonymous } from '../http/handle';
import { readJson } from '../http/readJson';
import { json } from '../http/respond';
import type { Route } from '../http/route';

/** `POST /api/dev/token`: local mode only; signs a token for any seeded or made-up person. */
export const devTokenRoute: Route = {
  name: 'devToken',
  methods: ['POST'],
  route: 'dev/token',
  handler: anonymous(async (req, deps) => {
    // Outside local mode the route answers as if it did not exist.
    if (!deps.config.isLocal || !deps.devKeys) throw new NotFoundError();
    const input = parseInput(devTokenInput, await readJson(req));
    const token = signDevToken(deps.devKeys, {
      userId: input.userId,
      name: input.name,
      tenantId: input.tenantId ?? localTenantId,
      ...(input.upn ? { upn: input.upn } : {}),
    });
    return json(200, { token });
  }),
};
