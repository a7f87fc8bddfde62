/**
 * Plain HTTP connections counted per client address: one machine opening connections and leaving
 * them idle (or trickling its headers) could otherwise hold every socket the server has. A
 * connection over the address's limit is answered 503 in one line and closed. A connection that
 * becomes a WebSocket stops counting here: the WebSocket limit counts it from then on.
 */
import type { Socket } from 'node:net';
import type { AddressLimits } from './address-limits.js';

/** The HTTP connections of one server. */
export class HttpConnections {
  /** The sockets counted (each with the address it was counted under). */
  private readonly counted = new WeakMap<Socket, string | undefined>();

  constructor(private readonly limits: AddressLimits) {}

  /** A new connection: counted, or refused in one line and closed when its address has too many. */
  admit(socket: Socket): void {
    const address = socket.remoteAddress;
    socket.on('error', () => {});
    if (!this.limits.connect(address, 'http')) {
      const line = `at most ${this.limits.maxOpen('http')} HTTP connections at once from one address: close some and try again\n`;
      socket.end(`HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(line)}\r\nconnection: close\r\n\r\n${line}`);
      return;
    }
    this.counted.set(socket, address);
    socket.once('close', () => this.release(socket));
  }

  /** Stops counting `socket` (it closed, or became a WebSocket); idempotent. */
  release(socket: Socket): void {
    if (!this.counted.has(socket)) return;
    const address = this.counted.get(socket);
    this.counted.delete(socket);
    this.limits.disconnect(address, 'http');
  }
}
