import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { api, require } from './apiDist.mjs';
import { openFloorTable, voteBatch } from './voteBatch.mjs';

/**
 * The floor of issue 18: a bot with no Élan logic, in a process of its own like the API. The same local
 * host (api/dist's, with one route), the same Agents SDK adapter and invoke handling, and for each card
 * action one Tables SDK batch of the same two rows a vote writes (the voter's ballot and the poll's gate),
 * answered with a one-line card. Whatever the API spends beyond this per vote is Élan's.
 */
async function serve({ azuritePort, pollIds, port }) {
  const { createLocalHost } = api('local/localHost.js');
  const { readJson } = api('http/readJson.js');
  const { CloudAdapter, AgentApplication } = require('@microsoft/agents-hosting');
  const partitionOf = (pollId) => `local-tenant|floor|${pollId}`;
  const table = await openFloorTable(azuritePort, pollIds.map(partitionOf));
  const adapter = new CloudAdapter({});
  adapter.onTurnError = async (_context, error) => {
    throw error;
  };
  const agent = new AgentApplication({ adapter, startTypingTimer: false });
  // The SDK hands over the clicked action (type, verb, data), as to Élan's handlers.
  agent.adaptiveCards.actionExecute(/.*/, async (context, _state, action) => {
    await table.submitTransaction(voteBatch(partitionOf(action.data.pollId), context.activity.from.aadObjectId));
    return { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'ok' }] };
  });
  // What the SDK writes to its Express-style response, handed back to the host (as the API's endpoint does).
  const collected = () => ({
    statusCode: 200,
    headers: {},
    body: undefined,
    headersSent: false,
    writableEnded: false,
    status(code) {
      this.statusCode = code;
      return this;
    },
    setHeader(name, value) {
      this.headers[name.toLowerCase()] = value;
      return this;
    },
    send(body) {
      this.body = body;
      this.headersSent = true;
      return this;
    },
    end() {
      this.headersSent = this.writableEnded = true;
      return this;
    },
  });
  const handler = async (req) => {
    const request = { body: await readJson(req), headers: Object.fromEntries(req.headers.entries()), method: req.method };
    const response = collected();
    await adapter.authorizeRequest(request, response, () => undefined);
    await adapter.process(request, response, (context) => agent.run(context));
    return { status: response.statusCode, headers: response.headers, jsonBody: response.body };
  };
  const server = createLocalHost([{ name: 'messages', methods: ['POST'], route: 'messages', handler }], { config: { corsOrigins: [] } });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  process.send('ready');
  process.on('SIGTERM', () => table.deleteTable().finally(() => process.exit(0)));
}

/** Starts the floor bot on `port` beside the stack's Azurite, with a gate row for each poll; `stop` ends it. */
export async function startFloorBot(azurite, pollIds, port) {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), JSON.stringify({ azuritePort: azurite.port, pollIds, port })], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await Promise.race([
    new Promise((resolve) => child.once('message', resolve)),
    exited.then(() => Promise.reject(new Error('The floor bot exited at start.'))),
  ]);
  return {
    pid: child.pid,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) serve(JSON.parse(process.argv[2]));
