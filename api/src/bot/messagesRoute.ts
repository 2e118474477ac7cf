import type { Route } from '../http/route';

/** `POST /api/messages`: the Bot Connector endpoint, answered by the Agents SDK. */
export const messagesRoute: Route = {
  name: 'messages',
  methods: ['POST'],
  route: 'messages',
  handler: (req, deps) => deps.botEndpoint(req),
};
