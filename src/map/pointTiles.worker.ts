/**
 * The event points' tile worker: cuts tiles off the page's main thread (pointSource.ts asks), and
 * makes a large set's dot arrays for the GPU layer (dotData.ts). Replies move their buffers.
 */
import { TileService, type TileRequest } from './pointTiles';
import { dotBuffers } from './dotData';

const service = new TileService();

self.onmessage = (e: MessageEvent<TileRequest>) => {
  const reply = service.handle(e.data);
  if (!reply) return;
  if ('dots' in reply) self.postMessage(reply, { transfer: reply.dots ? dotBuffers(reply.dots) : [] });
  else if ('bytes' in reply) self.postMessage(reply, { transfer: [reply.bytes.buffer] });
  else self.postMessage(reply);
};
