/** The event points' tile worker: cuts tiles off the page's main thread (pointSource.ts asks). */
import { TileService, type TileRequest } from './pointTiles';

const service = new TileService();

self.onmessage = (e: MessageEvent<TileRequest>) => {
  const reply = service.handle(e.data);
  if (!reply) return;
  if ('bytes' in reply) self.postMessage(reply, { transfer: [reply.bytes.buffer] });
  else self.postMessage(reply);
};
